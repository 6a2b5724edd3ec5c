/**
 * `ketenbestand rapportage --doel MAP [--periode 2026-H2]` (docs/ontwerp.md §10, §13): the half-yearly report
 * for the Stuurgroep from the command line — the PDF and the tables as CSV in MAP; without --periode the last
 * half year that has ended; a malformed period is a usage error (exit 2).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAanroeper } from '../fixtures/cli';

const ketenbestand = cliAanroeper('synthetisch-wachtwoord-cli-rapportage');

describe('ketenbestand rapportage', () => {
  let werk: string;
  let map: string;
  const als = ['--gebruiker', 'regisseur'];
  const op = { KETENBESTAND_KLOK: '2026-12-02T10:00:00Z' };

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-rapportage-'));
    map = path.join(werk, 'bestand');
  });
  afterAll(async () => {
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('schrijft PDF en CSV in de doelmap; --periode kiest het half jaar', { timeout: 400_000 }, async () => {
    expect((await ketenbestand(['init', '--bestand', map, ...als, '--naam', 'Gemeente Proefdorp'], op)).code).toBe(0);
    const doel = path.join(werk, 'stick');
    await fs.mkdir(doel);
    const fout = await ketenbestand(['rapportage', '--doel', doel, '--periode', '2026-3', '--bestand', map, ...als], op);
    expect(fout.code).toBe(2);
    const r = await ketenbestand(['rapportage', '--doel', doel, '--periode', '2026-H2', '--json', '--bestand', map, ...als], op);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { bestanden } = JSON.parse(r.stdout) as { bestanden: Array<{ bestandsnaam: string }> };
    expect(bestanden.map((b) => b.bestandsnaam)).toContain('halfjaarrapportage-2026-h2.pdf');
    const standaard = await ketenbestand(['rapportage', '--doel', doel, '--json', '--bestand', map, ...als], op);
    expect(standaard.code).toBe(0);
    expect((await fs.readdir(doel)).filter((n) => n.endsWith('.pdf')).sort()).toEqual(['halfjaarrapportage-2026-h1.pdf', 'halfjaarrapportage-2026-h2.pdf']);
  });
});
