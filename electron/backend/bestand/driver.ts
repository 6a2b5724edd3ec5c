/**
 * The storage driver behind Verbinding (ADR 0013). Two bindings write the same SQLCipher 4 file:
 * @journeyapps/sqlcipher (Zetetic's SQLCipher, asynchronous; macOS and Linux only) and
 * better-sqlite3-multiple-ciphers (SQLite3 Multiple Ciphers in its SQLCipher-4 mode, synchronous;
 * binaries for Windows too). Only verbinding.ts uses this module; nothing above it knows which runs.
 */

/** A value SQLite binds or returns: the one parameter type of every driver and of Verbinding. */
export type SqlWaarde = string | number | bigint | Buffer | null;

export type DriverNaam = 'sqlcipher' | 'multiple-ciphers';
export const DRIVERS: readonly DriverNaam[] = ['sqlcipher', 'multiple-ciphers'];

/** One prepared statement, for callers that run the same SQL many times (bulk paths). */
export interface DriverStatement {
  run(params: SqlWaarde[]): Promise<{ lastID: number; changes: number }>;
  all<T>(params: SqlWaarde[]): Promise<T[]>;
  sluiten(): Promise<void>;
}

export interface Driver {
  readonly naam: DriverNaam;
  exec(sql: string): Promise<void>;
  run(sql: string, params: SqlWaarde[]): Promise<{ lastID: number; changes: number }>;
  all<T>(sql: string, params: SqlWaarde[]): Promise<T[]>;
  get<T>(sql: string, params: SqlWaarde[]): Promise<T | undefined>;
  voorbereiden(sql: string): Promise<DriverStatement>;
  /**
   * Runs one statement once per parameter list, compiled once (bulk insert), in the way that is fastest on
   * this binding; stops at the first error, with no run of the statement still under way when it rejects.
   */
  herhaald(sql: string, reeksen: Iterable<SqlWaarde[]>): Promise<void>;
  /**
   * How many rows one INSERT of a bulk insert should carry on this binding, for a table of `kolommen`
   * columns: the asynchronous binding pays a round-trip per statement, the synchronous one does not.
   */
  rijenPerStatement(kolommen: number): number;
  /** The raw key with the SQLCipher 4 settings (page 4096, HMAC-SHA512, KDF settings unused for a raw key). */
  sleutelen(sleutel: Buffer): Promise<void>;
  /** Re-encrypts every page under `sleutel`, in one transaction. */
  rekey(sleutel: Buffer): Promise<void>;
  /** A fresh, compact copy of the main database at `doelPad`, encrypted under `sleutel` (the current key). */
  kopieSchrijven(doelPad: string, sleutel: Buffer, gebruikersversie: number): Promise<void>;
  /** Numbers of the pages whose HMAC does not match, plus messages that name no page. */
  paginasControleren(): Promise<{ paginas: number[]; meldingen: string[] }>;
  sluiten(): Promise<void>;
}

export interface OpenOpties {
  alleenLezen?: boolean;
}

/**
 * Which driver runs: Windows has only better-sqlite3-multiple-ciphers (@journeyapps/sqlcipher 6 declares
 * os: darwin, linux); elsewhere Zetetic's SQLCipher, and the other one if that binding is not installed
 * (it is an optional dependency). Only under the test runner may KETENBESTAND_DRIVER pick one, so that
 * the storage tests run against both (vitest.config.ts); a user cannot switch drivers by environment.
 */
export function driverVoorkeur(): DriverNaam[] {
  const uitOmgeving = process.env.KETENBESTAND_DRIVER as DriverNaam | undefined;
  if (process.env.VITEST && uitOmgeving && DRIVERS.includes(uitOmgeving)) return [uitOmgeving];
  return process.platform === 'win32' ? ['multiple-ciphers'] : ['sqlcipher', 'multiple-ciphers'];
}

/** Driver errors in one shape: `code` is SQLite's primary code, the message starts with it. */
export function driverFout(err: unknown): Error {
  if (!(err instanceof Error)) return new Error(String(err));
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return err;
  const primair = code.split('_').slice(0, 2).join('_');
  if (err.message.startsWith(`${primair}: `) && code === primair) return err;
  const uit = new Error(`${primair}: ${err.message.replace(/^SQLITE_\w+: /, '')}`, { cause: err });
  (uit as Error & { code: string }).code = primair;
  return uit;
}
