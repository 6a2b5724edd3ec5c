/**
 * The CLI as separate processes (docs/ontwerp.md §10): init → add user → api call → audit verify, each a new
 * `ketenbestand` process on the same real encrypted bestand; and exit codes 1 and 2.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bestand, DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { ANKERBESTAND } from '../../electron/backend/bestand/anker';
import { cliAanroeper } from '../fixtures/cli';

const WACHTWOORD = 'synthetisch-wachtwoord-cli-1';

// This file walks the art. 21.2 step itself.
const ketenbestand = cliAanroeper(WACHTWOORD, { geheimhoudingVanzelf: false });

describe('ketenbestand (CLI)', () => {
  let werk: string;
  let map: string;
  const als = (gebruiker: string) => ['--bestand', map, '--gebruiker', gebruiker];

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-cli-'));
    map = path.join(werk, 'bestand');
  });
  afterAll(async () => {
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('init, en art. 21.2: eerst de geheimhoudingsplicht lezen en bevestigen, elk als eigen proces', async () => {
    const init = await ketenbestand(['init', ...als('regisseur'), '--naam', 'Gemeente Proefdorp', '--json']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ naam: 'Gemeente Proefdorp', profiel: 'centraal' });

    // Art. 21.2 (ADR 0043): no case data before the duty of confidentiality is acknowledged, also here.
    const voor = await ketenbestand(['gebruiker', 'lijst', ...als('regisseur')]);
    expect(voor.code).toBe(1);
    expect(voor.stderr).toMatch(/^GEHEIMHOUDING_NIET_BEVESTIGD: .*ketenbestand geheimhouding bevestigen.*\[art\. 21\.2\]/);
    const tekst = await ketenbestand(['geheimhouding', ...als('regisseur')]);
    expect(tekst.stdout).toContain('een plicht tot geheimhouding op');
    expect((await ketenbestand(['geheimhouding', 'bevestigen', ...als('regisseur')])).code).toBe(0);
  });

  it('gebruiker toevoegen → api-aanroep → audit verify, elk als eigen proces', async () => {
    const toevoegen = await ketenbestand(['gebruiker', 'toevoegen', 'zorg.een', '--rol', 'zorgcoordinator', ...als('regisseur')], {
      KETENBESTAND_NIEUW_WACHTWOORD: 'ander-synthetisch-wachtwoord',
    });
    expect(toevoegen.code).toBe(0);
    expect((await ketenbestand(['geheimhouding', 'bevestigen', ...als('zorg.een')], { KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord' })).code).toBe(0);

    const lijst = await ketenbestand(['api', 'gebruikers.lijst', '{}', '--json', ...als('regisseur')]);
    expect(lijst.code).toBe(0);
    expect((JSON.parse(lijst.stdout) as Array<{ naam: string; rol: string }>).map((g) => [g.naam, g.rol])).toEqual([
      ['regisseur', 'ketenregisseur'],
      ['zorg.een', 'zorgcoordinator'],
    ]);

    // The new account opens the same bestand with its own passphrase, in its own process.
    const alsZorg = await ketenbestand(['api', 'partners.lijst', '{}', '--json', ...als('zorg.een')], { KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord' });
    expect(alsZorg.code).toBe(0);
    expect((JSON.parse(alsZorg.stdout) as unknown[]).length).toBeGreaterThan(15);

    const verify = await ketenbestand(['audit', 'verify', '--json', ...als('regisseur')]);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ geldig: true, eersteFout: null });
  });

  it('art. 15.3: een rol die iets niet mag krijgt GEEN_TOEGANG en afsluitcode 1', async () => {
    const r = await ketenbestand(['partner', 'toevoegen', 'NIEUW', '--naam', 'Nieuwe partner', '--soort', 'overig', ...als('zorg.een')], {
      KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^GEEN_TOEGANG: .*\[art\. 15\.3\]/);
  });

  it('onjuist wachtwoord: één Nederlandse regel met foutcode, afsluitcode 1', async () => {
    const r = await ketenbestand(['gebruiker', 'lijst', ...als('regisseur')], { KETENBESTAND_WACHTWOORD: 'niet-het-juiste-wachtwoord' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('ONJUISTE_AANMELDING: Onjuiste gebruikersnaam of wachtwoord');
  });

  it('verkeerd gebruik: afsluitcode 2, en een wachtwoord als argument wordt geweigerd', async () => {
    expect((await ketenbestand(['onzin'])).code).toBe(2);
    const r = await ketenbestand(['gebruiker', 'lijst', ...als('regisseur'), '--wachtwoord', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nooit als argument');
  });

  it('bundel lezen: een bestand dat geen OpenPGP is wordt met een Nederlandse melding geweigerd', async () => {
    const nep = path.join(werk, 'nep.ketenbundel');
    await fs.writeFile(nep, 'dit is geen bundel');
    const r = await ketenbestand(['bundel', 'lezen', '--pad', nep, ...als('regisseur')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^BUNDEL_ONLEESBAAR: /);
  });

  it('herstel (ADR 0012): na aanmelding, een oudere backup pas met --bevestig; de melding zegt waar het oude bestand staat; daarna bevestigen', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // the failed login of an earlier test set a wait
    const usb = path.join(werk, 'usb');
    await fs.mkdir(usb);
    const gemaakt = await ketenbestand(['backup', '--doel', usb, '--json', ...als('regisseur')]);
    expect(gemaakt.code).toBe(0);
    const bron = (JSON.parse(gemaakt.stdout) as { map: string }).map;
    // Work after the backup: the backup is now older than the bestand.
    expect((await ketenbestand(['partner', 'toevoegen', 'NA-BACKUP', '--naam', 'Partner na de backup', '--soort', 'overig', ...als('regisseur')])).code).toBe(0);

    const zonder = await ketenbestand(['herstel', '--bron', bron, ...als('regisseur')]);
    expect(zonder.code).toBe(1);
    expect(zonder.stderr).toMatch(/^BEVESTIGING_NODIG: .*\d+ auditregel\(s\), 0 signaal\/signalen en 0 dossier\(s\) verloren.*--bevestig/);

    const met = await ketenbestand(['herstel', '--bron', bron, '--bevestig', ...als('regisseur')]);
    expect(met.stderr).toBe('');
    expect(met.code).toBe(0);
    expect(met.stdout).toMatch(/staat ongewijzigd in .*\.vervangen-/);

    // A colleague without a managing role may not restore, even signed in.
    const zorg = await ketenbestand(['herstel', '--bron', bron, ...als('zorg.een')], { KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord' });
    expect(zorg.code).toBe(1);
    expect(zorg.stderr).toMatch(/^GEEN_TOEGANG: /);

    const status = await ketenbestand(['herstel', 'status', '--json', ...als('regisseur')]);
    expect(JSON.parse(status.stdout)).toHaveLength(1);
    const bevestigd = await ketenbestand(['herstel', 'bevestigen', '--json', ...als('regisseur')]);
    expect(JSON.parse(bevestigd.stdout)).toEqual({ verwijderd: 1 });
    expect((await fs.readdir(map)).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 180_000);

  it('art. 21.9: audit verify --anker met ons anker zoals een partner het bewaart; na inkorten foutcode en volgnummer, afsluitcode 1', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const bijPartner = path.join(werk, 'anker-bij-partner.asc');
    await fs.copyFile(path.join(map, ANKERBESTAND), bijPartner);
    const goed = await ketenbestand(['audit', 'verify', '--anker', bijPartner, '--json', ...als('regisseur')]);
    expect(goed.code, goed.stderr).toBe(0);
    expect(JSON.parse(goed.stdout)).toMatchObject({ geldig: true, ankers: [{ bron: 'eigen', code: null }, { bron: 'extern', code: null }] });

    // The last rows go, below the anchor the partner holds.
    const b = await Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD);
    const sleutel = b.bestandssleutel();
    await b.sluiten();
    const v = await openMetSleutel(path.join(map, DATABASEBESTAND), sleutel);
    const kop = (await v.get<{ n: number }>('SELECT max(volgnr) AS n FROM audit'))!.n;
    await v.run('DELETE FROM audit WHERE volgnr > ?', [kop - 6]);
    await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await v.sluiten();

    const r = await ketenbestand(['audit', 'verify', '--anker', bijPartner, ...als('regisseur')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^WAARSCHUWING AUDIT_ANKER_KETEN_KORTER: .*backup terug/m);
    expect(r.stderr).toMatch(/^AUDIT_ANKER_(KETEN_KORTER|AFWIJKEND) \(regel \d+\): /m);
  });

  it('een gewijzigde auditregel: audit verify noemt de eerste gebroken regel en geeft afsluitcode 1', async () => {
    // Wait out the growing delay from the failed login in the test before.
    await new Promise((r) => setTimeout(r, 1100));
    const b = await Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD);
    const doel = await b.v.get<{ volgnr: number }>("SELECT volgnr FROM audit WHERE actie = 'gebruiker.toegevoegd'");
    await b.v.run("UPDATE audit SET details = '{\"rol\":\"ketenregisseur\"}' WHERE volgnr = ?", [doel!.volgnr]);
    await b.sluiten();

    const r = await ketenbestand(['audit', 'verify', '--json', ...als('regisseur')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ geldig: false, eersteFout: { volgnr: doel!.volgnr } });
    expect(r.stderr).toContain(`regel ${doel!.volgnr} is gewijzigd`);
  });
});
