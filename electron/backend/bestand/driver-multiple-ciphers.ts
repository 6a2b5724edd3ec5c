/**
 * better-sqlite3-multiple-ciphers: SQLite3 Multiple Ciphers in its SQLCipher-4 mode (`cipher =
 * 'sqlcipher'`, `legacy = 4`), so it reads and writes the same files as Zetetic's SQLCipher (ADR 0013).
 * Synchronous: each call holds the event loop until SQLite returns. Prebuilt binaries for Windows,
 * macOS and Linux, for Node and Electron. Where it differs from SQLCipher, this file makes up for it:
 * no crash-safe rekey in place (nor any in WAL mode), no sqlcipher_export(), no cipher_integrity_check.
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
    const maak = (pad: string, alleenLezen: boolean): RuweDatabase =>
      new Database(pad, { readonly: alleenLezen, fileMustExist: alleenLezen, timeout: 1000, ...(binding ? { nativeBinding: binding } : {}) });
    // A copy left by a rekey that a crash cut off (see rekey below): never the bestand itself, so it goes.
    if (!opties.alleenLezen) restantWissen(kopiePad(bestandspad));
    return new MultipleCiphersDriver(maak(bestandspad, Boolean(opties.alleenLezen)), bestandspad, maak);
  });
}

/** Where a rekey writes its copy: beside the bestand, so the rename over it stays on one file system. */
const kopiePad = (bestandspad: string) => `${bestandspad}-rekey`;

/** Overwrites a file with zeros before unlinking it, so its (encrypted) pages do not linger under an old key. */
function overschrijven(fd: number): void {
  const grootte = fs.fstatSync(fd).size;
  const nullen = Buffer.alloc(1 << 20);
  for (let plek = 0; plek < grootte; plek += nullen.length) fs.writeSync(fd, nullen, 0, Math.min(nullen.length, grootte - plek), plek);
  fs.fsyncSync(fd);
}

function restantWissen(pad: string): void {
  for (const p of [pad, `${pad}-journal`]) {
    if (!fs.existsSync(p)) continue;
    const fd = fs.openSync(p, 'r+');
    try {
      overschrijven(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.rmSync(p, { force: true });
  }
}

function mapSynchroniseren(map: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a folder for this; NTFS journals the rename
  const fd = fs.openSync(map, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The connection settings a reopen must carry over (bestand.ts openMetSleutel sets them). */
const INSTELLINGEN = ['temp_store', 'foreign_keys', 'secure_delete', 'cache_size'] as const;

class MultipleCiphersDriver implements Driver {
  readonly naam = 'multiple-ciphers' as const;
  /** Kept for the page check only (SQLite3 Multiple Ciphers has none); wiped at close and rekey. */
  private sleutel: Buffer | null = null;

  constructor(
    private db: RuweDatabase,
    private readonly pad: string,
    private readonly maak: (pad: string, alleenLezen: boolean) => RuweDatabase,
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

  herhaald(sql: string, reeksen: Iterable<SqlWaarde[]>): Promise<void> {
    return asynchroon(() => {
      const st = this.db.prepare(sql);
      for (const params of reeksen) st.run(params);
    });
  }

  rijenPerStatement(): number {
    // Synchronous: no round-trip to save, and SQLite compiles a one-row INSERT's program once and
    // reruns it cheaper than a many-row one (bench/bulk-ab.ts: 1.3× against 1.5× better-sqlite3; ADR 0048).
    return 1;
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
   * Not `PRAGMA rekey` on the bestand itself: SQLite3 Multiple Ciphers refuses it in WAL mode, and under a
   * rollback journal it is not crash-safe. Its rekey draws a new random salt, and page 1 (which carries
   * the salt in the clear) is written into the file before the commit, while the journal holds the old
   * pages under the old key. SQLCipher derives the HMAC key from key and salt, so after a crash in that
   * stretch the old key meets the new salt and the new key meets the old journal: the hot journal can be
   * rolled back under neither, and the file opens under neither (measured, ADR 0013).
   * So the new key goes onto a copy: VACUUM INTO a file beside the bestand, rekey that (a crash there
   * harms only the copy, which the next open wipes), fsync, then one atomic rename over the bestand. At
   * any crash the bestand is the old file under the old key or the new file under the new key.
   */
  async rekey(sleutel: Buffer): Promise<void> {
    const kopie = kopiePad(this.pad);
    const huidig = this.sleutel;
    if (!huidig) throw new Error('rekey: het bestand is nog niet met een sleutel geopend');
    await asynchroon(() => {
      const instellingen = INSTELLINGEN.map((naam) => [naam, this.db.pragma(naam, { simple: true }) as number] as const);
      const wal = this.db.pragma('journal_mode', { simple: true }) === 'wal';
      // Everything committed goes home first, so the -wal holds nothing the copy would miss or the new file could replay.
      if (wal) {
        const uit = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
        if (uit[0]?.busy) throw new Error('SQLITE_BUSY: rekey: een andere verbinding houdt de WAL vast');
      }
      restantWissen(kopie);
      this.db.prepare('VACUUM INTO ?').run(kopie);
      const nieuw = this.maak(kopie, false);
      try {
        nieuw.exec(SQLCIPHER4);
        nieuw.exec(`PRAGMA key = ${sleutelTekst(huidig)}`);
        nieuw.pragma('journal_mode = OFF'); // a crash here harms only the copy
        nieuw.exec(`PRAGMA rekey = ${sleutelTekst(sleutel)}`);
        nieuw.prepare('SELECT count(*) FROM sqlite_master').get(); // the copy opens under the new key
      } finally {
        nieuw.close();
      }
      const fd = fs.openSync(kopie, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      this.db.close();
      // The checkpoint emptied the -wal; closing the last connection removed it. Whatever is left
      // (an empty -wal, the -shm) belongs to the old file and must not meet the new one.
      for (const p of [`${this.pad}-wal`, `${this.pad}-shm`]) fs.rmSync(p, { force: true });
      // Held open over the rename, so the old file's pages can be overwritten once it has no name.
      const oud = fs.openSync(this.pad, 'r+');
      let overschreven = false;
      try {
        fs.renameSync(kopie, this.pad);
        mapSynchroniseren(path.dirname(this.pad));
        overschrijven(oud);
        overschreven = true;
      } catch (err) {
        // Windows may refuse to replace a file that is still open; then it is replaced after closing,
        // without the overwrite (ADR 0013, downsides). Any other error is a real one.
        if (!['EPERM', 'EACCES', 'EBUSY'].includes(String((err as { code?: unknown }).code))) throw err;
      } finally {
        fs.closeSync(oud);
      }
      if (!overschreven && fs.existsSync(kopie)) fs.renameSync(kopie, this.pad);
      this.db = this.maak(this.pad, false);
      this.db.exec(SQLCIPHER4);
      this.db.exec(`PRAGMA key = ${sleutelTekst(sleutel)}`);
      for (const [naam, waarde] of instellingen) this.db.pragma(`${naam} = ${Number(waarde)}`);
      if (wal) this.db.pragma('journal_mode = WAL');
    });
    this.sleutelBewaren(sleutel);
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
