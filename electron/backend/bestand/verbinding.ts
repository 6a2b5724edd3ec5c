import { AsyncLocalStorage } from 'node:async_hooks';
import { KetenFout } from '../../../shared/fouten';
import { melding } from '../../../shared/meldingen';
import { laadSqlcipher } from './sqlcipher';

export type SqlWaarde = string | number | bigint | Buffer | null;
export type Rij = Record<string, unknown>;

type RuweDatabase = InstanceType<ReturnType<typeof laadSqlcipher>['Database']>;

/**
 * A promise face on the asynchronous SQLCipher binding. All writes go through `transactie`, which
 * runs one at a time (docs/ontwerp.md §4), so two API calls can never interleave inside one BEGIN…COMMIT.
 */
export class Verbinding {
  private wachtrij: Promise<unknown> = Promise.resolve();
  /** Marks the async flow that holds the open transaction, so only it may nest. */
  private readonly binnenTransactie = new AsyncLocalStorage<true>();

  private constructor(private readonly db: RuweDatabase) {}

  static openen(bestandspad: string, opties: { alleenLezen?: boolean } = {}): Promise<Verbinding> {
    const sq = laadSqlcipher();
    const modus = opties.alleenLezen ? sq.OPEN_READONLY : sq.OPEN_READWRITE | sq.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const db: RuweDatabase = new sq.Database(bestandspad, modus, (err: Error | null) => {
        if (err) reject(err);
        else resolve(new Verbinding(db));
      });
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err: Error | null) => (err ? reject(err) : resolve())));
  }

  run(sql: string, params: SqlWaarde[] = []): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, function (this: { lastID: number; changes: number }, err: Error | null) {
        if (err) reject(err);
        else resolve({ lastID: this.lastID, changes: this.changes });
      }),
    );
  }

  all<T = Rij>(sql: string, params: SqlWaarde[] = []): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.db.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))),
    );
  }

  async get<T = Rij>(sql: string, params: SqlWaarde[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) =>
      this.db.get(sql, params, (err: Error | null, row: T | undefined) => (err ? reject(err) : resolve(row))),
    );
  }

  /** Runs `werk` inside BEGIN IMMEDIATE … COMMIT, queued behind every other transaction. */
  transactie<T>(werk: () => Promise<T>): Promise<T> {
    if (this.binnenTransactie.getStore()) return werk(); // nested in our own flow's transaction
    const volgende = this.wachtrij.then(() =>
      this.binnenTransactie.run(true, async () => {
        await this.exec('BEGIN IMMEDIATE');
        try {
          const uitkomst = await werk();
          await this.exec('COMMIT');
          return uitkomst;
        } catch (err) {
          await this.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    );
    this.wachtrij = volgende.catch(() => undefined);
    return volgende;
  }

  /**
   * Like `transactie`, but never nested: queued behind every transaction even when called from code
   * that runs inside one (a timer set there inherits its async context). For reads that must see only
   * committed rows, such as the audit head an anchor signs.
   */
  naTransacties<T>(werk: () => Promise<T>): Promise<T> {
    return this.binnenTransactie.exit(() => this.transactie(werk));
  }

  /** Waits for queued transactions, then closes. */
  async sluiten(): Promise<void> {
    await this.wachtrij;
    await new Promise<void>((resolve, reject) => this.db.close((err: Error | null) => (err ? reject(err) : resolve())));
  }
}

/**
 * A damaged page: SQLite's own corruption codes, or SQLCipher's HMAC check failing on a page that was
 * changed outside it. SQLCipher's codec then hands SQLite no page, which SQLite's pager reports as
 * SQLITE_NOMEM in some paths (sqlcipher_export, foreign_key_check after a bad page) — on a machine
 * with memory to spare that is damage too. The user's only remedy is a backup; a generic "something
 * went wrong" would hide that.
 */
export function isBeschadigd(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_NOMEM';
}

export function beschadigdFout(): KetenFout {
  return new KetenFout(
    'BESTAND_BESCHADIGD',
    melding('bestand.beschadigd'),
  );
}

/** From this many rows on, a bulk insert gets the large page cache below. */
const BULK_VANAF_RIJEN = 1_000;
/** 64 MiB, in the KiB that a negative `cache_size` means; enough for 100,000 signals with their indexes. */
const BULK_CACHE_KIB = 64 * 1024;

/** Inserts many rows with multi-row statements (docs/ontwerp.md §4: bulk work in few statements). */
export async function meerdereRijenInvoegen(
  v: Verbinding,
  tabel: string,
  kolommen: readonly string[],
  rijen: readonly SqlWaarde[][],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / kolommen.length));
  const rijSjabloon = `(${kolommen.map(() => '?').join(',')})`;
  // With the default 2 MiB cache a large insert spills pages before COMMIT, and under SQLCipher every
  // spilled page that is touched again is encrypted, written, read back and decrypted once more: that
  // doubled the time of a 100,000-row import (bench/run.ts). Keep them in memory while this insert runs.
  const groot = rijen.length >= BULK_VANAF_RIJEN;
  const vorige = groot ? (await v.get<{ cache_size: number }>('PRAGMA cache_size'))?.cache_size : undefined;
  if (groot) await v.exec(`PRAGMA cache_size = -${BULK_CACHE_KIB}`);
  try {
    for (let i = 0; i < rijen.length; i += perStatement) {
      const deel = rijen.slice(i, i + perStatement);
      const sql = `INSERT INTO ${tabel} (${kolommen.join(',')}) VALUES ${deel.map(() => rijSjabloon).join(',')}`;
      await v.run(sql, deel.flat());
    }
  } finally {
    if (vorige !== undefined) await v.exec(`PRAGMA cache_size = ${Math.trunc(vorige)}`);
  }
}
