#!/usr/bin/env node
// In development the CLI runs from its TypeScript sources through tsx (a devDependency), so an edit
// needs no build step. Where tsx is absent (a packaged or production install) it runs the plain
// JavaScript that `npm run build:electron` wrote to dist/cli/ (docs/ontwerp.md §8).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const bron = new URL('../electron/cli/main.ts', import.meta.url);
const gebouwd = new URL('../dist/cli/ketenbestand.mjs', import.meta.url);

let tsx;
if (fs.existsSync(fileURLToPath(bron))) {
  tsx = await import('tsx/esm/api').catch(() => undefined);
}
if (tsx) {
  // The sources import shared/ as @shared (tsconfig paths). tsx looks for tsconfig.json in the
  // working directory, which for a CLI is wherever the user stands: name the repository's own.
  tsx.register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import(bron.href);
} else if (fs.existsSync(fileURLToPath(gebouwd))) {
  await import(gebouwd.href);
} else {
  process.stderr.write('ketenbestand: dist/cli/ketenbestand.mjs ontbreekt en tsx is niet geïnstalleerd; bouw de CLI met `npm run build:electron`.\n');
  process.exitCode = 1;
}
