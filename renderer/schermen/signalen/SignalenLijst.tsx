import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Invoer, Uitvoer } from '@shared/api';
import { VERMOEDENS, type SignaalRij } from '@shared/domein/signaal';
import type { Fout, Resultaat } from '@shared/fouten';
import { roep } from '../../api/client';
import { naarIsoDatum, nlDatum, nlGetal, volgendeDag } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Verborgen } from '../../componenten/Verborgen';
import { Kenmerken } from './Kenmerken';
import { PAGINA, paginaVraag } from './paginas';
import { faseNaam, sorteerPartners, useCatalogus, useFaseLabels, usePartners } from '../../componenten/naslag';
import { LEEG_FILTER, type SignalenFilter, useNavigatie } from '../../store/navigatie';

/**
 * The pause after the last keystroke before a search runs. It counts towards keystroke-to-rows
 * (budget 150 ms, docs/ontwerp.md §9), so it is short; it is there so that a held key, a paste or an
 * input method's burst is one search in the audit, not one per letter. 50 ms (ADR 0046): key repeat comes
 * every ~30–35 ms; at 80 ms it already fired between the keys of anyone typing slower than ~12 a second.
 */
const ZOEKPAUZE_MS = 50;
/**
 * Performance marks on the way from keystroke to rows, for bench/ui.ts (docs/ontwerp.md §9): the
 * search pause ends, a page is asked for, its answer is in, its rows are committed to the DOM.
 */
const MERK = { filter: 'kb-filter', vraag: 'kb-vraag', antwoord: 'kb-antwoord', rijen: 'kb-rijen' } as const;
/** Only the latest of each mark is kept: the list renders often and the buffer must not grow. */
function merk(naam: (typeof MERK)[keyof typeof MERK]): void {
  performance.clearMarks(naam);
  performance.mark(naam);
}
/**
 * Rows are one line of 34 px, so a 1440×900 screen shows about twice as many as with 44 px and filters of
 * full height (issue 11 §7); a row still takes its chips (20 px) and a focus ring.
 */
const RIJHOOGTE = 34;
/** The sticky header row inside the scroll area; the virtualiser counts it as the list's top margin. */
const KOPHOOGTE = 36;
/** Below the list: the keyboard hint and the page's margin. */
const ONDER_LIJST = 56;
const KOLOMMEN = '132px 88px minmax(80px, 1fr) minmax(80px, 1fr) minmax(80px, 0.9fr) minmax(160px, 2.4fr) 40px 124px 92px 84px';

/** The filter as the channel takes it; "tot en met" a day is everything before the next day. */
function naarInvoer(f: SignalenFilter): Omit<Invoer<'signalen.lijst'>, 'offset' | 'limiet' | 'na' | 'voor' | 'vanafEinde'> {
  return {
    ...(f.zoek.trim() ? { zoek: f.zoek.trim() } : {}),
    ...(f.fase ? { fase: f.fase } : {}),
    ...(f.bronPartnerId ? { bronPartnerId: f.bronPartnerId } : {}),
    ...(f.vermoeden ? { vermoeden: f.vermoeden as (typeof VERMOEDENS)[number] } : {}),
    ...(f.indicatorId ? { indicatorId: f.indicatorId } : {}),
    ...(f.vanaf ? { vanaf: f.vanaf } : {}),
    ...(f.tot ? { tot: volgendeDag(f.tot) } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.zonderDossier ? { zonderDossier: true } : {}),
  };
}

/**
 * The look of rows and cells, given once to the list instead of an `sx` per cell: a row is then plain
 * elements with class names, which React and the style engine render several times faster (a search or
 * a jump repaints every visible row; docs/ontwerp.md §9, ADR 0024).
 */
const RIJSTIJL = {
  '& .kb-rij': {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: RIJHOOGTE,
    display: 'grid',
    gridTemplateColumns: KOLOMMEN,
    borderBottom: 1,
    borderColor: 'divider',
    cursor: 'pointer',
    bgcolor: 'background.paper',
    '&.kb-concept': { bgcolor: '#fbf8ef' },
    '&[aria-busy]': { cursor: 'default' },
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& .kb-cel': { px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: '0.875rem', alignSelf: 'center' },
  '& .kb-rechts': { textAlign: 'right' },
  '& .kb-laden': { gridColumn: '1 / -1', color: 'text.secondary' },
  '& .kb-link': {
    font: 'inherit',
    fontFamily: 'monospace',
    fontSize: '0.85rem',
    color: 'primary.main',
    background: 'none',
    border: 0,
    p: 0,
    cursor: 'pointer',
    textDecoration: 'underline',
    textDecorationColor: 'rgba(25, 118, 210, 0.4)',
    '&:hover': { textDecorationColor: 'inherit' },
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '2px' },
  },
  '& .kb-nummer': { fontWeight: 600 },
  '& .kb-samenvatting': { color: 'text.secondary' },
} as const;

/** One row of the signal list; memoised, so typing in the search field or loading another page leaves it alone. */
const Rij = memo(function Rij({ index, boven, r, faseLabels }: { index: number; boven: number; r: SignaalRij | undefined; faseLabels: string[] }) {
  const { t } = useTranslation();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const vermoedenKort = (v: string) => ((VERMOEDENS as readonly string[]).includes(v) ? t(`keten.vermoedenKort.${v as (typeof VERMOEDENS)[number]}`) : v);
  const leeg = t('algemeen.leeg');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-rij={index}
      {...(r ? { 'data-nummer': r.nummer } : { 'aria-busy': true })}
      className={r?.status === 'concept' ? 'kb-rij kb-concept' : 'kb-rij'}
      style={{ transform: `translateY(${boven}px)` }}
      onClick={(e) => {
        if (r && !(e.target as HTMLElement).closest('a,button')) naarSignalen({ soort: 'detail', id: r.id });
      }}
    >
      {r ? (
        <>
          <div role="rowheader" className="kb-cel">
            <button type="button" className="kb-link kb-nummer" data-focus onClick={() => naarSignalen({ soort: 'detail', id: r.id })}>
              {r.nummer}
            </button>
            {r.status === 'concept' && <Chip size="small" variant="outlined" label={t('keten.status.concept')} sx={{ ml: 0.5, height: 20, fontSize: '0.7rem' }} />}
          </div>
          <div role="cell" className="kb-cel">
            {r.datumTijd ? nlDatum(r.datumTijd) : leeg}
          </div>
          <div role="cell" className="kb-cel" title={r.bron?.naam}>
            {r.bron?.naam ?? leeg}
          </div>
          <div role="cell" className="kb-cel" title={faseNaam(faseLabels, r.fase)}>
            {r.fase ? faseNaam(faseLabels, r.fase) : leeg}
          </div>
          <div role="cell" className="kb-cel">
            {r.vermoedens.length ? r.vermoedens.map(vermoedenKort).join(', ') : leeg}
          </div>
          <div role="cell" className="kb-cel kb-samenvatting" title={r.samenvattingKort || undefined}>
            {r.samenvattingKort || leeg}
          </div>
          <div role="cell" className="kb-cel kb-rechts">
            {r.aantalIndicatoren}
          </div>
          <div role="cell" className="kb-cel">
            <Kenmerken rij={r} />
          </div>
          <div role="cell" className="kb-cel">
            {r.dossier ? (
              <button type="button" className="kb-link" onClick={() => naarDossiers({ soort: 'detail', id: r.dossier!.id, tab: 'tijdlijn' })}>
                {r.dossier.nummer}
              </button>
            ) : (
              leeg
            )}
          </div>
          <div role="cell" className="kb-cel">
            {t(`keten.besluit.${r.besluit}`)}
          </div>
        </>
      ) : (
        <div role="cell" className="kb-cel kb-laden">
          <span data-focus tabIndex={-1}>
            {t('keten.lijst.rijLaden')}
          </span>
        </div>
      )}
    </div>
  );
});

/**
 * The search field with its own state: a keystroke re-renders this field only, not the list and its
 * filters (that render delayed every search by the time it took; docs/ontwerp.md §9). After the pause
 * the term goes to the filter; `leeg` tells the page whether there is anything to clear.
 */
function Zoekveld({ begin, zoeken, leeg }: { begin: string; zoeken: (zoek: string) => void; leeg: (leeg: boolean) => void }) {
  const { t } = useTranslation();
  const [zoek, setZoek] = useState(begin);
  const verstuurd = useRef(begin);
  useEffect(() => {
    leeg(zoek === '');
    if (zoek === verstuurd.current) return;
    const timer = window.setTimeout(() => {
      merk(MERK.filter);
      verstuurd.current = zoek;
      zoeken(zoek);
    }, ZOEKPAUZE_MS);
    return () => window.clearTimeout(timer);
  }, [zoek, zoeken, leeg]);
  return (
    <TextField
      label={t('keten.lijst.zoeken')}
      value={zoek}
      onChange={(e) => setZoek(e.target.value)}
      helperText={t('keten.lijst.zoekenHulp')}
      type="search"
      size="small"
      sx={{ gridColumn: { md: 'span 2' } }}
      slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" aria-hidden /></InputAdornment> }, htmlInput: { autoComplete: 'off' } }}
    />
  );
}

/**
 * Signalen → list: every signal without names (art. 6.2), filtered and searched on the backend and
 * fetched a page at a time for the rows in view; only the visible rows are in the page, so 100,000
 * signals scroll as smoothly as ten (docs/ontwerp.md §9).
 */
export function SignalenLijst() {
  const { t } = useTranslation();
  const filter = useNavigatie((s) => s.filter);
  const zetFilter = useNavigatie((s) => s.zetFilter);
  const partners = usePartners();
  const catalogus = useCatalogus();
  const faseLabels = useFaseLabels();
  const tabelId = useId();

  // What is typed; the filter follows after a pause (search) or when the date is complete.
  const [zoekLeeg, setZoekLeeg] = useState(filter.zoek === '');
  const [wisTeller, setWisTeller] = useState(0);
  const [vanaf, setVanaf] = useState(filter.vanaf ? nlDatum(filter.vanaf) : '');
  const [tot, setTot] = useState(filter.tot ? nlDatum(filter.tot) : '');
  const [datumFouten, setDatumFouten] = useState<{ vanaf?: string; tot?: string }>({});
  const filterRef = useRef(filter);
  filterRef.current = filter;

  /**
   * The first page of a new search, asked for before the new filter renders (that render of the filter
   * panel cost ~15 ms before the question left; docs/ontwerp.md §9, ADR 0030). `laadPagina` takes it
   * over when the list's key matches; only for a filter that differs, so no search is asked twice.
   */
  const vooraf = useRef<{ sleutel: string; antwoord: Promise<Resultaat<Uitvoer<'signalen.lijst'>>> } | null>(null);
  const zoeken = useCallback(
    (zoek: string) => {
      const nieuw = { ...filterRef.current, zoek };
      const invoerNieuw = naarInvoer(nieuw);
      const s = JSON.stringify(invoerNieuw);
      if (s !== JSON.stringify(naarInvoer(filterRef.current))) {
        merk(MERK.vraag);
        vooraf.current = { sleutel: s, antwoord: roep('signalen.lijst', { ...invoerNieuw, ...paginaVraag(0, new Map(), null) }) };
      }
      zetFilter(nieuw);
    },
    [zetFilter],
  );

  const datumToepassen = useCallback((veld: 'vanaf' | 'tot', tekst: string, definitief: boolean) => {
    const leeg = tekst.trim() === '';
    const iso = leeg ? '' : naarIsoDatum(tekst);
    if (iso === null) {
      if (definitief) setDatumFouten((d) => ({ ...d, [veld]: t('datum.ongeldig') }));
      return;
    }
    setDatumFouten((d) => ({ ...d, [veld]: undefined }));
    if (iso !== filterRef.current[veld]) zetFilter({ ...filterRef.current, [veld]: iso });
  }, [t, zetFilter]);

  const wissen = useCallback(() => {
    setWisTeller((n) => n + 1);
    setZoekLeeg(true);
    setVanaf('');
    setTot('');
    setDatumFouten({});
    zetFilter(LEEG_FILTER);
  }, [zetFilter]);

  // ── Data: pages of PAGINA rows, fetched for the rows in view ──
  const invoer = useMemo(() => naarInvoer(filter), [filter]);
  const sleutel = JSON.stringify(invoer);
  const [totaal, setTotaal] = useState<number | null>(null);
  const [, setVersie] = useState(0);
  const [fout, setFout] = useState<Fout | null>(null);
  const paginas = useRef(new Map<number, SignaalRij[]>());
  const onderweg = useRef(new Set<number>());
  const generatie = useRef(0);
  const totaalRef = useRef<number | null>(null);

  const laadPagina = useCallback(
    async (p: number, stil = false) => {
      if (paginas.current.has(p) || onderweg.current.has(p)) return;
      const gen = generatie.current;
      onderweg.current.add(p);
      const klaar = p === 0 && vooraf.current?.sleutel === sleutel ? vooraf.current.antwoord : null;
      if (p === 0) vooraf.current = null;
      if (!klaar && !stil) merk(MERK.vraag);
      const r = await (klaar ?? roep('signalen.lijst', { ...(JSON.parse(sleutel) as object), ...paginaVraag(p, paginas.current, totaalRef.current) }));
      if (gen !== generatie.current) return;
      onderweg.current.delete(p);
      if (!stil) merk(MERK.antwoord);
      if (r.ok) {
        paginas.current.set(p, r.waarde.rijen);
        totaalRef.current = r.waarde.totaal;
        setTotaal(r.waarde.totaal);
        setFout(null);
        setVersie((v) => v + 1);
      } else setFout(r.fout);
    },
    [sleutel],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  /** Where the list stood when the user left it; restored once the rows are counted again. */
  const herstel = useRef(useNavigatie.getState().lijstScroll);
  const virt = useVirtualizer({
    count: totaal ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RIJHOOGTE,
    scrollMargin: KOPHOOGTE,
    scrollPaddingStart: KOPHOOGTE,
    overscan: 10,
  });

  const eersteKeer = useRef(true);
  useLayoutEffect(() => {
    generatie.current += 1;
    paginas.current = new Map();
    onderweg.current = new Set();
    totaalRef.current = null;
    // The question leaves before anything re-renders: the reset below costs a render of its own.
    void laadPagina(0);
    setTotaal(null);
    if (!eersteKeer.current) {
      herstel.current = 0;
      if (scrollRef.current) scrollRef.current.scrollTop = 0;
    }
    eersteKeer.current = false;
    const beginPagina = Math.floor(herstel.current / RIJHOOGTE / PAGINA);
    if (beginPagina > 0) void laadPagina(beginPagina);
  }, [laadPagina]);

  /**
   * The last page, fetched once the first is on screen and the page is idle, so End (and dragging the
   * scroll bar to the bottom) shows rows at once instead of after a round-trip (ADR 0030). It is one small
   * question from the end of the index (ADR 0016), never audited (only a search's first page is).
   */
  useEffect(() => {
    if (totaal === null || totaal <= PAGINA) return;
    const laatste = Math.floor((totaal - 1) / PAGINA);
    const straks = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    const weg = window.cancelIdleCallback ?? window.clearTimeout;
    const id = straks(() => void laadPagina(laatste, true), { timeout: 500 });
    return () => weg(id);
  }, [totaal, laadPagina]);

  useLayoutEffect(() => {
    if (totaal === null || herstel.current === 0 || !scrollRef.current) return;
    scrollRef.current.scrollTop = herstel.current;
    herstel.current = 0;
  }, [totaal]);

  useLayoutEffect(() => {
    merk(MERK.rijen);
  });

  /**
   * The list reaches down to the bottom of the window, whatever the filters above it take (an error
   * under a date, a narrower window), so the screen is rows, not empty page (issue 11 §7).
   */
  const [hoogte, setHoogte] = useState(460);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const meten = () => {
      const boven = el.getBoundingClientRect().top + (document.scrollingElement?.scrollTop ?? 0);
      setHoogte(Math.max(300, Math.round(window.innerHeight - boven - ONDER_LIJST)));
    };
    meten();
    const waarnemer = new ResizeObserver(meten);
    if (el.parentElement?.parentElement) waarnemer.observe(el.parentElement.parentElement);
    window.addEventListener('resize', meten);
    return () => {
      waarnemer.disconnect();
      window.removeEventListener('resize', meten);
    };
  }, []);

  const items = virt.getVirtualItems();
  const eersteIndex = items[0]?.index ?? 0;
  const laatsteIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (totaal === null || totaal === 0) return;
    for (let p = Math.floor(eersteIndex / PAGINA); p <= Math.floor(laatsteIndex / PAGINA); p++) void laadPagina(p);
  }, [eersteIndex, laatsteIndex, totaal, laadPagina]);

  // Keep the position for when the user comes back from a signal (read while scrolling: on
  // unmount the element has already left the page and reports 0).
  const positie = useRef(0);
  useEffect(
    () => () => {
      useNavigatie.getState().zetLijstScroll(positie.current);
    },
    [],
  );

  const rijOp = (index: number): SignaalRij | undefined => paginas.current.get(Math.floor(index / PAGINA))?.[index % PAGINA];

  /**
   * The row a key moved to keeps the focus while it loads: first its placeholder, then, when its page
   * arrives and the placeholder is replaced, its link (else the focus fell back to the page body).
   */
  const focusDoel = useRef<number | null>(null);
  const focusVolgen = useCallback(() => {
    const doel = focusDoel.current;
    if (doel === null) return;
    const actief = document.activeElement;
    if (actief && actief !== document.body && !scrollRef.current?.contains(actief)) {
      focusDoel.current = null; // the user went elsewhere
      return;
    }
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-rij="${doel}"] [data-focus]`);
    if (el && el !== actief) el.focus({ preventScroll: true });
    if (el?.closest('[data-nummer]')) focusDoel.current = null;
  }, []);
  useLayoutEffect(focusVolgen);

  /** Arrow keys, Page Up/Down, Home and End move between the rows' links, scrolling as needed. */
  const toetsen = (e: KeyboardEvent<HTMLDivElement>) => {
    const doel = (e.target as HTMLElement).closest<HTMLElement>('[data-rij]');
    if (!doel || totaal === null) return;
    const nu = Number(doel.dataset.rij);
    const stap = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / RIJHOOGTE) - 1);
    const naar = { ArrowDown: nu + 1, ArrowUp: nu - 1, PageDown: nu + stap, PageUp: nu - stap, Home: 0, End: totaal - 1 }[e.key];
    if (naar === undefined) return;
    e.preventDefault();
    const index = Math.max(0, Math.min(totaal - 1, naar));
    virt.scrollToIndex(index, { align: 'auto' });
    focusDoel.current = index;
    requestAnimationFrame(focusVolgen);
  };

  const kop = (tekst: string, rechts = false) => (
    <Box role="columnheader" sx={{ px: 1, py: 0.5, fontWeight: 600, fontSize: '0.875rem', textAlign: rechts ? 'right' : 'left', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {tekst}
    </Box>
  );
  const gefilterd = JSON.stringify(filter) !== JSON.stringify(LEEG_FILTER);
  // The filters render only when one of them changes, not when a page of rows arrives (docs/ontwerp.md §9).
  const filters = useMemo(
    () => (
          <Paper variant="outlined" role="search" aria-label={t('keten.lijst.filters')} sx={{ p: 1.5, mb: 1.5 }}>
            {/* Two rows of six on a wide screen (three of four before), so the rows below get the room (issue 11 §7). */}
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))', lg: 'repeat(6, minmax(0, 1fr))' }, gridAutoFlow: 'row dense', alignItems: 'start' }}>
              <Zoekveld key={wisTeller} begin={filter.zoek} zoeken={zoeken} leeg={setZoekLeeg} />
              <TextField select size="small" label={t('keten.lijst.fase')} value={filter.fase ?? ''} onChange={(e) => zetFilter({ ...filter, fase: e.target.value === '' ? null : Number(e.target.value) })}>
                <MenuItem value="">{t('algemeen.alle')}</MenuItem>
                {faseLabels.map((l, i) => (
                  <MenuItem key={i} value={i + 1}>
                    {faseNaam(faseLabels, i + 1)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select size="small" label={t('keten.lijst.bron')} value={filter.bronPartnerId ?? ''} onChange={(e) => zetFilter({ ...filter, bronPartnerId: e.target.value === '' ? null : Number(e.target.value) })}>
                <MenuItem value="">{t('algemeen.alle')}</MenuItem>
                {sorteerPartners(partners ?? []).map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.naam}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select size="small" label={t('keten.lijst.vermoeden')} value={filter.vermoeden ?? ''} onChange={(e) => zetFilter({ ...filter, vermoeden: e.target.value || null })}>
                <MenuItem value="">{t('algemeen.alle')}</MenuItem>
                {VERMOEDENS.map((v) => (
                  <MenuItem key={v} value={v}>
                    {t(`keten.vermoeden.${v}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select size="small" label={t('keten.lijst.indicator')} value={filter.indicatorId ?? ''} onChange={(e) => zetFilter({ ...filter, indicatorId: e.target.value === '' ? null : Number(e.target.value) })} sx={{ gridColumn: { md: 'span 2' } }}>
                <MenuItem value="">{t('algemeen.alle')}</MenuItem>
                {(catalogus ?? []).flatMap((c) => [
                  <ListSubheader key={`c${c.id}`}>{c.naam}</ListSubheader>,
                  ...c.indicatoren.map((i) => (
                    <MenuItem key={i.id} value={i.id} sx={{ whiteSpace: 'normal' }}>
                      {i.code} — {i.tekst}
                    </MenuItem>
                  )),
                ])}
              </TextField>
              <TextField select size="small" label={t('keten.lijst.status')} value={filter.status ?? ''} onChange={(e) => zetFilter({ ...filter, status: (e.target.value || null) as SignalenFilter['status'] })}>
                <MenuItem value="">{t('algemeen.alle')}</MenuItem>
                <MenuItem value="concept">{t('keten.status.concept')}</MenuItem>
                <MenuItem value="ingediend">{t('keten.status.ingediend')}</MenuItem>
              </TextField>
              {(['vanaf', 'tot'] as const).map((veld) => (
                <DatumVeld
                  key={veld}
                  size="small"
                  label={t(`keten.lijst.${veld}`)}
                  value={veld === 'vanaf' ? vanaf : tot}
                  fout={datumFouten[veld]}
                  onChange={(e) => {
                    (veld === 'vanaf' ? setVanaf : setTot)(e.target.value);
                    datumToepassen(veld, e.target.value, false);
                  }}
                  onBlur={() => datumToepassen(veld, veld === 'vanaf' ? vanaf : tot, true)}
                />
              ))}
              <FormControlLabel
                control={<Checkbox size="small" checked={filter.zonderDossier} onChange={(e) => zetFilter({ ...filter, zonderDossier: e.target.checked })} />}
                label={t('keten.lijst.zonderDossier')}
                sx={{ mr: 0 }}
              />
              <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'flex-end' }}>
                <Button onClick={wissen} disabled={!gefilterd && zoekLeeg && vanaf === '' && tot === ''}>
                  {t('algemeen.wissen')}
                </Button>
              </Box>
            </Box>
          </Paper>
    ),
    [t, filter, zetFilter, partners, catalogus, faseLabels, wisTeller, zoeken, vanaf, tot, datumFouten, datumToepassen, wissen, gefilterd, zoekLeeg],
  );

  return (
    <>
      {filters}

      {fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={fout} />
        </Box>
      )}

      <Typography role="status" color="text.secondary" sx={{ mb: 1 }} data-testid="signalen-totaal">
        {totaal === null ? t('keten.lijst.laden') : t('keten.lijst.aantal', { count: totaal, aantal: nlGetal(totaal) })}
      </Typography>

      <Paper variant="outlined" role="table" aria-label={t('keten.lijst.tabel')} aria-rowcount={(totaal ?? 0) + 1} id={tabelId} sx={{ overflow: 'hidden' }}>
        <Box
          ref={scrollRef}
          onKeyDown={toetsen}
          onScroll={(e) => {
            positie.current = e.currentTarget.scrollTop;
          }}
          sx={{ height: hoogte, overflowY: 'auto', overflowX: 'hidden', position: 'relative' }}
          data-testid="signalen-scroll"
        >
          <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: '#eef1f5', borderBottom: 1, borderColor: 'divider' }}>
            <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: KOLOMMEN, height: KOPHOOGTE, alignItems: 'center' }}>
              {kop(t('keten.lijst.kolom.nummer'))}
              {kop(t('keten.lijst.kolom.datum'))}
              {kop(t('keten.lijst.kolom.bron'))}
              {kop(t('keten.lijst.kolom.fase'))}
              {kop(t('keten.lijst.kolom.vermoedens'))}
              {kop(t('signaalweergave.lijst.samenvatting'))}
              <Box role="columnheader" sx={{ px: 1, fontWeight: 600, fontSize: '0.875rem', textAlign: 'right' }}>
                <span aria-hidden>{t('keten.lijst.kolom.indicatoren')}</span>
                <Verborgen>{t('keten.lijst.kolom.indicatorenLang')}</Verborgen>
              </Box>
              {kop(t('keten.lijst.kolom.kenmerken'))}
              {kop(t('keten.lijst.kolom.dossier'))}
              {kop(t('keten.lijst.kolom.besluit'))}
            </Box>
          </Box>
          <Box role="rowgroup" sx={{ height: virt.getTotalSize(), position: 'relative', ...RIJSTIJL }}>
            {totaal === 0 && (
              <Box role="row" aria-rowindex={2}>
                <Box role="cell" sx={{ p: 2 }}>
                  {gefilterd ? t('keten.lijst.geenGefilterd') : t('keten.lijst.geen')}
                </Box>
              </Box>
            )}
            {items.map((vi) => (
              <Rij key={vi.key} index={vi.index} boven={vi.start - KOPHOOGTE} r={rijOp(vi.index)} faseLabels={faseLabels} />
            ))}
          </Box>
        </Box>
      </Paper>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('keten.lijst.toetsenbord')}
      </Typography>
    </>
  );
}
