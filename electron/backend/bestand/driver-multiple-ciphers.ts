/**
 * better-sqlite3-multiple-ciphers: SQLite3 Multiple Ciphers in its SQLCipher-4 mode (`cipher =
 * 'sqlcipher'`, `legacy = 4`), so it reads and writes the same files as Zetetic's SQLCipher (ADR 0013).
 * Synchronous: each call holds the event loop until SQLite returns. Prebuilt binaries for Windows,
 * macOS and Linux, for Node and Electron. Where it differs from SQLCipher, this file makes up for it:
 * no rekey in WAL mode, no sqlcipher_export(), no cipher_integrity_check.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { driverFout, type Driver, type DriverStatement, type OpenOpties, type SqlWaarde } from './driver';
import { hmacFoutePaginas } from './paginacontrole';

type Module = typeof import('better-sqlite3-multiple-ciphers');
type RuweDatabase = InstanceType<Module>;
type RuwStatement = ReturnType<RuweDatabase['prepare']>;

const PAKKET = 'better-sqlite3-multiple-ciphers';
let geladen: Module | undefined;

function laden(): Module {
  geladen ??= createRequire(import.meta.url)(PAKKET) as Module;
  return geladen;
}

/**
 * Inside Electron in development the binding for Electron's ABI lives in native/electron (docs/ontwerp.md §8),
 * like the other driver's; packaged, electron-builder rebuilt the one in node_modules.
 */
function electronBinding(): string | undefined {
  if (!(process.versions as Record<string, string | undefined>).electron || !process.env.KETENBESTAND_NATIVE_DIR) return undefined;
  const kandidaat = path.join(process.env.KETENBESTAND_NATIVE_DIR, PAKKET, 'build', 'Release', 'better_sqlite3.node');
  return fs.existsSync(kandidaat) ? kandidaat : undefined;
}

const sleutelTekst = (sleutel: Buffer) => `"x'${sleutel.toString('hex')}'"`;

/** SQLCipher 4's own defaults, named: the same file format as @journeyapps/sqlcipher writes. */
const SQLCIPHER4 = "PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4";

/** A synchronous call as a promise, with errors in the shape of the other driver's. */
function asynchroon<T>(werk: () => T): Promise<T> {
  try {
    return Promise.resolve(werk());
  } catch (err) {
    return Promise.reject(driverFout(err));
  }
}

export function openMultipleCiphers(bestandspad: string, opties: OpenOpties): Promise<Driver> {
  return asynchroon(() => {
    const Database = laden();
    const binding = electronBinding();
    // node-sqlite3 (the other driver) waits 1 s on a locked file; the same here, so both behave alike.
    const db = new Database(bestandspad, { readonly: Boolean(opties.alleenLezen), fileMustExist: Boolean(opties.alleenLezen), timeout: 1000, ...(binding ? { nativeBinding: binding } : {}) });
    return new MultipleCiphersDriver(db, bestandspad);
  });
}

class MultipleCiphersDriver implements Driver {
  readonly naam = 'multiple-ciphers' as const;
  /** Kept for the page check only (SQLite3 Multiple Ciphers has none); wiped at close and rekey. */
  private sleutel: Buffer | null = null;

  constructor(
    private readonly db: RuweDatabase,
    private readonly pad: string,
  ) {}

  exec(sql: string): Promise<void> {
    return asynchroon(() => void this.db.exec(sql));
  }

  run(sql: string, params: SqlWaarde[]): Promise<{ lastID: number; changes: number }> {
    return asynchroon(() => uitvoeren(this.db.prepare(sql), params));
  }

  all<T>(sql: string, params: SqlWaarde[]): Promise<T[]> {
    return asynchroon(() => rijen<T>(this.db.prepare(sql), params));
  }

  get<T>(sql: string, params: SqlWaarde[]): Promise<T | undefined> {
    return asynchroon(() => {
      const st = this.db.prepare(sql);
      if (st.reader) return st.get(params) as T | undefined;
      st.run(params);
      return undefined;
    });
  }

  voorbereiden(sql: string): Promise<DriverStatement> {
    return asynchroon(() => {
      const st = this.db.prepare(sql);
      return {
        run: (params: SqlWaarde[]) => asynchroon(() => uitvoeren(st, params)),
        all: <T>(params: SqlWaarde[]) => asynchroon(() => rijen<T>(st, params)),
        sluiten: () => Promise.resolve(), // better-sqlite3 finalizes statements when they are collected
      };
    });
  }

  async sleutelen(sleutel: Buffer): Promise<void> {
    await this.exec(SQLCIPHER4);
    await this.exec(`PRAGMA key = ${sleutelTekst(sleutel)}`);
    this.sleutelBewaren(sleutel);
  }

  /**
   * SQLite3 Multiple Ciphers refuses a rekey in WAL mode. The rekey runs under a rollback journal
   * instead (one transaction: a crash leaves the old or the new key, as in SQLCipher) and WAL comes back after.
   */
  async rekey(sleutel: Buffer): Promise<void> {
    const modus = (await this.get<{ journal_mode: string }>('PRAGMA journal_mode', []))?.journal_mode;
    if (modus === 'wal') await this.exec('PRAGMA journal_mode = DELETE');
    await this.exec(`PRAGMA rekey = ${sleutelTekst(sleutel)}`);
    this.sleutelBewaren(sleutel);
    if (modus === 'wal') await this.exec('PRAGMA journal_mode = WAL');
    // Measured (ADR 0013): after a rekey on a connection that once prepared `PRAGMA integrity_check`,
    // SQLite3 Multiple Ciphers leaves the b-tree marked as in a transaction, and the next
    // wal_checkpoint fails with SQLITE_LOCKED until a write transaction has run. An empty one clears it,
    // so the checkpoints that wipe deleted data (Bestand.sporenWissen) keep working.
    await this.exec('BEGIN IMMEDIATE; COMMIT');
  }

  /**
   * No sqlcipher_export() here; VACUUM INTO writes a compact copy with the main database's cipher and key
   * (the backup's key is the current one) and keeps user_version, as the export plus pragma does.
   */
  async kopieSchrijven(doelPad: string, sleutel: Buffer, gebruikersversie: number): Promise<void> {
    if (!this.sleutel || !this.sleutel.equals(sleutel)) throw new Error('kopieSchrijven: een kopie krijgt hier altijd de huidige sleutel');
    await asynchroon(() => this.db.prepare('VACUUM INTO ?').run(doelPad));
    const versie = (await this.get<{ user_version: number }>('PRAGMA user_version', []))?.user_version;
    if (versie !== gebruikersversie) throw new Error(`kopieSchrijven: schemaversie ${String(versie)} in plaats van ${gebruikersversie}`);
  }

  /** SQLCipher's cipher_integrity_check, done in JavaScript over the file itself (paginacontrole.ts). */
  async paginasControleren(): Promise<{ paginas: number[]; meldingen: string[] }> {
    if (!this.sleutel) return { paginas: [], meldingen: ['de paginacontrole heeft een geopend bestand met sleutel nodig'] };
    return hmacFoutePaginas(this.pad, this.sleutel);
  }

  async sluiten(): Promise<void> {
    await asynchroon(() => this.db.close());
    this.sleutel?.fill(0);
    this.sleutel = null;
  }

  private sleutelBewaren(sleutel: Buffer): void {
    this.sleutel?.fill(0);
    this.sleutel = Buffer.from(sleutel);
  }
}

function uitvoeren(st: RuwStatement, params: SqlWaarde[]): { lastID: number; changes: number } {
  const uit = st.run(params);
  return { lastID: Number(uit.lastInsertRowid), changes: uit.changes };
}

function rijen<T>(st: RuwStatement, params: SqlWaarde[]): T[] {
  if (st.reader) return st.all(params) as T[];
  st.run(params);
  return [];
}
