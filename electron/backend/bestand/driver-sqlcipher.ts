/**
 * @journeyapps/sqlcipher: Zetetic's SQLCipher 4 behind node-sqlite3's asynchronous API (work runs on
 * libuv's thread pool, so the event loop stays free). macOS and Linux only (ADR 0013).
 */
import type { Driver, DriverStatement, OpenOpties, SqlWaarde } from './driver';
import { laadSqlcipher } from './sqlcipher';

type RuweDatabase = InstanceType<ReturnType<typeof laadSqlcipher>['Database']>;
type RuwStatement = ReturnType<RuweDatabase['prepare']>;
type Klaar = (err: Error | null) => void;

/** Statement runs queued at once by `herhaald`; bounds the converted parameters held in memory. */
const VENSTER = 16;

const sleutelTekst = (sleutel: Buffer) => `"x'${sleutel.toString('hex')}'"`;

export function openSqlcipher(bestandspad: string, opties: OpenOpties): Promise<Driver> {
  const sq = laadSqlcipher();
  const modus = opties.alleenLezen ? sq.OPEN_READONLY : sq.OPEN_READWRITE | sq.OPEN_CREATE;
  return new Promise((resolve, reject) => {
    const db: RuweDatabase = new sq.Database(bestandspad, modus, (err: Error | null) => (err ? reject(err) : resolve(new SqlcipherDriver(db))));
  });
}

class SqlcipherDriver implements Driver {
  readonly naam = 'sqlcipher' as const;
  constructor(private readonly db: RuweDatabase) {}

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, ((err) => (err ? reject(err) : resolve())) as Klaar));
  }

  run(sql: string, params: SqlWaarde[]): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) =>
      this.db.run(sql, params, function (this: { lastID: number; changes: number }, err: Error | null) {
        if (err) reject(err);
        else resolve({ lastID: this.lastID, changes: this.changes });
      }),
    );
  }

  all<T>(sql: string, params: SqlWaarde[]): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))));
  }

  get<T>(sql: string, params: SqlWaarde[]): Promise<T | undefined> {
    return new Promise((resolve, reject) => this.db.get(sql, params, (err: Error | null, row: T | undefined) => (err ? reject(err) : resolve(row))));
  }

  voorbereiden(sql: string): Promise<DriverStatement> {
    return new Promise((resolve, reject) => {
      const st: RuwStatement = this.db.prepare(sql, ((err) => (err ? reject(err) : resolve(statement(st)))) as Klaar);
    });
  }

  /**
   * Keeps up to VENSTER runs queued on the statement, so the main thread converts the next parameters
   * while a pool thread writes the previous rows: awaited one by one, the two took turns (ADR 0048).
   * node-sqlite3 runs a statement's queue in order, so the rows land in order.
   */
  async herhaald(sql: string, reeksen: Iterable<SqlWaarde[]>): Promise<void> {
    const st = await this.voorbereiden(sql);
    const onderweg: Promise<unknown>[] = [];
    try {
      for (const params of reeksen) {
        onderweg.push(st.run(params));
        if (onderweg.length >= VENSTER) await onderweg.shift();
      }
      await Promise.all(onderweg);
    } catch (err) {
      // A transaction rolls back after this rejects: no queued run may still write into it then.
      await Promise.allSettled(onderweg);
      throw err;
    } finally {
      await st.sluiten();
    }
  }

  rijenPerStatement(kolommen: number): number {
    // A few hundred rows per statement: one statement of 30,000 parameters compiled per call made this
    // binding 1.9× better-sqlite3, one row per statement paid a round-trip per row (ADR 0016, 0030).
    return Math.max(1, Math.floor(2_000 / kolommen));
  }

  async sleutelen(sleutel: Buffer): Promise<void> {
    // SQLCipher logs every failed HMAC to stderr; a wrong key is answered by the caller instead.
    await this.exec('PRAGMA cipher_log_level = NONE');
    await this.exec(`PRAGMA key = ${sleutelTekst(sleutel)}`);
  }

  rekey(sleutel: Buffer): Promise<void> {
    return this.exec(`PRAGMA rekey = ${sleutelTekst(sleutel)}`);
  }

  async kopieSchrijven(doelPad: string, sleutel: Buffer, gebruikersversie: number): Promise<void> {
    await this.run(`ATTACH DATABASE ? AS kopie KEY ${sleutelTekst(sleutel)}`, [doelPad]);
    try {
      await this.all("SELECT sqlcipher_export('kopie')", []);
      await this.exec(`PRAGMA kopie.user_version = ${Math.trunc(gebruikersversie)}`);
    } finally {
      await this.exec('DETACH DATABASE kopie');
    }
  }

  async paginasControleren(): Promise<{ paginas: number[]; meldingen: string[] }> {
    const paginas: number[] = [];
    const meldingen: string[] = [];
    for (const rij of await this.all<Record<string, unknown>>('PRAGMA cipher_integrity_check', [])) {
      const tekst = String(Object.values(rij)[0] ?? '');
      const m = /page (\d+)/i.exec(tekst);
      if (m) paginas.push(Number(m[1]));
      else meldingen.push(tekst);
    }
    return { paginas, meldingen };
  }

  sluiten(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close(((err) => (err ? reject(err) : resolve())) as Klaar));
  }
}

function statement(st: RuwStatement): DriverStatement {
  return {
    run: (params) =>
      new Promise((resolve, reject) =>
        st.run(params, function (this: { lastID: number; changes: number }, err: Error | null) {
          if (err) reject(err);
          else resolve({ lastID: this.lastID, changes: this.changes });
        }),
      ),
    all: <T>(params: SqlWaarde[]) => new Promise<T[]>((resolve, reject) => st.all(params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)))),
    sluiten: () => new Promise<void>((resolve) => st.finalize(() => resolve())),
  };
}
