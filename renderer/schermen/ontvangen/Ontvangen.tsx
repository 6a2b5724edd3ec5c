/**
 * Partner profile: the dossiers received in a handover (art. 16.5), kept read-only and at most five
 * years (art. 22.1); per intervention a terugmelding (art. 16.6), and a verwijderverzoek once data is
 * gone from the partner's own source registration (art. 22.2).
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import DeleteSweepOutlinedIcon from '@mui/icons-material/DeleteSweepOutlined';
import ReplyOutlinedIcon from '@mui/icons-material/ReplyOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { INTERVENTIESTATUSSEN, type Interventiestatus } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie, useBinnenkant } from '../../store/navigatie';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { Actieknop } from '../../componenten/Actieknop';
import { Detailkader } from '../../componenten/Detailkader';
import { MetDatums } from '../../componenten/MetDatums';
import { InterventieStatus } from '../../componenten/BundelChips';
import { Bezig, Leeg } from '../../componenten/Bezig';
import { Geschreven, type GeschrevenBestand } from '../../componenten/Geschreven';
import { IdentiteitOproep } from '../../componenten/IdentiteitOproep';
import { Uittreksel, type Extract } from './Uittreksel';
import { TerugmeldingDialoog, VerwijderverzoekDialoog, type OntvangenInterventie } from './Dialogen';
import { Verwijderbevestigingen } from './Verwijderbevestigingen';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { useDialoog } from '../../componenten/useDialoog';

type Rij = Uitvoer<'ontvangen.lijst'>[number];

const isStatus = (s: string): s is Interventiestatus => (INTERVENTIESTATUSSEN as readonly string[]).includes(s);

export function StatusVan({ status }: { status: string }) {
  return isStatus(status) ? <InterventieStatus status={status} /> : <>{status}</>;
}

export function Ontvangen() {
  const id = useBinnenkant('ontvangen').id;
  if (id !== null) return <Detail key={id} id={id} />;
  return <Lijst />;
}

function Lijst() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const lijst = useLaden(() => roep('ontvangen.lijst', {}), []);
  const verzoek = useDialoog();
  const [geschreven, setGeschreven] = useState<GeschrevenBestand | null>(null);

  return (
    <>
      <PaginaKop
        titel={t('overdracht.ontvangen.titel')}
        intro={t('overdracht.ontvangen.intro')}
        acties={
          <>
            <Actieknop recht="bundels.inlezen" variant="contained" icoon={<UploadFileOutlinedIcon />} tekst={t('overdracht.inlezen.titel')} onClick={() => naar({ naam: 'inlezen' })} />
            <Actieknop recht="verwijderverzoek.maken" icoon={<DeleteSweepOutlinedIcon />} tekst={t('overdracht.verwijderverzoek.knop')} onClick={() => verzoek.openen()} />
          </>
        }
      />
      <IdentiteitOproep />
      {geschreven && (
        <Geschreven titel={t('overdracht.verwijderverzoek.geschreven')} bestanden={[geschreven]} uitleg={t('overdracht.verwijderverzoek.geschrevenUitleg')} onSluiten={() => setGeschreven(null)} />
      )}
      {lijst.bezig && !lijst.data && <Bezig tekst={t('overdracht.laden')} />}
      <Tabel<Rij>
        label={t('overdracht.ontvangen.tabel')}
        testid="ontvangen-dossiers"
        dicht
        rijen={lijst.data}
        fout={lijst.fout}
        sleutel={(d) => String(d.id)}
        rijAttributen={(d) => ({ 'data-dossier': d.dossierNummer })}
        leeg={<Leeg>{t('overdracht.ontvangen.geen')}</Leeg>}
        kolommen={[
          {
            id: 'dossier',
            kop: t('overdracht.ontvangen.dossier'),
            rijkop: true,
            nowrap: true,
            sorteer: (d) => d.dossierNummer,
            cel: (d) => (
              <Link component="button" type="button" onClick={() => useNavigatie.getState().naar({ naam: 'ontvangen', id: d.id })} sx={{ fontWeight: 600, fontFamily: 'monospace', fontSize: '0.95rem' }}>
                {d.dossierNummer}
              </Link>
            ),
          },
          { id: 'van', kop: t('overdracht.ontvangen.van'), cel: (d) => `${d.van.naam} (${d.van.code})`, sorteer: (d) => d.van.naam },
          { id: 'ontvangen', kop: t('overdracht.ontvangen.ontvangenOp'), cel: (d) => nlDatumTijd(d.ontvangenOp), nowrap: true, sorteer: (d) => d.ontvangenOp },
          { id: 'bewaren', kop: t('overdracht.ontvangen.bewarenTot'), cel: (d) => (d.opgeschoondOp ? t('overdracht.ontvangen.verwijderdOp', { datum: nlDatum(d.opgeschoondOp) }) : nlDatum(d.bewarenTot)), nowrap: true, sorteer: (d) => d.bewarenTot, celAttributen: { 'data-testid': 'bewaren-tot' } },
          { id: 'gegevens', kop: t('overdracht.ontvangen.gegevens'), cel: (d) => d.aantalGegevens, sorteer: (d) => d.aantalGegevens },
          {
            id: 'interventies',
            kop: t('overdracht.ontvangen.interventies'),
            cel: (d) => (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                {d.interventies.map((i) => (
                  <Box component="li" key={i.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', py: 0.25 }}>
                    <span>{i.omschrijving}</span>
                    <StatusVan status={i.status} />
                  </Box>
                ))}
              </Box>
            ),
          },
        ]}
      />
      {mag('verwijderbevestigingen.lijst') && (
        <Box sx={{ mt: 3 }}>
          <Verwijderbevestigingen />
        </Box>
      )}
      <VerwijderverzoekDialoog
        open={verzoek.open}
        standaardAan={lijst.data?.[0]?.van.code ?? 'GEM-VEILIGHEID'}
        bekendeNummers={[]}
        onSluiten={verzoek.sluiten}
        onKlaar={verzoek.klaar(setGeschreven)}
      />
    </>
  );
}

function Detail({ id }: { id: number }) {
  const { t } = useTranslation();
  const mag = useMag();
  const sluit = useNavigatie((s) => s.terug);
  const lijst = useLaden(() => roep('ontvangen.lijst', {}), []);
  const detail = useLaden(() => roep('ontvangen.detail', { id }), [id]);
  const rij = lijst.data?.find((d) => d.id === id) ?? null;
  const extract = detail.data as Extract | null;
  const terugmelden = useDialoog<OntvangenInterventie>();
  const verzoek = useDialoog();
  const [geschreven, setGeschreven] = useState<{ titel: string; uitleg: string; bestand: GeschrevenBestand } | null>(null);
  // The page needs both: the row (sender, dates, interventions) and the extract.
  const beide = { data: rij && extract ? { rij, extract } : null, fout: lijst.fout ?? detail.fout };

  const nummer = rij?.dossierNummer ?? extract?.dossier?.nummer ?? '';
  const signaalnummers = (extract?.gegevens ?? []).filter((g) => g.soort === 'signaal' && typeof g.nummer === 'string').map((g) => String(g.nummer));

  return (
    <Detailkader terug={{ tekst: t('overdracht.ontvangen.terug'), onClick: sluit }} laden={beide} ladenTekst={t('overdracht.laden')}>
      {({ rij, extract }) => (
        <>
          <PaginaKop
            titel={t('overdracht.ontvangen.detailTitel', { nummer })}
            intro={<MetDatums tekst={t('overdracht.ontvangen.detailIntro', { van: `${rij.van.naam} (${rij.van.code})`, ontvangen: nlDatum(rij.ontvangenOp.slice(0, 10)), bewaren: nlDatum(rij.bewarenTot) })} />}
          />
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('overdracht.ontvangen.alleenLezen')}
          </Alert>
          {geschreven && <Geschreven titel={geschreven.titel} bestanden={[geschreven.bestand]} uitleg={geschreven.uitleg} onSluiten={() => setGeschreven(null)} testId="geschreven" />}
          <Sectie titel={t('overdracht.ontvangen.interventiesTitel')} uitleg={t('overdracht.ontvangen.interventiesUitleg')}>
            <Tabel<OntvangenInterventie>
              label={t('overdracht.ontvangen.interventiesTitel')}
              testid="ontvangen-interventies"
              dicht
              rijen={rij.interventies}
              sleutel={(i) => String(i.id)}
              rijAttributen={(i) => ({ 'data-interventie': i.externId })}
              leeg={<Leeg>{t('overdracht.ontvangen.geenInterventies')}</Leeg>}
              kolommen={[
                {
                  id: 'interventie',
                  kop: t('overdracht.ontvangen.interventie'),
                  rijkop: true,
                  cel: (i) => (
                    <>
                      {i.omschrijving}
                      <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem', color: 'text.secondary' }}>
                        {i.externId}
                      </Box>
                    </>
                  ),
                },
                { id: 'uiterlijk', kop: t('overdracht.ontvangen.uiterlijk'), nowrap: true, sorteer: (i) => i.uiterlijk, cel: (i) => (i.uiterlijk ? nlDatum(i.uiterlijk) : t('algemeen.leeg')) },
                { id: 'status', kop: t('overdracht.ontvangen.status'), cel: (i) => <StatusVan status={i.status} /> },
                { id: 'gemeld', kop: t('overdracht.ontvangen.laatstGemeld'), nowrap: true, cel: (i) => (i.laatstGemeldOp ? nlDatum(i.laatstGemeldOp) : t('overdracht.ontvangen.nogNiet')) },
              ]}
              rijKnoppen={[mag('terugmelding.maken') && { tekst: t('overdracht.terugmelding.knop'), icoon: <ReplyOutlinedIcon />, wie: (i) => i.omschrijving, onClick: terugmelden.openen }]}
            />
          </Sectie>
          <Uittreksel extract={extract} />
          {mag('verwijderverzoek.maken') && (
            <Sectie titel={t('overdracht.verwijderverzoek.titel')} uitleg={t('overdracht.verwijderverzoek.uitleg')}>
              <Actieknop icoon={<DeleteSweepOutlinedIcon />} tekst={t('overdracht.verwijderverzoek.knop')} onClick={() => verzoek.openen()} />
            </Sectie>
          )}
          <TerugmeldingDialoog
            interventie={terugmelden.item}
            van={rij.van}
            onSluiten={terugmelden.sluiten}
            onKlaar={terugmelden.klaar((g: GeschrevenBestand) => {
              setGeschreven({ titel: t('overdracht.terugmelding.geschreven'), uitleg: t('overdracht.terugmelding.geschrevenUitleg', { van: rij.van.naam }), bestand: g });
              void lijst.herladen();
            })}
          />
          <VerwijderverzoekDialoog
            open={verzoek.open}
            standaardAan={rij.van.code}
            bekendeNummers={signaalnummers}
            onSluiten={verzoek.sluiten}
            onKlaar={verzoek.klaar((g: GeschrevenBestand) => setGeschreven({ titel: t('overdracht.verwijderverzoek.geschreven'), uitleg: t('overdracht.verwijderverzoek.geschrevenUitleg'), bestand: g }))}
          />
        </>
      )}
    </Detailkader>
  );
}

