#!/usr/bin/env node
/**
 * `npm start` (docs/ontwerp.md §8): starts Electron where its runtime is present; otherwise says so and starts
 * browser mode — the HTTP bridge on 127.0.0.1 — and opens it in Chromium as an app window when there
 * is a display, or prints the address. Ctrl+C stops everything this script started.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const wortel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kinderen = new Set();
let tijdelijkeMap = null;
let stoppend = false;

const meld = (tekst) => process.stdout.write(`${tekst}\n`);
const fout = (tekst) => process.stderr.write(`${tekst}\n`);

/**
 * Where the Electron binary would be, without `require('electron')`: since Electron 42 that require
 * downloads the runtime when it is missing, which cannot succeed here and only delays the start.
 * Mirrors node_modules/electron/index.js.
 */
function electronProgramma() {
  const pakket = path.join(wortel, 'node_modules', 'electron');
  const padBestand = path.join(pakket, 'path.txt');
  const relatief = fs.existsSync(padBestand) ? fs.readFileSync(padBestand, 'utf8').trim() : '';
  let kandidaat = null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) kandidaat = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relatief || 'electron');
  else if (relatief) kandidaat = path.join(pakket, 'dist', relatief);
  return kandidaat && fs.existsSync(kandidaat) ? kandidaat : null;
}

function nodeScript(pakket, bin) {
  return path.join(wortel, 'node_modules', pakket, bin);
}

function draai(beschrijving, args) {
  meld(`… ${beschrijving}`);
  // Always a production build: under an inherited NODE_ENV (a developer's shell, or vitest's "test") Vite
  // bundles React's development build, which made a search in the UI twice as slow.
  const r = spawnSync(process.execPath, args, { cwd: wortel, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return r.status === 0;
}

const bouwRenderer = () => draai('renderer bouwen (vite build)', [nodeScript('vite', 'bin/vite.js'), 'build']);
const bouwElectron = () => draai('main en preload bouwen', [path.join(wortel, 'scripts', 'build-electron.mjs')]);

function volg(kind, naam) {
  kinderen.add(kind);
  kind.on('exit', (code, signaal) => {
    kinderen.delete(kind);
    if (!stoppend) {
      if (code !== 0 && code !== null) fout(`${naam} stopte met code ${code}.`);
      void stop(signaal ? 1 : (code ?? 0));
    }
  });
  return kind;
}

async function stop(code = 0) {
  if (stoppend) return;
  stoppend = true;
  for (const kind of kinderen) kind.kill('SIGTERM');
  const uiterlijk = Date.now() + 5000;
  while (kinderen.size && Date.now() < uiterlijk) await new Promise((r) => setTimeout(r, 100));
  for (const kind of kinderen) kind.kill('SIGKILL');
  if (tijdelijkeMap) fs.rmSync(tijdelijkeMap, { recursive: true, force: true });
  process.exit(code);
}

for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signaal, () => {
    if (!stoppend) meld('\nKetenbestand stopt…');
    void stop(0);
  });
}

// `kill` on `npm start` (SIGTERM) ends npm and its shell but never reaches this script: npm signals
// only the shell, which dies without passing it on. Ctrl+C works only because the terminal signals
// the whole group. So watch the parent: once it is gone (we are re-parented), stop like on SIGTERM,
// so that the bridge locks the bestand instead of running on for nobody (issue 9 §6).
const ouder = process.ppid;
setInterval(() => {
  if (process.ppid !== ouder && !stoppend) {
    meld('\nHet startende proces is gestopt; Ketenbestand stopt…');
    void stop(0);
  }
}, 500).unref();

function startElectron(programma) {
  meld(`Electron gevonden: ${programma}`);
  if (!bouwRenderer() || !bouwElectron()) {
    fout('Bouwen mislukt; Ketenbestand start niet.');
    process.exit(1);
  }
  // Either storage driver will do (ADR 0013); on Windows only better-sqlite3-multiple-ciphers exists.
  const drivers = ['@journeyapps/sqlcipher', 'better-sqlite3-multiple-ciphers'];
  if (!drivers.some((d) => fs.existsSync(path.join(wortel, 'native', 'electron', d)))) {
    fout(
      'Let op: de opslagdriver voor Electron ontbreekt (native/electron). Een bestand openen zal mislukken ' +
        'tot `node scripts/rebuild-sqlcipher-electron.mjs` is gelukt.',
    );
  }
  const omgeving = { ...process.env };
  delete omgeving.ELECTRON_RUN_AS_NODE;
  const args = ['.'];
  if (process.getuid?.() === 0) {
    // Chromium will not start as root with its OS sandbox; the page still gets no Node (sandbox: true).
    meld('Let op: gestart als root, dus zonder het sandbox-proces van Chromium (--no-sandbox). Start als gewone gebruiker voor de volledige sandbox.');
    args.push('--no-sandbox');
  }
  volg(spawn(programma, args, { cwd: wortel, stdio: 'inherit', env: omgeving }), 'Electron');
}

/** The newest modification time below `map` (skipping dependencies), 0 when it does not exist. */
function nieuwste(map) {
  let tijd = 0;
  for (const e of fs.existsSync(map) ? fs.readdirSync(map, { withFileTypes: true }) : []) {
    if (e.name === 'node_modules') continue;
    const pad = path.join(map, e.name);
    tijd = Math.max(tijd, e.isDirectory() ? nieuwste(pad) : fs.statSync(pad).mtimeMs);
  }
  return tijd;
}

/** Built, and not older than its sources: otherwise an update of the code would show the old screens. */
function rendererActueel() {
  const index = path.join(wortel, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(index)) return false;
  const bronnen = Math.max(nieuwste(path.join(wortel, 'renderer')), nieuwste(path.join(wortel, 'shared')));
  return fs.statSync(index).mtimeMs >= bronnen;
}

function zoekBrowser() {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const naam of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const map of (process.env.PATH ?? '').split(path.delimiter)) {
      if (!map) continue;
      const kandidaat = path.join(map, naam);
      try {
        fs.accessSync(kandidaat, fs.constants.X_OK);
        return kandidaat;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

async function startBrowsermodus() {
  meld(
    'De Electron-runtime ontbreekt op deze machine (node_modules/electron heeft geen programmabestand, en het ' +
      'downloaden ervan kan hier niet).\nKetenbestand start daarom in BROWSERMODUS: dezelfde app en dezelfde ' +
      'gegevens, via een lokale brug op 127.0.0.1 met een sleutel per keer starten.',
  );
  if (!rendererActueel() && !bouwRenderer()) {
    fout(
      'De renderer kon niet worden gebouwd. De brug start toch (de API werkt), maar de pagina blijft leeg ' +
        'tot `npm run build:renderer` slaagt.',
    );
  }

  const brug = volg(
    spawn(process.execPath, ['--import', 'tsx', path.join('electron', 'bridge', 'main.ts')], {
      cwd: wortel,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
    'De brug',
  );
  const adres = await new Promise((resolve) => {
    const regels = readline.createInterface({ input: brug.stdout });
    const wacht = setTimeout(() => resolve(null), 60_000);
    regels.on('line', (regel) => {
      if (regel.startsWith('KETENBESTAND_ADRES=')) {
        clearTimeout(wacht);
        resolve(regel.slice('KETENBESTAND_ADRES='.length).trim());
      } else {
        meld(regel);
      }
    });
    regels.on('close', () => resolve(null));
  });
  if (!adres) {
    fout('De brug gaf geen adres; Ketenbestand start niet.');
    return stop(1);
  }

  const browser = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? zoekBrowser() : null;
  meld('');
  meld(`KETENBESTAND_ADRES=${adres}`);
  meld('');
  if (!browser) {
    return uitleg(
      process.env.DISPLAY || process.env.WAYLAND_DISPLAY
        ? 'Geen Chromium of Chrome gevonden (gezocht: /usr/bin/chromium, chromium, google-chrome op PATH).'
        : 'Geen beeldscherm beschikbaar (DISPLAY is niet gezet), dus er wordt geen venster geopend.',
      adres,
    );
  }
  tijdelijkeMap = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenbestand-browser-'));
  const args = [
    `--app=${adres}`,
    `--user-data-dir=${tijdelijkeMap}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-extensions',
  ];
  // Chromium refuses to run as root with its own sandbox; the page itself stays unprivileged.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  meld(`Ketenbestand opent in ${path.basename(browser)}. Sluit het venster of druk op Ctrl+C om te stoppen.`);
  const venster = spawn(browser, args, { stdio: 'ignore' });
  kinderen.add(venster);
  venster.on('exit', (code) => {
    kinderen.delete(venster);
    if (stoppend) return;
    if (code === 0) return void stop(0); // the user closed the window
    uitleg(`${path.basename(browser)} kon niet starten (code ${code ?? 'signaal'}); de brug blijft draaien.`, adres);
  });
  venster.on('error', () => {}); // reported through 'exit'
}

function uitleg(reden, adres) {
  meld(
    `${reden}\nOpen het adres hierboven in Chromium of Chrome op deze machine, bij voorkeur als app-venster:\n` +
      `  chromium --app='${adres}' --user-data-dir=$(mktemp -d)\n` +
      'Het deel na #token= is de sleutel van deze sessie: deel het niet. Stoppen: Ctrl+C.',
  );
}

const programma = electronProgramma();
if (programma) startElectron(programma);
else await startBrowsermodus();
