/**
 * A key replacement cut off at its most fragile moment (docs/ontwerp.md §5, ADR 0011, ADR 0013): the
 * first moment the file on disk starts to change. The crash-safe key replacement (sleutelwissel.ts)
 * rests on one promise of the driver: after a crash the file opens under the old key or the new one.
 * If it opened under neither, the bestand would be lost to every partner (art. 16.2: the data stay
 * available to those who need them). The crash test of an account removal (verwijderen-onderbroken)
 * kills at random moments and so hits this stretch only now and then; this one aims at it: a child
 * rekeys a large file and is killed as soon as the file's first 16 bytes (SQLCipher's salt, in the
 * clear) differ from before.
 */
import crypto from 'node:crypto';
import fssync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverVoorkeur } from '../../electron/backend/bestand/driver';
import { Verbinding } from '../../electron/backend/bestand/verbinding';
import { kindDodenWanneer } from '../fixtures/kind-doden';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const KIND = path.resolve(__dirname, '../fixtures/rekey-kind.ts');
const RIJEN = 400;
const DRIVER = driverVoorkeur()[0]!;

function kop(pad: string): Buffer {
  const fd = fssync.openSync(pad, 'r');
  try {
    const b = Buffer.alloc(16);
    fssync.readSync(fd, b, 0, 16, 0);
    return b;
  } finally {
    fssync.closeSync(fd);
  }
}

/** Runs the rekey in a child; kills it the moment the file's salt changes. Says whether it was killed. */
function rekeyTotDeKopVerandert(pad: string, oud: Buffer, nieuw: Buffer): Promise<boolean> {
  const voor = kop(pad);
  return kindDodenWanneer(KIND, [pad, DRIVER, oud.toString('hex'), nieuw.toString('hex')], () => !kop(pad).equals(voor));
}

async function telRijen(pad: string, sleutel: Buffer): Promise<number | null> {
  const v = await Verbinding.openen(pad, {}, DRIVER);
  try {
    await v.sleutelen(sleutel);
    return (await v.get<{ n: number }>('SELECT count(*) AS n FROM proef_vulling'))?.n ?? null;
  } catch {
    return null;
  } finally {
    await v.sluiten();
  }
}

describe(`art. 16.2 — een onderbroken sleutelwissel laat een leesbaar bestand na (driver ${DRIVER})`, () => {
  let map: string;
  const oud = crypto.randomBytes(32);
  const nieuw = crypto.randomBytes(32);

  beforeAll(async () => {
    map = await tijdelijkeMap('rekey-onderbroken');
    const v = await Verbinding.openen(path.join(map, 'proef.db'), {}, DRIVER);
    await v.sleutelen(oud);
    await v.exec('PRAGMA journal_mode = WAL');
    await v.exec('CREATE TABLE proef_vulling (x BLOB)');
    // Synthetic filler only, so that writing every page under the new key takes a noticeable time.
    await v.transactie(async () => {
      for (let i = 0; i < RIJEN; i++) await v.run('INSERT INTO proef_vulling (x) VALUES (?)', [crypto.randomBytes(64 * 1024)]);
    });
    await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await v.sluiten();
  }, 120_000);
  afterAll(() => opruimen(map));

  it('gedood zodra het bestand begint te veranderen: het opent onder de oude of de nieuwe sleutel, met alle rijen', async () => {
    const pad = path.join(map, 'proef.db');
    await rekeyTotDeKopVerandert(pad, oud, nieuw);
    const onderOud = await telRijen(pad, oud);
    const onderNieuw = onderOud === null ? await telRijen(pad, nieuw) : null;
    expect(onderOud ?? onderNieuw).toBe(RIJEN);
    // What the crash left beside the file (a half-rekeyed copy) is gone after the next open.
    expect((await fs.readdir(map)).filter((f) => f.endsWith('-rekey'))).toEqual([]);
  });
});
