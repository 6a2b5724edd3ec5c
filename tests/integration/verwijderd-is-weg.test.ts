/**
 * docs/ontwerp.md §5 (art. 16.7, 22.2, 22.5): a deleted name may not linger anywhere on disk.
 * The test reads the files as a forensic reader holding the key would: it decrypts every page of the
 * database and every frame of the WAL itself (AES-256-CBC, tests/fixtures/sqlcipher-paginas.ts) and
 * searches the plaintext, so neither SQLite nor SQLCipher can hide a leftover from it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { SLEUTELBESTAND } from '../../electron/backend/bestand/sleutelslots';
import { bestandMaken, ok, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';
import { databaseOntsleutelen, kopKlopt, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';

const TE_WISSEN = { naam: 'Zwaantje Brakkeveld', functie: 'Rechercheur mensenhandel', telefoon: '06 1234 5678', email: 'zwaantje.brakkeveld@politie.example' };
const TE_HOUDEN = { naam: 'Hubertina Olderaan', functie: 'Teamleider', telefoon: '', email: '' };
/** Fragments that only the deleted person's row holds. */
const SPOREN = ['Brakkeveld', 'brakkeveld', 'Zwaantje', '06 1234 5678'];

async function leesOfLeeg(pad: string): Promise<Buffer> {
  return fs.readFile(pad).catch(() => Buffer.alloc(0));
}

/** Decrypted pages of the database file and of its WAL, as they are on disk right now. */
async function ontsleuteld(map: string, sleutel: Buffer) {
  const db = databaseOntsleutelen(await fs.readFile(path.join(map, DATABASEBESTAND)), sleutel);
  const wal = walOntsleutelen(await leesOfLeeg(path.join(map, `${DATABASEBESTAND}-wal`)), sleutel);
  return { db, wal };
}

describe('verwijderd is weg: geen spoor van een verwijderde naam in de ontsleutelde pagina’s', () => {
  let werk: string;
  let router: Router;
  let map: string;
  let sleutel: Buffer;
  let politie: number;
  let controlekopie: string;

  beforeAll(async () => {
    werk = await tijdelijkeMap('verwijderd');
    router = maakRouter({ werkmap: werk });
    map = (await bestandMaken(router, { map: 'bestand' })).map;
    politie = await partnerId(router, 'POLITIE');
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: politie, ...TE_WISSEN });
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: politie, ...TE_HOUDEN });
    sleutel = router.sessie.open!.bestandssleutel();
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('controle: de eigen ontsleuteling leest echte pagina’s en vindt beide namen in de WAL', async () => {
    const { db, wal } = await ontsleuteld(map, sleutel);
    expect(kopKlopt(db[0]!)).toBe(true);
    expect(wal.length).toBeGreaterThan(0);
    expect(paginasMet(wal, TE_WISSEN.naam)).not.toEqual([]);
    expect(paginasMet(wal, TE_HOUDEN.naam)).not.toEqual([]);
  });

  it('controle: na een checkpoint staan beide namen ontsleuteld in het databasebestand', async () => {
    await router.sessie.open!.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const { db } = await ontsleuteld(map, sleutel);
    expect(paginasMet(db, TE_WISSEN.naam)).not.toEqual([]);
    expect(paginasMet(db, TE_HOUDEN.naam)).not.toEqual([]);
    // A copy of this state for the controls at the end, which delete without the safeguards.
    controlekopie = path.join(werk, 'controle');
    await fs.mkdir(controlekopie);
    for (const f of [DATABASEBESTAND, SLEUTELBESTAND]) await fs.copyFile(path.join(map, f), path.join(controlekopie, f));
  });

  it('art. 16.7: een via de API verwijderde contactpersoon staat in geen enkele pagina van database of WAL meer', async () => {
    const detail = await ok(router, 'partners.detail', { id: politie });
    const id = detail.contactpersonen.find((c) => c.naam === TE_WISSEN.naam)!.id;
    const na = await ok(router, 'partners.contactpersoonVerwijderen', { partnerId: politie, contactpersoonId: id });
    expect(na.contactpersonen.map((c) => c.naam)).toEqual([TE_HOUDEN.naam]);

    const { db, wal } = await ontsleuteld(map, sleutel);
    expect(paginasMet(db, TE_HOUDEN.naam), 'positieve controle: de bewaarde naam moet te vinden zijn').not.toEqual([]);
    for (const spoor of SPOREN) {
      expect(paginasMet(db, spoor), `"${spoor}" in bestand.db`).toEqual([]);
      expect(paginasMet(wal, spoor), `"${spoor}" in bestand.db-wal`).toEqual([]);
    }
    // The deletion path ends with a TRUNCATE checkpoint: not even stale frames are left in the WAL.
    expect((await leesOfLeeg(path.join(map, `${DATABASEBESTAND}-wal`))).length).toBe(0);
    // The shared-memory index holds no page content, but check it too: it is a file on disk.
    const shm = await leesOfLeeg(path.join(map, `${DATABASEBESTAND}-shm`));
    expect(shm.includes(Buffer.from('Brakkeveld'))).toBe(false);
  });

  it('het auditlog legt de verwijdering vast zonder de naam (de keten kan niet worden bewerkt)', async () => {
    const { regels } = await ok(router, 'audit.lijst', { actie: 'partner.contactpersoon' });
    expect(regels.map((r) => r.actie)).toEqual([
      'partner.contactpersoon-verwijderd',
      'partner.contactpersoon-toegevoegd',
      'partner.contactpersoon-toegevoegd',
    ]);
    expect(JSON.stringify(regels)).not.toMatch(/Brakkeveld|Olderaan/);
  });

  it('na vergrendelen blijft het spoor weg', async () => {
    await ok(router, 'sessie.vergrendelen', {});
    const { db, wal } = await ontsleuteld(map, sleutel);
    expect(paginasMet(db, TE_HOUDEN.naam)).not.toEqual([]);
    for (const spoor of SPOREN) expect(paginasMet([...db, ...wal], spoor)).toEqual([]);
  });

  it('controle: zonder secure_delete blijft de naam in de vrijgekomen ruimte van de pagina staan', async () => {
    const v = await openMetSleutel(path.join(controlekopie, DATABASEBESTAND), sleutel);
    await v.exec('PRAGMA secure_delete = OFF');
    await v.run('DELETE FROM partner_contactpersonen WHERE naam = ?', [TE_WISSEN.naam]);
    await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(await v.get('SELECT count(*) AS n FROM partner_contactpersonen WHERE naam = ?', [TE_WISSEN.naam])).toEqual({ n: 0 });
    await v.sluiten();
    const { db } = await ontsleuteld(controlekopie, sleutel);
    expect(paginasMet(db, TE_WISSEN.naam)).not.toEqual([]);
  });

  it('controle: met secure_delete maar zonder checkpoint staat de oude pagina nog in het databasebestand', async () => {
    const kopie = path.join(werk, 'controle-zonder-checkpoint');
    await fs.mkdir(kopie);
    for (const f of [DATABASEBESTAND, SLEUTELBESTAND]) await fs.copyFile(path.join(controlekopie, f), path.join(kopie, f));
    // Put the name back first (the copy above lost it), so this control starts from the same state.
    const v = await openMetSleutel(path.join(kopie, DATABASEBESTAND), sleutel);
    try {
      await v.run('INSERT INTO partner_contactpersonen (partner_id, naam) VALUES (?, ?)', [politie, TE_WISSEN.naam]);
      await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      await v.run('DELETE FROM partner_contactpersonen WHERE naam = ?', [TE_WISSEN.naam]);
      const { db, wal } = await ontsleuteld(kopie, sleutel); // read while open: no checkpoint yet
      expect(paginasMet(db, TE_WISSEN.naam)).not.toEqual([]);
      expect(paginasMet(wal, TE_WISSEN.naam)).toEqual([]); // the new page version itself is wiped
    } finally {
      await v.sluiten();
    }
  });
});
