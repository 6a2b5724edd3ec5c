import { STANDAARD_KWALIFICATIES } from '@shared/domein/overleg';
import type { Migratie } from './migratie';

/**
 * Deletion made real in bestanden that already had deletions (art. 16.7, 16.8, 22.2, 22.5; ADR 0009).
 * Before this version a purge left behind: the words of deleted signals in the search index (the
 * contentless FTS5 table only wrote tombstones), the free text of the purged dossier's timeline, a
 * typed qualification in the dossier and its analysis records, the persons of signals removed by the
 * retention sweep, and the request of a spoed decision whose dossier was swept. This removes them.
 * Search keeps working: the index is the same table, rewritten without the deleted rows.
 *
 * Written out in SQL rather than calling today's purge code, so that this step stays what it was
 * when it was released.
 */
export const migratie: Migratie = {
  versie: 220,
  naam: 'verwijderd-is-weg',
  async up(v) {
    // Index entries of signals that no longer exist (none should, but a tombstone costs nothing).
    await v.run('DELETE FROM signalen_zoek WHERE rowid NOT IN (SELECT id FROM signalen)');

    const opgeschoond = "SELECT id FROM dossiers WHERE opschonen_reden LIKE 'opgeschoond-%'";
    await v.run(`UPDATE dossier_gebeurtenissen SET toelichting = '' WHERE soort <> 'opgeschoond' AND dossier_id IN (${opgeschoond})`);

    const lijstRij = await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'kwalificaties'");
    const lijst = (lijstRij ? (JSON.parse(lijstRij.waarde) as string[]) : STANDAARD_KWALIFICATIES).map((k) => k.toLowerCase());
    const inLijst = `lower(trim(kwalificatie)) IN (${lijst.map(() => '?').join(',') || "''"})`;
    await v.run(`UPDATE dossiers SET kwalificatie = '' WHERE kwalificatie <> '' AND NOT ${inLijst} AND id IN (${opgeschoond})`, lijst);
    await v.run(`UPDATE analyse_records SET kwalificatie = 'overig' WHERE kwalificatie <> '' AND NOT ${inLijst}`, lijst);

    // Persons no signal names any more. An alias merged into such a person becomes the head of the
    // others first (as keten/personen.ts does), so a merge among the survivors is kept.
    const wezen = await v.all<{ id: number }>('SELECT id FROM personen WHERE id NOT IN (SELECT persoon_id FROM signaal_personen) ORDER BY id');
    for (const { id } of wezen) {
      const opvolger = await v.get<{ id: number }>('SELECT id FROM personen WHERE samengevoegd_in = ? AND id IN (SELECT persoon_id FROM signaal_personen) ORDER BY id LIMIT 1', [id]);
      if (opvolger) {
        await v.run('UPDATE personen SET samengevoegd_in = ? WHERE samengevoegd_in = ? AND id <> ?', [opvolger.id, id, opvolger.id]);
        await v.run('UPDATE personen SET samengevoegd_in = NULL WHERE id = ?', [opvolger.id]);
      }
      await v.run('DELETE FROM personen WHERE id = ?', [id]);
    }

    await v.run("UPDATE spoedbesluiten SET verzoek = '(opgeschoond)' WHERE dossier_id IS NULL");

    // Last: rewrite the index without every row deleted so far (ADR 0009).
    await v.run("INSERT INTO signalen_zoek (signalen_zoek) VALUES ('optimize')");
  },
};
