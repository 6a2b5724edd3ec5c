/**
 * The start page's charts in the browser (issue 12 §6, docs/ontwerp.md §9): the real UI (dist/renderer) in
 * Debian's Chromium against the real HTTP bridge, over the report bench's bestand of 100,000 signals over ten
 * years (bench/rapportage.ts). The ketenregisseur signs in through the page; timed inside the page from the
 * moment the navigation is there (signed in) until every chart of the start page is drawn — budget 300 ms —
 * and, apart, from the Enter on the sign-in form (that includes the KDF). The first sign-in after the bridge
 * opened the bestand is cold; then a few more (lock, sign in again), median. Baseline in the same run: the
 * same `rapportage.overzicht` as one API call from Node. Asserts nothing.
 *
 *   npx vite build && node --import tsx bench/ui-grafieken.ts
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { BENCH_WACHTWOORD, rapportbestand } from './rapportage';
import { BUDGET_GRAFIEKEN_MS } from './grafieken';
import { brugStarten, rendererOnbruikbaar } from './ui';

const RONDES = Number(process.env.BENCH_UI_RONDES ?? 5);
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Page code as text (tsx would wrap named inner functions in a helper the page does not have): resolves
 * with [ms from the Enter to the navigation, ms from the Enter to every chart drawn]. A chart is drawn when
 * its figure holds an SVG with a bar or line, or says it has nothing to show.
 */
const WACHT_OP_GRAFIEKEN = `new Promise((resolve) => {
  let aangemeld = null;
  const klaar = () => {
    if (aangemeld === null && document.querySelector('nav[aria-label="Hoofdnavigatie"]')) aangemeld = performance.now();
    const vak = document.querySelector('[data-testid="overzicht-grafieken"]');
    if (!vak) return false;
    const figuren = [...vak.querySelectorAll(':scope > figure')];
    return figuren.length > 0 && figuren.every((f) => f.querySelector('[data-testid$="-leeg"]') || f.querySelector('svg path, svg rect'));
  };
  // The Enter is marked by a key listener when it comes, after this observer is in place.
  const af = () => resolve([(aangemeld ?? performance.now()) - window.kbIn, performance.now() - window.kbIn]);
  if (klaar()) return af();
  const mo = new MutationObserver(() => { if (klaar()) { mo.disconnect(); af(); } });
  mo.observe(document.body, { subtree: true, childList: true, attributes: true });
})`;

export async function benchUiGrafieken(): Promise<string[]> {
  const weigering = rendererOnbruikbaar();
  if (weigering) return [`Overgeslagen: ${weigering}`];
  if (!fs.existsSync('/usr/bin/chromium')) return ['Overgeslagen: /usr/bin/chromium ontbreekt.'];
  const werk = await fsp.mkdtemp(path.join(os.tmpdir(), 'kb-bench-ui-grafieken-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  let brug: Awaited<ReturnType<typeof brugStarten>> | undefined;
  try {
    const { b, map, n } = await rapportbestand(werk);
    await b.sluiten();
    brug = await brugStarten(werk);
    await brug.api('bestand.openen', { map: path.basename(map) });
    // The synthetic account acknowledges the duty of confidentiality once (art. 21.2), then locks: the page starts at sign-in.
    await brug.api('sessie.aanmelden', { gebruiker: 'bench', wachtwoord: BENCH_WACHTWOORD });
    const { geheimhouding } = await brug.api<{ geheimhouding: { versie: number } | null }>('sessie.status', {});
    if (geheimhouding) await brug.api('geheimhouding.bevestigen', { versie: geheimhouding.versie });
    await brug.api('sessie.vergrendelen');

    const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } })).newPage();
    page.setDefaultTimeout(180_000);
    await page.goto(brug.adres);
    const naGrafieken: number[] = [];
    const vanafEnter: number[] = [];
    const api: number[] = [];
    for (let ronde = 0; ronde < RONDES; ronde++) {
      await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      await page.getByLabel(/^Gebruikersnaam/).fill('bench');
      await page.getByLabel(/^Wachtwoord/).fill(BENCH_WACHTWOORD);
      await page.getByLabel(/^Wachtwoord/).focus();
      await page.evaluate("document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.kbIn = performance.now(); }, { capture: true, once: true })");
      const gemeten = page.evaluate<[number, number]>(WACHT_OP_GRAFIEKEN);
      await page.keyboard.press('Enter');
      const [aangemeld, getekend] = await gemeten;
      naGrafieken.push(getekend - aangemeld);
      vanafEnter.push(getekend);
      const t = performance.now();
      await brug.api('rapportage.overzicht', {});
      api.push(performance.now() - t);
      await page.getByRole('banner').getByRole('button', { name: 'Vergrendelen' }).click();
    }
    const m = mediaan(naGrafieken);
    const a = mediaan(api);
    const oordeel = (ms: number) => (ms <= BUDGET_GRAFIEKEN_MS ? 'binnen' : 'OVER');
    return [
      `${n.toLocaleString('nl-NL')} analyserecords over tien jaar; ${RONDES} keer aanmelden in de pagina (Chromium tegen de brug)`,
      `  grafieken getekend na het aanmelden, eerste keer (koud): ${naGrafieken[0]!.toFixed(0)} ms   budget ≤ ${BUDGET_GRAFIEKEN_MS} ms: ${oordeel(naGrafieken[0]!)}`,
      `  grafieken getekend na het aanmelden, mediaan: ${m.toFixed(0)} ms (${naGrafieken.map((x) => x.toFixed(0)).join(' / ')})   budget ≤ ${BUDGET_GRAFIEKEN_MS} ms: ${oordeel(m)}`,
      `  vanaf Enter op het aanmeldformulier (met de KDF): ${mediaan(vanafEnter).toFixed(0)} ms`,
      `  dezelfde reeksen als één API-aanroep (basislijn): ${a.toFixed(0)} ms; verhouding ${(m / a).toFixed(1)}×`,
    ];
  } finally {
    await browser.close();
    await brug?.stoppen();
    await fsp.rm(werk, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchUiGrafieken()) console.log(r);
}
