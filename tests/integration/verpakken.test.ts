/**
 * Packaging (docs/ontwerp.md §7, §8): the desktop app ships plain JavaScript. tsx (and with it esbuild's native
 * binary) is a development tool only: not a production dependency, never packed by electron-builder;
 * the CLI is built to dist/cli by esbuild and runs from there without tsx.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { bouwCli } from '../../scripts/build-electron.mjs';
import { opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const uitvoeren = promisify(execFile);
const WORTEL = path.resolve('.');

describe('verpakken zonder tsx', () => {
  // Inside the repository (test-artifacts/ is ignored by git), so the bundle finds node_modules for
  // the two packages it leaves external, as dist/cli does.
  const uitmap = path.join(WORTEL, 'test-artifacts', 'cli-bundel');
  const bundel = path.join(uitmap, 'ketenbestand.mjs');
  let werk: string;
  let metafile: { outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }> };

  beforeAll(async () => {
    werk = await tijdelijkeMap('verpakken');
    await fs.rm(uitmap, { recursive: true, force: true });
    ({ metafile } = (await bouwCli({ outfile: bundel })) as { metafile: typeof metafile });
  });
  afterAll(async () => {
    await opruimen(werk);
    await fs.rm(uitmap, { recursive: true, force: true });
  });

  it('tsx en esbuild zijn geen productieafhankelijkheden, en electron-builder pakt ze niet in', async () => {
    const pakket = JSON.parse(await fs.readFile(path.join(WORTEL, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const naam of ['tsx', 'esbuild']) {
      expect(pakket.dependencies![naam], naam).toBeUndefined();
      expect(pakket.devDependencies![naam], naam).toBeDefined();
    }
    const yml = await fs.readFile(path.join(WORTEL, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^\s+- "!\*\*\/node_modules\/\{tsx,esbuild,@esbuild\}\/\*\*"$/m);
    expect(yml).toMatch(/^\s+- dist\/cli\/\*\*$/m);
  });

  it('de gebouwde CLI vraagt alleen de opslagdrivers (ADR 0013), pdfkit en Node zelf van buiten', () => {
    const extern = new Set(Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    const vreemd = [...extern].filter((p) => !p.startsWith('node:') && !['@journeyapps/sqlcipher', 'better-sqlite3-multiple-ciphers', 'pdfkit'].includes(p) && !/^[a-z_]+$/.test(p));
    expect(vreemd).toEqual([]);
    expect(extern.has('tsx')).toBe(false);
  });

  it('de gebouwde CLI werkt zonder tsx: init en een kanaal op een echt bestand', async () => {
    const env = { ...process.env, KETENBESTAND_WACHTWOORD: WACHTWOORD, NODE_OPTIONS: '' };
    const map = path.join(werk, 'bestand');
    const init = await uitvoeren(process.execPath, [bundel, 'init', '--bestand', map, '--gebruiker', 'regisseur', '--naam', 'Gemeente Proefdorp', '--json'], { env });
    expect(JSON.parse(init.stdout)).toMatchObject({ naam: 'Gemeente Proefdorp', profiel: 'centraal' });
    // Art. 21.2 (ADR 0043): the account acknowledges the duty of confidentiality before anything else.
    await uitvoeren(process.execPath, [bundel, 'geheimhouding', 'bevestigen', '--bestand', map, '--gebruiker', 'regisseur'], { env });
    const controle = await uitvoeren(process.execPath, [bundel, 'controleren', '--json', '--bestand', map, '--gebruiker', 'regisseur'], { env });
    expect(JSON.parse(controle.stdout)).toMatchObject({ heel: true });
  });
});
