import type { Migratie } from './migratie';

/**
 * ADR 0016: indexes for keyset paging. The signal list is sorted on (datum_tijd, id) and filtered on who
 * may see a draft; this index holds all four, so a page — also one 99,900 rows down or counted from the
 * end — is read from the index alone, without a table lookup per skipped row. It replaces the plain date
 * index (its leading column serves the date filters as before). Dossiers page on (aangemaakt, id).
 */
export const migratie: Migratie = {
  versie: 250,
  naam: 'lijstindexen',
  async up(v) {
    await v.exec(`
      CREATE INDEX signalen_lijst ON signalen(datum_tijd, id, status, aangemaakt_door);
      DROP INDEX signalen_datum;
      CREATE INDEX dossiers_lijst ON dossiers(aangemaakt, id);
    `);
  },
};
