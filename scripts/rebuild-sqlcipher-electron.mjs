#!/usr/bin/env node
/**
 * docs/ontwerp.md §8: builds the storage drivers (ADR 0013) a second time, for Electron's ABI, in
 * native/electron/<package> — apart from the Node builds in node_modules that tests, the CLI and the
 * bridge use. electron/backend/bestand/sqlcipher.ts and driver-multiple-ciphers.ts pick native/electron
 * when they run inside Electron (process.versions.electron), so neither build ever overwrites the other.
 * Each installed driver is built: @journeyapps/sqlcipher is absent on Windows (an optional dependency).
 *
 * The build happens in a temporary folder beside the target and only replaces native/electron when it
 * succeeded: a half-built or Node-ABI copy there would be loaded by Electron and crash it.
 *
 * node-gyp needs Electron's headers from https://electronjs.org/headers. Machines that reach only the
 * npm registry cannot fetch them, so there this script fails — clearly, and without changing anything.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEADERS_URL = 'https://electronjs.org/headers';
const nodeGyp = path.join(wortel, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const DRIVERS = [
  { pakket: '@journeyapps/sqlcipher', binding: 'node_sqlite3.node' },
  { pakket: 'better-sqlite3-multiple-ciphers', binding: 'better_sqlite3.node' },
];

function stopMet(melding) {
  process.stderr.write(`\nrebuild-sqlcipher-electron: ${melding}\n`);
  process.exit(1);
}

function leesVersie(pakket) {
  const bestand = path.join(wortel, 'node_modules', pakket, 'package.json');
  if (!fs.existsSync(bestand)) return undefined;
  return JSON.parse(fs.readFileSync(bestand, 'utf8')).version;
}

const electronVersie = leesVersie('electron');
if (!electronVersie) stopMet('electron is niet geïnstalleerd. Draai eerst npm install.');
const teBouwen = DRIVERS.filter((d) => leesVersie(d.pakket));
if (teBouwen.length === 0) stopMet('geen opslagdriver geïnstalleerd. Draai eerst npm install.');
if (!fs.existsSync(nodeGyp)) stopMet(`node-gyp ontbreekt (verwacht: ${nodeGyp}).`);

const opruimers = [];
process.on('exit', () => opruimers.forEach((f) => f()));
for (const signaal of ['SIGINT', 'SIGTERM']) process.on(signaal, () => process.exit(130));

for (const driver of teBouwen) await bouw(driver);

async function bouw({ pakket, binding: bindingNaam }) {
  const bron = path.join(wortel, 'node_modules', pakket);
  const doel = path.join(wortel, 'native', 'electron', pakket);
  const doelMap = path.dirname(doel);
  const werkMap = path.join(doelMap, `.bouw-${process.pid}`);
  opruimers.push(() => {
    fs.rmSync(werkMap, { recursive: true, force: true });
    // Leave no empty native/electron behind after a failed first attempt.
    for (const map of [doelMap, path.dirname(doelMap), path.join(wortel, 'native')]) {
      try {
        fs.rmdirSync(map);
      } catch {
        break; // not empty (or gone): stop climbing
      }
    }
  });

  console.log(`${pakket} bouwen voor Electron ${electronVersie} (${process.platform}-${process.arch})`);
  console.log(`  bron: ${path.relative(wortel, bron)}\n  doel: ${path.relative(wortel, doel)}`);

  fs.mkdirSync(doelMap, { recursive: true });
  // The Node build (build/) stays behind: node-gyp starts from a clean tree for the other ABI.
  fs.cpSync(bron, werkMap, {
    recursive: true,
    filter: (pad) => path.relative(bron, pad).split(path.sep)[0] !== 'build',
  });

  const args = [nodeGyp, 'rebuild', '--release', `--target=${electronVersie}`, `--arch=${process.arch}`, `--dist-url=${HEADERS_URL}`];
  console.log(`  node-gyp ${args.slice(1).join(' ')}\n`);

  let uitvoer = '';
  const kind = spawn(process.execPath, args, {
    cwd: werkMap,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersie, npm_config_disturl: HEADERS_URL },
  });
  for (const stroom of [kind.stdout, kind.stderr]) {
    stroom.on('data', (deel) => {
      uitvoer += deel;
      process.stderr.write(deel);
    });
  }
  const code = await new Promise((resolve) => {
    kind.on('error', () => resolve(-1));
    kind.on('exit', (c) => resolve(c ?? -1));
  });

  const binding = path.join(werkMap, 'build', 'Release', bindingNaam);
  if (code !== 0 || !fs.existsSync(binding)) {
    const netwerk = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|certificate|network|proxy/i.test(uitvoer);
    stopMet(
      (netwerk
        ? `de Electron-headers konden niet worden gedownload van ${HEADERS_URL} (geen netwerk buiten de npm-registry).`
        : `node-gyp faalde (code ${code}).`) +
        `\n${pakket} voor Electron ${electronVersie} is NIET gebouwd; native/electron is niet gewijzigd en de ` +
        'Node-build in node_modules (tests, CLI, browsermodus) is niet aangeraakt.\n' +
        'Draai dit script op een machine die electronjs.org kan bereiken, of zet de headers vooraf in de node-gyp-cache ' +
        `(node-gyp install --target=${electronVersie} --dist-url=${HEADERS_URL} --tarball=<headers.tar.gz>).`,
    );
  }

  // Only now replace what was there: Electron never sees a half-built binding.
  fs.rmSync(doel, { recursive: true, force: true });
  fs.renameSync(werkMap, doel);
  console.log(`\nKlaar: ${path.relative(wortel, path.join(doel, 'build', 'Release', bindingNaam))} (Electron ${electronVersie}).`);
}
