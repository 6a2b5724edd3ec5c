#!/usr/bin/env node
/**
 * `npm run build:electron`: bundles the Electron main process and the preload with esbuild into
 * dist/electron/main.cjs and dist/electron/preload.cjs (CommonJS: a sandboxed preload cannot be an
 * ES module, and the .cjs extension keeps Node from reading them as ESM under "type": "module"),
 * and the CLI into dist/cli/ketenbestand.mjs.
 * The two builds are exported as functions so tests/unit/electron-ipc.test.ts can check the real
 * preload bundle without writing to dist/.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const uit = path.join(wortel, 'dist', 'electron');

const CHROME_DOEL = 'chrome140'; // Electron 45 ships Chromium 140 and Node 22
const NODE_DOEL = 'node22';

// Backend code uses `import.meta.url` (createRequire in bestand/sqlcipher.ts, paths next to a file).
// In a CJS bundle import.meta is empty, so it is replaced by the URL of the bundle file itself.
const IMPORT_META_URL = '__ketenbestand_import_meta_url';
const importMetaShim = `"use strict";\nconst ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;`;

const gemeenschappelijk = {
  bundle: true,
  format: /** @type {const} */ ('cjs'),
  logLevel: /** @type {const} */ ('warning'),
  metafile: true,
  legalComments: /** @type {const} */ ('none'),
  absWorkingDir: wortel,
};

/** The main process → dist/electron/main.cjs. */
/** Native bindings, never bundled: @journeyapps/sqlcipher (macOS, Linux) and the Windows-capable one (ADR 0013). */
const OPSLAGDRIVERS = ['@journeyapps/sqlcipher', 'better-sqlite3-multiple-ciphers'];

export async function bouwMain() {
  return build({
    ...gemeenschappelijk,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(uit, 'main.cjs'),
    platform: 'node',
    target: NODE_DOEL,
    // electron: provided by the runtime. The two storage drivers (ADR 0013): native bindings, loaded at
    // run time from native/electron or the rebuilt node_modules (docs/ontwerp.md §8). pdfkit: reads its font
    // metrics from files beside its own sources, which a bundle would lose.
    external: ['electron', ...OPSLAGDRIVERS, 'pdfkit'],
    define: { 'import.meta.url': IMPORT_META_URL },
    banner: { js: importMetaShim },
  });
}

/**
 * The CLI → dist/cli/ketenbestand.mjs (ESM: the CLI awaits at top level). Plain JavaScript, so that a
 * packaged app needs neither tsx nor esbuild's native binary (bin/ketenbestand.mjs runs this file when
 * tsx is absent). The SQLCipher binding and pdfkit stay external, as in the main process; bundled
 * CommonJS code that calls `require` gets a real one through createRequire.
 */
export async function bouwCli({ outfile = path.join(wortel, 'dist', 'cli', 'ketenbestand.mjs') } = {}) {
  return build({
    ...gemeenschappelijk,
    entryPoints: ['electron/cli/main.ts'],
    outfile,
    format: 'esm',
    platform: 'node',
    target: NODE_DOEL,
    external: [...OPSLAGDRIVERS, 'pdfkit'],
    banner: { js: "import { createRequire as __ketenbestandCreateRequire } from 'node:module';\nconst require = __ketenbestandCreateRequire(import.meta.url);" },
  });
}

/**
 * The channel names of the contract, read from shared/api.ts at build time. Importing shared/api.ts
 * into the preload as such would pull zod and every schema into it (≈750 kB); the preload needs only
 * the names.
 */
async function kanaalNamenUitContract() {
  const contract = await build({
    entryPoints: ['shared/api.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    absWorkingDir: wortel,
  });
  const code = Buffer.from(contract.outputFiles[0].text).toString('base64');
  const { kanaalNamen } = await import(`data:text/javascript;base64,${code}`);
  if (!Array.isArray(kanaalNamen) || kanaalNamen.length === 0 || !kanaalNamen.every((n) => typeof n === 'string')) {
    throw new Error('build-electron: shared/api.ts gaf geen lijst met kanaalnamen.');
  }
  return /** @type {string[]} */ (kanaalNamen);
}

/**
 * The preload → dist/electron/preload.cjs (or, with `schrijf: false`, only its text). shared/api.ts is
 * replaced by a module with the same `isKanaalNaam` over the names read above; if the preload ever
 * imports anything else from the contract, esbuild fails on the missing export.
 */
export async function bouwPreload({ schrijf = true } = {}) {
  const kanaalNamen = await kanaalNamenUitContract();
  const contractApi = path.join(wortel, 'shared', 'api.ts');
  /** @type {import('esbuild').Plugin} */
  const alleenKanaalnamen = {
    name: 'alleen-kanaalnamen',
    setup(b) {
      b.onResolve({ filter: /(^|\/|@)shared\/api(\.ts)?$/ }, (args) => {
        const pad = args.path.endsWith('.ts') ? args.path : `${args.path}.ts`;
        // The @shared alias (tsconfig paths) names the repository's shared/ folder.
        const doel = pad.startsWith('@shared/') ? path.join(wortel, 'shared', pad.slice('@shared/'.length)) : path.resolve(args.resolveDir, pad);
        return doel === contractApi ? { path: doel, namespace: 'kanaalnamen' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'kanaalnamen' }, () => ({
        loader: 'js',
        contents: [
          `const namen = new Set(${JSON.stringify(kanaalNamen)});`,
          'export const kanaalNamen = [...namen];',
          'export const isKanaalNaam = (naam) => namen.has(naam);',
        ].join('\n'),
      }));
    },
  };
  const resultaat = await build({
    ...gemeenschappelijk,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(uit, 'preload.cjs'),
    write: schrijf,
    // A sandboxed preload can require only 'electron' (and a few web-like modules): build it for the
    // browser, so a Node builtin that slips into shared/ breaks the build here instead of the window.
    platform: 'browser',
    target: CHROME_DOEL,
    external: ['electron'],
    plugins: [alleenKanaalnamen],
  });
  // The preload may reach nothing at run time but 'electron'; everything else must be in the bundle.
  const vreemd = Object.values(resultaat.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && i.path !== 'electron')
    .map((i) => i.path);
  if (vreemd.length) {
    throw new Error(`build-electron: de preload vraagt om ${vreemd.join(', ')}; in een sandbox is alleen 'electron' beschikbaar.`);
  }
  return { resultaat, kanaalNamen, tekst: resultaat.outputFiles?.[0]?.text };
}

async function hoofdprogramma() {
  const electronVersie = JSON.parse(fs.readFileSync(path.join(wortel, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  fs.rmSync(uit, { recursive: true, force: true });
  fs.rmSync(path.join(wortel, 'dist', 'cli'), { recursive: true, force: true });
  const hoofd = await bouwMain();
  const { resultaat: preload, kanaalNamen } = await bouwPreload();
  const cli = await bouwCli();
  for (const [naam, r] of /** @type {const} */ ([['electron/main.cjs', hoofd], ['electron/preload.cjs', preload], ['cli/ketenbestand.mjs', cli]])) {
    const bytes = Object.values(r.metafile.outputs).reduce((som, o) => som + o.bytes, 0);
    console.log(`dist/${naam}  ${(bytes / 1024).toFixed(0)} kB`);
  }
  console.log(`Electron ${electronVersie}: main en preload gebouwd (${kanaalNamen.length} kanalen in de preload).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await hoofdprogramma();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
