/**
 * The recovery key on the command line (ADR 0010), each step its own `ketenbestand` process on a
 * real encrypted bestand: init prints the code once; `herstelsleutel gebruiken` takes it from the
 * environment (never an argument) and prints the next one; `herstelsleutel vervangen` replaces it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAanroeper } from '../fixtures/cli';

const WACHTWOORD = 'synthetisch-wachtwoord-cli-herstel';
const NIEUW = 'nieuw-synthetisch-wachtwoord-cli-herstel';
const CODE = /HERSTELSLEUTEL — wordt maar één keer getoond:\n\n {4}(\d{6}(?:-\d{6}){7})\n/;

const ketenbestand = cliAanroeper(WACHTWOORD);

describe('ketenbestand herstelsleutel (CLI)', () => {
  let werk: string;
  let map: string;
  const als = (gebruiker: string) => ['--bestand', map, '--gebruiker', gebruiker];

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-cli-herstel-'));
    map = path.join(werk, 'bestand');
  });
  afterAll(async () => {
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('init → vergeten → gebruiken → oude code weigert → vervangen', async () => {
    const init = await ketenbestand(['init', ...als('regisseur'), '--naam', 'Gemeente Proefdorp']);
    expect(init.code).toBe(0);
    const eerste = CODE.exec(init.stdout)?.[1];
    expect(eerste, init.stdout).toBeDefined();
    expect(init.stdout).toContain('kluis van de penvoerder');

    const toevoegen = await ketenbestand(['gebruiker', 'toevoegen', 'bewerker.een', '--rol', 'bewerker', ...als('regisseur')], {
      KETENBESTAND_NIEUW_WACHTWOORD: 'ander-synthetisch-wachtwoord',
    });
    expect(toevoegen.code).toBe(0);

    // A non-leading account cannot be recovered, and the code stays valid.
    const bewerker = await ketenbestand(['herstelsleutel', 'gebruiken', ...als('bewerker.een')], { KETENBESTAND_HERSTELSLEUTEL: eerste!, KETENBESTAND_NIEUW_WACHTWOORD: NIEUW });
    expect(bewerker.code).toBe(1);
    expect(bewerker.stderr).toMatch(/^GEEN_TOEGANG: .*ketenregisseur.*\[art\. 12\.7\]/);

    // A typing error: named before anything runs.
    const typfout = eerste!.slice(0, -1) + String((Number(eerste!.slice(-1)) + 1) % 10);
    const fout = await ketenbestand(['herstelsleutel', 'gebruiken', ...als('regisseur')], { KETENBESTAND_HERSTELSLEUTEL: typfout, KETENBESTAND_NIEUW_WACHTWOORD: NIEUW });
    expect(fout.code).toBe(1);
    expect(fout.stderr).toMatch(/^ONGELDIGE_INVOER: .*code: Groep 8 klopt niet/);

    const herstel = await ketenbestand(['herstelsleutel', 'gebruiken', ...als('regisseur')], { KETENBESTAND_HERSTELSLEUTEL: eerste!, KETENBESTAND_NIEUW_WACHTWOORD: NIEUW });
    expect(herstel.stderr).toBe('');
    expect(herstel.code).toBe(0);
    const tweede = CODE.exec(herstel.stdout)?.[1];
    expect(tweede).toBeDefined();
    expect(tweede).not.toBe(eerste);

    expect((await ketenbestand(['gebruiker', 'lijst', ...als('regisseur')], { KETENBESTAND_WACHTWOORD: NIEUW })).code).toBe(0);
    const nogmaals = await ketenbestand(['herstelsleutel', 'gebruiken', ...als('regisseur')], { KETENBESTAND_HERSTELSLEUTEL: eerste!, KETENBESTAND_NIEUW_WACHTWOORD: 'weer-een-ander-wachtwoord' });
    expect(nogmaals.code).toBe(1);
    expect(nogmaals.stderr).toMatch(/^ONJUISTE_AANMELDING: Deze herstelsleutel hoort niet bij dit bestand/);

    const vervangen = await ketenbestand(['herstelsleutel', 'vervangen', ...als('regisseur')], { KETENBESTAND_WACHTWOORD: NIEUW });
    expect(vervangen.code).toBe(0);
    expect(CODE.exec(vervangen.stdout)?.[1]).not.toBe(tweede);
    expect(vervangen.stdout).toContain('de vorige werkt niet meer');

    const audit = await ketenbestand(['audit', 'lijst', '--json', ...als('regisseur')], { KETENBESTAND_WACHTWOORD: NIEUW });
    const acties = (JSON.parse(audit.stdout) as { regels: Array<{ actie: string }> }).regels.map((r) => r.actie);
    expect(acties).toEqual(expect.arrayContaining(['herstelsleutel.gemaakt', 'herstelsleutel.geweigerd', 'herstelsleutel.gebruikt', 'herstelsleutel.mislukt', 'herstelsleutel.vervangen']));
  });

  it('de code gaat nooit als argument mee', async () => {
    const r = await ketenbestand(['herstelsleutel', 'gebruiken', ...als('regisseur'), '--code', '123']);
    expect(r.code).toBe(2);
  });
});
