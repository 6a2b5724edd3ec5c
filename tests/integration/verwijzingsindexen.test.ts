/**
 * Every foreign key has an index that starts with its columns (migration 0490, ADR 0049). Without one, SQLite
 * looks for the children of a deleted row — ON DELETE CASCADE, SET NULL, or only the check that none are
 * left — by scanning the whole child table, once per deleted row: a purge of a dossier or the deletion of a
 * signal then reads every agenda item, every exchange record, … of the bestand. The same holds for lookups
 * on that column: the analysis sweep asked `agendapunten` for the decisions on a signal by a full scan per
 * signal. Checked on a real SQLCipher bestand with every migration applied, on both profiles' schemas.
 */
import { describe, expect, it } from 'vitest';
import type { Verbinding } from '../../electron/backend/bestand/verbinding';
import { centraalVoorAlle } from '../fixtures/omgeving';

interface Verwijzing {
  tabel: string;
  kolommen: string[];
  naar: string;
}

async function verwijzingen(v: Verbinding): Promise<Verwijzing[]> {
  const tabellen = await v.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  const uit: Verwijzing[] = [];
  for (const { name } of tabellen) {
    const fk = await v.all<{ id: number; seq: number; table: string; from: string }>(`SELECT * FROM pragma_foreign_key_list(?)`, [name]);
    for (const id of new Set(fk.map((f) => f.id))) {
      const delen = fk.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
      uit.push({ tabel: name, kolommen: delen.map((d) => d.from), naar: delen[0]!.table });
    }
  }
  return uit;
}

/** The leading columns of every index on `tabel`, the primary key included (a rowid alias counts as one). */
async function indexkoppen(v: Verbinding, tabel: string): Promise<string[][]> {
  const koppen: string[][] = [];
  for (const { name } of await v.all<{ name: string }>('SELECT name FROM pragma_index_list(?)', [tabel])) {
    koppen.push((await v.all<{ name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno', [name])).map((k) => k.name));
  }
  const rowid = await v.all<{ name: string; type: string; pk: number }>('SELECT name, type, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk', [tabel]);
  if (rowid.length === 1 && rowid[0]!.type.toUpperCase() === 'INTEGER') koppen.push([rowid[0]!.name]);
  return koppen;
}

describe('elke verwijzing heeft een index (migratie 0490)', () => {
  const o = centraalVoorAlle('verwijzingsindexen');

  it('geen vreemde sleutel zonder index die met zijn kolommen begint', async () => {
    const v = o.router.sessie.open!.v;
    const alle = await verwijzingen(v);
    expect(alle.length).toBeGreaterThan(40);
    const zonder: string[] = [];
    for (const f of alle) {
      const koppen = await indexkoppen(v, f.tabel);
      const gedekt = koppen.some((kop) => f.kolommen.every((k, i) => kop[i] === k));
      if (!gedekt) zonder.push(`${f.tabel}(${f.kolommen.join(', ')}) → ${f.naar}`);
    }
    expect(zonder).toEqual([]);
  });

  it('de analyseronde zoekt de besluiten over een signaal langs een index, niet door alle agendapunten', async () => {
    const v = o.router.sessie.open!.v;
    const plan = await v.all<{ detail: string }>(
      'EXPLAIN QUERY PLAN SELECT a.besluit FROM agendapunten a WHERE a.signaal_id = ? AND a.besluit IS NOT NULL ORDER BY a.besloten_op DESC LIMIT 1',
      [1],
    );
    expect(plan.map((r) => r.detail).join('\n')).not.toMatch(/SCAN a\b/);
  });
});
