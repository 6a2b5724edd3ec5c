import { AsyncLocalStorage } from 'node:async_hooks';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { driverVoorkeur, type Driver, type DriverNaam, type DriverStatement, type OpenOpties, type SqlWaarde } from './driver';
import { openMultipleCiphers } from './driver-multiple-ciphers';
import { openSqlcipher } from './driver-sqlcipher';

export type { SqlWaarde } from './driver';
export type Rij = Record<string, unknown>;
export type { DriverNaam };

const OPENERS: Record<DriverNaam, (pad: string, opties: OpenOpties) => Promise<Driver>> = {
  sqlcipher: openSqlcipher,
  'multiple-ciphers': openMultipleCiphers,
};

/** The binding is missing or built for another runtime: the next driver in line may take over. */
function nietTeLaden(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === 'MODULE_NOT_FOUND' || e?.code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|invalid ELF|dlopen|Could not locate the bindings file/.test(String(e?.message ?? ''));
}

/** The first driver of the preference that loaded, so later opens do not try a missing one again. */
let gekozen: DriverNaam | undefined;

/**
 * A promise face on the storage driver (ADR 0013: @journeyapps/sqlcipher or better-sqlite3-multiple-ciphers,
 * the same SQLCipher 4 file either way). All writes go through `transactie`, which runs one at a time
 * (docs/ontwerp.md §4), so two API calls can never interleave inside one BEGIN…COMMIT.
 */
export class Verbinding {
  private wachtrij: Promise<unknown> = Promise.resolve();
  /** Marks the async flow that holds the open transaction, so only it may nest. */
  private readonly binnenTransactie = new AsyncLocalStorage<true>();
  /** Transactions begun and ended on this connection: a read cache keys on them (`stand`). */
  private begonnen = 0;
  private beeindigd = 0;
  /**
   * Of those, the ones that wrote only the audit log (`alleenAudit`), and the rows they wrote: `stand`
   * leaves both out, so an audit row alone does not make derived reads stale (ADR 0046).
   */
  private auditTransacties = 0;
  private auditRijen = 0;

  private constructor(private readonly db: Driver) {}

  /** Opens a file with the driver of this platform; `driver` only for tests that compare the two. */
  static async openen(bestandspad: string, opties: OpenOpties = {}, driver?: DriverNaam): Promise<Verbinding> {
    if (driver) return new Verbinding(await OPENERS[driver](bestandspad, opties));
    const voorkeur = driverVoorkeur();
    if (gekozen && voorkeur.includes(gekozen)) voorkeur.splice(0, voorkeur.length, gekozen);
    for (const [i, naam] of voorkeur.entries()) {
      try {
        const db = await OPENERS[naam](bestandspad, opties);
        gekozen = naam;
        return new Verbinding(db);
      } catch (err) {
        if (i === voorkeur.length - 1 || !nietTeLaden(err)) throw err;
      }
    }
    throw new Error('geen opslagdriver'); // unreachable: the preference is never empty
  }

  /** Which driver this connection runs on; for diagnostics and tests, never for behaviour above this file. */
  get driver(): DriverNaam {
    return this.db.naam;
  }

  exec(sql: string): Promise<void> {
    return this.db.exec(sql);
  }

  run(sql: string, params: SqlWaarde[] = []): Promise<{ lastID: number; changes: number }> {
    return this.db.run(sql, params);
  }

  all<T = Rij>(sql: string, params: SqlWaarde[] = []): Promise<T[]> {
    return this.db.all<T>(sql, params);
  }

  get<T = Rij>(sql: string, params: SqlWaarde[] = []): Promise<T | undefined> {
    return this.db.get<T>(sql, params);
  }

  /** A statement to run many times with other parameters; the caller closes it (`sluiten`). */
  voorbereiden(sql: string): Promise<DriverStatement> {
    return this.db.voorbereiden(sql);
  }

  /** The raw 32-byte key as `x'…'`, in SQLCipher 4's format on both drivers. */
  sleutelen(sleutel: Buffer): Promise<void> {
    return this.db.sleutelen(sleutel);
  }

  /** Re-encrypts the whole file under `sleutel` (one transaction; a crash leaves the old or the new key). */
  rekey(sleutel: Buffer): Promise<void> {
    return this.db.rekey(sleutel);
  }

  /** A compact encrypted copy under the current key `sleutel`, with schema version `gebruikersversie`. */
  kopieSchrijven(doelPad: string, sleutel: Buffer, gebruikersversie: number): Promise<void> {
    return this.db.kopieSchrijven(doelPad, sleutel, gebruikersversie);
  }

  /** SQLCipher's page HMAC check: pages changed outside SQLCipher (a bad sector, a broken copy). */
  paginasControleren(): Promise<{ paginas: number[]; meldingen: string[] }> {
    return this.db.paginasControleren();
  }

  /**
   * Runs one statement once per parameter list, compiled once (bulk insert, ADR 0016): a statement
   * compiled anew per call cost more than the rows it wrote. Stops at the first error. How the runs
   * reach the binding is the driver's business (ADR 0048).
   */
  herhaald(sql: string, reeksen: Iterable<SqlWaarde[]>): Promise<void> {
    return this.db.herhaald(sql, reeksen);
  }

  /** Rows per INSERT for a bulk insert into a table of `kolommen` columns, as suits this driver. */
  rijenPerStatement(kolommen: number): number {
    return this.db.rijenPerStatement(kolommen);
  }

  /**
   * Runs `werk` inside BEGIN IMMEDIATE … COMMIT, queued behind every other transaction. `groot`: the caller
   * writes tens of MiB at once (a bulk import), which runs under the rollback journal (`naarTerugroljournaal`).
   */
  transactie<T>(werk: () => Promise<T>, opties: { groot?: boolean } = {}): Promise<T> {
    if (this.binnenTransactie.getStore()) return werk(); // nested in our own flow's transaction
    return this.inWachtrij(async () => ({ uitkomst: await werk(), auditRijen: undefined }), false, opties.groot);
  }

  /**
   * A transaction that writes only audit rows (`bestand/audit.ts`); `werk` says how many rows it wrote (the
   * driver's `changes`). When it commits on its own, `stand` does not move for it: every search writes an
   * audit row, and the caches keyed on `stand` (the list's count, the redactor over every person, the short
   * summaries) would otherwise be rebuilt for every search — seconds at 100,000 signals (ADR 0046). Nested
   * in another transaction it is part of that one, which moves `stand` as any write does.
   */
  alleenAudit<T>(werk: () => Promise<{ uitkomst: T; rijen: number }>): Promise<T> {
    if (this.binnenTransactie.getStore()) return werk().then((w) => w.uitkomst);
    return this.inWachtrij(async () => {
      const w = await werk();
      return { uitkomst: w.uitkomst, auditRijen: w.rijen };
    }, true);
  }

  private inWachtrij<T>(werk: () => Promise<{ uitkomst: T; auditRijen: number | undefined }>, alleenAudit = false, groot = false): Promise<T> {
    const volgende = this.wachtrij.then(() =>
      this.binnenTransactie.run(true, async () => {
        const terug = groot && (await this.naarTerugroljournaal());
        this.begonnen += 1;
        let auditRijen: number | undefined;
        try {
          await this.exec('BEGIN IMMEDIATE');
          try {
            // An audit-only transaction says what it wrote; any other is counted before and after.
            const voor = alleenAudit ? Number.NaN : await this.wijzigingen();
            const w = await werk();
            // A transaction that changed no row (the start page's analysis sweep with nothing to do) is left
            // out of `stand` like an audit-only one: committed, it left the data as it was (ADR 0047, addendum).
            const niets = !alleenAudit && (await this.wijzigingen()) === voor;
            await this.exec('COMMIT');
            auditRijen = niets ? 0 : w.auditRijen;
            return w.uitkomst;
          } catch (err) {
            await this.exec('ROLLBACK').catch(() => undefined);
            throw err;
          }
        } finally {
          // In one synchronous step, so `stand` never sees the end counted without the audit share.
          this.beeindigd += 1;
          if (auditRijen !== undefined) {
            this.auditTransacties += 1;
            this.auditRijen += auditRijen;
          }
          if (terug) await this.naarWal();
        }
      }),
    );
    this.wachtrij = volgende.catch(() => undefined);
    return volgende;
  }

  /**
   * Puts a file in WAL mode under the rollback journal for one large transaction (ADR 0050). In WAL mode
   * every page of a bulk import is encrypted, written to the WAL and then copied into the file by the
   * checkpoint; under the rollback journal the new pages are written once and only pages that existed
   * before go to the journal (SQLite's own advice for transactions of this size). The switch needs the
   * connection to itself: while another connection or a running read holds the file, SQLite refuses and
   * the transaction runs in WAL mode as any other. A crash inside it leaves a hot journal, which the next
   * read-write open rolls back; `openMetSleutel` then sets WAL again. If the way back to WAL is refused
   * (the same cause, just after), the file stays under the rollback journal — as safe, only without
   * readers beside a writer — until the next open sets WAL.
   */
  private async naarTerugroljournaal(): Promise<boolean> {
    if ((await this.journaalmodus()) !== 'wal') return false;
    return (await this.journaalmodus('DELETE')) === 'delete';
  }

  /** Back to WAL after a large transaction. */
  private async naarWal(): Promise<void> {
    await this.journaalmodus('WAL');
  }

  /** The journal mode, after setting `modus`: still the old one when SQLite could not switch. */
  private async journaalmodus(modus?: 'DELETE' | 'WAL'): Promise<string | undefined> {
    const r = await this.get<{ journal_mode: string }>(modus ? `PRAGMA journal_mode = ${modus}` : 'PRAGMA journal_mode').catch(() => undefined);
    return r?.journal_mode;
  }

  /** Rows written by this connection so far (SQLite's `total_changes()`, trigger writes included). */
  private async wijzigingen(): Promise<number> {
    // No answer counts as a change (NaN equals nothing), never as "nothing changed".
    return (await this.get<{ n: number }>('SELECT total_changes() AS n'))?.n ?? Number.NaN;
  }

  /**
   * Like `transactie`, but never nested: queued behind every transaction even when called from code
   * that runs inside one (a timer set there inherits its async context). For reads that must see only
   * committed rows, such as the audit head an anchor signs.
   */
  naTransacties<T>(werk: () => Promise<T>): Promise<T> {
    return this.binnenTransactie.exit(() => this.transactie(werk));
  }

  /**
   * `naTransacties` for work that writes only the audit chain's own bookkeeping (the anchor of the audit
   * head, ADR 0011): like `alleenAudit` it leaves `stand` alone, so an anchor made 30 s after a search does
   * not make the next search rebuild the redactor over every person (ADR 0047).
   */
  naTransactiesAlleenAudit<T>(werk: () => Promise<{ uitkomst: T; rijen: number }>): Promise<T> {
    return this.binnenTransactie.exit(() => this.alleenAudit(werk));
  }

  /**
   * Where the data of this connection stands, for a cache of derived reads (a count): changed by every
   * row this connection writes (`total_changes()`, rolled-back rows included), every commit of another
   * connection (`data_version`) and every transaction that ends here (a rollback restores rows without
   * changing either number). `null` while a transaction is open: its rows may yet be rolled back.
   * Transactions that wrote only audit rows (`alleenAudit`) are left out, rows and all: no derived read
   * depends on the audit log (ADR 0046); so are committed transactions that changed no row (ADR 0047).
   * What is subtracted is at most what they wrote, so the figure never goes back to an earlier value
   * while other data changed.
   */
  async stand(): Promise<string | null> {
    if (this.begonnen !== this.beeindigd) return null;
    const transacties = this.beeindigd;
    const auditTransacties = this.auditTransacties;
    const auditRijen = this.auditRijen;
    const r = await this.get<{ t: number; d: number }>('SELECT total_changes() AS t, data_version AS d FROM pragma_data_version');
    if (this.begonnen !== this.beeindigd || transacties !== this.beeindigd || !r) return null;
    return `${transacties - auditTransacties}:${r.t - auditRijen}:${r.d}`;
  }

  /** Waits for queued transactions, then closes. */
  async sluiten(): Promise<void> {
    await this.wachtrij;
    await this.db.sluiten();
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
  /** Only for bench/bulk-ab.ts, which compares the choices below. */
  keuze: { perStatement?: number } = {},
): Promise<void> {
  const perStatement = keuze.perStatement ?? v.rijenPerStatement(kolommen.length);
  const rijSjabloon = `(${kolommen.map(() => '?').join(',')})`;
  const sqlVoor = (n: number) => `INSERT INTO ${tabel} (${kolommen.join(',')}) VALUES ${Array.from({ length: n }, () => rijSjabloon).join(',')}`;
  // With the default 2 MiB cache a large insert spills pages before COMMIT, and under SQLCipher every
  // spilled page that is touched again is encrypted, written, read back and decrypted once more: that
  // doubled the time of a 100,000-row import (bench/run.ts). Keep them in memory while this insert runs.
  const groot = rijen.length >= BULK_VANAF_RIJEN;
  const vorige = groot ? (await v.get<{ cache_size: number }>('PRAGMA cache_size'))?.cache_size : undefined;
  if (groot) await v.exec(`PRAGMA cache_size = -${BULK_CACHE_KIB}`);
  try {
    const vol = Math.floor(rijen.length / perStatement) * perStatement;
    if (vol > 0) {
      const reeksen = perStatement === 1 ? rijen : (function* () {
        // A plain loop: slice().flat() cost ~100 ms per 100,000 rows on the main thread, the thread that
        // keeps the writes fed (ADR 0050).
        const breedte = kolommen.length;
        for (let i = 0; i < vol; i += perStatement) {
          const params = new Array<SqlWaarde>(perStatement * breedte);
          let k = 0;
          for (let r = i; r < i + perStatement; r++) {
            const rij = rijen[r]!;
            for (let c = 0; c < breedte; c++) params[k++] = rij[c]!;
          }
          yield params;
        }
      })();
      await v.herhaald(sqlVoor(perStatement), reeksen);
    }
    if (vol < rijen.length) await v.run(sqlVoor(rijen.length - vol), rijen.slice(vol).flat());
  } finally {
    if (vorige !== undefined) await v.exec(`PRAGMA cache_size = ${Math.trunc(vorige)}`);
  }
}
