import catalogus from '../../../../resources/indicatoren.json';
import type { Migratie } from './migratie';

/**
 * The indicator catalogue (art. 15.2) as editable reference data. Items are retired, never deleted,
 * so old signals keep pointing at what was chosen then.
 */
export const migratie: Migratie = {
  versie: 50,
  naam: 'indicatoren',
  async up(v) {
    await v.exec(`
      CREATE TABLE indicator_categorieen (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        naam TEXT NOT NULL,
        volgorde INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE indicatoren (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        categorie_id INTEGER NOT NULL REFERENCES indicator_categorieen(id),
        tekst TEXT NOT NULL,
        actief INTEGER NOT NULL DEFAULT 1,
        ingetrokken_op TEXT
      ) STRICT;
    `);
    let volgorde = 0;
    for (const c of catalogus.categorieen) {
      const { lastID } = await v.run('INSERT INTO indicator_categorieen (code, naam, volgorde) VALUES (?,?,?)', [c.code, c.naam, (volgorde += 10)]);
      for (const i of c.items) await v.run('INSERT INTO indicatoren (code, categorie_id, tekst) VALUES (?,?,?)', [i.code, lastID, i.tekst]);
    }
  },
};
