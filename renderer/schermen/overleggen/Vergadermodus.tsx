import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import KeyboardArrowLeftIcon from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import SyncOutlinedIcon from '@mui/icons-material/SyncOutlined';
import { useTranslation } from 'react-i18next';
import { foutTekst } from '../../i18n/meldingen';
import { CASUS_BESLUITEN, SPOED_BESLUITEN, ZORG_BESLUITEN, type Agendapunt, type Besluit, type OverlegDetail } from '../../../shared/domein/overleg';
import type { Fout } from '../../../shared/fouten';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { naarIsoDatum, nlDatum } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Succes } from '../../componenten/Succes';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { Besluitsamenvatting } from './Besluitsamenvatting';
import { SoortLabel } from './kenmerken';
import { StatusDialoog } from './StatusDialoog';
import { useWeergave } from './weergave';

interface Rij {
  sleutel: number;
  partnerId: number | '';
  omschrijving: string;
  deadline: string;
}
interface Concept {
  kwalificatie: string;
  notities: string;
  besluit: Besluit | '';
  interventies: Rij[];
}
type Opslagstaat = 'opgeslagen' | 'gewijzigd' | 'bezig' | 'fout';

const WACHTTIJD_MS = 600;
let volgendeSleutel = 1;
const legeRij = (): Rij => ({ sleutel: volgendeSleutel++, partnerId: '', omschrijving: '', deadline: '' });

/** The decisions that fit an item: its kind of meeting, or a spoed decision to confirm (art. 13.4, 14.5, 16.9). */
function passendeBesluiten(detail: OverlegDetail, p: Agendapunt): readonly Besluit[] {
  if (p.soort === 'spoed') return SPOED_BESLUITEN;
  return detail.soort === 'casusoverleg' ? CASUS_BESLUITEN : ZORG_BESLUITEN;
}

/**
 * Meeting mode: one screen per agenda item, driven from the keyboard. Notes and kwalificatie are
 * saved as they are typed (debounced `overleg.notuleren`), so closing the app loses nothing; the
 * decision itself is recorded with "Besluit vastleggen" (art. 12.11).
 */
export function Vergadermodus({ id }: { id: number }) {
  const { t } = useTranslation();
  const zet = useWeergave((s) => s.zet);
  const laadActie = useActie();
  const besluitActie = useActie();
  const [detail, setDetail] = useState<OverlegDetail | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [index, setIndex] = useState(0);
  const [concepten, setConcepten] = useState<Record<number, Concept>>({});
  const [opslag, setOpslag] = useState<Record<number, Opslagstaat>>({});
  const [opslagFout, setOpslagFout] = useState<Fout | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const [afsluiten, setAfsluiten] = useState(false);
  const [afgesloten, setAfgesloten] = useState<{ melding: string } | null>(null);
  const conceptRef = useRef<Record<number, Concept>>({});
  const gewijzigd = useRef(new Set<number>());
  const timer = useRef<number | undefined>(undefined);
  const wachtrij = useRef<Promise<void>>(Promise.resolve());
  const kopRef = useRef<HTMLHeadingElement>(null);
  const eersteKeer = useRef(true);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const d = await uitvoeren(() => roep('overleg.detail', { id, weergaveVoorPartnerId: null }));
    if (!d) return null;
    setDetail(d);
    // Start at the first undecided item, once.
    if (eersteKeer.current) {
      eersteKeer.current = false;
      const eerste = d.punten.findIndex((p) => p.status === 'open');
      setIndex(eerste < 0 ? 0 : eerste);
    }
    return d;
  }, [uitvoeren, id]);

  useEffect(() => {
    void laden();
    void roep('partners.lijst', {}).then((r) => r.ok && setPartners(r.waarde));
  }, [laden]);

  const concept = (p: Agendapunt): Concept =>
    conceptRef.current[p.id] ?? { kwalificatie: p.kwalificatie, notities: p.notities, besluit: '', interventies: [legeRij()] };

  const wijzig = (p: Agendapunt, deel: Partial<Concept>) => {
    const nieuw = { ...conceptRef.current, [p.id]: { ...concept(p), ...deel } };
    conceptRef.current = nieuw;
    setConcepten(nieuw);
  };

  /** Sends the notes of one item now; saves run one after another, each with the latest text. */
  const opslaan = useCallback((puntId: number): Promise<void> => {
    window.clearTimeout(timer.current);
    if (!gewijzigd.current.has(puntId)) return wachtrij.current;
    gewijzigd.current.delete(puntId);
    setOpslag((o) => ({ ...o, [puntId]: 'bezig' }));
    wachtrij.current = wachtrij.current.then(async () => {
      const c = conceptRef.current[puntId];
      if (!c) return;
      const r = await roep('overleg.notuleren', { puntId, kwalificatie: c.kwalificatie, notities: c.notities });
      if (!r.ok) {
        gewijzigd.current.add(puntId);
        setOpslagFout(r.fout);
        setOpslag((o) => ({ ...o, [puntId]: 'fout' }));
      } else if (!gewijzigd.current.has(puntId)) {
        setOpslagFout(null);
        setOpslag((o) => ({ ...o, [puntId]: 'opgeslagen' }));
      }
    });
    return wachtrij.current;
  }, []);

  const alles = useCallback(() => {
    for (const pid of [...gewijzigd.current]) void opslaan(pid);
  }, [opslaan]);

  const notuleer = (p: Agendapunt, deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>) => {
    wijzig(p, deel);
    gewijzigd.current.add(p.id);
    setOpslag((o) => ({ ...o, [p.id]: 'gewijzigd' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void opslaan(p.id), WACHTTIJD_MS);
  };

  // Leaving the screen or closing the window: send what is still waiting.
  useEffect(() => {
    window.addEventListener('pagehide', alles);
    return () => {
      window.removeEventListener('pagehide', alles);
      alles();
    };
  }, [alles]);

  const punten = detail?.punten ?? [];
  const huidig = punten[Math.min(index, Math.max(punten.length - 1, 0))];

  const gaNaar = useCallback(
    (nieuw: number) => {
      if (nieuw < 0 || nieuw >= punten.length || nieuw === index) return;
      if (huidig) void opslaan(huidig.id);
      besluitActie.wissen();
      setSucces(null);
      setIndex(nieuw);
    },
    [punten.length, index, huidig, opslaan, besluitActie],
  );

  // The item's heading takes the focus, so a screen reader announces the new item.
  const huidigId = huidig?.id;
  useEffect(() => {
    kopRef.current?.focus({ preventScroll: false });
  }, [index, huidigId]);

  const vastleggen = useCallback(async () => {
    if (!huidig || !detail || huidig.status !== 'open') return;
    const c = concept(huidig);
    await opslaan(huidig.id);
    const interventies = c.besluit === 'interventies' ? c.interventies : [];
    const lokaal: Record<string, string | false> = { besluit: c.besluit === '' && t('overleg.vergadering.kiesBesluit') };
    interventies.forEach((r, i) => {
      lokaal[`interventies.${i}.deadline`] = r.deadline.trim() !== '' && !naarIsoDatum(r.deadline) && t('datum.ongeldig');
    });
    const r = await besluitActie.uitvoeren(
      () =>
        roep('overleg.besluiten', {
          puntId: huidig.id,
          kwalificatie: c.kwalificatie,
          besluit: c.besluit === '' ? null : c.besluit,
          notities: c.notities,
          interventies: interventies.map((r) => ({ partnerId: r.partnerId === '' ? null : r.partnerId, omschrijving: r.omschrijving.trim(), deadline: naarIsoDatum(r.deadline) })),
        }),
      lokaal,
    );
    if (r) {
      const rest = { ...conceptRef.current };
      delete rest[huidig.id];
      conceptRef.current = rest;
      setConcepten(rest);
      setSucces(t('overleg.vergadering.vastgelegd', { titel: huidig.titel, besluit: t(`overleg.besluiten.${c.besluit as Besluit}`) }));
      await laden();
    }
  }, [huidig, detail, opslaan, besluitActie, laden, t]);

  // Alt+→ / Alt+← between items, Ctrl+Enter records the decision.
  useEffect(() => {
    const toets = (e: KeyboardEvent) => {
      if (afsluiten) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        gaNaar(index + (e.key === 'ArrowRight' ? 1 : -1));
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        void vastleggen();
      }
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, [gaNaar, index, vastleggen, afsluiten]);

  void concepten; // re-render trigger; the values are read through conceptRef

  if (!detail) {
    return (
      <>
        {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
        {!laadActie.fout && (
          <Box role="status" sx={{ maxWidth: 480 }}>
            <Typography sx={{ mb: 1 }}>{t('overleg.detail.laden')}</Typography>
            <LinearProgress aria-hidden />
          </Box>
        )}
      </>
    );
  }

  const besloten = punten.filter((p) => p.status === 'besproken').length;
  const titel = t('overleg.vergadering.titel', { soort: t(`overleg.soort.${detail.soort}`), datum: nlDatum(detail.datum) });
  const terug = () => {
    alles();
    zet({ naam: 'overleg', id: detail.id });
  };

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={terug} sx={{ mb: 1.5 }}>
        {t('overleg.vergadering.terug')}
      </Button>
      <PaginaKop
        titel={titel}
        focus={false}
        intro={
          <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
            <SoortLabel soort={detail.soort} />
            <span>{t('overleg.vergadering.intro')}</span>
          </Box>
        }
        acties={
          detail.status === 'agenda-vastgesteld' && (
            <Button variant="outlined" onClick={() => setAfsluiten(true)}>
              {t('overleg.vergadering.afsluiten')}
            </Button>
          )
        }
      />
      {afgesloten && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="afgesloten">
          {afgesloten.melding}
        </Alert>
      )}
      {detail.status !== 'agenda-vastgesteld' && !afgesloten && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('overleg.vergadering.nietGaande', { status: t(`overleg.status.${detail.status}`) })}
        </Alert>
      )}
      <Voortgang huidig={index + 1} totaal={punten.length} besloten={besloten} />
      <Sneltoetsen gaande={detail.status === 'agenda-vastgesteld'} />
      {punten.length === 0 ? (
        <Alert severity="info">{t('overleg.agenda.leeg')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px 1fr' }, gap: 2, alignItems: 'start' }}>
          <Paper variant="outlined" component="nav" aria-label={t('overleg.vergadering.punten')} sx={{ p: 1 }}>
            <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
              {punten.map((p, i) => (
                <li key={p.id}>
                  <Button
                    fullWidth
                    onClick={() => gaNaar(i)}
                    {...(i === index ? { 'aria-current': 'step' as const } : {})}
                    startIcon={p.status === 'besproken' ? <CheckCircleOutlineIcon sx={{ color: 'success.main' }} /> : <RadioButtonUncheckedIcon />}
                    sx={{ justifyContent: 'flex-start', textAlign: 'left', fontWeight: i === index ? 700 : 400, bgcolor: i === index ? 'rgba(21,66,115,0.10)' : undefined, color: 'text.primary' }}
                  >
                    {i + 1}. {p.titel}
                    <Verborgen>{p.status === 'besproken' ? t('overleg.vergadering.isBesloten') : t('overleg.vergadering.isOpen')}</Verborgen>
                  </Button>
                </li>
              ))}
            </Box>
          </Paper>
          {huidig && (
            <Puntscherm
              key={huidig.id}
              detail={detail}
              punt={huidig}
              nummer={index + 1}
              concept={concept(huidig)}
              opslag={opslag[huidig.id] ?? 'opgeslagen'}
              opslagFout={opslagFout}
              partners={partners}
              besluitActie={besluitActie}
              succes={succes}
              kopRef={kopRef}
              onSucces={setSucces}
              onWijzig={(deel) => wijzig(huidig, deel)}
              onNotuleer={(deel) => notuleer(huidig, deel)}
              onOpnieuw={() => {
                gewijzigd.current.add(huidig.id);
                void opslaan(huidig.id);
              }}
              onVastleggen={() => void vastleggen()}
              onVorige={index > 0 ? () => gaNaar(index - 1) : null}
              onVolgende={index < punten.length - 1 ? () => gaNaar(index + 1) : null}
            />
          )}
        </Box>
      )}
      <StatusDialoog
        detail={detail}
        status={afsluiten ? 'gehouden' : null}
        onSluiten={() => setAfsluiten(false)}
        onKlaar={(melding) => {
          setAfsluiten(false);
          setAfgesloten({ melding });
          void laden();
        }}
      />
    </>
  );
}

function Voortgang({ huidig, totaal, besloten }: { huidig: number; totaal: number; besloten: number }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography sx={{ fontWeight: 600 }} data-testid="voortgang">
        {t('overleg.vergadering.voortgang', { huidig: Math.min(huidig, totaal), totaal, besloten })}
      </Typography>
      <LinearProgress variant="determinate" value={totaal ? (100 * besloten) / totaal : 0} aria-label={t('overleg.vergadering.voortgangLabel')} sx={{ mt: 0.75, height: 8, borderRadius: 1, maxWidth: 520 }} />
    </Box>
  );
}

function Sneltoetsen({ gaande }: { gaande: boolean }) {
  const { t } = useTranslation();
  const toetsen: Array<[string, string]> = [
    ['Alt + →', t('overleg.vergadering.toetsVolgende')],
    ['Alt + ←', t('overleg.vergadering.toetsVorige')],
    ...(gaande ? [['Ctrl + Enter', t('overleg.vergadering.toetsVastleggen')] as [string, string]] : []),
  ];
  return (
    <Box component="section" aria-label={t('overleg.vergadering.sneltoetsen')} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2, typography: 'body2', color: 'text.secondary' }}>
      <span>{t('overleg.vergadering.sneltoetsen')}:</span>
      {toetsen.map(([toets, wat]) => (
        <span key={toets}>
          <Box component="kbd" sx={{ fontFamily: 'inherit', fontWeight: 600, color: 'text.primary', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.75, py: 0.1, bgcolor: 'background.paper' }}>
            {toets}
          </Box>{' '}
          {wat}
        </span>
      ))}
    </Box>
  );
}

function Opslagmelding({ staat, fout, onOpnieuw }: { staat: Opslagstaat; fout: Fout | null; onOpnieuw(): void }) {
  const { t } = useTranslation();
  const icoon = staat === 'fout' ? <ErrorOutlineIcon fontSize="small" color="error" aria-hidden /> : staat === 'opgeslagen' ? <CloudDoneOutlinedIcon fontSize="small" sx={{ color: 'success.main' }} aria-hidden /> : <SyncOutlinedIcon fontSize="small" aria-hidden />;
  return (
    <Box role="status" data-testid="opslag" data-staat={staat} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, typography: 'body2', color: staat === 'fout' ? 'error.main' : 'text.secondary', minHeight: 28 }}>
      {icoon}
      {t(`overleg.vergadering.opslag.${staat}`)}
      {staat === 'fout' && fout && <span>— {foutTekst(fout)}</span>}
      {staat === 'fout' && (
        <Button size="small" onClick={onOpnieuw}>
          {t('overleg.vergadering.opnieuw')}
        </Button>
      )}
    </Box>
  );
}

function Puntscherm(props: {
  detail: OverlegDetail;
  punt: Agendapunt;
  nummer: number;
  concept: Concept;
  opslag: Opslagstaat;
  opslagFout: Fout | null;
  partners: Partner[];
  besluitActie: ReturnType<typeof useActie>;
  succes: string | null;
  kopRef: RefObject<HTMLHeadingElement | null>;
  onSucces(tekst: string | null): void;
  onWijzig(deel: Partial<Concept>): void;
  onNotuleer(deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>): void;
  onOpnieuw(): void;
  onVastleggen(): void;
  onVorige: (() => void) | null;
  onVolgende: (() => void) | null;
}) {
  const { t } = useTranslation();
  const { detail, punt: p, concept: c, besluitActie: actie } = props;
  const gaande = detail.status === 'agenda-vastgesteld';
  const besluiten = passendeBesluiten(detail, p);
  const kwalificaties = c.kwalificatie && !detail.kwalificaties.includes(c.kwalificatie) ? [...detail.kwalificaties, c.kwalificatie] : detail.kwalificaties;
  const voorgesteld = new Set(p.voorgesteldePartners.map((x) => x.id));
  const keuze = props.partners
    .filter((x) => x.rol === 'partij' && x.status !== 'uitgetreden')
    .sort((a, b) => Number(voorgesteld.has(b.id)) - Number(voorgesteld.has(a.id)) || a.naam.localeCompare(b.naam, 'nl'));
  const rijPaden = c.interventies.flatMap((_r, i) => ['partnerId', 'omschrijving', 'deadline'].map((v) => `interventies.${i}.${v}`));
  const kopId = `punt-${p.id}-kop`;

  const wijzigRij = (i: number, deel: Partial<Rij>) => props.onWijzig({ interventies: c.interventies.map((r, j) => (j === i ? { ...r, ...deel } : r)) });

  return (
    <Paper variant="outlined" component="section" aria-labelledby={kopId} sx={{ p: { xs: 2, md: 3 } }} data-punt={p.id}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h2" id={kopId} ref={props.kopRef} tabIndex={-1} sx={{ outline: 'none' }}>
          {t('overleg.vergadering.puntKop', { nummer: props.nummer, titel: p.titel })}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button size="small" variant="outlined" startIcon={<KeyboardArrowLeftIcon />} onClick={() => props.onVorige?.()} disabled={!props.onVorige}>
            {t('overleg.vergadering.vorige')}
          </Button>
          <Button size="small" variant="outlined" endIcon={<KeyboardArrowRightIcon />} onClick={() => props.onVolgende?.()} disabled={!props.onVolgende}>
            {t('overleg.vergadering.volgende')}
          </Button>
        </Stack>
      </Box>
      {p.samenvatting && (
        <Typography sx={{ whiteSpace: 'pre-line', mb: 1, maxWidth: '85ch' }}>
          {p.samenvatting}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('overleg.vergadering.kenmerken', { count: p.aantalSignalen, bronnen: p.bronnen.join('; ') || t('algemeen.leeg') })}
        {p.voorgesteldePartners.length > 0 && ` ${t('overleg.vergadering.voorgesteld', { partners: p.voorgesteldePartners.map((x) => x.naam).join('; ') })}`}
      </Typography>
      <Succes tekst={props.succes} onSluiten={() => props.onSucces(null)} />
      {p.status !== 'open' ? (
        <>
          {p.status === 'doorgeschoven' && <Alert severity="warning">{t('overleg.vergadering.doorgeschoven')}</Alert>}
          <Besluitsamenvatting punt={p} />
        </>
      ) : !gaande ? (
        <Alert severity="info">{t('overleg.vergadering.nietBesloten')}</Alert>
      ) : (
        // No form: Enter in a field must not record a decision by accident; Ctrl+Enter does, on purpose.
        <Box>
          <Stack spacing={2.5}>
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['besluit', ...rijPaden]} />}
            <TextField
              select
              label={t('overleg.vergadering.kwalificatie')}
              value={c.kwalificatie}
              onChange={(e) => props.onNotuleer({ kwalificatie: e.target.value })}
              sx={{ maxWidth: 420 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t('overleg.vergadering.geenKwalificatie')}</MenuItem>
              {kwalificaties.map((k) => (
                <MenuItem key={k} value={k}>
                  {k}
                </MenuItem>
              ))}
            </TextField>
            <Box>
              <FormLabel id={`besluit-${p.id}`} sx={{ fontWeight: 600, color: 'text.primary' }} error={Boolean(actie.veldfout('besluit'))}>
                {t('overleg.vergadering.besluit')}
              </FormLabel>
              <RadioGroup aria-labelledby={`besluit-${p.id}`} value={c.besluit} onChange={(e) => props.onWijzig({ besluit: e.target.value as Besluit })}>
                {besluiten.map((b) => (
                  <FormControlLabel key={b} value={b} control={<Radio />} label={t(`overleg.besluiten.${b}`)} />
                ))}
              </RadioGroup>
              {actie.veldfout('besluit') && (
                <Typography variant="body2" color="error">
                  {actie.veldfout('besluit')}
                </Typography>
              )}
            </Box>
            {c.besluit === 'emm' && <Alert severity="info">{t('overleg.vergadering.emmUitleg')}</Alert>}
            {c.besluit === 'geen-actie' && <Alert severity="info">{t('overleg.vergadering.geenActieUitleg')}</Alert>}
            {c.besluit === 'interventies' && (
              <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
                <Typography component="legend" sx={{ fontWeight: 600, px: 0.5 }}>
                  {t('overleg.vergadering.interventies')}
                </Typography>
                <Stack spacing={2}>
                  {c.interventies.map((r, i) => (
                    <Box key={r.sleutel} role="group" aria-labelledby={`rij-${p.id}-${r.sleutel}`} data-rij={i} sx={{ pb: 2, borderBottom: 1, borderColor: 'divider' }}>
                      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
                        <Typography id={`rij-${p.id}-${r.sleutel}`} variant="body2" sx={{ fontWeight: 600 }}>
                          {t('overleg.vergadering.interventieNr', { nummer: i + 1 })}
                        </Typography>
                        <Button size="small" color="error" onClick={() => props.onWijzig({ interventies: c.interventies.filter((_x, j) => j !== i) })}>
                          {t('algemeen.verwijderen')}
                          <Verborgen>{t('overleg.vergadering.interventieNr', { nummer: i + 1 })}</Verborgen>
                        </Button>
                      </Box>
                      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) 200px' }, gap: 1.5, alignItems: 'start' }}>
                        <TextField
                          select
                          label={t('overleg.vergadering.partner')}
                          value={r.partnerId}
                          onChange={(e) => wijzigRij(i, { partnerId: Number(e.target.value) })}
                          error={Boolean(actie.veldfout(`interventies.${i}.partnerId`))}
                          helperText={actie.veldfout(`interventies.${i}.partnerId`)}
                          required
                        >
                          {keuze.map((x) => (
                            <MenuItem key={x.id} value={x.id}>
                              {x.naam}
                              {voorgesteld.has(x.id) ? ` (${t('overleg.vergadering.isVoorgesteld')})` : ''}
                            </MenuItem>
                          ))}
                        </TextField>
                        <DatumVeld
                          label={t('overleg.vergadering.deadline')}
                          value={r.deadline}
                          onChange={(e) => wijzigRij(i, { deadline: e.target.value })}
                          fout={actie.veldfout(`interventies.${i}.deadline`)}
                          hulp={t('datum.plaatshouder')}
                          required
                        />
                        <TextField
                          label={t('overleg.vergadering.omschrijving')}
                          value={r.omschrijving}
                          onChange={(e) => wijzigRij(i, { omschrijving: e.target.value })}
                          error={Boolean(actie.veldfout(`interventies.${i}.omschrijving`))}
                          helperText={actie.veldfout(`interventies.${i}.omschrijving`)}
                          required
                          autoComplete="off"
                          sx={{ gridColumn: { sm: '1 / -1' } }}
                        />
                      </Box>
                    </Box>
                  ))}
                  <Box>
                    <Button startIcon={<AddOutlinedIcon />} onClick={() => props.onWijzig({ interventies: [...c.interventies, legeRij()] })}>
                      {t('overleg.vergadering.interventieToevoegen')}
                    </Button>
                  </Box>
                </Stack>
              </Box>
            )}
            <Box>
              <TextField
                label={t('overleg.vergadering.notities')}
                value={c.notities}
                onChange={(e) => props.onNotuleer({ notities: e.target.value })}
                multiline
                minRows={4}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 10_000 } }}
              />
              <Opslagmelding staat={props.opslag} fout={props.opslagFout} onOpnieuw={props.onOpnieuw} />
            </Box>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
              <Button variant="contained" startIcon={<GavelOutlinedIcon />} disabled={actie.bezig} onClick={props.onVastleggen}>
                {actie.bezig ? t('algemeen.bezig') : t('overleg.vergadering.vastleggen')}
              </Button>
            </Box>
          </Stack>
        </Box>
      )}
      {p.status !== 'open' && props.onVolgende && (
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" endIcon={<KeyboardArrowRightIcon />} onClick={() => props.onVolgende?.()}>
            {t('overleg.vergadering.naarVolgende')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
