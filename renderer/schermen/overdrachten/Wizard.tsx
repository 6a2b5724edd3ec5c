/**
 * The handover wizard (art. 16.5–16.7) for one dossier:
 * 1. per recipient what it will and will not receive, each item with the policy's decision and its
 *    article, and what still blocks the handover (no trusted key, a partner that left, …);
 * 2. one signed, encrypted bundle per acting partner, written to a folder (the USB stick);
 * 3. the purge: what remains (the interventions, the anonymised analysis records), what goes, and a
 *    confirmed, irreversible purge.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import SaveAltOutlinedIcon from '@mui/icons-material/SaveAltOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { DossierDetail, TOESTEMMINGSOORTEN } from '../../../shared/domein/dossier';
import { INTERVENTIESTATUSSEN, type Interventiestatus } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { nlDatum, nlGetal } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { NieuweToestemming, type Voorinvulling } from '../dossiers/Toestemmingen';
import { Bezig, Gegevenslijst, Geschreven, Leeg, MapVeld } from './gedeeld';
import { useOverdrachtNavigatie } from './navigatie';
import { InterventieStatus, VormChip } from './chips';

type Voorbeeld = Uitvoer<'overdracht.voorbereiden'>;
type Ontvanger = Voorbeeld['ontvangers'][number];
type Item = Ontvanger['items'][number];
type Resultaat = Uitvoer<'overdracht.uitvoeren'>;
type Plan = Uitvoer<'opschonen.plan'>;

const STAPPEN = ['wat', 'schrijven', 'opschonen'] as const;
type Stap = 0 | 1 | 2;

/** The articles under which the policy refuses an item for want of a consent, and the consent that lifts it. */
const TOESTEMMING_VOOR_ARTIKEL: Record<string, (typeof TOESTEMMINGSOORTEN)[number]> = {
  'art. 21.5': 'zorg-operationeel',
  'art. 21.8': 'ovj-strafrechtelijk',
  'art. 12.17': 'riec-emm',
  'art. 14.6': 'riec-emm',
};

/** The consent a refused item still lacks, as the consent dialog's pre-fill; null when no consent would help. */
function ontbrekendeToestemming(i: Item, ontvanger: Ontvanger): Voorinvulling | null {
  const soort = TOESTEMMING_VOOR_ARTIKEL[i.beslissing.artikel];
  const m = /^(signaal|navraag):(\d+)$/.exec(i.sleutel);
  if (i.beslissing.toegestaan || !soort || !m) return null;
  return { soort, onderwerp: `${m[1] === 'signaal' ? 's' : 'n'}:${m[2]}`, ontvanger: ontvanger.partner.id };
}

export function Wizard({ dossierId }: { dossierId: number }) {
  const { t } = useTranslation();
  const sluitWizard = useOverdrachtNavigatie((s) => s.sluitWizard);
  const laadActie = useActie();
  const [stap, setStap] = useState<Stap>(0);
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const [resultaat, setResultaat] = useState<Resultaat | null>(null);
  // Recording a missing consent in place: the dossier (for the dialog's subjects) is fetched on demand.
  const dossierActie = useActie();
  const [dossier, setDossier] = useState<DossierDetail | null>(null);
  const [toestemming, setToestemming] = useState<Voorinvulling | null>(null);
  const [toestemmingOpen, setToestemmingOpen] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const v = await uitvoeren(() => roep('overdracht.voorbereiden', { dossierId }));
    if (v) setVoorbeeld(v);
  }, [uitvoeren, dossierId]);
  useEffect(() => {
    void laden();
  }, [laden]);

  const toestemmingVastleggen = async (v: Voorinvulling) => {
    setMelding(null);
    const d = await dossierActie.uitvoeren(() => roep('dossiers.detail', { id: dossierId }));
    if (!d) return;
    setDossier(d);
    setToestemming(v);
    setToestemmingOpen(true);
  };

  const geblokkeerd = (voorbeeld?.ontvangers ?? []).some((o) => o.blokkades.length > 0);
  const nummer = voorbeeld?.dossier.nummer ?? '';

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={sluitWizard} sx={{ mb: 1.5 }}>
        {t('overdracht.wizard.terug')}
      </Button>
      <PaginaKop titel={nummer ? t('overdracht.wizard.titel', { nummer }) : t('overdracht.wizard.titelLaden')} intro={t('overdracht.wizard.intro')} focus={Boolean(nummer) || Boolean(laadActie.fout)} />
      <Stepper activeStep={stap} alternativeLabel sx={{ mb: 3 }} aria-label={t('overdracht.wizard.stappen')}>
        {STAPPEN.map((s, i) => (
          <Step key={s} completed={i < stap || (i === 1 && resultaat !== null)}>
            <StepLabel>
              {t(`overdracht.wizard.stap.${s}`)}
              {i === stap && <Verborgen>{t('overdracht.wizard.huidigeStap')}</Verborgen>}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {laadActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={laadActie.fout} />
        </Box>
      )}
      {dossierActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={dossierActie.fout} />
        </Box>
      )}
      {stap === 0 && <Succes tekst={melding} onSluiten={() => setMelding(null)} />}
      {!voorbeeld && !laadActie.fout && <Bezig tekst={t('overdracht.wizard.laden')} />}
      {voorbeeld && stap === 0 && (
        <StapWat
          voorbeeld={voorbeeld}
          geblokkeerd={geblokkeerd}
          bezig={laadActie.bezig}
          toestemmingBezig={dossierActie.bezig}
          onToestemming={(v) => void toestemmingVastleggen(v)}
          onOpnieuw={() => void laden()}
          onVerder={() => setStap(1)}
        />
      )}
      {dossier && (
        <NieuweToestemming
          open={toestemmingOpen}
          dossier={dossier}
          {...(toestemming ? { voorinvulling: toestemming } : {})}
          onSluiten={() => setToestemmingOpen(false)}
          onKlaar={(m) => {
            setToestemmingOpen(false);
            setMelding(m);
            void laden();
          }}
        />
      )}
      {voorbeeld && stap === 1 && (
        <StapSchrijven
          dossierId={dossierId}
          voorbeeld={voorbeeld}
          resultaat={resultaat}
          onGeschreven={setResultaat}
          onTerug={() => setStap(0)}
          onVerder={() => setStap(2)}
        />
      )}
      {voorbeeld && stap === 2 && <StapOpschonen dossierId={dossierId} nummer={nummer} />}
    </>
  );
}

// ── Step 1: what goes to whom ────────────────────────────────────────────────────────────────

function StapWat({
  voorbeeld,
  geblokkeerd,
  bezig,
  toestemmingBezig,
  onToestemming,
  onOpnieuw,
  onVerder,
}: {
  voorbeeld: Voorbeeld;
  geblokkeerd: boolean;
  bezig: boolean;
  toestemmingBezig: boolean;
  onToestemming(v: Voorinvulling): void;
  onOpnieuw(): void;
  onVerder(): void;
}) {
  const { t } = useTranslation();
  const mag = useMag();
  const toestemming = mag('toestemmingen.vastleggen') ? { bezig: toestemmingBezig, vastleggen: onToestemming } : null;
  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: '85ch' }}>{t('overdracht.wizard.watUitleg', { count: voorbeeld.ontvangers.length })}</Typography>
      {voorbeeld.ontvangers.map((o) => (
        <OntvangerKaart key={o.partner.id} ontvanger={o} toestemming={toestemming} />
      ))}
      {geblokkeerd && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('overdracht.wizard.eerstOplossen')}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" endIcon={<ArrowForwardIcon />} onClick={onVerder} disabled={geblokkeerd}>
          {t('overdracht.wizard.naarSchrijven')}
        </Button>
        <Button variant="outlined" onClick={onOpnieuw} disabled={bezig}>
          {bezig ? t('algemeen.bezig') : t('overdracht.wizard.opnieuwControleren')}
        </Button>
      </Stack>
    </>
  );
}

/** Recording a missing consent from the item list; null when the user may not record consents. */
type ToestemmingKnop = { bezig: boolean; vastleggen(v: Voorinvulling): void } | null;

function OntvangerKaart({ ontvanger: o, toestemming }: { ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  const naar = useNavigatie((s) => s.naar);
  const wel = o.items.filter((i) => i.beslissing.toegestaan);
  const niet = o.items.filter((i) => !i.beslissing.toegestaan);
  const titel = `${o.partner.naam} (${o.partner.code})`;
  return (
    <Box data-ontvanger={o.partner.code}>
      <Sectie titel={titel} uitleg={t('overdracht.wizard.ontvangerUitleg', { wel: wel.length, niet: niet.length })}>
        {o.blokkades.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="blokkades">
            <AlertTitle>{t('overdracht.wizard.blokkadesTitel')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {o.blokkades.map((b) => {
                const sleutel = b.artikel === 'art. 21.9' || /sleutel/i.test(b.reden);
                return (
                  <Box component="li" key={`${b.artikel}-${b.reden}`} sx={{ mb: 0.5 }}>
                    {b.reden} ({b.artikel}){' '}
                    <Button size="small" color="inherit" variant="outlined" sx={{ ml: 1, py: 0 }} onClick={() => naar(sleutel ? { naam: 'sleutels' } : { naam: 'partner', id: o.partner.id })}>
                      {sleutel ? t('overdracht.wizard.naarSleutels') : t('overdracht.wizard.naarPartner')}
                    </Button>
                  </Box>
                );
              })}
            </Box>
          </Alert>
        )}
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          {t('overdracht.wizard.interventies')}
        </Typography>
        <Box component="ul" sx={{ mt: 0, mb: 2.5, pl: 2.5 }}>
          {o.interventies.map((i) => (
            <li key={i.id}>
              {i.omschrijving} — {t('overdracht.wizard.uiterlijk', { datum: nlDatum(i.deadline) })}
            </li>
          ))}
        </Box>
        <ItemTabel titel={t('overdracht.wizard.krijgtWel', { aantal: wel.length })} items={wel} wel leeg={t('overdracht.wizard.niets')} ontvanger={o} toestemming={null} />
        <ItemTabel titel={t('overdracht.wizard.krijgtNiet', { aantal: niet.length })} items={niet} wel={false} leeg={t('overdracht.wizard.nietsGeweigerd')} ontvanger={o} toestemming={toestemming} />
      </Sectie>
    </Box>
  );
}

function ItemTabel({ titel, items, wel, leeg, ontvanger, toestemming }: { titel: string; items: Item[]; wel: boolean; leeg: string; ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  const id = `items-${wel ? 'wel' : 'niet'}-${titel.length}-${items.length}`;
  return (
    <Box sx={{ mb: 2.5 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }} id={id}>
        {titel}
      </Typography>
      {items.length === 0 ? (
        <Leeg>{leeg}</Leeg>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          {/* Fixed columns, so "Krijgt" and "Krijgt niet" line up under each other. */}
          <Table size="small" aria-labelledby={id} data-testid={wel ? 'krijgt-wel' : 'krijgt-niet'} sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell scope="col" sx={{ width: '32%' }}>
                  {t('overdracht.wizard.gegeven')}
                </TableCell>
                <TableCell scope="col" sx={{ width: '17%' }}>
                  {t('overdracht.wizard.vorm')}
                </TableCell>
                <TableCell scope="col" sx={{ width: '11%' }}>
                  {t('overdracht.wizard.artikel')}
                </TableCell>
                <TableCell scope="col">{t('overdracht.wizard.reden')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((i) => {
                const ontbreekt = ontbrekendeToestemming(i, ontvanger);
                return (
                  <TableRow key={i.sleutel} data-item={i.sleutel} {...(ontbreekt ? { 'data-toestemming-ontbreekt': ontbreekt.soort } : {})}>
                    <TableCell component="th" scope="row">
                      {i.omschrijving}
                    </TableCell>
                    <TableCell>
                      <VormChip vorm={i.beslissing.toegestaan && i.beslissing.vorm !== 'geen' ? i.beslissing.vorm : 'geweigerd'} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.beslissing.artikel}</TableCell>
                    <TableCell>
                      {i.beslissing.reden}
                      {ontbreekt && (
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.75 }}>
                          <Chip size="small" color="warning" label={t('overdracht.wizard.toestemmingOntbreekt')} />
                          {toestemming && (
                            <Button size="small" variant="outlined" startIcon={<HowToRegOutlinedIcon />} disabled={toestemming.bezig} onClick={() => toestemming.vastleggen(ontbreekt)}>
                              {t('overdracht.wizard.toestemmingVastleggen')}
                              <Verborgen>{t('overdracht.wizard.toestemmingVoor', { gegeven: i.omschrijving, soort: t(`keten.toestemming.soort.${ontbreekt.soort}`) })}</Verborgen>
                            </Button>
                          )}
                        </Box>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

// ── Step 2: write the bundles ────────────────────────────────────────────────────────────────

function StapSchrijven({
  dossierId,
  voorbeeld,
  resultaat,
  onGeschreven,
  onTerug,
  onVerder,
}: {
  dossierId: number;
  voorbeeld: Voorbeeld;
  resultaat: Resultaat | null;
  onGeschreven(r: Resultaat): void;
  onTerug(): void;
  onVerder(): void;
}) {
  const { t } = useTranslation();
  const laatsteMap = useOverdrachtNavigatie((s) => s.laatsteMap);
  const actie = useActie();
  const [map, setMap] = useState(laatsteMap);
  const codes = voorbeeld.ontvangers.map((o) => o.partner.code).join(', ');

  const schrijven = async (e: FormEvent) => {
    e.preventDefault();
    const r = await actie.uitvoeren(() => roep('overdracht.uitvoeren', { dossierId, doelmap: map }));
    if (r) onGeschreven(r);
  };

  if (resultaat) {
    return (
      <>
        <Geschreven
          titel={t('overdracht.wizard.geschreven', { count: resultaat.bundels.length })}
          bestanden={resultaat.bundels}
          uitleg={t('overdracht.wizard.geschrevenUitleg')}
          testId="bundels-geschreven"
        />
        {resultaat.overgeslagen.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>{t('overdracht.wizard.overgeslagen')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {resultaat.overgeslagen.map((o) => (
                <li key={o.partner}>
                  {o.partner}: {o.reden}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        <Button variant="contained" endIcon={<ArrowForwardIcon />} onClick={onVerder}>
          {t('overdracht.wizard.naarOpschonen')}
        </Button>
      </>
    );
  }

  return (
    <Sectie titel={t('overdracht.wizard.schrijvenTitel')} uitleg={t('overdracht.wizard.schrijvenUitleg', { count: voorbeeld.ontvangers.length, codes })}>
      <Box component="form" noValidate onSubmit={schrijven} aria-label={t('overdracht.wizard.schrijvenTitel')}>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['doelmap']} />}
          <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
          {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijvenOntvangers', { count: voorbeeld.ontvangers.length, codes })} />}
          <Stack direction="row" spacing={2}>
            <Button onClick={onTerug} startIcon={<ArrowBackIcon />} disabled={actie.bezig}>
              {t('overdracht.wizard.vorige')}
            </Button>
            <Button type="submit" variant="contained" startIcon={<SaveAltOutlinedIcon />} disabled={actie.bezig}>
              {actie.bezig ? t('algemeen.bezig') : t('overdracht.wizard.schrijven', { count: voorbeeld.ontvangers.length })}
            </Button>
          </Stack>
        </Stack>
      </Box>
    </Sectie>
  );
}

// ── Step 3: the purge ────────────────────────────────────────────────────────────────────────

const isInterventiestatus = (s: string): s is Interventiestatus => (INTERVENTIESTATUSSEN as readonly string[]).includes(s);

function StapOpschonen({ dossierId, nummer }: { dossierId: number; nummer: string }) {
  const { t } = useTranslation();
  const mag = useMag();
  const sluitWizard = useOverdrachtNavigatie((s) => s.sluitWizard);
  const laadActie = useActie();
  const actie = useActie();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const [klaar, setKlaar] = useState(false);
  const { uitvoeren } = laadActie;

  useEffect(() => {
    void uitvoeren(() => roep('opschonen.plan', { dossierId, reden: 'overdracht' })).then((p) => p && setPlan(p));
  }, [uitvoeren, dossierId]);

  const opschonen = async () => {
    const r = await actie.uitvoeren(() => roep('opschonen.uitvoeren', { dossierId, reden: 'overdracht' }));
    if (r) {
      setBevestigen(false);
      setPlan(r);
      setKlaar(true);
    }
  };

  if (laadActie.fout) return <FoutMelding fout={laadActie.fout} />;
  if (!plan) return <Bezig tekst={t('overdracht.opschonen.laden')} />;
  const v = plan.verdwijnt;

  return (
    <>
      {klaar ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="opgeschoond">
          <AlertTitle>{t('overdracht.opschonen.klaarTitel', { nummer })}</AlertTitle>
          {t('overdracht.opschonen.klaarTekst')}
        </Alert>
      ) : (
        <Typography sx={{ mb: 2, maxWidth: '85ch' }}>{t('overdracht.opschonen.uitleg')}</Typography>
      )}
      <Sectie titel={t('overdracht.opschonen.blijftTitel')} uitleg={t('overdracht.opschonen.blijftUitleg')}>
        {plan.blijft.interventies.length === 0 ? (
          <Leeg>{t('overdracht.opschonen.geenInterventies')}</Leeg>
        ) : (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('overdracht.opschonen.blijftTitel')} data-testid="blijft">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('overdracht.overdrachten.partner')}</TableCell>
                  <TableCell scope="col">{t('overdracht.overdrachten.interventie')}</TableCell>
                  <TableCell scope="col">{t('overdracht.overdrachten.uiterlijk')}</TableCell>
                  <TableCell scope="col">{t('overdracht.overdrachten.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.blijft.interventies.map((i, n) => (
                  <TableRow key={`${i.partner}-${n}`}>
                    <TableCell>{i.partner}</TableCell>
                    <TableCell component="th" scope="row">
                      {i.omschrijving}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatum(i.deadline)}</TableCell>
                    <TableCell>{isInterventiestatus(i.status) ? <InterventieStatus status={i.status} /> : i.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Sectie>
      {!klaar && (
        <Sectie titel={t('overdracht.opschonen.verdwijntTitel')} uitleg={t('overdracht.opschonen.verdwijntUitleg')}>
          <Box data-testid="verdwijnt">
            <Gegevenslijst
              regels={[
                [t('overdracht.opschonen.signalen'), nlGetal(v.signalen)],
                [t('overdracht.opschonen.personen'), nlGetal(v.personen)],
                [t('overdracht.opschonen.navragen'), nlGetal(v.navragen)],
                [t('overdracht.opschonen.toestemmingen'), nlGetal(v.toestemmingen)],
                [t('overdracht.opschonen.notities'), nlGetal(v.notities)],
              ]}
            />
          </Box>
        </Sectie>
      )}
      <Sectie titel={t('overdracht.opschonen.analyseTitel')} uitleg={t('overdracht.opschonen.analyseUitleg')}>
        <AnalyseTabel rijen={plan.analyse} />
      </Sectie>
      {!klaar &&
        (mag('opschonen.uitvoeren') ? (
          <Box sx={{ mb: 3 }}>
            {actie.fout && !bevestigen && (
              <Box sx={{ mb: 2 }}>
                <FoutMelding fout={actie.fout} />
              </Box>
            )}
            <Button
              variant="contained"
              color="error"
              startIcon={<DeleteForeverOutlinedIcon />}
              onClick={() => {
                actie.wissen();
                setBevestigen(true);
              }}
            >
              {t('overdracht.opschonen.knop')}
            </Button>
          </Box>
        ) : (
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('overdracht.opschonen.alleenRegisseur')}
          </Alert>
        ))}
      {klaar && (
        <Button variant="contained" onClick={sluitWizard}>
          {t('overdracht.wizard.klaar')}
        </Button>
      )}
      <Bevestiging
        open={bevestigen}
        titel={t('overdracht.opschonen.bevestigTitel', { nummer })}
        tekst={t('overdracht.opschonen.bevestigTekst', { signalen: v.signalen, personen: v.personen, navragen: v.navragen, toestemmingen: v.toestemmingen, notities: v.notities })}
        bevestigTekst={t('overdracht.opschonen.knop')}
        actie={actie}
        onSluiten={() => setBevestigen(false)}
        onBevestigen={() => void opschonen()}
      />
    </>
  );
}

function AnalyseTabel({ rijen }: { rijen: Plan['analyse'] }) {
  const { t } = useTranslation();
  if (rijen.length === 0) return <Leeg>{t('overdracht.opschonen.geenAnalyse')}</Leeg>;
  const kolommen: Array<[keyof Plan['analyse'][number], string]> = [
    ['maand', t('overdracht.opschonen.maand')],
    ['soortUitbuiting', t('overdracht.opschonen.soortUitbuiting')],
    ['kwalificatie', t('overdracht.opschonen.kwalificatie')],
    ['leeftijdsband', t('overdracht.opschonen.leeftijdsband')],
    ['geslacht', t('overdracht.opschonen.geslacht')],
    ['nationaliteitsgroep', t('overdracht.opschonen.nationaliteitsgroep')],
    ['bronsoort', t('overdracht.opschonen.bronsoort')],
    ['uitkomst', t('overdracht.opschonen.uitkomst')],
  ];
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('overdracht.opschonen.analyseTitel')} data-testid="analyse">
        <TableHead>
          <TableRow>
            {kolommen.map(([k, kop]) => (
              <TableCell key={k} scope="col">
                {kop}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rijen.map((r, i) => (
            <TableRow key={i}>
              {kolommen.map(([k]) => (
                <TableCell key={k}>{r[k] || t('algemeen.leeg')}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

