import type { Migratie } from './migratie';

/**
 * Counting the analysis store from an index alone (issue 12 §6, docs/beslissingen/0044-…). A record's id is
 * random (migration 0370), so the records of one month lie scattered over every page of the table: twelve
 * months for the start page's charts meant reading and decrypting nearly the whole table right after unlock.
 *
 * - `analyse_signalen_telling` holds every characteristic a table, chart or Stuurgroep analysis counts,
 *   month first and then source kind and phase (the start page's charts group by exactly those three), so
 *   each count reads only the index entries of its months, in the order of its GROUP BY — no table lookup,
 *   no temporary sort. It replaces the month index, its own first column.
 * - `analyse_interventies_telling` does the same for the interventions: month, partner, against the deadline.
 * - `analyse_interventies_lopend` lists the records still running. Before every report and start page, the
 *   running ones whose deadline passed turn overdue (`keten/analyse.ts`); that check now looks only at those,
 *   not at every intervention of ten years.
 */
export const migratie: Migratie = {
  versie: 440,
  naam: 'telindexen',
  async up(v) {
    await v.exec(`
      CREATE INDEX analyse_signalen_telling ON analyse_signalen(maand, bronsoort, fase, soort_uitbuiting, sector, doorlooptijd, besluit, leeftijdsband, nationaliteitsgroep, geslacht, kwalificatie);
      DROP INDEX analyse_signalen_maand;
      CREATE INDEX analyse_interventies_telling ON analyse_interventies(maand, partner, termijn);
      DROP INDEX analyse_interventies_maand;
      CREATE INDEX analyse_interventies_lopend ON analyse_interventies(id) WHERE termijn = 'lopend';
    `);
  },
};
