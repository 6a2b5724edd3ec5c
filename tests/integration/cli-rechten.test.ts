/**
 * The rights register on the command line (docs/ontwerp.md §10, §12): the privacy-medewerker registers and
 * lists requests with friendly commands, each a separate `ketenbestand` process on a real encrypted
 * bestand; another role is refused with art. 12.22 and exit code 1.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAanroeper } from '../fixtures/cli';

const WACHTWOORD = 'synthetisch-wachtwoord-cli-rechten';
const PRIVACY = 'synthetisch-wachtwoord-privacy';
const ketenbestand = cliAanroeper(WACHTWOORD);

describe('ketenbestand rechten (CLI)', () => {
  let werk: string;
  let map: string;
  const als = (gebruiker: string) => ['--bestand', map, '--gebruiker', gebruiker];

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-cli-rechten-'));
    map = path.join(werk, 'bestand');
    expect((await ketenbestand(['init', ...als('regisseur'), '--naam', 'Gemeente Proefdorp'])).code).toBe(0);
    expect((await ketenbestand(['gebruiker', 'toevoegen', 'privacy', '--rol', 'privacy-medewerker', ...als('regisseur')], { KETENBESTAND_NIEUW_WACHTWOORD: PRIVACY })).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('registreert een verzoek en toont het register met de termijn van vier weken', async () => {
    const env = { KETENBESTAND_WACHTWOORD: PRIVACY };
    const nieuw = await ketenbestand(['rechten', 'nieuw', '--soort', 'inzage', '--naam', 'Synthetische Verzoeker', '--datum', '2026-11-02', '--json', ...als('privacy')], env);
    expect(nieuw.stderr).toBe('');
    const { id } = JSON.parse(nieuw.stdout) as { id: number };
    const lijst = await ketenbestand(['rechten', 'lijst', '--json', ...als('privacy')], env);
    expect(JSON.parse(lijst.stdout)).toEqual([expect.objectContaining({ id, soort: 'inzage', status: 'ontvangen', ontvangenOp: '2026-11-02', termijn: '2026-11-30' })]);
    const api = await ketenbestand(['api', 'rechten.identiteit', JSON.stringify({ id, wijze: 'Paspoort getoond', op: '2026-11-02' }), ...als('privacy')], env);
    expect(api.code).toBe(0);
  });

  it('de ketenregisseur registreert geen verzoek: GEEN_TOEGANG met art. 12.22', async () => {
    const r = await ketenbestand(['rechten', 'nieuw', '--soort', 'verzet', '--naam', 'X Y', ...als('regisseur')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^GEEN_TOEGANG: .*\[art\. 12\.22\]/);
  });
});
