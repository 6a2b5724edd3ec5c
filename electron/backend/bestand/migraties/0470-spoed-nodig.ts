import type { Migratie } from './migratie';

/**
 * What a spoed decision provides (art. 16.9; docs/ontwerp.md §3 "De beleidsmodule"): "de daarvoor benodigde
 * gegevens" — per partner asked to act at once, the items the deciders chose as needed for that immediate
 * action and whether the partner must identify the person; who chose and when. Stored with the decision, not
 * in `nodig_keuzes`: the choice for a handover (what the partner needs for its intervention) is not the choice
 * for an immediate action. Item keys and flags only, no free text, so nothing here needs the purge of
 * art. 16.7.
 */
export const migratie: Migratie = {
  versie: 470,
  naam: 'spoed-nodig',
  async up(v) {
    await v.exec(`
      CREATE TABLE spoed_keuzes (
        spoed_id INTEGER NOT NULL REFERENCES spoedbesluiten(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners(id),
        items TEXT NOT NULL,
        identificatie INTEGER NOT NULL CHECK (identificatie IN (0, 1)),
        door TEXT NOT NULL,
        gekozen_op TEXT NOT NULL,
        PRIMARY KEY (spoed_id, partner_id)
      ) STRICT;
    `);
  },
};
