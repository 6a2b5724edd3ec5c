/**
 * Browser-mode bench of what a user feels (docs/ontwerp.md §9, ADR 0016): the real UI (dist/renderer) in
 * Debian's Chromium through playwright-core, against the real HTTP bridge over a bestand of 100,000
 * synthetic signals. Timed inside the page, from the input event to the moment the new total and the
 * first row of the result are in the DOM (so the search pause, the round-trip and React's render all
 * count); median of several runs, every round a term not asked before (the bridge remembers counts and
 * summaries while the data stands still, ADR 0046). Baseline in the same run: a search of the same kind
 * (a twin term) as one API call from Node, right after the UI's.
 * Also: End in the list, from the key to the last row on screen.
 *
 *   npx vite build && node --import tsx bench/ui.ts        (BENCH_SIGNALEN=20000 for a quicker run)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { rijenInvoegen, rijenVoorbereiden } from '../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';
import { analyseBijwerken } from '../electron/backend/keten/analyse';
import { lijstFilter, paginaVraagSql, tellingVraag } from '../electron/backend/keten/signalen';

const AANTAL = Number(process.env.BENCH_SIGNALEN ?? 100_000);
const RONDES = Number(process.env.BENCH_UI_RONDES ?? 7);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WACHTWOORD = 'bench-wachtwoord-synthetisch';
const BUDGET_ZOEKEN_MS = 150;
const BUDGET_EINDE_MS = 100;

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A bestand with AANTAL signals, made in this process before the bridge opens it. */
async function bestandVullen(map: string): Promise<Zoekterm[]> {
  const r = willekeur(42);
  const b = await bestandMaken(map, { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: WACHTWOORD });
  const sleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
  const formulieren: FormatCasus[] = [];
  for (let i = 0; i < AANTAL; i++) formulieren.push(formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: Array.from({ length: 30 }, (_, k) => k + 1) })));
  await b.v.transactie(() => rijenInvoegen(b.v, rijenVoorbereiden(formulieren, { signaalId: 1, persoonId: 0, volgnummer: 1, jaar: 2026 }, sleutel, 'bench')));
  // The analysis records of the imported signals, brought up to date here as after any import: otherwise
  // the home screen's overview does it (one transaction of ~25 s at 100,000 signals) while the rounds
  // run, and the bench measures searches queued behind it, with the redactor rebuilt for every list while
  // that transaction is open (ADR 0047), instead of a search.
  await b.v.transactie(() => analyseBijwerken(b.v));
  // Search terms as a user types them: full names (a few hits) and a word from the text (many). Each
  // round's UI term has a twin of the same kind for the API baseline, so neither finds the other's count
  // or summaries remembered in the bridge (ADR 0046); and what the list must show for the UI term is
  // worked out here, with the list's own SQL and no audit, before the bridge opens the bestand.
  const naam = (x: number | string) => (typeof x === 'string' ? x : formulieren[x % AANTAL]!.slachtoffer.naam);
  const ui = [1234, 'tuinbouwkas', 40_000, 'uitzendbureau', 77_777, 'schoonmaak', 9_999, 55_555].map(naam);
  const api = [1235, 'nagelstudio', 40_001, 'restaurant', 77_778, 'hotel', 10_000, 55_556].map(naam);
  const termen: Zoekterm[] = [];
  for (const [i, term] of ui.entries()) {
    const f = { zoek: term, offset: 0, limiet: 100 };
    const filter = lijstFilter('bench', f);
    const telling = tellingVraag(filter);
    const pagina = paginaVraagSql(filter, f, false);
    const totaal = (await b.v.get<{ n: number }>(telling.sql, telling.params))!.n;
    const eerste = (await b.v.all<{ nummer: string }>(pagina.sql, pagina.params))[0];
    termen.push({ term, totaal, nummer: eerste?.nummer ?? null, api: api[i]! });
  }
  await b.sluiten();
  return termen;
}
type Zoekterm = { term: string; totaal: number; nummer: string | null; api: string };

export async function brugStarten(werkmap: string, renderer?: string) {
  const kind = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', '--werkmap', werkmap, ...(renderer ? ['--renderer', renderer] : [])], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const adres = await new Promise<string>((resolve, reject) => {
    let uit = '';
    kind.stdout!.on('data', (d: Buffer) => {
      uit += d.toString();
      const m = /KETENBESTAND_ADRES=(\S+)/.exec(uit);
      if (m?.[1]) resolve(m[1]);
    });
    kind.once('exit', (code) => reject(new Error(`de brug stopte (code ${code})`)));
  });
  const url = new URL(adres);
  const token = url.hash.replace(/^#token=/, '');
  const api = async <T>(kanaal: string, invoer: unknown = {}): Promise<T> => {
    const r = (await (await fetch(`${url.origin}/api/${kanaal}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(invoer) })).json()) as { ok: boolean; waarde: T; fout?: { melding: string } };
    if (!r.ok) throw new Error(`${kanaal}: ${r.fout?.melding}`);
    return r.waarde;
  };
  const weg = new Promise<void>((resolve) => kind.once('exit', () => resolve()));
  return {
    adres,
    api,
    stoppen: async () => {
      kind.kill('SIGTERM');
      await weg;
    },
  };
}

type Brug = Awaited<ReturnType<typeof brugStarten>>;
type Meting = { ui: number[]; api: number[]; delen: Record<'wachten' | 'naarVraag' | 'vraag' | 'render' | 'rest', number[]>; einde: number[]; eindeDelen: Record<'naarVraag' | 'vraag' | 'render', number[]>; eindeZonderVraag: number; eindeFout: string };

/**
 * One UI under test: a bridge serving `renderer` (the current build, or BENCH_UI_VERGELIJK's) over its
 * own copy of the bestand, and a page signed in on the signal list.
 */
async function variantOpenen(browser: Browser, werkmap: string, renderer: string | undefined) {
  const brug = await brugStarten(werkmap, renderer);
  await brug.api('bestand.openen', { map: 'bench' });
  await brug.api('sessie.aanmelden', { gebruiker: 'bench', wachtwoord: WACHTWOORD });
  // The synthetic bench account acknowledges the duty of confidentiality (art. 21.2, ADR 0043) as its
  // user would at first login; otherwise the page opens on that step instead of the navigation.
  const { geheimhouding } = await brug.api<{ geheimhouding: { versie: number } | null }>('sessie.status', {});
  if (geheimhouding) await brug.api('geheimhouding.bevestigen', { versie: geheimhouding.versie });
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } })).newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(brug.adres);
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('button', { name: 'Signalen', exact: true }).click();
  /**
   * Resolves inside the page, from a mutation observer, when the list shows `d`: the milliseconds since
   * the last input event (or key press the bench marked). Installed before the input it waits for.
   */
  // Page code as text: tsx would wrap named inner functions in a helper the page does not have.
  const wacht = (d: { totaal?: number; nummer?: string | null; rij?: number }) =>
    page.evaluate<number>(`new Promise((resolve) => {
      const d = ${JSON.stringify(d)};
      const klaar = () =>
        (d.totaal === undefined || (document.querySelector('[data-testid="signalen-totaal"]')?.textContent ?? '').replace(/\\D/g, '') === String(d.totaal)) &&
        (!d.nummer || document.querySelector('[data-rij="0"][data-nummer="' + d.nummer + '"]') !== null) &&
        (d.rij === undefined || document.querySelector('[data-rij="' + d.rij + '"][data-nummer]') !== null);
      const af = () => resolve(performance.now() - (window.kbIn ?? 0));
      if (klaar()) return af();
      const mo = new MutationObserver(() => { if (klaar()) { mo.disconnect(); af(); } });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    })`);
  await wacht({ totaal: AANTAL });
  await page.evaluate("document.addEventListener('input', () => { window.kbIn = performance.now(); }, true)");
  const verzoeken: string[] = [];
  // API calls of the page still under way: the last page fetched while idle (ADR 0030) follows every search.
  const bezig = { n: 0, laatste: 0 };
  page.on('request', (r) => {
    if (!r.url().includes('/api/')) return;
    verzoeken.push(new URL(r.url()).pathname.replace(/^.*\/api\//, ''));
    bezig.n += 1;
    bezig.laatste = performance.now();
  });
  const klaar = (r: { url(): string }) => {
    if (r.url().includes('/api/')) bezig.n -= 1;
  };
  page.on('requestfinished', klaar);
  page.on('requestfailed', klaar);
  const meting: Meting = { ui: [], api: [], delen: { wachten: [], naarVraag: [], vraag: [], render: [], rest: [] }, einde: [], eindeDelen: { naarVraag: [], vraag: [], render: [] }, eindeZonderVraag: 0, eindeFout: '' };
  return { brug, page, wacht, verzoeken, bezig, meting, zoekveld: page.getByRole('searchbox', { name: 'Zoeken' }) };
}
type Variant = Awaited<ReturnType<typeof variantOpenen>>;

/**
 * Waits until the page has asked nothing for 300 ms, as a user pauses before the next term: without it the
 * next search raced the last page that the previous one fetched while idle (ADR 0030), and queued behind it.
 */
async function stil(v: Variant): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (v.bezig.n === 0 && performance.now() - v.bezig.laatste >= 300) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One search: from the input event to the new total and first row in the DOM, with the page's marks. */
async function zoekRonde(v: Variant, z: Zoekterm, meten: boolean): Promise<void> {
  const klaar = v.wacht({ totaal: z.totaal, nummer: z.nummer });
  await v.zoekveld.fill(z.term);
  const ms = await klaar;
  // The baseline after the UI, with the twin term: the same kind of search, asked for the first time;
  // once the page has nothing under way, so the bridge answers it alone.
  for (let i = 0; i < 500 && v.bezig.n > 0; i++) await new Promise((r) => setTimeout(r, 10));
  const t = performance.now();
  await v.brug.api('signalen.lijst', { zoek: z.api, limiet: 100 });
  const apiMs = performance.now() - t;
  /** Where the time went, from the page's performance marks (SignalenLijst.tsx). */
  const m = await v.page.evaluate<Record<string, number>>(
    "Object.fromEntries(['kb-filter', 'kb-vraag', 'kb-antwoord', 'kb-rijen'].map((n) => [n, performance.getEntriesByName(n).at(-1)?.startTime ?? NaN]).concat([['in', window.kbIn ?? NaN]]))",
  );
  // The render that put the answer on screen is the first after the answer: the page renders again later
  // (the last page, fetched while idle), and that render's mark is not this search's.
  m['kb-rijen'] = await v.page.evaluate<number>(
    `performance.getEntriesByName('kb-rijen').map((e) => e.startTime).find((t) => t >= ${m['kb-antwoord'] ?? Number.NaN}) ?? NaN`,
  );
  // Set BENCH_UI_VERZOEKEN=1 to see each search's API calls (one signalen.lijst, no second round-trip).
  if (process.env.BENCH_UI_VERZOEKEN) console.log(`  ${ms.toFixed(0)} ms: ${v.verzoeken.join(' ')}`);
  v.verzoeken.length = 0;
  if (!meten) return;
  const { ui, api, delen } = v.meting;
  ui.push(ms);
  api.push(apiMs);
  delen.wachten.push(m['kb-filter']! - m.in!);
  delen.naarVraag.push(m['kb-vraag']! - m['kb-filter']!);
  delen.vraag.push(m['kb-antwoord']! - m['kb-vraag']!);
  delen.render.push(m['kb-rijen']! - m['kb-antwoord']!);
  delen.rest.push(ms - (m['kb-rijen']! - m.in!));
}

/** End in the list: from the key press to the last row on screen; then back to the top, pages forgotten. */
async function eindeRonde(v: Variant, meten: boolean): Promise<void> {
  const eerste = v.page.locator('[data-rij="0"] [data-focus]');
  await eerste.waitFor({ state: 'attached' });
  await eerste.focus();
  await v.page.evaluate('window.kbIn = performance.now()');
  const klaar = v.wacht({ rij: AANTAL - 1 });
  await v.page.keyboard.press('End');
  const ms = await klaar;
  const m = await v.page.evaluate<Record<string, number>>(
    "Object.fromEntries(['kb-vraag', 'kb-antwoord', 'kb-rijen'].map((n) => [n, performance.getEntriesByName(n).at(-1)?.startTime ?? NaN]).concat([['in', window.kbIn ?? NaN]]))",
  );
  if (meten) {
    v.meting.einde.push(ms);
    // The last page may already be there (fetched while idle, ADR 0030): then End asks nothing.
    if (!(m['kb-vraag']! >= m.in!)) {
      v.meting.eindeZonderVraag += 1;
      return eindeTerug(v);
    }
    v.meting.eindeDelen.naarVraag.push(m['kb-vraag']! - m.in!);
    v.meting.eindeDelen.vraag.push(m['kb-antwoord']! - m['kb-vraag']!);
    v.meting.eindeDelen.render.push(m['kb-rijen']! - m['kb-antwoord']!);
  }
  await eindeTerug(v);
}

/** Back to the top with the pages forgotten: a search for "x", then the empty field again. */
async function eindeTerug(v: Variant): Promise<void> {
  const x = (await v.brug.api<{ totaal: number }>('signalen.lijst', { zoek: 'x', limiet: 1 })).totaal;
  const weg = v.wacht({ totaal: x });
  await v.zoekveld.fill('x');
  await weg;
  await v.zoekveld.fill('');
  await v.wacht({ totaal: AANTAL });
}

function verslag(naam: string, m: Meting): string[] {
  const z = mediaan(m.ui);
  const a = mediaan(m.api);
  const d = (xs: number[]) => mediaan(xs).toFixed(0);
  const e = m.einde.length ? mediaan(m.einde) : NaN;
  return [
    `  ${naam}: zoeken, invoer tot rijen: ${z.toFixed(0)} ms; dezelfde zoekvraag als API-aanroep: ${a.toFixed(0)} ms; verhouding ${(z / a).toFixed(1)}×   budget ≤ ${BUDGET_ZOEKEN_MS} ms: ${z <= BUDGET_ZOEKEN_MS ? 'binnen' : 'OVER'}`,
    `    losse rondes zoeken: ${m.ui.map((x) => x.toFixed(0)).join(' / ')} ms`,
    `    waar de tijd zit (medianen): zoekpauze ${d(m.delen.wachten)} ms, tot de vraag ${d(m.delen.naarVraag)} ms, vraag (brug + JSON) ${d(m.delen.vraag)} ms, React tot rijen ${d(m.delen.render)} ms, tot de waarnemer ${d(m.delen.rest)} ms`,
    m.einde.length
      ? `    End in de lijst, toets tot laatste rij: ${e.toFixed(0)} ms (${m.einde.map((x) => x.toFixed(0)).join(' / ')})   budget ≤ ${BUDGET_EINDE_MS} ms: ${e <= BUDGET_EINDE_MS ? 'binnen' : 'OVER'}\n` +
        [
          m.eindeDelen.vraag.length ? `    waar de tijd zit (medianen): toets tot de vraag ${d(m.eindeDelen.naarVraag)} ms, vraag (brug + JSON) ${d(m.eindeDelen.vraag)} ms, React tot rijen ${d(m.eindeDelen.render)} ms` : '',
          m.eindeZonderVraag ? `    ${m.eindeZonderVraag} van ${m.einde.length} keer stond de laatste pagina al klaar (vooraf geladen): geen vraag na de toets` : '',
        ].filter(Boolean).join('\n')
      : `    End in de lijst: niet gemeten (${m.eindeFout})`,
  ];
}

/**
 * Why dist/renderer cannot be measured, or null: missing, or built with a NODE_ENV other than production,
 * which carries React's development build (~2× slower) and is not what a user runs.
 */
export function rendererOnbruikbaar(): string | null {
  const map = path.join(REPO, 'dist', 'renderer');
  if (!fs.existsSync(path.join(map, 'index.html'))) return 'dist/renderer ontbreekt (draai eerst `npx vite build`).';
  const assets = path.join(map, 'assets');
  const ontwikkel = fs.readdirSync(assets).some((f) => f.endsWith('.js') && fs.readFileSync(path.join(assets, f), 'utf8').includes('Each child in a list should have a unique'));
  return ontwikkel ? 'dist/renderer is een ontwikkelbouw (React met zijn waarschuwingen, ~2× trager); draai eerst `npx vite build` zonder NODE_ENV.' : null;
}

/**
 * BENCH_UI_VERGELIJK=<a dist/renderer of another build> measures that build too, over a copy of the same
 * bestand, rounds interleaved with the current one, so a busy machine slows both alike (A/B).
 */
export async function benchUi(): Promise<string[]> {
  const weigering = rendererOnbruikbaar();
  if (weigering) return [`UI-bench overgeslagen: ${weigering}`];
  if (!fs.existsSync('/usr/bin/chromium')) return ['UI-bench overgeslagen: /usr/bin/chromium ontbreekt.'];
  const vergelijk = process.env.BENCH_UI_VERGELIJK ? path.resolve(process.env.BENCH_UI_VERGELIJK) : undefined;
  const werkmap = await fsp.mkdtemp(path.join(os.tmpdir(), 'kb-bench-ui-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const bruggen: Brug[] = [];
  try {
    const begin = performance.now();
    const termen = await bestandVullen(path.join(werkmap, 'bench'));
    const vulMs = performance.now() - begin;
    const namen = vergelijk ? ['deze build', `vergelijking (${path.relative(REPO, vergelijk) || vergelijk})`] : ['deze build'];
    const varianten: Variant[] = [];
    for (const [i] of namen.entries()) {
      const map = path.join(werkmap, `v${i}`);
      await fsp.mkdir(map);
      await fsp.cp(path.join(werkmap, 'bench'), path.join(map, 'bench'), { recursive: true });
      const v = await variantOpenen(browser, map, i === 0 ? undefined : vergelijk);
      bruggen.push(v.brug);
      varianten.push(v);
    }
    for (let ronde = 0; ronde <= RONDES; ronde++) {
      for (const v of varianten) {
        await zoekRonde(v, termen[ronde % termen.length]!, ronde > 0);
        await stil(v);
      }
    }
    // End in the list. A failure here loses no search figures.
    for (const v of varianten) {
      await v.zoekveld.fill('');
      await v.wacht({ totaal: AANTAL });
    }
    for (let ronde = 0; ronde <= 3; ronde++) {
      for (const v of varianten) {
        try {
          if (!v.meting.eindeFout) await eindeRonde(v, ronde > 0);
        } catch (err) {
          v.meting.eindeFout = (err as Error).message.split('\n')[0]!;
        }
      }
    }
    return [
      `UI in de browser (brug + Chromium), ${AANTAL.toLocaleString('nl-NL')} signalen (gemaakt in ${(vulMs / 1000).toFixed(0)} s), mediaan van ${RONDES}${vergelijk ? ', rondes om en om' : ''}`,
      ...varianten.flatMap((v, i) => verslag(namen[i]!, v.meting)),
    ];
  } finally {
    await browser.close();
    for (const b of bruggen) await b.stoppen();
    await fsp.rm(werkmap, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchUi()) console.log(r);
}
