/**
 * Partner profile: the dossiers received in a handover (art. 16.5), kept read-only and at most five
 * years (art. 22.1); per intervention a terugmelding (art. 16.6), and a verwijderverzoek once data is
 * gone from the partner's own source registration (art. 22.2).
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteSweepOutlinedIcon from '@mui/icons-material/DeleteSweepOutlined';
import ReplyOutlinedIcon from '@mui/icons-material/ReplyOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { INTERVENTIESTATUSSEN, type Interventiestatus } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie, useBinnenkant } from '../../store/navigatie';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import { Verborgen } from '../../componenten/Verborgen';
import { InterventieStatus } from '../overdrachten/chips';
import { Bezig, Geschreven, IdentiteitOproep, Leeg, type GeschrevenBestand } from '../overdrachten/gedeeld';
import { Uittreksel, type Extract } from './Uittreksel';
import { TerugmeldingDialoog, VerwijderverzoekDialoog, type OntvangenInterventie } from './Dialogen';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

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
  const [verzoekOpen, setVerzoekOpen] = useState(false);
  const [geschreven, setGeschreven] = useState<GeschrevenBestand | null>(null);

  return (
    <>
      <PaginaKop
        titel={t('overdracht.ontvangen.titel')}
        intro={t('overdracht.ontvangen.intro')}
        acties={
          <>
            {mag('bundels.inlezen') && (
              <Button variant="contained" startIcon={<UploadFileOutlinedIcon />} onClick={() => naar({ naam: 'inlezen' })}>
                {t('overdracht.inlezen.titel')}
              </Button>
            )}
            {mag('verwijderverzoek.maken') && (
              <Button variant="outlined" startIcon={<DeleteSweepOutlinedIcon />} onClick={() => setVerzoekOpen(true)}>
                {t('overdracht.verwijderverzoek.knop')}
              </Button>
            )}
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
      <VerwijderverzoekDialoog
        open={verzoekOpen}
        standaardAan={lijst.data?.[0]?.van.code ?? 'GEM-VEILIGHEID'}
        bekendeNummers={[]}
        onSluiten={() => setVerzoekOpen(false)}
        onKlaar={(g) => {
          setVerzoekOpen(false);
          setGeschreven(g);
        }}
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
  const [terugmelden, setTerugmelden] = useState<OntvangenInterventie | null>(null);
  const [verzoekOpen, setVerzoekOpen] = useState(false);
  const [geschreven, setGeschreven] = useState<{ titel: string; uitleg: string; bestand: GeschrevenBestand } | null>(null);
  const fout = lijst.fout ?? detail.fout;

  const nummer = rij?.dossierNummer ?? extract?.dossier?.nummer ?? '';
  const signaalnummers = (extract?.gegevens ?? []).filter((g) => g.soort === 'signaal' && typeof g.nummer === 'string').map((g) => String(g.nummer));

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={sluit} sx={{ mb: 1.5 }}>
        {t('overdracht.ontvangen.terug')}
      </Button>
      {fout && <FoutMelding fout={fout} />}
      {(!rij || !extract) && !fout && <Bezig tekst={t('overdracht.laden')} />}
      {rij && extract && (
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
              {...(mag('terugmelding.maken')
                ? {
                    acties: (i: OntvangenInterventie) => (
                      <Button size="small" variant="outlined" startIcon={<ReplyOutlinedIcon />} onClick={() => setTerugmelden(i)} sx={{ whiteSpace: 'nowrap' }}>
                        {t('overdracht.terugmelding.knop')}
                        <Verborgen>{i.omschrijving}</Verborgen>
                      </Button>
                    ),
                  }
                : {})}
            />
          </Sectie>
          <Uittreksel extract={extract} />
          {mag('verwijderverzoek.maken') && (
            <Sectie titel={t('overdracht.verwijderverzoek.titel')} uitleg={t('overdracht.verwijderverzoek.uitleg')}>
              <Stack direction="row">
                <Button variant="outlined" startIcon={<DeleteSweepOutlinedIcon />} onClick={() => setVerzoekOpen(true)}>
                  {t('overdracht.verwijderverzoek.knop')}
                </Button>
              </Stack>
            </Sectie>
          )}
          <TerugmeldingDialoog
            interventie={terugmelden}
            van={rij.van}
            onSluiten={() => setTerugmelden(null)}
            onKlaar={(g) => {
              setTerugmelden(null);
              setGeschreven({ titel: t('overdracht.terugmelding.geschreven'), uitleg: t('overdracht.terugmelding.geschrevenUitleg', { van: rij.van.naam }), bestand: g });
              void lijst.herladen();
            }}
          />
          <VerwijderverzoekDialoog
            open={verzoekOpen}
            standaardAan={rij.van.code}
            bekendeNummers={signaalnummers}
            onSluiten={() => setVerzoekOpen(false)}
            onKlaar={(g) => {
              setVerzoekOpen(false);
              setGeschreven({ titel: t('overdracht.verwijderverzoek.geschreven'), uitleg: t('overdracht.verwijderverzoek.geschrevenUitleg'), bestand: g });
            }}
          />
        </>
      )}
    </>
  );
}

