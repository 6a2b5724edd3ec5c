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

const stop = async () => {
  await brug.stoppen();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
