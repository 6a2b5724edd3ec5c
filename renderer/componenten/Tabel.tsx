import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { Fout } from '@shared/fouten';
import { Knop, type KnopProps } from './Knop';
import { FoutMelding } from './FoutMelding';
import { eigenBediening, rijToets, sorteren, volgendeSortering, type Sorteerwaarde, type Sortering } from './tabelLogica';
import type { Laden } from './useLaden';

/** One column: its header, what a row shows in it, and (optionally) what it sorts on. */
export interface Kolom<T> {
  id: string;
  kop: ReactNode;
  cel(rij: T, index: number): ReactNode;
  /** Makes the column sortable: the value a row sorts on (empty values last). */
  sorteer?: (rij: T) => Sorteerwaarde;
  uitlijning?: 'left' | 'right' | 'center';
  /** The cell that names the row (`th scope="row"`), for screen readers reading across. */
  rijkop?: boolean;
  /** Code-like values (numbers, codes): monospace, no wrapping. */
  code?: boolean;
  nowrap?: boolean;
  sx?: SxProps<Theme>;
  /** The column's width (`'32%'`), for a table with `vast` layout. */
  breedte?: string;
  /** Attributes on every cell of the column (`data-veld`). */
  celAttributen?: Record<`data-${string}`, string>;
}

/** A button of a row, as data: what it says, whose row it is (for screen readers), what it does. */
export interface RijKnop<T> extends Pick<KnopProps, 'icoon' | 'variant' | 'kleur' | 'uit'> {
  tekst: string;
  /** The row's name, read after the visible text ("Verwijderen" → "Verwijderen r.bakker"). */
  wie(rij: T): string;
  onClick(rij: T): void;
  /** Only on some rows (an unconfirmed key); every row when left out. */
  toon?: (rij: T) => boolean;
}

export interface TabelProps<T> {
  /** The table's accessible name. */
  label: string;
  kolommen: ReadonlyArray<Kolom<T> | false | null | undefined>;
  /** `null` while nothing has been loaded yet. Leave out when `laden` gives the rows. */
  rijen?: readonly T[] | null;
  /** A list loaded with useLaden: its rows, busy state and refusal in one (instead of rijen/bezig/fout). */
  laden?: Pick<Laden<readonly T[]>, 'data' | 'bezig' | 'fout'>;
  sleutel(rij: T): string;
  /** The buttons of a row, in a last column headed "Acties" (right-aligned). */
  acties?: (rij: T) => ReactNode;
  actiesKop?: string;
  /**
   * The row buttons as data, instead of `acties`: small buttons named with the row. A `false` entry
   * (`mag('…') && {…}`) is left out; without any left, there is no actions column.
   */
  rijKnoppen?: ReadonlyArray<RijKnop<T> | false | null | undefined>;
  /** What an empty list says (after loading). */
  leeg?: ReactNode;
  /** Loading: a progress row (when there are no rows yet) announced as status. */
  bezig?: boolean;
  /** The refusal of the loading call; shown above the table with the standard FoutMelding. */
  fout?: Fout | null;
  /** Makes rows focusable and opens one on Enter or a click outside its own buttons. */
  onOpenen?: (rij: T) => void;
  /** Extra attributes per row, e.g. `data-code` the e2e tests look rows up by. */
  rijAttributen?: (rij: T) => Record<`data-${string}`, string | number | undefined>;
  geselecteerd?: (rij: T) => boolean;
  /** A row's own look (a withdrawn item greyed out). */
  rijSx?: (rij: T) => SxProps<Theme>;
  beginSortering?: Sortering;
  /**
   * Fixed layout: the columns keep the widths they are given (`breedte`) whatever the cells hold, so
   * two tables with the same columns line up under each other.
   */
  vast?: boolean;
  /**
   * A long list in a small space (a dialog): at most this many pixels high, scrolling on its own with
   * the header kept in view; the scroll area is a named region that takes the focus, so the arrow
   * keys scroll it (WCAG 2.1.1).
   */
  hoogte?: number;
  /** Compact rows (MUI size small). */
  dicht?: boolean;
  /** Without its own outlined paper: for a table inside a Sectie or card. */
  kaal?: boolean;
  sx?: SxProps<Theme>;
  testid?: string;
  /** A row under the rows (totals, "more…"), spanning all columns. */
  voet?: ReactNode;
}

const OPENBAAR_SX = { cursor: 'pointer', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' } } as const;
const CODE_SX = { fontFamily: 'monospace', fontSize: '0.85rem', whiteSpace: 'nowrap' } as const;

/**
 * The app's table: typed columns, an actions column, sorting on chosen columns, and the states a
 * list passes through (loading, refused, empty). With `onOpenen` the rows are a keyboard list: Tab
 * reaches them, the arrows move between them, Enter opens one (docs/beslissingen/0017-schermkit.md).
 */
export function Tabel<T>(props: TabelProps<T>) {
  const { t } = useTranslation();
  const p = props.laden ? { ...props, rijen: props.laden.data, bezig: props.laden.bezig, fout: props.laden.fout } : props;
  const kolommen = p.kolommen.filter((k): k is Kolom<T> => Boolean(k));
  const [sortering, setSortering] = useState<Sortering | null>(p.beginSortering ?? null);
  const rijRefs = useRef<Array<HTMLTableRowElement | null>>([]);
  const sorteerKolom = kolommen.find((k) => k.id === sortering?.kolom);
  const rijen = useMemo(
    () => (p.rijen ? sorteren(p.rijen, sorteerKolom?.sorteer, sortering?.richting ?? 'oplopend') : null),
    [p.rijen, sorteerKolom, sortering?.richting],
  );
  const knoppen = (p.rijKnoppen ?? []).filter((k): k is RijKnop<T> => Boolean(k));
  const acties =
    p.acties ??
    (knoppen.length > 0
      ? (rij: T) => (
          <Box component="span" sx={{ display: 'inline-flex', gap: 1 }}>
            {knoppen
              .filter((k) => !k.toon || k.toon(rij))
              .map(({ wie, onClick, toon: _toon, ...knop }) => (
                <Knop key={knop.tekst} klein {...knop} wie={wie(rij)} onClick={() => onClick(rij)} />
              ))}
          </Box>
        )
      : undefined);
  const aantalKolommen = kolommen.length + (acties ? 1 : 0);
  const openen = p.onOpenen;

  const toets = (e: KeyboardEvent<HTMLTableRowElement>, rij: T, index: number) => {
    // Keys typed in a cell's own controls stay theirs.
    if (e.target !== e.currentTarget || !rijen) return;
    const gevolg = rijToets(e.key, index, rijen.length);
    if (!gevolg) return;
    e.preventDefault();
    if (gevolg.soort === 'openen') openen?.(rij);
    else rijRefs.current[gevolg.index]?.focus();
  };
  const klik = (e: MouseEvent<HTMLTableRowElement>, rij: T) => {
    if (!eigenBediening(e.target, e.currentTarget)) openen?.(rij);
  };

  const inhoud = (
    <Table aria-label={p.label} size={p.dicht ? 'small' : 'medium'} stickyHeader={p.hoogte !== undefined} {...(p.testid ? { 'data-testid': p.testid } : {})} {...(p.vast ? { sx: { tableLayout: 'fixed' } } : {})}>
      <TableHead>
        <TableRow>
          {kolommen.map((k) => {
            const actief = sortering?.kolom === k.id;
            const richting = actief && sortering?.richting === 'aflopend' ? 'desc' : 'asc';
            return (
              <TableCell
                key={k.id}
                scope="col"
                align={k.uitlijning ?? 'left'}
                {...(k.breedte ? { sx: { width: k.breedte } } : {})}
                {...(k.sorteer ? { 'aria-sort': actief ? (richting === 'asc' ? 'ascending' : 'descending') : 'none' } : {})}
              >
                {k.sorteer ? (
                  <TableSortLabel active={actief} direction={richting} onClick={() => setSortering((s) => volgendeSortering(s, k.id))}>
                    {k.kop}
                  </TableSortLabel>
                ) : (
                  k.kop
                )}
              </TableCell>
            );
          })}
          {acties && (
            <TableCell scope="col" align="right">
              {p.actiesKop ?? t('algemeen.acties')}
            </TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {rijen?.map((rij, i) => (
          <TableRow
            key={p.sleutel(rij)}
            hover
            ref={(el: HTMLTableRowElement | null) => {
              rijRefs.current[i] = el;
            }}
            selected={p.geselecteerd?.(rij) ?? false}
            {...(p.rijAttributen?.(rij) ?? {})}
            {...(openen
              ? {
                  tabIndex: 0,
                  onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => toets(e, rij, i),
                  onClick: (e: MouseEvent<HTMLTableRowElement>) => klik(e, rij),
                }
              : {})}
            sx={[openen ? OPENBAAR_SX : {}, ...(p.rijSx ? [p.rijSx(rij)].flat() : [])] as SxProps<Theme>}
          >
            {kolommen.map((k) => (
              <TableCell
                key={k.id}
                align={k.uitlijning ?? 'left'}
                {...(k.rijkop ? { component: 'th' as const, scope: 'row' } : {})}
                {...(k.celAttributen ?? {})}
                sx={[k.code ? CODE_SX : {}, k.nowrap ? { whiteSpace: 'nowrap' } : {}, ...(Array.isArray(k.sx) ? k.sx : [k.sx ?? {}])]}
              >
                {k.cel(rij, i)}
              </TableCell>
            ))}
            {acties && (
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {acties(rij)}
              </TableCell>
            )}
          </TableRow>
        ))}
        {rijen === null && p.bezig && (
          <TableRow data-toestand="laden">
            <TableCell colSpan={aantalKolommen}>
              <Box role="status" data-testid="tabel-laden">
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {t('algemeen.laden')}
                </Typography>
                <LinearProgress aria-hidden />
              </Box>
            </TableCell>
          </TableRow>
        )}
        {rijen?.length === 0 && (
          <TableRow data-toestand="leeg">
            <TableCell colSpan={aantalKolommen} data-testid="tabel-leeg">
              {p.leeg ?? t('algemeen.geenRijen')}
            </TableCell>
          </TableRow>
        )}
        {p.voet && rijen && rijen.length > 0 && (
          <TableRow data-toestand="voet">
            <TableCell colSpan={aantalKolommen}>{p.voet}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );

  // A refusal without anything to show: only the message, no empty frame under it.
  if (p.fout && !rijen) return <FoutMelding fout={p.fout} />;
  return (
    <>
      {p.fout && <FoutMelding fout={p.fout} />}
      {!rijen && !p.bezig ? null : p.kaal ? (
        <TableContainer sx={p.sx ?? {}}>{inhoud}</TableContainer>
      ) : (
        <TableContainer
          component={Paper}
          variant="outlined"
          sx={[p.hoogte !== undefined && { maxHeight: p.hoogte }, ...(Array.isArray(p.sx) ? p.sx : [p.sx ?? {}])]}
          {...(p.hoogte !== undefined ? { tabIndex: 0, role: 'region', 'aria-label': p.label } : {})}
        >
          {inhoud}
        </TableContainer>
      )}
    </>
  );
}
