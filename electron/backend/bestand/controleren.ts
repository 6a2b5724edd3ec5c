/**
 * `bestand.controleren` (docs/ontwerp.md §5): the checks SQLCipher and SQLite have themselves — every page's
 * HMAC (`cipher_integrity_check`, or its equivalent on the other driver: Verbinding.paginasControleren), the b-tree structure (`integrity_check`) and the references
 * between tables (`foreign_key_check`) — so that damage is named before it is met halfway through
 * work, and the beheerder knows to restore from a backup. Reads only; the messages hold page
 * numbers, table and index names, never content.
 */
import type { Verbinding } from './verbinding';

export interface Controle {
  heel: boolean;
  /** Pages whose HMAC does not match: changed outside SQLCipher (a bad sector, a broken copy). */
  paginas: number[];
  /** What `integrity_check` reports (SQLite's own English words), at most the first 100. */
  integriteit: string[];
  /** Rows that point to a row that is not there. */
  verwijzingen: Array<{ tabel: string; rij: number | null; verwijstNaar: string }>;
}

const MAX_MELDINGEN = 100;

/** A check that cannot even run (its own read hits a damaged page) is reported as damage, not thrown. */
async function rijenOfMelding<T>(v: Verbinding, sql: string): Promise<{ rijen: T[]; melding?: string }> {
  try {
    return { rijen: await v.all<T>(sql) };
  } catch (err) {
    return { rijen: [], melding: `${sql} kon niet worden uitgevoerd: ${(err as Error).message.replace(/^SQLITE_\w+: /, '')}` };
  }
}

export async function bestandControleren(v: Verbinding): Promise<Controle> {
  const paginas = new Set<number>();
  const integriteit: string[] = [];

  try {
    const hmac = await v.paginasControleren();
    for (const p of hmac.paginas) paginas.add(p);
    integriteit.push(...hmac.meldingen);
  } catch (err) {
    integriteit.push(`De paginacontrole kon niet worden uitgevoerd: ${(err as Error).message.replace(/^SQLITE_\w+: /, '')}`);
  }

  const structuur = await rijenOfMelding<Record<string, unknown>>(v, `PRAGMA integrity_check(${MAX_MELDINGEN})`);
  for (const rij of structuur.rijen) {
    const tekst = String(Object.values(rij)[0] ?? '');
    if (tekst !== 'ok') integriteit.push(tekst);
  }
  if (structuur.melding) integriteit.push(structuur.melding);

  const sleutels = await rijenOfMelding<{ table: string; rowid: number | null; parent: string }>(v, 'PRAGMA foreign_key_check');
  const verwijzingen = sleutels.rijen.slice(0, MAX_MELDINGEN).map((r) => ({ tabel: r.table, rij: r.rowid, verwijstNaar: r.parent }));
  if (sleutels.melding) integriteit.push(sleutels.melding);

  return {
    heel: paginas.size === 0 && integriteit.length === 0 && verwijzingen.length === 0,
    paginas: [...paginas].sort((a, b) => a - b),
    integriteit: integriteit.slice(0, MAX_MELDINGEN),
    verwijzingen,
  };
}

/** SQLCipher's page check alone, for a quick answer: true when a page is damaged or the check cannot run at all. */
export function paginasBeschadigd(v: Verbinding): Promise<boolean> {
  return v.paginasControleren().then((r) => r.paginas.length + r.meldingen.length > 0, () => true);
}
