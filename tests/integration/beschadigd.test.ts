/**
 * A damaged bestand (a bad sector, a stick pulled mid-write) says so (docs/ontwerp.md §5): every channel that
 * meets a damaged page answers BESTAND_BESCHADIGD ("herstel uit een backup") instead of a generic
 * error; `bestand.controleren` runs SQLCipher's and SQLite's own checks and names the damage; and
 * unlocking a damaged bestand writes nothing — not even `laatst_aangemeld` — before it refuses.
 * The damage is real: bytes overwritten in the middle of one encrypted page of a closed file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND } from '../../electron/backend/bestand/bestand';
import { aanroeper, bestandMaken, geweigerd, mapAfdruk, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';
import { PAGINAGROOTTE } from '../fixtures/sqlcipher-paginas';

describe('een beschadigd bestand', () => {
  let werk: string;
  let map: string;
  let router: Router;
  /** The root page of each table, where SQLite starts every read of it. */
  let wortels: Record<string, number>;

  beforeEach(async () => {
    werk = await tijdelijkeMap('beschadigd');
    map = path.join(werk, 'centraal');
    const eerste = maakRouter({ werkmap: werk });
    await bestandMaken(eerste, { map: 'centraal' });
    const politie = await partnerId(eerste, 'POLITIE');
    await aanroeper(eerste)('signalen.opslaan', {
      formulier: {
        datumTijd: '2026-10-01T10:00',
        melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
        bron: { naam: 'Synthetische Bron', partnerId: politie, telefoon: '088 000 00 00' },
        slachtoffer: { naam: 'Zwaantje Kwikstaartjes', geboortedatum: '1999-04-12' },
        samenvatting: 'Synthetisch signaal met een herkenbare samenvatting Kwikstaartjes.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 1,
        indicatoren: [],
        delen: 'identificeerbaar',
      },
      indienen: true,
    });
    const rijen = await eerste.sessie.aangemeld().v.all<{ name: string; rootpage: number }>("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'");
    wortels = Object.fromEntries(rijen.map((r) => [r.name, r.rootpage]));
    await eerste.afsluiten();
    router = maakRouter({ werkmap: werk });
  });
  afterEach(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  /** Overwrites 64 bytes in the middle of the root page of `tabel` in the closed file; returns its number. */
  async function beschadig(tabel: string): Promise<number> {
    const dbPad = path.join(map, DATABASEBESTAND);
    const nummer = wortels[tabel]!;
    expect(nummer, `geen tabel ${tabel}`).toBeGreaterThan(1);
    const bytes = await fs.readFile(dbPad);
    const midden = (nummer - 1) * PAGINAGROOTTE + PAGINAGROOTTE / 2;
    bytes.fill(0x5a, midden, midden + 64);
    await fs.writeFile(dbPad, bytes);
    return nummer;
  }

  const aanmelden = async () => {
    await ok(router, 'bestand.openen', { map: 'centraal' });
    return router.aanroepen('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  };

  it('een kanaal dat een beschadigde pagina leest: BESTAND_BESCHADIGD met "herstel uit een backup"', async () => {
    await beschadig('signalen');
    expect((await aanmelden()).ok).toBe(true);
    const fout = await geweigerd(router, 'signalen.lijst', {}, 'BESTAND_BESCHADIGD');
    expect(fout.melding).toMatch(/herstel .*uit een backup/i);
    // A backup of it fails for the same reason, not as a write error on the stick.
    const stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
    await geweigerd(router, 'beheer.backupMaken', { doelmap: stick }, 'BESTAND_BESCHADIGD');
    expect(await fs.readdir(stick)).toEqual([]);
  });

  it('bestand.controleren noemt de schade; op een heel bestand meldt het dat alles klopt', async () => {
    expect((await aanmelden()).ok).toBe(true);
    const heel = await ok(router, 'bestand.controleren', {});
    expect(heel).toMatchObject({ heel: true, paginas: [], integriteit: [], verwijzingen: [] });
    await router.afsluiten();

    const pagina = await beschadig('signalen');
    router = maakRouter({ werkmap: werk });
    expect((await aanmelden()).ok).toBe(true);
    const kapot = await ok(router, 'bestand.controleren', {});
    expect(kapot.heel).toBe(false);
    expect(kapot.paginas).toContain(pagina);
    expect(kapot.integriteit.length).toBeGreaterThan(0);
  });

  it('ketenbestand controleren: de schade op stdout, BESTAND_BESCHADIGD op stderr en afsluitcode 1', async () => {
    const pagina = await beschadig('signalen');
    const uitvoer = await promisify(execFile)(process.execPath, [path.resolve('bin/ketenbestand.mjs'), 'controleren', '--json', '--bestand', map, '--gebruiker', 'regisseur'], {
      env: { ...process.env, KETENBESTAND_WACHTWOORD: WACHTWOORD },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(uitvoer.code).toBe(1);
    expect(uitvoer.stderr).toMatch(/^BESTAND_BESCHADIGD: .*backup/);
    expect(JSON.parse(uitvoer.stdout)).toMatchObject({ heel: false, paginas: [pagina] });
  });

  it('controleren mogen de ketenregisseur, de beheerder en de privacy-medewerker (art. 12.22); een bewerker niet (art. 15.3)', async () => {
    expect((await aanmelden()).ok).toBe(true);
    for (const [naam, rol] of [['beheer', 'beheerder'], ['privacy', 'privacy-medewerker'], ['bewerker', 'bewerker']] as const) {
      await ok(router, 'gebruikers.toevoegen', { naam, weergavenaam: naam, rol, wachtwoord: WACHTWOORD });
    }
    for (const naam of ['beheer', 'privacy']) {
      await ok(router, 'sessie.aanmelden', { gebruiker: naam, wachtwoord: WACHTWOORD });
      expect((await ok(router, 'bestand.controleren', {})).heel).toBe(true);
    }
    await ok(router, 'sessie.aanmelden', { gebruiker: 'bewerker', wachtwoord: WACHTWOORD });
    await geweigerd(router, 'bestand.controleren', {}, 'GEEN_TOEGANG');
  });

  it('aanmelden op een bestand waarvan het auditlog beschadigd is: BESTAND_BESCHADIGD, en er is niets geschreven', async () => {
    await beschadig('audit');
    const voor = await mapAfdruk(map);
    const tijden = await fs.stat(path.join(map, DATABASEBESTAND));
    const r = await aanmelden();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fout.code).toBe('BESTAND_BESCHADIGD');
    await router.afsluiten();
    expect(await mapAfdruk(map)).toEqual(voor);
    expect((await fs.stat(path.join(map, DATABASEBESTAND))).mtimeMs).toBe(tijden.mtimeMs);
  });
});
