import type { Migratie } from './migratie';

/**
 * The rights of the persons concerned that act on the data itself (art. 25–27, ADR 0023):
 * - `persoon_blokkades`: an upheld verzet (art. 27.2) or a decided afscherming (art. 26.1) blocks every
 *   provision of the person's data; lifting it keeps who, when and why.
 * - `correcties`: each correction carried out (art. 26.3), which field, which kind, and the bundles that
 *   told the earlier recipients. The old value is not kept: a correction that removes data removes it.
 * - `ontvangen_correcties`: at a partner, what a `correctie` bundle asked and whether it was applied to
 *   the received extract or left for the partnermedewerker.
 * - `verstrekkingen`: the release of an inzage answer is a provision to the person concerned
 *   (art. 25.3), who is no partner, so the recipient partner becomes optional beside `ontvanger_soort`.
 *   The table is rebuilt from its own stored definition, so columns added by other migrations survive.
 */
export const migratie: Migratie = {
  versie: 290,
  naam: 'inzage-correctie-verzet',
  async up(v) {
    await v.exec(`
      CREATE TABLE persoon_blokkades (
        id INTEGER PRIMARY KEY,
        persoon_id INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
        grond TEXT NOT NULL CHECK (grond IN ('verzet', 'afscherming')),
        verzoek_id INTEGER,
        toelichting TEXT NOT NULL DEFAULT '',
        sinds TEXT NOT NULL,
        door TEXT NOT NULL,
        opgeheven_op TEXT,
        opgeheven_door TEXT,
        opheffing_reden TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX persoon_blokkades_persoon ON persoon_blokkades(persoon_id) WHERE opgeheven_op IS NULL;
      CREATE TABLE correcties (
        id INTEGER PRIMARY KEY,
        persoon_id INTEGER REFERENCES personen(id) ON DELETE SET NULL,
        verzoek_id INTEGER,
        soort TEXT NOT NULL CHECK (soort IN ('verbetering', 'aanvulling', 'verwijdering', 'afscherming')),
        veld TEXT NOT NULL,
        reden TEXT NOT NULL,
        besloten_op TEXT NOT NULL,
        uitgevoerd_op TEXT NOT NULL,
        door TEXT NOT NULL,
        signalen TEXT NOT NULL DEFAULT '[]',
        bundels TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX correcties_persoon ON correcties(persoon_id);
      CREATE TABLE ontvangen_correcties (
        id INTEGER PRIMARY KEY,
        bundel_id TEXT NOT NULL,
        van_partner_id INTEGER NOT NULL REFERENCES partners(id),
        ontvangen_dossier_id INTEGER REFERENCES ontvangen_dossiers(id) ON DELETE CASCADE,
        signaal_nummer TEXT NOT NULL,
        rol TEXT NOT NULL,
        soort TEXT NOT NULL,
        veld TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('toegepast', 'handmatig')),
        toelichting TEXT NOT NULL DEFAULT '',
        ontvangen_op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ontvangen_correcties_dossier ON ontvangen_correcties(ontvangen_dossier_id);
    `);
    const tabel = await v.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'verstrekkingen'");
    const indexen = await v.all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'verstrekkingen' AND sql IS NOT NULL");
    if (!tabel) throw new Error('Tabel verstrekkingen ontbreekt');
    const nieuw = tabel.sql
      .replace(/CREATE TABLE\s+"?verstrekkingen"?/, 'CREATE TABLE verstrekkingen_nieuw')
      .replace(/ontvanger_partner_id INTEGER NOT NULL/, 'ontvanger_partner_id INTEGER')
      .replace(/\)\s*STRICT\s*$/, `,
        ontvanger_soort TEXT NOT NULL DEFAULT 'partner' CHECK (ontvanger_soort IN ('partner', 'betrokkene')),
        persoon_ids TEXT NOT NULL DEFAULT '[]'
      ) STRICT`);
    if (nieuw === tabel.sql || !nieuw.includes('verstrekkingen_nieuw') || !nieuw.includes('ontvanger_soort')) throw new Error('Onverwachte definitie van verstrekkingen');
    const kolommen = (await v.all<{ name: string }>('PRAGMA table_info(verstrekkingen)')).map((k) => `"${k.name}"`).join(', ');
    await v.exec(nieuw);
    await v.exec(`INSERT INTO verstrekkingen_nieuw (${kolommen}) SELECT ${kolommen} FROM verstrekkingen`);
    await v.exec('DROP TABLE verstrekkingen');
    await v.exec('ALTER TABLE verstrekkingen_nieuw RENAME TO verstrekkingen');
    for (const i of indexen) await v.exec(i.sql);
  },
};
