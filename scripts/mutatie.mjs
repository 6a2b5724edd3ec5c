#!/usr/bin/env node
/**
 * `npm run mutatie [-- module …]`: mutation testing with Stryker, one module at a time (stryker.config.mjs
 * names the modules and their test files). Not in CI: a module takes minutes to tens of minutes on two
 * cores. Without arguments every module runs; the scores go to reports/mutatie/<module>.json and a
 * summary is printed at the end. docs/mutatietests.md has the scores and what they mean.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES } from '../stryker.config.mjs';

const wortel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gevraagd = process.argv.slice(2);
const onbekend = gevraagd.filter((m) => !(m in MODULES));
if (onbekend.length > 0) {
  process.stderr.write(`Onbekende module(s): ${onbekend.join(', ')}. Kies uit: ${Object.keys(MODULES).join(', ')}.\n`);
  process.exit(2);
}

const stryker = path.join(wortel, 'node_modules', '.bin', process.platform === 'win32' ? 'stryker.cmd' : 'stryker');
const uitslagen = [];
for (const module of gevraagd.length > 0 ? gevraagd : Object.keys(MODULES)) {
  process.stdout.write(`\n── ${module}: ${MODULES[module].mutate}\n`);
  const r = spawnSync(stryker, ['run'], { cwd: wortel, stdio: 'inherit', env: { ...process.env, MUTATIE: module } });
  if (r.status !== 0) {
    process.stderr.write(`Stryker stopte met code ${r.status ?? r.signal} bij ${module}.\n`);
    process.exit(r.status ?? 1);
  }
  uitslagen.push([module, score(path.join(wortel, 'reports', 'mutatie', `${module}.json`))]);
}
process.stdout.write('\nMutatiescore (gedood + time-out, van alle mutanten met dekking):\n');
for (const [module, s] of uitslagen) process.stdout.write(`  ${module.padEnd(18)} ${s}\n`);

/** The score as Stryker computes it ("mutation score based on covered code" left aside). */
function score(bestand) {
  const rapport = JSON.parse(fs.readFileSync(bestand, 'utf8'));
  const tel = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const f of Object.values(rapport.files)) for (const m of f.mutants) if (m.status in tel) tel[m.status] += 1;
  const gedood = tel.Killed + tel.Timeout;
  const totaal = gedood + tel.Survived + tel.NoCoverage;
  return `${((100 * gedood) / totaal).toFixed(1)}% (${gedood} van ${totaal}; ${tel.Survived} overleefd, ${tel.NoCoverage} zonder dekking)`;
}
