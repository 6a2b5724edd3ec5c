import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import BarChartOutlinedIcon from '@mui/icons-material/BarChartOutlined';
import TableRowsOutlinedIcon from '@mui/icons-material/TableRowsOutlined';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { ONDERDREMPEL, type Cel, type Rapporttabel } from '@shared/domein/analyse';
import type { Grens } from '@shared/domein/statistiek';
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
  /**
   * Merged figures (the national picture, ADR 0041): per cell whether its number is exact, only a lower bound
   * ("≥ n": drawn lighter with a "≥" on the bar) or unknown; with the words for the unknown, for the hidden
   * remainder and a sentence for the description.
   */
  grenzen?: { cellen: Grens[][]; rijtotalen: Grens[]; kolomtotalen: Grens[]; totaal: Grens; onbekend: string; rest: string; uitleg: string };
}

interface Regel {
  naam: string;
  cellen: Cel[];
  totaal: Cel;
  grenzen: Grens[];
  totaalGrens: Grens;
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
export function Grafiek({ tabel, titel, beschrijving, vorm = 'staaf', gestapeld = false, rijNaam = (r) => r, kolomNaam = (k) => k, testid, hoogte = 260, titelZichtbaar = true, grenzen }: GrafiekProps) {
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
  const grensVan = (r: number, k: number): Grens => grenzen?.cellen[r]?.[k] ?? 'exact';
  // A cell as the table and the tooltip say it: "≥ n" for a lower bound, the receiver's word for an unknown one.
  const tekstVan = (c: Cel, g: Grens, getal: (n: number) => string = String) =>
    g === 'onbekend' ? (grenzen?.onbekend ?? ONDERDREMPEL) : c !== null && g === 'ondergrens' ? `≥ ${getal(c)}` : c === null ? ONDERDREMPEL : getal(c);

  const reeksen = tabel.kolommen.map((k, i) => {
    const kleur = PALET[i % PALET.length]!;
    return {
      id: `k${i}`,
      label: kolomNaam(k),
      color: kleur,
      data: tabel.rijen.map((_, r) => waarde(tabel.cellen[r]?.[i])),
      valueFormatter: (v: number | null, { dataIndex }: { dataIndex: number }) => tekstVan(v, grensVan(dataIndex, i), nlGetal),
      // A lower bound is drawn lighter, with "≥" on the bar where it fits: its height is what is known, not the figure.
      ...(grenzen
        ? {
            colorGetter: ({ dataIndex }: { dataIndex: number }) => (grensVan(dataIndex, i) === 'ondergrens' ? alpha(kleur, 0.35) : kleur),
            barLabel: (b: { dataIndex: number }, c: { bar: { height: number; width: number } }) => (grensVan(b.dataIndex, i) === 'ondergrens' && c.bar.height >= 16 && c.bar.width >= 12 ? '≥' : null),
          }
        : {}),
      ...(gestapeld ? { stack: 'alles' } : {}),
    };
  });
  // The hidden part of a row, when its total is shown exactly: one grey remainder.
  const rest = tabel.rijen.map((_, r) => {
    const cellen = tabel.cellen[r] ?? [];
    const totaal = tabel.rijtotalen[r];
    if (!tabel.metTotalen || totaal === null || totaal === undefined || (grenzen?.rijtotalen[r] ?? 'exact') !== 'exact') return null;
    if (!cellen.some((c, k) => c === null || grensVan(r, k) !== 'exact')) return null;
    return totaal - cellen.reduce<number>((s, c) => s + (c ?? 0), 0);
  });
  const metRest = gestapeld && vorm === 'staaf' && rest.some((x) => x !== null && x > 0);
  const regels: Regel[] = tabel.rijen.map((r, i) => ({
    naam: rijNaam(r, false),
    cellen: tabel.cellen[i] ?? [],
    totaal: tabel.rijtotalen[i] ?? null,
    grenzen: grenzen?.cellen[i] ?? [],
    totaalGrens: grenzen?.rijtotalen[i] ?? 'exact',
  }));
  if (tabel.metTotalen) regels.push({ naam: t('grafieken.totaal'), cellen: tabel.kolomtotalen, totaal: tabel.totaal, grenzen: grenzen?.kolomtotalen ?? [], totaalGrens: grenzen?.totaal ?? 'exact' });
  const verborgenAantal = tabel.cellen.flat().filter((c) => c === null).length;
  const metOndergrens = tabel.cellen.some((rij, r) => rij.some((_, k) => grensVan(r, k) === 'ondergrens'));

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
        {beschrijving} {verborgenAantal > 0 && t('grafieken.verborgenUitleg', { count: verborgenAantal })} {metOndergrens && grenzen?.uitleg}
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
            ...tabel.kolommen.map((k, i) => ({ id: `k${i}`, kop: kolomNaam(k), cel: (r: Regel) => tekstVan(r.cellen[i] ?? null, r.grenzen[i] ?? 'exact'), uitlijning: 'right' as const })),
            ...(tabel.metTotalen && tabel.kolommen.length > 1 ? [{ id: 'totaal', kop: t('grafieken.totaal'), cel: (r: Regel) => tekstVan(r.totaal, r.totaalGrens), uitlijning: 'right' as const }] : []),
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
              series={[...reeksen, ...(metRest ? [{ id: 'rest', label: grenzen?.rest ?? t('grafieken.verborgen'), data: rest, color: thema.palette.grey[400], valueFormatter: formatteer, stack: 'alles' }] : [])]}
              skipAnimation
            />
          )}
        </Box>
      )}
    </Box>
  );
}
