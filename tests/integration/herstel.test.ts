/**
 * Who may restore a backup, and what a restore keeps (ADR 0012; issue 8, item 2). Art. 15.3: only
 * those the covenant names manage the bestand, so a restore over a live bestand needs a session on it
 * by the leading role or the beheerder — a removed account with its old passphrase restores nothing.
 * The replaced bestand is set aside, not deleted; a backup older than the live one goes back only after
 * the loss was shown; the disaster path needs a managing account of the backup and says it is taken.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND } from '../../electron/backend/bestand/bestand';
import { SLEUTELBESTAND } from '../../electron/backend/bestand/sleutelslots';
import { ANDER_WACHTWOORD, bestandMaken, geweigerd, mapAfdruk, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const OUD = 'een-oud-synthetisch-wachtwoord-van-toen';

/** The files of a bestand as a fingerprint; the attempt counter beside it may change, nothing else. */
async function afdruk(map: string) {
  const a = await mapAfdruk(map);
  delete a['aanmeldpogingen.json'];
  return a;
}

const modus = async (p: string) => (await fs.stat(p)).mode & 0o777;

describe('herstel uit een backup', () => {
  let werk: string;
  let router: Router;
  let live: string;
  let backup: string;

  const aanmelden = async (r: Router, map: string, gebruiker = 'regisseur', wachtwoord = WACHTWOORD) => {
    await ok(r, 'bestand.openen', { map });
    await ok(r, 'sessie.aanmelden', { gebruiker, wachtwoord });
  };

  beforeAll(async () => {
    werk = await tijdelijkeMap('herstel');
    router = maakRouter({ werkmap: werk });
    live = (await bestandMaken(router, { map: 'live' })).map;
    await ok(router, 'gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheer', rol: 'beheerder', wachtwoord: ANDER_WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'oud', weergavenaam: 'Oud-beheerder', rol: 'beheerder', wachtwoord: OUD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'bewerker', weergavenaam: 'Bewerker', rol: 'bewerker', wachtwoord: ANDER_WACHTWOORD });
    const doel = path.join(werk, 'usb');
    await fs.mkdir(doel);
    backup = (await ok(router, 'beheer.backupMaken', { doelmap: doel })).map;
    // After the backup: the old beheerder leaves (the bestand key is replaced), and work goes on.
    await ok(router, 'gebruikers.verwijderen', { naam: 'oud' });
    await ok(router, 'signalen.opslaan', { formulier: { samenvatting: 'Na de backup vastgelegd' }, indienen: false });
    await ok(router, 'sessie.sluiten', {});
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('art. 15.3: een verwijderd account herstelt met zijn oude wachtwoord geen oude backup over het levende bestand', async () => {
    const voor = await afdruk(live);
    const buiten = maakRouter({ werkmap: werk });
    try {
      const fout = await geweigerd(buiten, 'bestand.herstellen', { bron: backup, map: live, gebruiker: 'oud', wachtwoord: OUD, verliesBevestigd: true }, 'NIET_AANGEMELD');
      expect(fout.melding).toMatch(/na aanmelding/);
    } finally {
      await buiten.afsluiten();
    }
    expect(await afdruk(live)).toEqual(voor);
    expect((await fs.readdir(live)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('art. 15.3: ook aangemeld mag alleen de leidende rol of de beheerder herstellen', async () => {
    const voor = await afdruk(live);
    await aanmelden(router, live, 'bewerker', ANDER_WACHTWOORD);
    const fout = await geweigerd(router, 'bestand.herstellen', { bron: backup, map: live, gebruiker: 'bewerker', wachtwoord: ANDER_WACHTWOORD, verliesBevestigd: true }, 'GEEN_TOEGANG');
    expect(fout.artikel).toBe('art. 15.3');
    await ok(router, 'sessie.sluiten', {});
    expect(Object.keys(await afdruk(live))).toEqual(Object.keys(voor));
  });

  it('herstelpogingen worden afgeremd zoals aanmeldingen en bij de volgende aanmelding geauditeerd', async () => {
    const leeg = path.join(werk, 'afgeremd');
    await geweigerd(router, 'bestand.herstellen', { bron: backup, map: leeg, gebruiker: 'regisseur', wachtwoord: 'fout-wachtwoord-herstel' }, 'ONJUISTE_AANMELDING');
    await geweigerd(router, 'bestand.herstellen', { bron: backup, map: leeg, gebruiker: 'regisseur', wachtwoord: WACHTWOORD }, 'TE_VEEL_POGINGEN');
    await new Promise((r) => setTimeout(r, 2100));
    const uitkomst = await ok(router, 'bestand.herstellen', { bron: backup, map: leeg, gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    expect(uitkomst).toMatchObject({ weg: 'leeg', opzij: null });
    await aanmelden(router, leeg);
    const { regels } = await ok(router, 'audit.lijst', { actie: 'herstel.mislukt' });
    expect(regels.map((r) => r.onderwerp)).toEqual(['gebruiker:regisseur', 'gebruiker:regisseur']);
    await ok(router, 'sessie.sluiten', {});
  });

  it('een oudere backup: eerst het verlies in aantallen, pas na bevestiging herstel; het oude bestand blijft opzij tot de bevestiging', async () => {
    await aanmelden(router, live);
    const invoer = { bron: backup, map: live, gebruiker: 'regisseur', wachtwoord: WACHTWOORD };
    const voorbeeld = await ok(router, 'bestand.herstelVoorbeeld', invoer);
    expect(voorbeeld).toMatchObject({ weg: 'aangemeld', ouder: true, verlies: { signalen: 1, dossiers: 0, accountsTerug: 1 } });
    expect(voorbeeld.verlies!.auditRegels).toBeGreaterThan(3);
    expect(voorbeeld.melding).toContain(`${voorbeeld.verlies!.auditRegels} auditregel(s), 1 signaal/signalen en 0 dossier(s) verloren`);

    const voor = await afdruk(live);
    const fout = await geweigerd(router, 'bestand.herstellen', invoer, 'BEVESTIGING_NODIG');
    expect(fout.melding).toContain(`${voorbeeld.verlies!.auditRegels} auditregel(s)`);
    expect(await afdruk(live)).toEqual(voor);

    const uitkomst = await ok(router, 'bestand.herstellen', { ...invoer, verliesBevestigd: true });
    expect(uitkomst).toMatchObject({ map: live, weg: 'aangemeld', verlies: voorbeeld.verlies });
    expect(uitkomst.opzij).toMatch(/\.vervangen-/);
    expect(uitkomst.melding).toContain(uitkomst.opzij!);
    expect(uitkomst.melding).toMatch(/Terug naar het vervangen bestand/);
    // The session is locked: confirming needs a login on the restored bestand.
    expect((await ok(router, 'sessie.status', {})).gebruiker).toBeNull();

    // The replaced bestand is kept whole, and the restored files have the modes of new ones.
    const opzij = uitkomst.opzij!;
    expect(await fs.readFile(path.join(opzij, DATABASEBESTAND))).toBeDefined();
    expect(await fs.readFile(path.join(opzij, SLEUTELBESTAND))).toBeDefined();
    expect(await modus(live)).toBe(0o700);
    expect(await modus(opzij)).toBe(0o700);
    expect(await modus(path.join(live, DATABASEBESTAND))).toBe(0o600);
    expect(await modus(path.join(live, SLEUTELBESTAND))).toBe(0o600);

    await aanmelden(router, live);
    const { regels } = await ok(router, 'audit.lijst', { actie: 'backup.teruggezet' });
    expect(regels[0]!.details).toMatchObject({ bron: backup, weg: 'aangemeld', opzij });
    expect(await ok(router, 'audit.verifieren', {})).toMatchObject({ geldig: true });
    expect(await ok(router, 'bestand.herstelStatus', {})).toEqual([expect.objectContaining({ map: opzij, bron: backup })]);
    expect(await ok(router, 'bestand.herstelBevestigen', {})).toEqual({ verwijderd: 1 });
    expect((await fs.readdir(live)).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(await ok(router, 'bestand.herstelStatus', {})).toEqual([]);
    await ok(router, 'sessie.sluiten', {});
  });

  describe('de noodweg: het levende bestand gaat niet meer open', () => {
    let kapot: string;
    beforeAll(async () => {
      kapot = path.join(werk, 'kapot');
      await fs.mkdir(kapot);
      for (const f of await fs.readdir(live)) if (!f.startsWith('.')) await fs.copyFile(path.join(live, f), path.join(kapot, f));
      await fs.rm(path.join(kapot, SLEUTELBESTAND));
    });

    it('een account dat in de backup niet beheert, herstelt niet', async () => {
      await geweigerd(router, 'bestand.herstellen', { bron: backup, map: kapot, gebruiker: 'bewerker', wachtwoord: ANDER_WACHTWOORD }, 'GEEN_TOEGANG');
    });

    it('een beherend account uit de backup herstelt, en de melding zegt dat het de noodweg is', async () => {
      const uitkomst = await ok(router, 'bestand.herstellen', { bron: backup, map: kapot, gebruiker: 'beheer', wachtwoord: ANDER_WACHTWOORD });
      expect(uitkomst).toMatchObject({ weg: 'ramp', verlies: null });
      expect(uitkomst.melding).toMatch(/noodweg/);
      expect(await fs.readdir(uitkomst.opzij!)).toContain(DATABASEBESTAND);
      await aanmelden(router, kapot, 'beheer', ANDER_WACHTWOORD);
      await ok(router, 'sessie.sluiten', {});
    });

    it('een bestand met een database die niet bij zijn sleutels past, geldt ook als onopenbaar — maar alleen als het eigen slot opengaat', async () => {
      const rommel = path.join(werk, 'rommel');
      await fs.mkdir(rommel);
      await fs.copyFile(path.join(live, SLEUTELBESTAND), path.join(rommel, SLEUTELBESTAND));
      await fs.writeFile(path.join(rommel, DATABASEBESTAND), Buffer.alloc(8 * 4096, 0x5a));
      // A wrong passphrase cannot show that the file is broken: it might just as well be fine.
      await geweigerd(router, 'bestand.herstellen', { bron: backup, map: rommel, gebruiker: 'beheer', wachtwoord: 'fout-wachtwoord-rommel' }, 'NIET_AANGEMELD');
      await new Promise((r) => setTimeout(r, 1100));
      const uitkomst = await ok(router, 'bestand.herstellen', { bron: backup, map: rommel, gebruiker: 'beheer', wachtwoord: ANDER_WACHTWOORD });
      expect(uitkomst.weg).toBe('ramp');
    });
  });
});
