/**
 * ADR 0013: two storage drivers, one file format. @journeyapps/sqlcipher (macOS, Linux) and
 * better-sqlite3-multiple-ciphers (Windows, and Linux when the first is missing) must write the same
 * SQLCipher 4 file, so that a bestand, its backup and a rekeyed bestand move between workstations of
 * one region whatever they run (art. 16.2: the data stay available to the partners that need them).
 * Every step below runs through the app's own channels; only the driver under them changes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { driverVoorkeur, type DriverNaam } from '../../electron/backend/bestand/driver';
import { Verbinding } from '../../electron/backend/bestand/verbinding';
import { bestandMaken, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';
import { databaseOntsleutelen, kopKlopt, paginasMet } from '../fixtures/sqlcipher-paginas';

const EERSTE = 'Wobbe Tweedriver-Proef';
const TWEEDE = 'Aaltje Andersom-Proef';
const DERDE = 'Gerlof Na-de-Rekey';

const oorspronkelijk = process.env.KETENBESTAND_DRIVER;
/** On Windows only one driver is installed (ADR 0013); there is nothing to compare it with. */
const beideDrivers = (() => {
  try {
    createRequire(import.meta.url)('@journeyapps/sqlcipher');
    return true;
  } catch {
    return false;
  }
})();
/** Under the test runner KETENBESTAND_DRIVER picks the driver for every file opened after this. */
function metDriver(naam: DriverNaam): void {
  process.env.KETENBESTAND_DRIVER = naam;
}

describe('opslagdriver: dit testproject draait op de driver die het noemt', () => {
  it('een geopend bestand meldt de driver van dit project (of van dit platform zonder keuze)', async () => {
    const werk = await tijdelijkeMap('driver-project');
    try {
      const v = await openMetSleutel(path.join(werk, 'x.db'), crypto.randomBytes(32));
      expect(v.driver).toBe(oorspronkelijk ?? driverVoorkeur()[0]);
      await v.sluiten();
    } finally {
      await opruimen(werk);
    }
  });
});

describe.skipIf(!beideDrivers).each<[DriverNaam, DriverNaam]>([
  ['sqlcipher', 'multiple-ciphers'],
  ['multiple-ciphers', 'sqlcipher'],
])('een bestand geschreven met %s opent met %s, en andersom', (a, b) => {
  let werk: string;
  let router: Router;
  let map: string;
  let backupVanB: string;
  let backupVanA: string;

  const contactpersonen = async () => (await ok(router, 'partners.detail', { id: await partnerId(router, 'POLITIE') })).contactpersonen.map((c) => c.naam).sort();
  const toevoegen = async (naam: string) => ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'POLITIE'), naam });
  const aanmelden = async (m: string, driver: DriverNaam) => {
    metDriver(driver);
    await ok(router, 'bestand.openen', { map: m });
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    expect(router.sessie.open!.v.driver).toBe(driver);
  };
  /** What a careful beheerder checks after moving a bestand: pages, structure, references, audit chain. */
  const heel = async () => {
    expect(await ok(router, 'bestand.controleren', {})).toMatchObject({ heel: true, paginas: [], integriteit: [], verwijzingen: [] });
    expect(await ok(router, 'audit.verifieren', {})).toMatchObject({ geldig: true, eersteFout: null });
  };

  beforeAll(async () => {
    werk = await tijdelijkeMap(`driver-${a}-${b}`);
    router = maakRouter({ werkmap: werk });
    metDriver(a);
    map = (await bestandMaken(router, { map: 'bestand' })).map;
    expect(router.sessie.open!.v.driver).toBe(a);
    await toevoegen(EERSTE);
    backupVanA = (await ok(router, 'beheer.backupMaken', { doelmap: werk })).map;
    await ok(router, 'sessie.sluiten', {});
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
    if (oorspronkelijk === undefined) delete process.env.KETENBESTAND_DRIVER;
    else process.env.KETENBESTAND_DRIVER = oorspronkelijk;
  });

  it(`${b} opent het bestand van ${a}, leest het, schrijft erin, vervangt de sleutel en maakt een backup`, async () => {
    await aanmelden(map, b);
    expect(await contactpersonen()).toEqual([EERSTE]);
    await heel();
    await toevoegen(TWEEDE);
    await ok(router, 'beheer.sleutelVervangen', {});
    await toevoegen(DERDE);
    await heel();
    const stick = path.join(werk, 'stick-b');
    await fs.mkdir(stick);
    backupVanB = (await ok(router, 'beheer.backupMaken', { doelmap: stick })).map;
    await ok(router, 'sessie.sluiten', {});
  });

  it(`${a} opent daarna wat ${b} schreef, ook na diens rekey`, async () => {
    await aanmelden(map, a);
    expect(await contactpersonen()).toEqual([EERSTE, TWEEDE, DERDE].sort());
    await heel();
    const { regels } = await ok(router, 'audit.lijst', { actie: 'sleutel.vervangen' });
    expect(regels).toHaveLength(1);
    await ok(router, 'sessie.sluiten', {});
  });

  it(`de backup van ${b} wordt met ${a} teruggezet en geopend`, async () => {
    metDriver(a);
    const terug = path.join(werk, 'terug-van-b');
    await ok(router, 'bestand.herstellen', { bron: backupVanB, map: terug, gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    await aanmelden(terug, a);
    expect(await contactpersonen()).toEqual([EERSTE, TWEEDE, DERDE].sort());
    await heel();
    await ok(router, 'sessie.sluiten', {});
  });

  it(`de backup van ${a} wordt met ${b} teruggezet en geopend`, async () => {
    metDriver(b);
    const terug = path.join(werk, 'terug-van-a');
    await ok(router, 'bestand.herstellen', { bron: backupVanA, map: terug, gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    await aanmelden(terug, b);
    expect(await contactpersonen()).toEqual([EERSTE]);
    await heel();
    await ok(router, 'sessie.sluiten', {});
  });
});

describe.skipIf(!beideDrivers)('opslagdriver: hetzelfde SQLCipher 4-formaat en dezelfde instellingen op beide drivers', () => {
  let werk: string;
  beforeAll(async () => {
    werk = await tijdelijkeMap('driver-formaat');
  });
  afterAll(() => opruimen(werk));

  it.each<DriverNaam>(['sqlcipher', 'multiple-ciphers'])('%s: pagina’s van 4096 bytes met 80 gereserveerd (IV + HMAC-SHA512), AES-256-CBC onder de ruwe sleutel; WAL, secure_delete en foreign keys aan', async (driver) => {
    const sleutel = crypto.randomBytes(32);
    const pad = path.join(werk, `${driver}.db`);
    metDriver(driver);
    try {
      const v = await openMetSleutel(pad, sleutel);
      expect(v.driver).toBe(driver);
      await v.exec("CREATE TABLE t (w TEXT); INSERT INTO t VALUES ('Sjoukje Formaat-Proef')");
      // SQLCipher answers page_size as its cipher_page_size, in text; compared as numbers.
      const pragma = async (naam: string) => { const w = Object.values((await v.get(`PRAGMA ${naam}`))!)[0]; return typeof w === 'string' && /^\d+$/.test(w) ? Number(w) : w; };
      expect(await pragma('page_size')).toBe(4096);
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('secure_delete')).toBe(1);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('temp_store')).toBe(2); // MEMORY: no plaintext temp files
      await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      await v.sluiten();
    } finally {
      if (oorspronkelijk === undefined) delete process.env.KETENBESTAND_DRIVER;
      else metDriver(oorspronkelijk as DriverNaam);
    }
    const ruw = await fs.readFile(pad);
    expect(ruw.includes(Buffer.from('Sjoukje'))).toBe(false);
    // The forensic reader of tests/fixtures (AES-256-CBC per page, no SQLite) reads both drivers' files.
    const paginas = databaseOntsleutelen(ruw, sleutel);
    expect(kopKlopt(paginas[0]!)).toBe(true);
    expect(paginasMet(paginas, 'Sjoukje Formaat-Proef')).not.toEqual([]);
  });

  it('de paginacontrole vindt op beide drivers dezelfde beschadigde pagina', async () => {
    const sleutel = crypto.randomBytes(32);
    const pad = path.join(werk, 'kapot.db');
    const v = await Verbinding.openen(pad, {}, 'sqlcipher');
    await v.sleutelen(sleutel);
    await v.exec('CREATE TABLE t (w TEXT)');
    await v.transactie(async () => {
      for (let i = 0; i < 500; i++) await v.run('INSERT INTO t VALUES (?)', [`rij ${i} `.repeat(10)]);
    });
    await v.sluiten();
    const bytes = await fs.readFile(pad);
    bytes[4096 * 3 + 200]! ^= 0x01; // page 4
    await fs.writeFile(pad, bytes);
    for (const driver of ['sqlcipher', 'multiple-ciphers'] as const) {
      const w = await Verbinding.openen(pad, { alleenLezen: true }, driver);
      await w.sleutelen(sleutel);
      expect(await w.paginasControleren(), driver).toEqual({ paginas: [4], meldingen: [] });
      await w.sluiten();
    }
  });
});
