import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import TableRowsOutlinedIcon from '@mui/icons-material/TableRowsOutlined';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { celTekst, ONDERDREMPEL, type Cel, type Rapporttabel } from '../../shared/domein/analyse';
import { nlGetal } from '../opmaak';
import { Tabel } from './Tabel';
import { Verborgen } from './Verborgen';
import { verborgen } from './verborgenStijl';

export interface GrafiekProps {
  /** The figures: rows along the axis (months), columns as the series; `null` cells are hidden ("< 5"). */
  tabel: Rapporttabel;
  titel: string;
  /** What the chart shows, in one or two sentences, for screen readers (`aria-describedby`). */
  beschrijving: string;
  vorm?: 'staaf' | 'lijn';
  /** Stacked bars: each row one bar, its columns on top of each other. */
  gestapeld?: boolean;
  /** A row's name on the axis (short) and in the table (full). */
  rijNaam?: (rij: string, kort: boolean) => string;
  kolomNaam?: (kolom: string) => string;
  testid: string;
  hoogte?: number;
  /** False when the section around it already shows the same title: the caption is then for screen readers only. */
  titelZichtbaar?: boolean;
}

interface Regel {
  naam: string;
  cellen: Cel[];
  totaal: Cel;
}

/**
 * Twelve colours that stay apart from each other and from the grey of the hidden part: the chart
 * library's own palette repeats after a few, and a chart of signals per source names up to a dozen
 * partners (two partners in one colour made the legend ambiguous).
 */
const PALET = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f', '#1f3a93', '#17becf', '#8c6d00'] as const;

/**
 * A chart of a suppressed table (issue 12 §4; ADR 0039, 0040) with a "Tabel" toggle that shows the same numbers
 * as a table of the kit — the accessible view, and the one a screen reader is pointed to. A hidden cell has no
 * bar; in stacked bars whose row total is shown the hidden part is one grey remainder, since the table lets
 * one read it off anyway. Tooltips and the table say "< 5".
 */
export function Grafiek({ tabel, titel, beschrijving, vorm = 'staaf', gestapeld = false, rijNaam = (r) => r, kolomNaam = (k) => k, testid, hoogte = 260, titelZichtbaar = true }: GrafiekProps) {
  const { t } = useTranslation();
  const thema = useTheme();
  const titelId = useId();
  const uitlegId = useId();
  const [weergave, setWeergave] = useState<'grafiek' | 'tabel'>('grafiek');
  const leeg = tabel.totaal === 0 || tabel.rijen.length === 0;
  // Every number hidden: a chart would be an empty axis; the table still says "< 5".
  const allesVerborgen = !leeg && tabel.cellen.flat().every((c) => c === null);
  const waarde = (c: Cel | undefined): number | null => (c === null || c === undefined ? null : c);
  const formatteer = (v: number | null) => (v === null ? ONDERDREMPEL : nlGetal(v));

  const reeksen = tabel.kolommen.map((k, i) => ({
    id: `k${i}`,
    label: kolomNaam(k),
    color: PALET[i % PALET.length]!,
    data: tabel.rijen.map((_, r) => waarde(tabel.cellen[r]?.[i])),
    valueFormatter: formatteer,
    ...(gestapeld ? { stack: 'alles' } : {}),
  }));
  // The hidden part of a row, when its total is shown: one grey remainder.
  const rest = tabel.rijen.map((_, r) => {
    const cellen = tabel.cellen[r] ?? [];
    const totaal = tabel.rijtotalen[r];
    if (!tabel.metTotalen || totaal === null || totaal === undefined || !cellen.some((c) => c === null)) return null;
    return totaal - cellen.reduce<number>((s, c) => s + (c ?? 0), 0);
  });
  const metRest = gestapeld && vorm === 'staaf' && rest.some((x) => x !== null && x > 0);
  const regels: Regel[] = tabel.rijen.map((r, i) => ({ naam: rijNaam(r, false), cellen: tabel.cellen[i] ?? [], totaal: tabel.rijtotalen[i] ?? null }));
  if (tabel.metTotalen) regels.push({ naam: t('grafieken.totaal'), cellen: tabel.kolomtotalen, totaal: tabel.totaal });
  const verborgenAantal = tabel.cellen.flat().filter((c) => c === null).length;

  const as = { scaleType: 'band' as const, data: tabel.rijen.map((r) => rijNaam(r, true)) };
  // Counts: the axis starts at zero and steps by whole numbers, and a line goes straight from month to month.
  const yAs = [{ valueFormatter: (v: number | null) => (v === null ? '' : nlGetal(v)), width: 44, tickMinStep: 1, min: 0 }];
  return (
    <Box component="figure" aria-labelledby={titelId} aria-describedby={uitlegId} data-testid={testid} sx={{ m: 0, display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography component="figcaption" variant="h3" id={titelId} sx={titelZichtbaar ? { fontSize: '1rem', fontWeight: 600 } : verborgen}>
          {titel}
        </Typography>
        <ToggleButtonGroup size="small" exclusive value={weergave} onChange={(_e, w: 'grafiek' | 'tabel' | null) => w && setWeergave(w)} aria-label={t('grafieken.weergave', { titel })}>
          <ToggleButton value="grafiek" sx={{ gap: 0.5, px: 1.25, py: 0.25 }}>
            <BarChartOutlinedIcon fontSize="small" aria-hidden />
            {t('grafieken.grafiek')}
          </ToggleButton>
          <ToggleButton value="tabel" sx={{ gap: 0.5, px: 1.25, py: 0.25 }}>
            <TableRowsOutlinedIcon fontSize="small" aria-hidden />
            {t('grafieken.tabel')}
            <Verborgen>{titel}</Verborgen>
          </ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Typography id={uitlegId} variant="body2" color="text.secondary">
        {beschrijving} {verborgenAantal > 0 && t('grafieken.verborgenUitleg', { count: verborgenAantal })}
      </Typography>
      {weergave === 'tabel' ? (
        // A wide table scrolls inside a focusable region, so the keyboard can scroll it too.
        <Box role="region" tabIndex={0} aria-label={titel} sx={{ overflowX: 'auto', '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}>
        <Tabel<Regel>
          sx={{ overflowX: 'visible' }}
          label={titel}
          kaal
          dicht
          testid={`${testid}-tabel`}
          rijen={regels}
          sleutel={(r) => r.naam}
          leeg={t('grafieken.leeg')}
          kolommen={[
            { id: 'naam', kop: tabel.rijkop, cel: (r) => r.naam, rijkop: true, nowrap: true },
            ...tabel.kolommen.map((k, i) => ({ id: `k${i}`, kop: kolomNaam(k), cel: (r: Regel) => celTekst(r.cellen[i] ?? null), uitlijning: 'right' as const })),
            ...(tabel.metTotalen && tabel.kolommen.length > 1 ? [{ id: 'totaal', kop: t('grafieken.totaal'), cel: (r: Regel) => celTekst(r.totaal), uitlijning: 'right' as const }] : []),
          ]}
        />
        </Box>
      ) : leeg || allesVerborgen ? (
        <Typography variant="body2" sx={{ py: 2 }} data-testid={`${testid}-leeg`}>
          {leeg ? t('grafieken.leeg') : t('grafieken.allesVerborgen')}
        </Typography>
      ) : (
        // The figure names and describes the chart (MUI X's own title/desc put aria-label on a div with role none, which axe refuses); the table is the full text alternative.
        <Box data-testid={`${testid}-grafiek`} sx={{ minWidth: 0 }}>
          {vorm === 'lijn' ? (
            <LineChart height={hoogte} xAxis={[{ ...as, scaleType: 'point' as const }]} yAxis={yAs} series={reeksen.map((s) => ({ ...s, showMark: true, curve: 'linear' as const }))} skipAnimation />
          ) : (
            <BarChart
              height={hoogte}
              xAxis={[as]}
              yAxis={yAs}
              series={[...reeksen, ...(metRest ? [{ id: 'rest', label: t('grafieken.verborgen'), data: rest, color: thema.palette.grey[400], valueFormatter: formatteer, stack: 'alles' }] : [])]}
              skipAnimation
            />
          )}
        </Box>
      )}
    </Box>
  );
}
