/**
 * `node --import tsx electron/bridge/main.ts [--werkmap DIR] [--poort N]`: starts browser mode and
 * prints the address (with its token) on stdout as `KETENBESTAND_ADRES=…`, for the starter and tests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { maakRouter } from '../backend/api';
import { startBrug } from './server';
import { standaardWerkmap } from '../backend/werkmap';

function optie(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const hier = path.dirname(fileURLToPath(import.meta.url));
const werkmap = optie('werkmap') ?? standaardWerkmap();
const rendererMap = optie('renderer') ?? path.resolve(hier, '../../dist/renderer');
const router = maakRouter({ werkmap, browsermodus: true });
const brug = await startBrug(router, { rendererMap, ...(optie('poort') ? { poort: Number(optie('poort')) } : {}) });
process.stdout.write(`KETENBESTAND_ADRES=${brug.adres}\n`);

let stoppend = false;
const stop = async () => {
  if (stoppend) return;
  stoppend = true;
  // Locking must not wait for a browser that holds its connection open; give up after 10 s.
  setTimeout(() => process.exit(1), 10_000).unref();
  await brug.stoppen();
  process.exit(0);
};
for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signaal, () => void stop());

// Started by scripts/start.mjs: when that process is gone without stopping us (killed hard, or its
// shell ended by `kill` on `npm start`), we were orphaned and stop too, rather than keep the bestand
// open for nobody (issue 9 §6). The parent id changes when the parent dies (the child is re-parented).
const ouder = process.ppid;
setInterval(() => {
  if (process.ppid !== ouder) void stop();
}, 500).unref();
