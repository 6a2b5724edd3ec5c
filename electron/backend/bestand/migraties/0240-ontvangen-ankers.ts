import type { Migratie } from './migratie';

/** ADR 0011: the signed anchor of the sender's audit head that came with each incoming bundle. */
export const migratie: Migratie = {
  versie: 240,
  naam: 'ontvangen-ankers',
  async up(v) {
    await v.exec(`
      ALTER TABLE inkomende_bundels ADD COLUMN anker TEXT;
      ALTER TABLE inkomende_bundels ADD COLUMN anker_volgnr INTEGER;
      CREATE INDEX inkomende_bundels_anker ON inkomende_bundels(van_bestand_id, anker_volgnr);
    `);
  },
};
