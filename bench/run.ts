/**
 * `npm run bench`: every benchmark of docs/ontwerp.md §9 and the issues, each against its baseline in the same
 * run. Prints figures and ratios; asserts nothing. Takes a few minutes on this machine's two cores.
 *
 *   npm run bench                 every part
 *   npm run bench -- 1 5          only parts 1 and 5 (numbers as printed below)
 */
import { performance } from 'node:perf_hooks';
import { benchBestand } from './bestand';
import { benchSignalen } from './signalen';
import { benchOverleg } from './overleg';
import { benchBundels } from './bundels';
import { benchUi } from './ui';
import { benchBewaring } from './bewaring';
import { benchInzage } from './inzage';
import { benchRapportage } from './rapportage';
import { benchGrafieken } from './grafieken';
import { benchUiGrafieken } from './ui-grafieken';

const begin = performance.now();
const kop = (t: string) => process.stdout.write(`\n=== ${t}\n`);

const gekozen = new Set(process.argv.slice(2).map(Number).filter((n) => n > 0));
const delen: Array<[string, () => Promise<string[] | void>]> = [
  ['Bestand: bulk-invoer tegen better-sqlite3, ontgrendelen tegen de KDF', benchBestand],
  ['Signalen: import, zoeken, matching, opschonen', benchSignalen],
  ['Overleg: agenda en PDF', benchOverleg],
  ['Bundels: openpgp tegen gpg', benchBundels],
  ['UI in de browser: zoeken en naar het eind van de lijst (Chromium tegen de brug)', benchUi],
  ['Bewaartermijnen: de ronde over 100.000 signalen', benchBewaring],
  ['Inzage: het overzicht voor één persoon met 50 signalen (art. 25.3)', benchInzage],
  ['Halfjaarrapportage: cijfers, PDF en CSV over 100.000 signalen (tien jaar)', benchRapportage],
  ['Grafieken op de startpagina: de reeksen van de ketenregisseur na aanmelden (100.000 signalen)', benchGrafieken],
  ['Grafieken op de startpagina in de browser: aanmelden tot getekend (Chromium tegen de brug)', benchUiGrafieken],
];
for (const [i, [titel, deel]] of delen.entries()) {
  if (gekozen.size && !gekozen.has(i + 1)) continue;
  kop(`${i + 1}. ${titel}`);
  for (const r of (await deel()) ?? []) console.log(r);
}
process.stdout.write(`\nalles samen: ${((performance.now() - begin) / 1000).toFixed(0)} s\n`);
