/**
 * Encryption at rest (docs/ontwerp.md §5): one SQLCipher file under a random 256-bit key, that key only wrapped
 * in per-user slots, no plaintext on disk — not in the database, not in its WAL, not beside it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { leesSleutelbestand, openSlot, SLEUTELBESTAND } from '../../electron/backend/bestand/sleutelslots';
import { ANKERBESTAND } from '../../electron/backend/bestand/anker';
import { aanmeldenAls, ANDER_WACHTWOORD, bestandMaken, geweigerd, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';
import { databaseOntsleutelen, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';

/** Synthetic, distinctive strings written through the API; none may appear in clear on disk. */
const BEKEND = {
  bestandsnaam: 'Proefbestand Regio Klaverwaarde-Noord',
  penvoerder: 'Gemeente Zuiderhaven-Proef',
  gebruiker: 'gerolf.tjalsma',
  weergavenaam: 'Gerolf Tjalsma',
  tweedeGebruiker: 'wiebrig.hoekstraat',
  tweedeWeergavenaam: 'Wiebrig Hoekstraat',
  contactpersoon: 'Wobbina Kloosterzande',
  email: 'wobbina.kloosterzande@politie.example',
};

describe('versleuteling op schijf', () => {
  let werk: string;
  let router: Router;
  let map: string;
  let sleutel: Buffer;
  const pad = (f: string) => path.join(map, f);

  /** Every file in the bestand folder, raw, by name. */
  async function ruweBestanden(): Promise<Record<string, Buffer>> {
    const uit: Record<string, Buffer> = {};
    for (const f of await fs.readdir(map)) uit[f] = await fs.readFile(pad(f));
    return uit;
  }

  function nietLeesbaarIn(bestanden: Record<string, Buffer>) {
    expect(Object.keys(bestanden)).toContain(DATABASEBESTAND);
    for (const [naam, inhoud] of Object.entries(bestanden)) {
      for (const tekst of Object.values(BEKEND)) {
        for (const vorm of [Buffer.from(tekst, 'utf8'), Buffer.from(tekst, 'utf16le')]) {
          expect(inhoud.includes(vorm), `"${tekst}" leesbaar in ${naam}`).toBe(false);
        }
      }
    }
  }

  beforeAll(async () => {
    werk = await tijdelijkeMap('versleuteling');
    router = maakRouter({ werkmap: werk });
    map = (
      await bestandMaken(router, { map: 'bestand', naam: BEKEND.bestandsnaam, penvoerder: BEKEND.penvoerder, gebruiker: BEKEND.gebruiker, weergavenaam: BEKEND.weergavenaam })
    ).map;
    await ok(router, 'gebruikers.toevoegen', { naam: BEKEND.tweedeGebruiker, weergavenaam: BEKEND.tweedeWeergavenaam, rol: 'zorgcoordinator', wachtwoord: ANDER_WACHTWOORD });
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'POLITIE'), naam: BEKEND.contactpersoon, email: BEKEND.email });
    sleutel = router.sessie.open!.bestandssleutel();
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('controle: de bekende teksten zijn echt geschreven — ontsleuteld staan ze in database of WAL', async () => {
    const paginas = [
      ...databaseOntsleutelen(await fs.readFile(pad(DATABASEBESTAND)), sleutel),
      ...walOntsleutelen(await fs.readFile(pad(`${DATABASEBESTAND}-wal`)), sleutel),
    ];
    for (const tekst of Object.values(BEKEND)) expect(paginasMet(paginas, tekst), tekst).not.toEqual([]);
  });

  it('terwijl het bestand open is, staat geen van de bekende teksten leesbaar in database, WAL of ernaast', async () => {
    const bestanden = await ruweBestanden();
    expect(Object.keys(bestanden)).toEqual(expect.arrayContaining([`${DATABASEBESTAND}-wal`, `${DATABASEBESTAND}-shm`]));
    expect(bestanden[`${DATABASEBESTAND}-wal`]!.length).toBeGreaterThan(0);
    nietLeesbaarIn(bestanden);
  });

  it('het databasebestand begint niet met de SQLite-kop: ook de paginakop is versleuteld', async () => {
    const kop = (await fs.readFile(pad(DATABASEBESTAND))).subarray(0, 16);
    expect(kop.toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('bestand, WAL, gedeeld geheugen en sleutelslots zijn alleen voor de eigenaar (0600), de map 0700', async () => {
    await geweigerd(router, 'sessie.aanmelden', { gebruiker: BEKEND.gebruiker, wachtwoord: 'fout-wachtwoord-voor-proef' }, 'ONJUISTE_AANMELDING');
    await new Promise((r) => setTimeout(r, 1100)); // the throttle's one second
    await aanmeldenAls(router, BEKEND.gebruiker);
    await ok(router, 'partners.lijst', {});
    const bestanden = (await fs.readdir(map)).sort();
    // anker.asc: the signed audit head written at every lock (ADR 0011).
    expect(bestanden).toEqual(['aanmeldpogingen.json', ANKERBESTAND, DATABASEBESTAND, `${DATABASEBESTAND}-shm`, `${DATABASEBESTAND}-wal`, SLEUTELBESTAND].sort());
    for (const f of bestanden) expect(((await fs.stat(pad(f))).mode & 0o777).toString(8), f).toBe('600');
    expect(((await fs.stat(map)).mode & 0o777).toString(8)).toBe('700');
  });

  it('het sleutelbestand noemt geen gebruikersnaam', async () => {
    const tekst = await fs.readFile(pad(SLEUTELBESTAND), 'utf8');
    expect(tekst).not.toContain(BEKEND.gebruiker);
    expect(tekst).not.toContain(BEKEND.tweedeGebruiker);
    expect(tekst).not.toContain(sleutel.toString('hex'));
  });

  it('de slots van twee gebruikers openen met elk hun eigen wachtwoord hetzelfde bestand', async () => {
    const sb = await leesSleutelbestand(map);
    const a = await openSlot(sb, BEKEND.gebruiker, WACHTWOORD);
    const b = await openSlot(sb, BEKEND.tweedeGebruiker, ANDER_WACHTWOORD);
    expect(a.sleutels[0]!.sleutel.equals(sleutel)).toBe(true);
    expect(b.sleutels[0]!.sleutel.equals(sleutel)).toBe(true);
    for (const [naam, wachtwoord, rol] of [
      [BEKEND.tweedeGebruiker, ANDER_WACHTWOORD, 'zorgcoordinator'],
      [BEKEND.gebruiker, WACHTWOORD, 'ketenregisseur'],
    ] as const) {
      const sessie = await ok(router, 'sessie.aanmelden', { gebruiker: naam, wachtwoord });
      expect(sessie.gebruiker).toMatchObject({ naam, rol });
      expect(sessie.info?.naam).toBe(BEKEND.bestandsnaam);
    }
  });

  it('met een andere sleutel gaat het bestand niet open — niet in SQLCipher, niet als gewone SQLite', async () => {
    await expect(openMetSleutel(pad(DATABASEBESTAND), crypto.randomBytes(32), { alleenLezen: true })).rejects.toThrow(/not a database/);
    const gewoon = new Database(pad(DATABASEBESTAND), { readonly: true, fileMustExist: true });
    try {
      expect(() => gewoon.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    } finally {
      gewoon.close();
    }
    // Control: the right key opens it.
    const v = await openMetSleutel(pad(DATABASEBESTAND), sleutel, { alleenLezen: true });
    expect(await v.get('SELECT naam FROM gebruikers WHERE naam = ?', [BEKEND.gebruiker])).toEqual({ naam: BEKEND.gebruiker });
    await v.sluiten();
  });

  it('na vergrendelen is de WAL leeg en staat nog steeds nergens iets leesbaar', async () => {
    await ok(router, 'sessie.vergrendelen', {});
    const bestanden = await ruweBestanden();
    expect(bestanden[`${DATABASEBESTAND}-wal`]?.length ?? 0).toBe(0);
    nietLeesbaarIn(bestanden);
  });
});
