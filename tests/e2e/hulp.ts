/**
 * Shared start and stop for the end-to-end tests (docs/ontwerp.md §8): the real HTTP bridge over a fresh
 * temp werkmap (real SQLCipher files, cheap scrypt), Debian's Chromium through playwright-core,
 * axe-core on every screen and a screenshot of each as a test artifact.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { brugStarten as brugProcesStarten, geheimhoudingVanzelf, REPO, type Antwoord } from '../fixtures/brug';

export { geheimhoudingVanzelf };

export { REPO };
export const ARTEFACTEN = path.join(REPO, 'test-artifacts', 'e2e');
const AXE = path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * A field's accessible name: the text itself, with MUI's required star (thin space or space) after it;
 * with `identificerend`, also the signal form's " (identificerend)" mark on fields that identify a person.
 */
export const label = (tekst: string, o: { identificerend?: boolean } = {}) =>
  new RegExp(`^${tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${o.identificerend ? '( \\(identificerend\\))?' : ''}(\u2009\\*)?( \\*)?$`);
/** The page's one h1 by its text. */
export const h1 = (p: Page, naam: string | RegExp) => p.getByRole('heading', { level: 1, name: naam });

export interface Brug {
  /** The address with the token in its fragment, as the starter would open it. */
  adres: string;
  basis: string;
  token: string;
  werkmap: string;
  /** Calls a channel directly, outside the page (to change the state behind the UI's back). */
  api(kanaal: string, invoer?: unknown): Promise<Antwoord>;
  stoppen(): Promise<void>;
}

/** The bridge as its own process over a fresh temp werkmap, started by the one spawner in tests/fixtures/brug.ts. */
export async function brugStarten(): Promise<Brug> {
  if (!fs.existsSync(path.join(REPO, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer ontbreekt: draai eerst `npx vite build` (of `npm run test:e2e`).');
  }
  const werkmap = await fsp.mkdtemp(path.join(os.tmpdir(), 'ketenbestand-e2e-'));
  const proces = await brugProcesStarten({ ...process.env, KETENBESTAND_KDF_KOSTEN: '14' }, ['--werkmap', werkmap]);
  const url = new URL(proces.adres);
  return {
    adres: proces.adres,
    basis: `${url.origin}/`,
    token: url.hash.replace(/^#token=/, ''),
    werkmap,
    api: proces.api,
    async stoppen() {
      await proces.stoppen();
      await fsp.rm(werkmap, { recursive: true, force: true });
    },
  };
}

/** What every browser test starts with: a bridge, Chromium and one tab, closed again after the file. */
export interface Opstelling {
  brug: Brug;
  browser: Browser;
  s: Scherm;
  page: Page;
}

/**
 * Registers the shared start and stop (beforeAll/afterAll) and returns the object they fill; the
 * file's own hooks run after these, so they find everything in place.
 */
export function opstelling(): Opstelling {
  const o = {} as Opstelling;
  beforeAll(async () => {
    o.brug = await brugStarten();
    o.browser = await browserStarten();
    o.s = await paginaOpenen(o.browser, o.brug.adres);
    o.page = o.s.page;
  });
  afterAll(async () => {
    await o.s?.context.close();
    await o.browser?.close();
    await o.brug?.stoppen();
  });
  return o;
}

export async function browserStarten(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Scherm {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP refusals seen so far; a test ends by expecting none. */
  fouten: string[];
}

/** A fresh tab as a Dutch user on a common laptop screen would have it. */
export async function paginaOpenen(browser: Browser, adres: string, opties: { voorGoto?: (page: Page) => Promise<void> } = {}): Promise<Scherm> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.setDefaultTimeout(20_000);
  if (geheimhoudingVanzelf.aan) await geheimhoudingOverslaan(page);
  await opties.voorGoto?.(page);
  await page.goto(adres);
  await rustigeWeergave(page);
  return { context, page, fouten };
}

/**
 * Tests not about the duty of confidentiality (art. 21.2, ADR 0043): when the session the page asks for
 * still needs the acknowledgment, it is given on the account's behalf with the page's own token and
 * the page gets the session after it, so it never shows the step. tests/e2e/geheimhouding.test.ts
 * turns this off (geheimhoudingVanzelf.aan = false) and walks the step itself.
 */
async function geheimhoudingOverslaan(page: Page): Promise<void> {
  await page.route(/\/api\/(sessie\.status|sessie\.aanmelden|herstelsleutel\.gebruiken|bestand\.maken)$/, async (route) => {
    const antwoord = await route.fetch();
    const tekst = await antwoord.text();
    const json = JSON.parse(tekst) as { ok: boolean; waarde?: { geheimhouding?: { versie: number } | null } };
    if (!json.ok) return route.fulfill({ response: antwoord, body: tekst });
    const verzoek = route.request();
    const headers = { authorization: (await verzoek.allHeaders())['authorization'] ?? '', 'content-type': 'application/json' };
    const kanaal = (naam: string) => verzoek.url().replace(/\/api\/[^/]+$/, `/api/${naam}`);
    // A new bestand answers without the session: ask for it, so its first account is covered too.
    const metSessie = json.waarde && 'geheimhouding' in json.waarde;
    const open = metSessie
      ? json.waarde?.geheimhouding
      : ((await (await page.request.post(kanaal('sessie.status'), { headers, data: {} })).json()) as { waarde?: { geheimhouding?: { versie: number } | null } }).waarde?.geheimhouding;
    if (!open) return route.fulfill({ response: antwoord, body: tekst });
    const bevestigd = await page.request.post(kanaal('geheimhouding.bevestigen'), { headers, data: { versie: open.versie } });
    const na = (await bevestigd.json()) as { ok: boolean; waarde?: Record<string, unknown> };
    // herstelsleutel.gebruiken answers the session plus the new code: keep the code.
    const body = na.ok && metSessie ? JSON.stringify({ ok: true, waarde: { ...json.waarde, ...na.waarde } }) : tekst;
    return route.fulfill({ response: antwoord, body });
  });
}

/**
 * No CSS transitions: a dialog is either there or not, so axe never measures a half-faded colour and
 * screenshots show states, not fades. MUI's transitions run on timers, so nothing waits on them.
 */
/**
 * The n-th row of data (from 0) in a table: not the header, and not the kit's loading, empty or footer row
 * (`data-toestand`), which a test reading "the first row" would otherwise catch while the table loads.
 */
export function gegevensrij(tabel: Locator, n: number): Locator {
  return tabel.locator('tbody tr:not([data-toestand])').nth(n);
}

/** No transitions, animations or blinking caret on this page, now and after every reload: screenshots and axe see the settled state. */
export async function rustigeWeergave(page: Page): Promise<void> {
  const css = '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }';
  await page.addStyleTag({ content: css });
  // Also after a reload: otherwise a dialog opened after page.reload() still fades in, and axe, run
  // mid-fade, measures its text against the half-drawn backdrop.
  await page.addInitScript((c: string) => {
    const zetten = () => {
      const stijl = document.createElement('style');
      stijl.textContent = c;
      document.head.appendChild(stijl);
    };
    if (document.head) zetten();
    else document.addEventListener('DOMContentLoaded', zetten, { once: true });
  }, css);
}

let axeBron: string | null = null;

/**
 * axe-core on the page as it is now: no violation of impact serious or critical; others are printed.
 * The page runs under the bridge's strict CSP, which refuses an inline <script> (what addScriptTag
 * inserts); so axe goes in through the DevTools protocol, which the CSP does not govern.
 */
export async function axeControleren(page: Page, naam: string): Promise<void> {
  axeBron ??= await fsp.readFile(AXE, 'utf8');
  const aanwezig = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!aanwezig) await page.evaluate(axeBron);
  const uitkomst = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  });
  const ernstig = uitkomst.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const overige = uitkomst.filter((v) => !(v.impact === 'serious' || v.impact === 'critical'));
  for (const v of overige) console.log(`axe (${naam}) ${v.impact}: ${v.id} — ${v.help}\n  ${v.nodes.join('\n  ')}`);
  expect(ernstig, `axe-overtredingen op ${naam}:\n${JSON.stringify(ernstig, null, 2)}`).toEqual([]);
}

/** A full-page screenshot at test-artifacts/e2e/NN-naam.png. */
export async function schermafdruk(page: Page, naam: string): Promise<void> {
  await fsp.mkdir(ARTEFACTEN, { recursive: true });
  // Let MUI's transitions (dialogs, ripples) settle so the picture shows the state, not a fade.
  // From the top: sticky header and navigation would otherwise be painted halfway down the picture.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    return new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  });
  // A modal dialog is drawn over the viewport only; a full-page picture would cut its backdrop off.
  const dialoogOpen = (await page.locator('[role="dialog"]').count()) > 0;
  await page.screenshot({ path: path.join(ARTEFACTEN, `${naam}.png`), fullPage: !dialoogOpen, animations: 'disabled' });
}

/** Every screen of the story gets both: the accessibility check and the picture. */
export async function scherm(page: Page, naam: string): Promise<void> {
  await axeControleren(page, naam);
  await schermafdruk(page, naam);
}

/** Closes what a test file opened, in reverse order; each part may be missing when its start failed. */
/** Closes the pages, the browser and the bridges of a test, and removes its temporary folders (a USB stick). */
export async function allesStoppen(
  s: Scherm | undefined | ReadonlyArray<Scherm | undefined>,
  browser: Browser | undefined,
  brug: Brug | undefined | ReadonlyArray<Brug | undefined>,
  mappen: ReadonlyArray<string | undefined> = [],
): Promise<void> {
  for (const scherm of Array.isArray(s) ? s : [s]) await scherm?.context.close();
  await browser?.close();
  await Promise.all((Array.isArray(brug) ? brug : [brug]).map((b) => b?.stoppen()));
  for (const map of mappen) if (map) await fsp.rm(map, { recursive: true, force: true });
}
