/**
 * A large transaction cut off by a crash (ADR 0050). A bulk import runs under SQLite's rollback journal
 * instead of the WAL; a kill -9 in the middle leaves a hot journal beside the bestand, with the new pages
 * half written into the file itself. The next open by the app must roll all of it back (nothing
 * half-imported), find the file intact, and put it back in WAL mode, with no journal left beside it.
 * A child writes the transaction and is killed as soon as the file on disk starts to grow.
 */
import crypto from 'node:crypto';
import fssync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { driverVoorkeur } from '../../electron/backend/bestand/driver';
import { kindDodenWanneer } from '../fixtures/kind-doden';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const KIND = path.resolve(__dirname, '../fixtures/grote-transactie-kind.ts');
const DRIVER = driverVoorkeur()[0]!;
const BESTAAND = 40;

/** Runs the child; kills it once the file has grown by a MiB while its journal exists. Says what it saw. */
async function schrijvenTotHetBestandGroeit(pad: string, sleutel: Buffer): Promise<{ gedood: boolean; journaalNaDood: boolean }> {
  const begin = fssync.statSync(pad).size;
  const gedood = await kindDodenWanneer(KIND, [pad, DRIVER, sleutel.toString('hex')], () => fssync.existsSync(`${pad}-journal`) && fssync.statSync(pad).size > begin + 2 ** 20);
  return { gedood, journaalNaDood: gedood && fssync.existsSync(`${pad}-journal`) };
}

describe(`een grote transactie die wordt afgebroken laat niets half achter (ADR 0050, driver ${DRIVER})`, () => {
  let map: string;
  let pad: string;
  const sleutel = crypto.randomBytes(32);

  beforeAll(async () => {
    map = await tijdelijkeMap('grote-transactie');
    pad = path.join(map, 'proef.db');
    const v = await openMetSleutel(pad, sleutel);
    await v.exec('CREATE TABLE proef (id INTEGER PRIMARY KEY, w TEXT NOT NULL, x BLOB)');
    await v.transactie(async () => {
      for (let i = 0; i < BESTAAND; i++) await v.run("INSERT INTO proef (w, x) VALUES ('oud', ?)", [crypto.randomBytes(8 * 1024)]);
    });
    await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await v.sluiten();
  });
  afterAll(() => opruimen(map));

  it('gedood midden in de transactie: de volgende opening rolt alles terug, het bestand is heel en weer in WAL', async () => {
    const afloop = await schrijvenTotHetBestandGroeit(pad, sleutel);
    expect(afloop).toEqual({ gedood: true, journaalNaDood: true });

    const v = await openMetSleutel(pad, sleutel);
    try {
      expect(await v.all('SELECT w, count(*) AS n FROM proef GROUP BY w')).toEqual([{ w: 'oud', n: BESTAAND }]);
      expect(await v.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      expect(await v.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
      // A large transaction afterwards runs as before.
      await v.transactie(() => v.run("INSERT INTO proef (w) VALUES ('daarna')"), { groot: true });
      expect(await v.get("SELECT count(*) AS n FROM proef WHERE w = 'daarna'")).toEqual({ n: 1 });
    } finally {
      await v.sluiten();
    }
    expect((await fs.readdir(map)).filter((f) => f.endsWith('-journal'))).toEqual([]);
  });
});
