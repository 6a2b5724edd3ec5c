/**
 * Browser-mode bench of what a user feels (docs/ontwerp.md §9, ADR 0016): the real UI (dist/renderer) in
 * Debian's Chromium through playwright-core, against the real HTTP bridge over a bestand of 100,000
 * synthetic signals. Timed inside the page, from the input event to the moment the new total and the
 * first row of the result are in the DOM (so the search pause, the round-trip and React's render all
 * count); median of several runs. Baseline in the same run: the same search as one API call from Node.
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
import { chromium } from 'playwright-core';
import { formatCasusSchema, type FormatCasus } from '../shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { rijenInvoegen, rijenVoorbereiden } from '../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';

const AANTAL = Number(process.env.BENCH_SIGNALEN ?? 100_000);
const RONDES = Number(process.env.BENCH_UI_RONDES ?? 7);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WACHTWOORD = 'bench-wachtwoord-synthetisch';
const BUDGET_ZOEKEN_MS = 150;
const BUDGET_EINDE_MS = 100;

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A bestand with AANTAL signals, made in this process before the bridge opens it. */
async function bestandVullen(map: string): Promise<string[]> {
  const r = willekeur(42);
  const b = await bestandMaken(map, { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: WACHTWOORD });
  const sleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
  const formulieren: FormatCasus[] = [];
  for (let i = 0; i < AANTAL; i++) formulieren.push(formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: Array.from({ length: 30 }, (_, k) => k + 1) })));
  await b.v.transactie(() => rijenInvoegen(b.v, rijenVoorbereiden(formulieren, { signaalId: 1, persoonId: 0, volgnummer: 1, jaar: 2026 }, sleutel, 'bench')));
  await b.sluiten();
  // Search terms as a user types them: full names (a few hits) and a word from the text (many).
  return [1234, 'tuinbouwkas', 40_000, 'uitzendbureau', 77_777, 'schoonmaak', 9_999].map((x) => (typeof x === 'string' ? x : formulieren[x % AANTAL]!.slachtoffer.naam));
}

async function brugStarten(werkmap: string) {
  const kind = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', '--werkmap', werkmap], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
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

export async function benchUi(): Promise<string[]> {
  if (!fs.existsSync(path.join(REPO, 'dist', 'renderer', 'index.html'))) return ['UI-bench overgeslagen: dist/renderer ontbreekt (draai eerst `npx vite build`).'];
  if (!fs.existsSync('/usr/bin/chromium')) return ['UI-bench overgeslagen: /usr/bin/chromium ontbreekt.'];
  const werkmap = await fsp.mkdtemp(path.join(os.tmpdir(), 'kb-bench-ui-'));
  const brug = await brugStarten(werkmap);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const termen = await bestandVullen(path.join(werkmap, 'bench'));
    await brug.api('bestand.openen', { map: 'bench' });
    await brug.api('sessie.aanmelden', { gebruiker: 'bench', wachtwoord: WACHTWOORD });
    const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } })).newPage();
    page.setDefaultTimeout(60_000);
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
    const totaalIs = (n: number) => wacht({ totaal: n });
    await totaalIs(AANTAL);
    await page.evaluate("document.addEventListener('input', () => { window.kbIn = performance.now(); }, true)");
    const zoekveld = page.getByRole('searchbox', { name: 'Zoeken' });
    const verzoeken: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) verzoeken.push(new URL(r.url()).pathname.replace(/^.*\/api\//, ''));
    });

    const ui: number[] = [];
    const api: number[] = [];
    for (let ronde = 0; ronde <= RONDES; ronde++) {
      const term = termen[ronde % termen.length]!;
      const t = performance.now();
      const verwacht = await brug.api<{ totaal: number; rijen: Array<{ nummer: string }> }>('signalen.lijst', { zoek: term, limiet: 100 });
      const apiMs = performance.now() - t;
      const klaar = wacht({ totaal: verwacht.totaal, nummer: verwacht.rijen[0]?.nummer ?? null });
      await zoekveld.fill(term);
      const ms = await klaar;
      // Set BENCH_UI_VERZOEKEN=1 to see each search's API calls (one signalen.lijst, no second round-trip).
      if (process.env.BENCH_UI_VERZOEKEN) console.log(`  ${ms.toFixed(0)} ms: ${verzoeken.join(' ')}`);
      verzoeken.length = 0;
      if (ronde === 0) continue; // warm-up
      ui.push(ms);
      api.push(apiMs);
    }

    // End in the list: from the key press to the last row on screen. A failure here loses no search figures.
    const einde: number[] = [];
    let eindeFout = '';
    try {
      await zoekveld.fill('');
      await totaalIs(AANTAL);
      for (let ronde = 0; ronde <= 3; ronde++) {
        const eerste = page.locator('[data-rij="0"] [data-focus]');
        await eerste.waitFor({ state: 'attached' });
        await eerste.focus();
        await page.evaluate('window.kbIn = performance.now()');
        const klaar = wacht({ rij: AANTAL - 1 });
        await page.keyboard.press('End');
        const ms = await klaar;
        if (ronde > 0) einde.push(ms);
        // Back to the top for the next round, and forget the loaded pages by searching and clearing.
        await zoekveld.fill('x');
        await zoekveld.fill('');
        await totaalIs(AANTAL);
      }
    } catch (err) {
      eindeFout = (err as Error).message.split('\n')[0]!;
    }

    const z = mediaan(ui);
    const a = mediaan(api);
    const e = einde.length ? mediaan(einde) : NaN;
    return [
      `UI in de browser (brug + Chromium), ${AANTAL.toLocaleString('nl-NL')} signalen, mediaan van ${RONDES}`,
      `  zoeken, invoer tot rijen: ${z.toFixed(0)} ms; dezelfde zoekvraag als API-aanroep: ${a.toFixed(0)} ms; verhouding ${(z / a).toFixed(1)}×   budget ≤ ${BUDGET_ZOEKEN_MS} ms: ${z <= BUDGET_ZOEKEN_MS ? 'binnen' : 'OVER'}`,
      `  losse rondes zoeken: ${ui.map((x) => x.toFixed(0)).join(' / ')} ms`,
      einde.length
        ? `  End in de lijst, toets tot laatste rij: ${e.toFixed(0)} ms (${einde.map((x) => x.toFixed(0)).join(' / ')})   budget ≤ ${BUDGET_EINDE_MS} ms: ${e <= BUDGET_EINDE_MS ? 'binnen' : 'OVER'}`
        : `  End in de lijst: niet gemeten (${eindeFout})`,
    ];
  } finally {
    await browser.close();
    await brug.stoppen();
    await fsp.rm(werkmap, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchUi()) console.log(r);
}
