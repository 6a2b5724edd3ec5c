/**
 * Partner profile: the dossiers received in a handover (art. 16.5), kept read-only and at most five
 * years (art. 22.1); per intervention a terugmelding (art. 16.6), and a verwijderverzoek once data is
 * gone from the partner's own source registration (art. 22.2).
 */
import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
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
import { useActie } from '../../componenten/useActie';
import { InterventieStatus } from '../overdrachten/chips';
import { Bezig, Geschreven, IdentiteitOproep, Leeg, type GeschrevenBestand } from '../overdrachten/gedeeld';
import { Uittreksel, type Extract } from './Uittreksel';
import { TerugmeldingDialoog, VerwijderverzoekDialoog, type OntvangenInterventie } from './Dialogen';

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
  const actie = useActie();
  const [lijst, setLijst] = useState<Rij[] | null>(null);
  const [verzoekOpen, setVerzoekOpen] = useState(false);
  const [geschreven, setGeschreven] = useState<GeschrevenBestand | null>(null);
  const { uitvoeren } = actie;
  useEffect(() => {
    void uitvoeren(() => roep('ontvangen.lijst', {})).then((l) => l && setLijst(l));
  }, [uitvoeren]);

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
      {actie.fout && <FoutMelding fout={actie.fout} />}
      {!lijst && !actie.fout && <Bezig tekst={t('overdracht.laden')} />}
      {lijst && lijst.length === 0 && (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Leeg>{t('overdracht.ontvangen.geen')}</Leeg>
        </Paper>
      )}
      {lijst && lijst.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('overdracht.ontvangen.tabel')} size="small" data-testid="ontvangen-dossiers">
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('overdracht.ontvangen.dossier')}</TableCell>
                <TableCell scope="col">{t('overdracht.ontvangen.van')}</TableCell>
                <TableCell scope="col">{t('overdracht.ontvangen.ontvangenOp')}</TableCell>
                <TableCell scope="col">{t('overdracht.ontvangen.bewarenTot')}</TableCell>
                <TableCell scope="col">{t('overdracht.ontvangen.gegevens')}</TableCell>
                <TableCell scope="col">{t('overdracht.ontvangen.interventies')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lijst.map((d) => (
                <TableRow key={d.id} hover data-dossier={d.dossierNummer}>
                  <TableCell component="th" scope="row">
                    <Link component="button" type="button" onClick={() => useNavigatie.getState().naar({ naam: 'ontvangen', id: d.id })} sx={{ fontWeight: 600, fontFamily: 'monospace', fontSize: '0.95rem' }}>
                      {d.dossierNummer}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {d.van.naam} ({d.van.code})
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(d.ontvangenOp)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="bewaren-tot">
                    {nlDatum(d.bewarenTot)}
                  </TableCell>
                  <TableCell>{d.aantalGegevens}</TableCell>
                  <TableCell>
                    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                      {d.interventies.map((i) => (
                        <Box component="li" key={i.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', py: 0.25 }}>
                          <span>{i.omschrijving}</span>
                          <StatusVan status={i.status} />
                        </Box>
                      ))}
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <VerwijderverzoekDialoog
        open={verzoekOpen}
        standaardAan={lijst?.[0]?.van.code ?? 'GEM-VEILIGHEID'}
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
  const laadActie = useActie();
  const [rij, setRij] = useState<Rij | null>(null);
  const [extract, setExtract] = useState<Extract | null>(null);
  const [terugmelden, setTerugmelden] = useState<OntvangenInterventie | null>(null);
  const [verzoekOpen, setVerzoekOpen] = useState(false);
  const [geschreven, setGeschreven] = useState<{ titel: string; uitleg: string; bestand: GeschrevenBestand } | null>(null);
  const { uitvoeren } = laadActie;

  const lijstLaden = useCallback(async () => {
    const l = await uitvoeren(() => roep('ontvangen.lijst', {}));
    if (l) setRij(l.find((d) => d.id === id) ?? null);
  }, [uitvoeren, id]);

  useEffect(() => {
    void (async () => {
      await lijstLaden();
      const d = await uitvoeren(() => roep('ontvangen.detail', { id }));
      if (d) setExtract(d as Extract);
    })();
  }, [uitvoeren, id, lijstLaden]);

  const nummer = rij?.dossierNummer ?? extract?.dossier?.nummer ?? '';
  const signaalnummers = (extract?.gegevens ?? []).filter((g) => g.soort === 'signaal' && typeof g.nummer === 'string').map((g) => String(g.nummer));

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={sluit} sx={{ mb: 1.5 }}>
        {t('overdracht.ontvangen.terug')}
      </Button>
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {(!rij || !extract) && !laadActie.fout && <Bezig tekst={t('overdracht.laden')} />}
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
            {rij.interventies.length === 0 ? (
              <Leeg>{t('overdracht.ontvangen.geenInterventies')}</Leeg>
            ) : (
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" aria-label={t('overdracht.ontvangen.interventiesTitel')} data-testid="ontvangen-interventies">
                  <TableHead>
                    <TableRow>
                      <TableCell scope="col">{t('overdracht.ontvangen.interventie')}</TableCell>
                      <TableCell scope="col">{t('overdracht.ontvangen.uiterlijk')}</TableCell>
                      <TableCell scope="col">{t('overdracht.ontvangen.status')}</TableCell>
                      <TableCell scope="col">{t('overdracht.ontvangen.laatstGemeld')}</TableCell>
                      {mag('terugmelding.maken') && (
                        <TableCell scope="col" align="right">
                          {t('algemeen.acties')}
                        </TableCell>
                      )}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {rij.interventies.map((i) => (
                      <TableRow key={i.id} data-interventie={i.externId}>
                        <TableCell component="th" scope="row">
                          {i.omschrijving}
                          <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem', color: 'text.secondary' }}>
                            {i.externId}
                          </Box>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.uiterlijk ? nlDatum(i.uiterlijk) : t('algemeen.leeg')}</TableCell>
                        <TableCell>
                          <StatusVan status={i.status} />
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.laatstGemeldOp ? nlDatum(i.laatstGemeldOp) : t('overdracht.ontvangen.nogNiet')}</TableCell>
                        {mag('terugmelding.maken') && (
                          <TableCell align="right">
                            <Button size="small" variant="outlined" startIcon={<ReplyOutlinedIcon />} onClick={() => setTerugmelden(i)} sx={{ whiteSpace: 'nowrap' }}>
                              {t('overdracht.terugmelding.knop')}
                              <Verborgen>{i.omschrijving}</Verborgen>
                            </Button>
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
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
              void lijstLaden();
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

