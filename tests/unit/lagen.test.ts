/**
 * docs/ontwerp.md §4: layers import downwards only. eslint.config.js says the same with no-restricted-imports;
 * this test resolves every import of every source file (static, type-only, `export … from`, dynamic
 * `import()`, `require()`) to the folder it lands in, so the rule holds even when someone switches the
 * lint off or writes an import the lint's patterns do not foresee.
 *
 * Inside electron/backend the same holds per area (ADR 0014, docs/ontwerp.md §4): each area imports only
 * areas below it, and no file in electron/backend or shared/ is part of an import cycle — type-only
 * imports included, so shared types live below everyone who needs them.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Laag = 'renderer' | 'shared' | 'backend' | 'cli' | 'bridge' | 'main' | 'preload';
/** What an import lands on: a layer folder, or one of these. */
type Doel = Laag | 'node' | 'electron' | 'natief' | 'pakket' | 'resources' | 'elders';

const LAAGMAPPEN: Record<string, Laag> = {
  renderer: 'renderer',
  shared: 'shared',
  'electron/backend': 'backend',
  'electron/cli': 'cli',
  'electron/bridge': 'bridge',
  'electron/main': 'main',
  'electron/preload': 'preload',
};

/** Per layer: what it may import. Everything else is a violation. */
const MAG: Record<Laag, readonly Doel[]> = {
  renderer: ['renderer', 'shared', 'pakket', 'resources'],
  shared: ['shared', 'pakket', 'resources'],
  backend: ['backend', 'shared', 'node', 'natief', 'pakket', 'resources'],
  cli: ['cli', 'backend', 'shared', 'node', 'natief', 'pakket', 'resources'],
  bridge: ['bridge', 'backend', 'shared', 'node', 'pakket', 'resources'],
  // main serves the page under the bridge's CSP, so the same policy holds in both modes.
  main: ['main', 'backend', 'bridge', 'shared', 'node', 'electron', 'pakket', 'resources'],
  // a sandboxed preload can require 'electron' and nothing from Node.
  preload: ['preload', 'shared', 'electron', 'pakket'],
};

const NODE_BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));
const NATIEVE_PAKKETTEN = new Set(['@journeyapps/sqlcipher', 'better-sqlite3', 'better-sqlite3-multiple-ciphers']);

/** The layer a repository-relative path belongs to (forward slashes), or null outside the layers. */
function laagVan(relPad: string): Laag | null {
  for (const [map, laag] of Object.entries(LAAGMAPPEN)) {
    if (relPad === map || relPad.startsWith(`${map}/`)) return laag;
  }
  return null;
}

function doelVan(bestand: string, specifier: string): Doel {
  // tsconfig's paths: @shared/* is the repository's shared/ folder.
  if (specifier.startsWith('@shared/')) return 'shared';
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const doel = path.posix.normalize(path.posix.join(path.posix.dirname(bestand), specifier));
    const laag = laagVan(doel);
    if (laag) return laag;
    return doel === 'resources' || doel.startsWith('resources/') ? 'resources' : 'elders';
  }
  if (specifier.startsWith('node:')) return 'node';
  const [eerste, tweede] = specifier.split('/');
  const pakket = eerste?.startsWith('@') ? `${eerste}/${tweede}` : (eerste ?? '');
  if (NODE_BUILTINS.has(pakket)) return 'node';
  if (pakket === 'electron' || eerste === '@electron') return 'electron';
  if (NATIEVE_PAKKETTEN.has(pakket)) return 'natief';
  return 'pakket';
}

interface Overtreding {
  bestand: string;
  regel: number;
  specifier: string;
  laag: Laag;
  doel: Doel;
}

/** Checks one file, given its repository-relative path and its text. */
function controleer(bestand: string, tekst: string): Overtreding[] {
  const laag = laagVan(bestand);
  if (!laag) return [];
  const { importedFiles } = ts.preProcessFile(tekst, true, true);
  const overtredingen: Overtreding[] = [];
  for (const { fileName: specifier, pos } of importedFiles) {
    const doel = doelVan(bestand, specifier);
    if (!MAG[laag].includes(doel)) {
      const regel = tekst.slice(0, pos).split('\n').length;
      overtredingen.push({ bestand, regel, specifier, laag, doel });
    }
  }
  return overtredingen;
}

function bronbestanden(): string[] {
  const gevonden: string[] = [];
  const loop = (map: string) => {
    for (const item of fs.readdirSync(path.join(WORTEL, map), { withFileTypes: true })) {
      const rel = `${map}/${item.name}`;
      if (item.isDirectory()) {
        if (item.name !== 'node_modules') loop(rel);
      } else if (/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(item.name)) {
        gevonden.push(rel);
      }
    }
  };
  for (const map of ['renderer', 'shared', 'electron']) if (fs.existsSync(path.join(WORTEL, map))) loop(map);
  return gevonden;
}

describe('docs/ontwerp.md §4: lagen importeren alleen naar beneden', () => {
  it('geen enkel bronbestand in renderer/, shared/ en electron/* overtreedt de gelaagdheid', () => {
    const bestanden = bronbestanden();
    // The walk really found the tree (a wrong root would pass vacuously).
    expect(bestanden).toContain('shared/api.ts');
    expect(bestanden).toContain('electron/backend/api.ts');
    expect(bestanden).toContain('electron/main/main.ts');
    const overtredingen = bestanden.flatMap((b) => controleer(b, fs.readFileSync(path.join(WORTEL, b), 'utf8')));
    expect(overtredingen.map((o) => `${o.bestand}:${o.regel} (${o.laag}) importeert '${o.specifier}' (${o.doel})`)).toEqual([]);
  });

  it('elke map onder electron/ hoort bij een bekende laag', () => {
    const mappen = fs
      .readdirSync(path.join(WORTEL, 'electron'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `electron/${d.name}`);
    expect(mappen.filter((m) => !laagVan(m))).toEqual([]);
  });

  // The checker itself, on samples in memory: every row must be caught (or, for `mag`, let through).
  const gevallen: Array<{ bestand: string; code: string; fout: boolean }> = [
    { bestand: 'renderer/app.tsx', code: "import fs from 'node:fs';", fout: true },
    { bestand: 'renderer/schermen/x.tsx', code: "import { readFile } from 'fs/promises';", fout: true },
    { bestand: 'renderer/x.ts', code: "import { ipcRenderer } from 'electron';", fout: true },
    { bestand: 'renderer/api/client.ts', code: "import type { Router } from '../../electron/backend/api';", fout: true },
    { bestand: 'renderer/x.ts', code: "const m = await import('../electron/main/ipc');", fout: true },
    { bestand: 'renderer/x.ts', code: "const c = require('crypto');", fout: true },
    { bestand: 'renderer/x.ts', code: "import sqlite from '@journeyapps/sqlcipher';", fout: true },
    { bestand: 'shared/api.ts', code: "import { App } from '../renderer/App';", fout: true },
    { bestand: 'shared/domein/x.ts', code: "export * from 'node:path';", fout: true },
    { bestand: 'shared/x.ts', code: "import { padBinnen } from '../electron/backend/paden';", fout: true },
    { bestand: 'shared/x.ts', code: "import { app } from 'electron/main';", fout: true },
    { bestand: 'electron/backend/api.ts', code: "import { app } from 'electron';", fout: true },
    { bestand: 'electron/backend/keten/x.ts', code: "import { Scherm } from '../../../renderer/schermen/Scherm';", fout: true },
    { bestand: 'electron/backend/x.ts', code: "import { registreerIpc } from '../main/ipc';", fout: true },
    { bestand: 'electron/backend/x.ts', code: "import { startBrug } from '../bridge/server';", fout: true },
    { bestand: 'electron/cli/main.ts', code: "import { dialog } from 'electron';", fout: true },
    { bestand: 'electron/bridge/server.ts', code: "import type { WebContents } from 'electron';", fout: true },
    { bestand: 'electron/preload/preload.ts', code: "import fs from 'node:fs';", fout: true },
    { bestand: 'electron/preload/preload.ts', code: "import { maakRouter } from '../backend/api';", fout: true },
    { bestand: 'electron/main/main.ts', code: "import { App } from '../../renderer/App';", fout: true },
    { bestand: 'renderer/x.ts', code: "import { kanalen } from '@shared/api'; import { z } from 'zod';", fout: false },
    { bestand: 'shared/api.ts', code: "import { z } from './zod-nl'; import rollen from './rollen';", fout: false },
    { bestand: 'electron/backend/x.ts', code: "import fs from 'node:fs'; import { kanalen } from '@shared/api';", fout: false },
    { bestand: 'electron/bridge/server.ts', code: "import type { Router } from '../backend/api'; import http from 'node:http';", fout: false },
    { bestand: 'electron/main/main.ts', code: "import { app } from 'electron'; import { CSP } from '../bridge/server';", fout: false },
    { bestand: 'electron/preload/preload.ts', code: "import { contextBridge } from 'electron'; import { isKanaalNaam } from '@shared/api';", fout: false },
  ];
  it.each(gevallen)('$bestand: $code', ({ bestand, code, fout }) => {
    const gevonden = controleer(bestand, code);
    if (fout) expect(gevonden.length).toBeGreaterThan(0);
    else expect(gevonden).toEqual([]);
  });

  it('meldt de regel van de overtreding', () => {
    const [o] = controleer('shared/x.ts', "import { z } from 'zod';\n\nimport os from 'os';\n");
    expect(o).toMatchObject({ regel: 3, specifier: 'os', laag: 'shared', doel: 'node' });
  });
});

/**
 * The areas of electron/backend, lowest first (ADR 0014). A file imports its own area and the areas
 * before it, never one after it. Files directly in electron/backend each have an area of their own.
 */
const GEBIEDEN = ['basis', 'bestand', 'beleid', 'keten', 'overleg', 'bundels', 'overdracht', 'bewaring', 'rapportage', 'rechten', 'demo', 'sessie', 'kanalen', 'router'] as const;
type Gebied = (typeof GEBIEDEN)[number];
const LOSSE_BESTANDEN: Record<string, Gebied> = {
  'electron/backend/paden.ts': 'basis',
  'electron/backend/schrijven.ts': 'basis',
  'electron/backend/werkmap.ts': 'basis',
  'electron/backend/klok.ts': 'basis',
  'electron/backend/schijven.ts': 'basis',
  'electron/backend/bladeren.ts': 'basis',
  'electron/backend/sessie.ts': 'sessie',
  'electron/backend/api.ts': 'router',
};

/** The area of a repository-relative path under electron/backend; undefined when none is assigned. */
function gebiedVan(relPad: string): Gebied | undefined {
  if (relPad in LOSSE_BESTANDEN) return LOSSE_BESTANDEN[relPad];
  const m = /^electron\/backend\/([^/]+)\//.exec(relPad);
  return m ? GEBIEDEN.find((g) => g === m[1]) : undefined;
}

const EXTENSIES = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];

/** The file a relative or `@shared/` specifier resolves to (as the bundler would), or null for a package or a missing file. */
function oplossen(bestand: string, specifier: string, bestaat: (rel: string) => boolean): string | null {
  const basis = specifier.startsWith('@shared/')
    ? `shared/${specifier.slice('@shared/'.length)}`
    : specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(bestand), specifier))
      : null;
  if (basis === null) return null;
  for (const ext of EXTENSIES) if (bestaat(basis + ext)) return basis + ext;
  return null;
}

/** Import edges between files (every kind of import, type-only included), given the files' texts. */
function importgraaf(teksten: ReadonlyMap<string, string>): Map<string, Array<{ doel: string; regel: number; specifier: string }>> {
  const graaf = new Map<string, Array<{ doel: string; regel: number; specifier: string }>>();
  for (const [bestand, tekst] of teksten) {
    const { importedFiles } = ts.preProcessFile(tekst, true, true);
    graaf.set(
      bestand,
      importedFiles.flatMap(({ fileName: specifier, pos }) => {
        const doel = oplossen(bestand, specifier, (rel) => teksten.has(rel));
        return doel ? [{ doel, regel: tekst.slice(0, pos).split('\n').length, specifier }] : [];
      }),
    );
  }
  return graaf;
}

/** Imports in electron/backend that go up the area order (or come from a file without an area). */
function gebiedsovertredingen(teksten: ReadonlyMap<string, string>): string[] {
  const uit: string[] = [];
  for (const [bestand, kanten] of importgraaf(teksten)) {
    if (!bestand.startsWith('electron/backend/')) continue;
    const van = gebiedVan(bestand);
    if (!van) {
      uit.push(`${bestand} hoort bij geen gebied`);
      continue;
    }
    for (const k of kanten) {
      if (!k.doel.startsWith('electron/backend/')) continue;
      const naar = gebiedVan(k.doel);
      if (!naar || GEBIEDEN.indexOf(naar) > GEBIEDEN.indexOf(van)) uit.push(`${bestand}:${k.regel} (${van}) importeert '${k.specifier}' (${naar ?? 'geen gebied'})`);
    }
  }
  return uit;
}

/** Every import cycle, as the files of each strongly connected component (Tarjan), sorted. */
function cycli(teksten: ReadonlyMap<string, string>): string[][] {
  const graaf = importgraaf(teksten);
  const index = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const opStapel = new Set<string>();
  const gevonden: string[][] = [];
  let teller = 0;
  const bezoek = (v: string) => {
    index.set(v, teller);
    laag.set(v, teller++);
    stapel.push(v);
    opStapel.add(v);
    for (const { doel: w } of graaf.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
    }
    if (laag.get(v) === index.get(v)) {
      const groep: string[] = [];
      let w: string;
      do {
        w = stapel.pop()!;
        opStapel.delete(w);
        groep.push(w);
      } while (w !== v);
      if (groep.length > 1 || (graaf.get(v) ?? []).some((k) => k.doel === v)) gevonden.push(groep.sort());
    }
  };
  for (const v of graaf.keys()) if (!index.has(v)) bezoek(v);
  return gevonden;
}

function teksten(mappen: readonly string[]): Map<string, string> {
  return new Map(bronbestanden().filter((b) => mappen.some((m) => b.startsWith(`${m}/`))).map((b) => [b, fs.readFileSync(path.join(WORTEL, b), 'utf8')]));
}

/** SQL (or a transaction of its own) in one file: the lines that hold it. */
function sqlIn(bestand: string, tekst: string): string[] {
  const SQL = /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA\s+\w)|\.transactie\(/;
  return tekst.split('\n').flatMap((regel, i) => (SQL.test(regel) ? [`${bestand}:${i + 1}: ${regel.trim().slice(0, 100)}`] : []));
}

describe('ADR 0014: de gebieden van electron/backend importeren alleen naar beneden, zonder kringen', () => {
  it('elk bestand in electron/backend hoort bij een gebied en importeert geen hoger gebied', () => {
    const t = teksten(['electron/backend']);
    expect(t.has('electron/backend/bestand/bestand.ts')).toBe(true);
    expect(gebiedsovertredingen(t)).toEqual([]);
  });

  it('geen importkring in electron/backend en shared/, ook niet via import type', () => {
    const t = teksten(['electron/backend', 'shared']);
    expect(t.has('shared/api.ts')).toBe(true);
    expect(cycli(t).map((c) => c.join(' → '))).toEqual([]);
  });

  it('kanalen/ bevat geen SQL en opent geen eigen transactie: dat doen de domeinmodules (met bestand/vastleggen.ts)', () => {
    const t = teksten(['electron/backend/kanalen']);
    expect(t.size).toBeGreaterThan(3);
    expect([...t].flatMap(([bestand, tekst]) => sqlIn(bestand, tekst))).toEqual([]);
  });

  it('de SQL-controle vangt een query, een PRAGMA en een transactie, en laat gewone tekst door', () => {
    expect(sqlIn('k.ts', "const r = await b.v.all('SELECT id FROM signalen WHERE x = ?', [1]);")).toHaveLength(1);
    expect(sqlIn('k.ts', "await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');")).toHaveLength(1);
    expect(sqlIn('k.ts', 'await b.v.transactie(async () => {\n  await b.audit(x);\n});')).toHaveLength(1);
    expect(sqlIn('k.ts', "`INSERT INTO partners (code) VALUES (?)`")).toHaveLength(1);
    expect(sqlIn('k.ts', "throw new KetenFout('CONFLICT', 'Selecteer eerst een partner om bij te werken.');")).toEqual([]);
  });

  const geheugen = (bestanden: Record<string, string>) => new Map(Object.entries(bestanden));

  it('de controle vangt een import naar een hoger gebied, ook type-only, en laat naar beneden door', () => {
    const t = geheugen({
      'electron/backend/bestand/bestand.ts': "import type { Sleutel } from '../bundels/sleutels';\nimport { padBinnen } from '../paden';",
      'electron/backend/bundels/sleutels.ts': "import { Bestand } from '../bestand/bestand';",
      'electron/backend/paden.ts': "import { KetenFout } from '@shared/fouten';",
      'electron/backend/beleid/x.ts': "export { y } from '../keten/y';",
      'electron/backend/keten/y.ts': "const z = await import('../beleid/x');",
      'electron/backend/nieuw/z.ts': '',
    });
    expect(gebiedsovertredingen(t)).toEqual([
      "electron/backend/bestand/bestand.ts:1 (bestand) importeert '../bundels/sleutels' (bundels)",
      "electron/backend/beleid/x.ts:1 (beleid) importeert '../keten/y' (keten)",
      'electron/backend/nieuw/z.ts hoort bij geen gebied',
    ]);
  });

  it('de controle vindt een kring, ook een die alleen uit import type bestaat, en een bestand dat zichzelf importeert', () => {
    const t = geheugen({
      'shared/a.ts': "import type { B } from './b';",
      'shared/b.ts': "import type { A } from './a';",
      'shared/c.ts': "import { A } from './a'; export * from './c';",
      'electron/backend/bundels/x.ts': "import { y } from './y/index';",
      'electron/backend/bundels/y/index.ts': "import { x } from '../x';",
    });
    expect(cycli(t).sort()).toEqual([['electron/backend/bundels/x.ts', 'electron/backend/bundels/y/index.ts'], ['shared/a.ts', 'shared/b.ts'], ['shared/c.ts']]);
  });
});
