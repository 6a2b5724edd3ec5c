import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';
import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import EventRepeatOutlinedIcon from '@mui/icons-material/EventRepeatOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import ViewListOutlinedIcon from '@mui/icons-material/ViewListOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { OverlegRij } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum, vandaag } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Actieknop } from '../../componenten/Actieknop';
import { Laadstatus } from '../../componenten/Laadstatus';
import { useLaden } from '../../componenten/useLaden';
import { MetDatums } from '../../componenten/MetDatums';
import { Succes } from '../../componenten/Succes';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { JaarplanDialoog } from './JaarplanDialoog';
import { OverlegStatus, SOORTKLEUR, SoortLabel, WaarschuwingTekens, maandNaam, weekdagKort } from './kenmerken';
import { PlanDialoog, planMelding, type PlanUitkomst } from './PlanDialoog';
import { useNavigatie } from '../../store/navigatie';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useDialoog } from '../../componenten/useDialoog';
import { useSucces } from '../../componenten/useSucces';

type Controle = Uitvoer<'overleg.controleren'>;

/** MUI's unselected toggle text is too light on the grey page (WCAG 1.4.3). */
export const TOGGLE = { '& .MuiToggleButton-root': { color: 'text.secondary' }, '& .MuiToggleButton-root.Mui-selected': { color: 'primary.main' } } as const;

/** The year's meetings as a calendar of twelve months or as a plain list, with the planning tools. */
export function Planning({ weergave }: { weergave: 'kalender' | 'lijst' }) {
  const { t } = useTranslation();
  const mag = useMag();
  const jaar = useNavigatie((s) => s.jaar);
  const zetJaar = useNavigatie((s) => s.zetJaar);
  const zet = useNavigatie((s) => s.naarOverleggen);
  const controleActie = useActie();
  const [controle, setControle] = useState<Controle | null>(null);
  const jaarplan = useDialoog();
  const plannen = useDialoog();
  const verplaatsen = useDialoog<OverlegRij>();
  const succes = useSucces();
  const geladen = useLaden(() => roep('overleg.lijst', { jaar }), [jaar]);
  const lijst = geladen.data;
  const laden = geladen.herladen;

  // Another year: the check of the last one no longer applies.
  useEffect(() => setControle(null), [jaar]);

  const controleren = async () => {
    const r = await controleActie.uitvoeren(() => roep('overleg.controleren', { jaar }));
    if (r) setControle(r);
  };

  const gepland = (u: PlanUitkomst, verplaatst: boolean) => {
    succes.tonen(planMelding(t, u, verplaatst));
    const nieuwJaar = Number(u.datum.slice(0, 4));
    if (nieuwJaar !== jaar) zetJaar(nieuwJaar);
    else void laden();
    if (controle) void controleren();
  };

  const huidig = Number(vandaag().slice(0, 4));
  const jaren = [...new Set([huidig - 1, huidig, huidig + 1, huidig + 2, jaar])].sort();

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <IconButton onClick={() => zetJaar(jaar - 1)} aria-label={t('overleg.planning.vorigJaar')}>
            <ChevronLeftIcon />
          </IconButton>
          <Keuzeveld label={t('overleg.planning.jaar')} value={jaar} onChange={(e) => zetJaar(Number(e.target.value))} sx={{ width: 120 }} opties={jaren.map((j) => ({ waarde: j, label: j }))} />
          <IconButton onClick={() => zetJaar(jaar + 1)} aria-label={t('overleg.planning.volgendJaar')}>
            <ChevronRightIcon />
          </IconButton>
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={weergave}
          onChange={(_e, w: 'kalender' | 'lijst' | null) => w && zet({ naam: 'tab', tab: w })}
          aria-label={t('overleg.planning.weergave')}
          sx={TOGGLE}
        >
          <ToggleButton value="kalender" sx={{ gap: 0.75, px: 1.5 }}>
            <CalendarMonthOutlinedIcon fontSize="small" aria-hidden />
            {t('overleg.planning.kalender')}
          </ToggleButton>
          <ToggleButton value="lijst" sx={{ gap: 0.75, px: 1.5 }}>
            <ViewListOutlinedIcon fontSize="small" aria-hidden />
            {t('overleg.planning.lijst')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ flexGrow: 1 }} />
        <Actieknop recht="overleg.jaarplan" icoon={<EventRepeatOutlinedIcon />} tekst={t('overleg.planning.jaarplan')} onClick={() => jaarplan.openen()} />
        <Actieknop icoon={<FactCheckOutlinedIcon />} tekst={t('overleg.planning.controleren')} onClick={() => void controleren()} uit={controleActie.bezig} />
        <Actieknop recht="overleg.plannen" variant="contained" icoon={<AddOutlinedIcon />} tekst={t('overleg.planning.plannen')} onClick={() => plannen.openen()} />
      </Box>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      <Laadstatus laden={geladen} />
      {controleActie.fout && <FoutMelding fout={controleActie.fout} onSluiten={controleActie.wissen} />}
      {controle && <Controleuitslag jaar={jaar} controle={controle} onSluiten={() => setControle(null)} />}
      {lijst && lijst.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('overleg.planning.leeg', { jaar })}
        </Alert>
      )}
      {lijst && weergave === 'kalender' && <Jaarkalender jaar={jaar} lijst={lijst} />}
      {lijst && weergave === 'lijst' && <Overleglijst jaar={jaar} lijst={lijst} onVerplaatsen={mag('overleg.verplaatsen') ? verplaatsen.openen : null} />}
      <JaarplanDialoog
        open={jaarplan.open}
        jaar={jaar}
        onSluiten={jaarplan.sluiten}
        onKlaar={jaarplan.klaar((aantal: number) => {
          succes.tonen(t('overleg.jaarplan.vastgelegd', { count: aantal, jaar }));
          void laden();
        })}
      />
      <PlanDialoog open={plannen.open} verplaatsen={null} onSluiten={plannen.sluiten} onKlaar={plannen.klaar((u: PlanUitkomst) => gepland(u, false))} />
      <PlanDialoog open={verplaatsen.open} verplaatsen={verplaatsen.item} onSluiten={verplaatsen.sluiten} onKlaar={verplaatsen.klaar((u: PlanUitkomst) => gepland(u, true))} />
    </>
  );
}

function Controleuitslag({ jaar, controle, onSluiten }: { jaar: number; controle: Controle; onSluiten(): void }) {
  const { t } = useTranslation();
  const perRegel = new Map<string, Controle>();
  for (const w of controle) perRegel.set(`${w.artikel}|${w.soort}`, [...(perRegel.get(`${w.artikel}|${w.soort}`) ?? []), w]);
  const groepen = [...perRegel];
  if (controle.length === 0) {
    return (
      <Alert severity="success" role="status" onClose={onSluiten} sx={{ mb: 2 }} data-testid="controle">
        {t('overleg.planning.controleGoed', { jaar })}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" onClose={onSluiten} sx={{ mb: 2 }} data-testid="controle">
      <AlertTitle>{t('overleg.planning.controleFout', { count: controle.length, jaar })}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('overleg.planning.alleenToekomst')}
      </Typography>
      {/* Grouped per rule: twelve months without a meeting are one rule broken twelve times, not twelve lines at one level. */}
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {groepen.map(([sleutel, lijst]) => (
          <li key={sleutel} data-groep={sleutel}>
            <strong>{lijst[0]!.artikel}</strong> ({t(`overleg.soort.${lijst[0]!.soort}`)}){lijst.length > 1 ? ` — ${t('overleg.planning.keer', { count: lijst.length })}` : ''}:{' '}
            {lijst.length === 1 ? (
              <MetDatums tekst={lijst[0]!.melding} />
            ) : (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {lijst.map((w) => (
                  <li key={w.melding}>
                    <MetDatums tekst={w.melding} />
                  </li>
                ))}
              </Box>
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
}

function Jaarkalender({ jaar, lijst }: { jaar: number; lijst: OverlegRij[] }) {
  const { t } = useTranslation();
  const zet = useNavigatie((s) => s.naarOverleggen);
  return (
    <Box component="ol" aria-label={t('overleg.planning.kalenderLabel', { jaar })} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 1.5 }}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((maand) => {
        const prefix = `${jaar}-${String(maand).padStart(2, '0')}`;
        const inMaand = lijst.filter((o) => o.datum.startsWith(prefix));
        return (
          <Paper component="li" key={maand} variant="outlined" sx={{ p: 1.5, minHeight: 120 }} data-maand={maand}>
            <Typography variant="h3" component="h2" sx={{ fontSize: '1rem', mb: 1, textTransform: 'capitalize' }}>
              {maandNaam(maand)}
            </Typography>
            {inMaand.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('overleg.planning.geenInMaand')}
              </Typography>
            ) : (
              <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.75 }}>
                {inMaand.map((o) => (
                  <li key={o.id}>
                    <ButtonBase
                      onClick={() => zet({ naam: 'overleg', id: o.id })}
                      data-overleg={o.id}
                      sx={{
                        width: '100%',
                        display: 'block',
                        textAlign: 'left',
                        borderLeft: 5,
                        borderColor: SOORTKLEUR[o.soort],
                        borderRadius: 1,
                        bgcolor: '#f6f8fa',
                        px: 1,
                        py: 0.75,
                        '&:hover': { bgcolor: '#e9eef4' },
                      }}
                    >
                      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
                        <Typography component="span" sx={{ fontWeight: 600, fontSize: '0.9rem', whiteSpace: 'nowrap' }}>
                          {weekdagKort(o.datum)} {nlDatum(o.datum)}
                        </Typography>
                        <Typography component="span" variant="body2" color="text.secondary">
                          {o.tijd}
                        </Typography>
                      </Box>
                      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75, mt: 0.5 }}>
                        <SoortLabel soort={o.soort} />
                        <OverlegStatus status={o.status} />
                        <WaarschuwingTekens waarschuwingen={o.waarschuwingen} />
                      </Box>
                    </ButtonBase>
                  </li>
                ))}
              </Box>
            )}
          </Paper>
        );
      })}
    </Box>
  );
}

function Overleglijst({ jaar, lijst, onVerplaatsen }: { jaar: number; lijst: OverlegRij[]; onVerplaatsen: ((o: OverlegRij) => void) | null }) {
  const { t } = useTranslation();
  const zet = useNavigatie((s) => s.naarOverleggen);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('overleg.planning.lijstLabel', { jaar })}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('overleg.kolom.datum')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.tijd')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.soort')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.locatie')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.status')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.agenda')}</TableCell>
            <TableCell scope="col">{t('overleg.kolom.waarschuwingen')}</TableCell>
            {onVerplaatsen && <TableCell scope="col">{t('algemeen.acties')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {lijst.map((o) => (
            <TableRow key={o.id} hover data-overleg={o.id}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                <Link component="button" type="button" onClick={() => zet({ naam: 'overleg', id: o.id })} sx={{ fontWeight: 500 }}>
                  {weekdagKort(o.datum)} {nlDatum(o.datum)}
                  <Verborgen>{t(`overleg.soort.${o.soort}`)}</Verborgen>
                </Link>
              </TableCell>
              <TableCell>{o.tijd}</TableCell>
              <TableCell>
                <SoortLabel soort={o.soort} />
              </TableCell>
              <TableCell>{o.locatie || t('algemeen.leeg')}</TableCell>
              <TableCell>
                <OverlegStatus status={o.status} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('overleg.planning.punten', { count: o.aantalPunten, open: o.openPunten })}</TableCell>
              <TableCell>
                {o.waarschuwingen.length === 0 ? (
                  t('algemeen.leeg')
                ) : (
                  <Box sx={{ display: 'grid', gap: 0.5 }}>
                    {o.waarschuwingen.map((w) => (
                      <Typography key={w.melding} variant="body2">
                        <MetDatums tekst={w.melding} />
                      </Typography>
                    ))}
                  </Box>
                )}
              </TableCell>
              {onVerplaatsen && (
                <TableCell>
                  {(o.status === 'gepland' || o.status === 'agenda-vastgesteld') && (
                    <Button size="small" onClick={() => onVerplaatsen(o)}>
                      {t('overleg.planning.verplaatsen')}
                      <Verborgen>
                        {t(`overleg.soort.${o.soort}`)} {nlDatum(o.datum)}
                      </Verborgen>
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
          {lijst.length === 0 && (
            <TableRow>
              <TableCell colSpan={onVerplaatsen ? 8 : 7}>{t('overleg.planning.leeg', { jaar })}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
