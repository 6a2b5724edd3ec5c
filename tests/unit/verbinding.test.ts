/**
 * The promise face on SQLCipher (docs/ontwerp.md §4): every write goes through one serialising transaction
 * helper, and bulk work uses multi-row statements in one transaction.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as wachten } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { meerdereRijenInvoegen, type SqlWaarde, type Verbinding } from '../../electron/backend/bestand/verbinding';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';

describe('verbinding', () => {
  let werk: string;
  let v: Verbinding;
  const sleutel = crypto.randomBytes(32);
  const inhoud = async () => (await v.all<{ w: string }>('SELECT w FROM t ORDER BY id')).map((r) => r.w);
  const cache = async () => (await v.get<{ cache_size: number }>('PRAGMA cache_size'))!.cache_size;

  beforeAll(async () => {
    werk = await tijdelijkeMap('verbinding');
    v = await openMetSleutel(path.join(werk, 'v.db'), sleutel);
    await v.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, w TEXT NOT NULL, n INTEGER, b BLOB)');
  });
  beforeEach(async () => {
    await v.exec('DELETE FROM t');
  });
  afterAll(async () => {
    await v?.sluiten();
    await opruimen(werk);
  });

  it('twee transacties tegelijk lopen na elkaar, nooit door elkaar', async () => {
    const schrijf = (naam: string) =>
      v.transactie(async () => {
        await v.run('INSERT INTO t (w) VALUES (?)', [`${naam}1`]);
        await wachten(15);
        await v.run('INSERT INTO t (w) VALUES (?)', [`${naam}2`]);
      });
    await Promise.all([schrijf('a'), schrijf('b'), schrijf('c')]);
    expect(await inhoud()).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
  });

  it('een transactie binnen de eigen transactie loopt gewoon mee; een fout rolt alles terug en de wachtrij gaat door', async () => {
    await expect(
      v.transactie(async () => {
        await v.run("INSERT INTO t (w) VALUES ('buiten')");
        await v.transactie(() => v.run("INSERT INTO t (w) VALUES ('binnen')"));
        expect(await inhoud()).toEqual(['buiten', 'binnen']);
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await inhoud()).toEqual([]);
    await v.transactie(() => v.run("INSERT INTO t (w) VALUES ('daarna')"));
    expect(await inhoud()).toEqual(['daarna']);
  });

  it.each([1, 999, 1_000, 25_001])('meerdereRijenInvoegen schrijft %i rijen in volgorde, ook over de grens van één statement heen', async (aantal) => {
    const rijen: SqlWaarde[][] = Array.from({ length: aantal }, (_, i) => [`rij-${i}`, i, i % 2 ? Buffer.from([i & 0xff]) : null]);
    await v.transactie(() => meerdereRijenInvoegen(v, 't', ['w', 'n', 'b'], rijen));
    const uit = await v.all<{ w: string; n: number; b: Buffer | null }>('SELECT w, n, b FROM t ORDER BY id');
    expect(uit).toHaveLength(aantal);
    expect(uit[aantal - 1]).toEqual({ w: `rij-${aantal - 1}`, n: aantal - 1, b: (aantal - 1) % 2 ? Buffer.from([(aantal - 1) & 0xff]) : null });
    expect(uit.every((r, i) => r.n === i)).toBe(true);
  });

  it('een voorbereid statement draait vele keren met andere parameters, op elke driver (ADR 0013)', async () => {
    const invoegen = await v.voorbereiden('INSERT INTO t (w, n) VALUES (?, ?)');
    const lezen = await v.voorbereiden('SELECT w FROM t WHERE n = ?');
    try {
      await v.transactie(async () => {
        for (let i = 0; i < 50; i++) expect((await invoegen.run([`rij-${i}`, i])).changes).toBe(1);
      });
      expect(await lezen.all([7])).toEqual([{ w: 'rij-7' }]);
      expect(await lezen.all([49])).toEqual([{ w: 'rij-49' }]);
      await expect(invoegen.run([null, 1])).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    } finally {
      await invoegen.sluiten();
      await lezen.sluiten();
    }
    expect(await inhoud()).toHaveLength(50);
  });

  it('de grote cache voor bulkwerk wordt daarna teruggezet, ook als het invoegen mislukt', async () => {
    await v.exec('PRAGMA cache_size = -3000');
    const rijen: SqlWaarde[][] = Array.from({ length: 5_000 }, (_, i) => [`rij-${i}`]);
    await v.transactie(() => meerdereRijenInvoegen(v, 't', ['w'], rijen));
    expect(await cache()).toBe(-3000);
    rijen[4_000] = [null]; // NOT NULL: the statement with this row fails
    await expect(v.transactie(() => meerdereRijenInvoegen(v, 't', ['w'], rijen))).rejects.toThrow(/NOT NULL/);
    expect(await cache()).toBe(-3000);
    expect(await v.get('SELECT count(*) AS n FROM t')).toEqual({ n: 5_000 }); // the failed batch left nothing
  });

  it('een bulk-invoer die vroeg mislukt laat niets achter: geen run die nog in de rij stond schrijft na de rollback (ADR 0048)', async () => {
    const rijen: SqlWaarde[][] = Array.from({ length: 25_000 }, (_, i) => [`rij-${i}`]);
    rijen[10] = [null]; // the first statement fails; on the asynchronous driver more are queued behind it
    await expect(v.transactie(() => meerdereRijenInvoegen(v, 't', ['w'], rijen))).rejects.toThrow(/NOT NULL/);
    await wachten(50);
    expect(await v.get('SELECT count(*) AS n FROM t')).toEqual({ n: 0 });
    await v.transactie(() => meerdereRijenInvoegen(v, 't', ['w'], rijen.slice(11)));
    expect(await v.get('SELECT count(*) AS n FROM t')).toEqual({ n: 25_000 - 11 });
  });

  it('een grote transactie schrijft onder het terugroljournaal en zet het bestand daarna terug in WAL (ADR 0050)', async () => {
    const modus = async () => (await v.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode;
    expect(await modus()).toBe('wal');
    let binnen = '';
    await v.transactie(async () => {
      await meerdereRijenInvoegen(v, 't', ['w', 'n'], Array.from({ length: 3000 }, (_, i): SqlWaarde[] => [`r${i}`, i]));
      binnen = await modus();
    }, { groot: true });
    expect(binnen).toBe('delete');
    expect(await modus()).toBe('wal');
    expect((await v.get<{ n: number }>('SELECT count(*) AS n FROM t'))!.n).toBe(3000);
    expect((await fs.readdir(werk)).filter((f) => f.endsWith('-journal'))).toEqual([]);

    // A failure rolls the whole transaction back and still leaves the file in WAL mode.
    await expect(v.transactie(async () => {
      await v.run("INSERT INTO t (w) VALUES ('weg')");
      await v.run('INSERT INTO t (w) VALUES (NULL)');
    }, { groot: true })).rejects.toThrow(/NOT NULL/);
    expect(await modus()).toBe('wal');
    expect((await v.get<{ n: number }>("SELECT count(*) AS n FROM t WHERE w = 'weg'"))!.n).toBe(0);

    // Nested in another transaction it is part of that one, in WAL mode.
    await v.transactie(() => v.transactie(async () => {
      binnen = await modus();
    }, { groot: true }));
    expect(binnen).toBe('wal');
  });

  it('een grote transactie terwijl een tweede verbinding het bestand open heeft loopt gewoon in WAL (ADR 0050)', async () => {
    const tweede = await openMetSleutel(path.join(werk, 'v.db'), sleutel);
    try {
      await tweede.get('SELECT count(*) FROM t');
      let binnen = '';
      await v.transactie(async () => {
        await v.run("INSERT INTO t (w) VALUES ('met tweede')");
        binnen = (await v.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode;
      }, { groot: true });
      expect(binnen).toBe('wal');
      expect(await tweede.get<{ w: string }>("SELECT w FROM t WHERE w = 'met tweede'")).toEqual({ w: 'met tweede' });
    } finally {
      await tweede.sluiten();
    }
  });

  it('een transactie met alleen auditregels of zonder gewijzigde rij laat de stand staan; elke andere schrijfactie verzet hem (ADR 0046, 0047)', async () => {
    const stand0 = await v.stand();
    expect(stand0).not.toBeNull();
    // Stands in for the audit log: alleenAudit does not look at the table, the caller vouches for it.
    const rij = () => v.run('INSERT INTO t (w) VALUES (?)', ['audit']);
    expect(await v.alleenAudit(async () => ({ uitkomst: 'hash', rijen: (await rij()).changes }))).toBe('hash');
    expect(await v.stand()).toBe(stand0);
    // Nested in another transaction it is that transaction's write, and that one moves the stand.
    await v.transactie(() => v.alleenAudit(async () => ({ uitkomst: 1, rijen: (await rij()).changes })));
    const stand1 = await v.stand();
    expect(stand1).not.toBe(stand0);
    // An ordinary transaction that changes no row leaves it too (ADR 0047): the start page's analysis sweep
    // with nothing to do, which made the next search rebuild the redactor over every person.
    await v.transactie(async () => {
      await v.run("UPDATE t SET w = 'x' WHERE w = 'bestaat niet'");
    });
    expect(await v.stand()).toBe(stand1);
    // One that changes a row moves it, and so does one rolled back (its rows are gone, the count may be not).
    await v.transactie(() => v.run('INSERT INTO t (w) VALUES (?)', ['nieuw']));
    const stand2 = await v.stand();
    expect(stand2).not.toBe(stand1);
    await expect(
      v.transactie(async () => {
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await v.stand()).not.toBe(stand2);
    await v.run('UPDATE t SET w = ? WHERE w = ?', ['gewijzigd', 'audit']);
    expect(await v.stand()).not.toBe(stand2);
    // A failed audit transaction is rolled back and moves the stand, as any ending transaction does.
    const stand3 = await v.stand();
    await expect(v.alleenAudit(async () => ({ uitkomst: 0, rijen: (await v.run('INSERT INTO t (w) VALUES (NULL)')).changes }))).rejects.toThrow(/NOT NULL/);
    expect(await v.stand()).not.toBe(stand3);
  });
});
