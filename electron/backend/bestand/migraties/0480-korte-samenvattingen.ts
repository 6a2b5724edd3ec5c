import type { Migratie } from './migratie';

/** The columns of `signaal_samenvattingen`, read from a form's JSON text `f` (a trigger's NEW.formulier). */
const uitFormulier = (f: string) =>
  ['$.samenvatting', '$.melder.contactpersoon', '$.melder.telefoon', '$.bron.naam', '$.bron.telefoon'].map((p) => `ifnull(json_extract(${f}, '${p}'), '')`).join(', ');

/** Both triggers write the copy of the form that fired them in the same way. */
const NIEUWE_KOPIE_SCHRIJVEN = `INSERT INTO signaal_samenvattingen (signaal_id, samenvatting, melder_naam, melder_telefoon, bron_naam, bron_telefoon)
          VALUES (NEW.signaal_id, ${uitFormulier('NEW.formulier')})
          ON CONFLICT(signaal_id) DO UPDATE SET samenvatting = excluded.samenvatting, melder_naam = excluded.melder_naam,
            melder_telefoon = excluded.melder_telefoon, bron_naam = excluded.bron_naam, bron_telefoon = excluded.bron_telefoon;`;

/**
 * What the signals list needs to show a signal's short summary (ADR 0047): the summary and the names and
 * phone numbers of melder and bron, which the redaction treats as the signal's own persons. Apart from
 * the form, which is ~1.6 KB of JSON a signal, so a page of 100 summaries reads a few pages of this
 * table instead of 100 pages of forms. Unredacted, like the form it copies (redaction happens when the
 * list is read, with what the bestand knows at that moment). Kept in step with `signaal_formulieren` by
 * triggers, so every path that writes a form (saving, bulk import, a migration) keeps it right; it goes
 * with the form (and the form with the signal) by cascade, and `secure_delete` wipes it like the form.
 */
export const migratie: Migratie = {
  versie: 480,
  naam: 'korte-samenvattingen',
  async up(v) {
    await v.exec(`
      CREATE TABLE signaal_samenvattingen (
        signaal_id INTEGER PRIMARY KEY REFERENCES signaal_formulieren(signaal_id) ON DELETE CASCADE,
        samenvatting TEXT NOT NULL,
        melder_naam TEXT NOT NULL,
        melder_telefoon TEXT NOT NULL,
        bron_naam TEXT NOT NULL,
        bron_telefoon TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER signaal_samenvatting_nieuw AFTER INSERT ON signaal_formulieren BEGIN
        ${NIEUWE_KOPIE_SCHRIJVEN}
      END;
      CREATE TRIGGER signaal_samenvatting_gewijzigd AFTER UPDATE ON signaal_formulieren BEGIN
        DELETE FROM signaal_samenvattingen WHERE signaal_id = OLD.signaal_id AND OLD.signaal_id IS NOT NEW.signaal_id;
        ${NIEUWE_KOPIE_SCHRIJVEN}
      END;
      INSERT INTO signaal_samenvattingen (signaal_id, samenvatting, melder_naam, melder_telefoon, bron_naam, bron_telefoon)
        SELECT signaal_id, ${uitFormulier('formulier')} FROM signaal_formulieren;
    `);
  },
};
