import type { Migratie } from './migratie';

/**
 * An index for every foreign key that had none (ADR 0049; `tests/integration/verwijzingsindexen.test.ts` keeps
 * it so). Without one, SQLite finds the children of a deleted parent row — for ON DELETE CASCADE, SET NULL or
 * only the check that none remain — by scanning the whole child table, once per deleted row: deleting a
 * signal read every agenda item, purging a dossier every spoed decision. The same scan served lookups on
 * those columns: the analysis sweep asked `agendapunten` for the zorgoverleg decision on each signal by
 * reading all agenda items, per signal (hence `besloten_op` after `signaal_id`: the newest decision first).
 * The suffix `_vw` (verwijzing) keeps these names apart from the indexes that serve a screen.
 */
export const migratie: Migratie = {
  versie: 490,
  naam: 'verwijzingsindexen',
  async up(v) {
    await v.exec(`
      CREATE INDEX partner_contactpersonen_partner_id_vw ON partner_contactpersonen(partner_id);
      CREATE INDEX toetreding_instemmingen_partij_id_vw ON toetreding_instemmingen(partij_id);
      CREATE INDEX indicatoren_categorie_id_vw ON indicatoren(categorie_id);
      CREATE INDEX persoon_besluiten_persoon_b_vw ON persoon_besluiten(persoon_b);
      CREATE INDEX navragen_partner_id_vw ON navragen(partner_id);
      CREATE INDEX toestemmingen_ontvanger_partner_id_vw ON toestemmingen(ontvanger_partner_id);
      CREATE INDEX toestemmingen_gegeven_door_partner_id_vw ON toestemmingen(gegeven_door_partner_id);
      CREATE INDEX spoedbesluiten_dossier_id_vw ON spoedbesluiten(dossier_id);
      CREATE INDEX overleg_deelnemers_partner_id_vw ON overleg_deelnemers(partner_id);
      CREATE INDEX agendapunten_doorgeschoven_naar_vw ON agendapunten(doorgeschoven_naar);
      CREATE INDEX agendapunten_spoed_id_vw ON agendapunten(spoed_id);
      CREATE INDEX agendapunten_signaal_id_vw ON agendapunten(signaal_id, besloten_op);
      CREATE INDEX interventies_partner_id_vw ON interventies(partner_id);
      CREATE INDEX interventies_agendapunt_id_vw ON interventies(agendapunt_id);
      CREATE INDEX ontvangen_dossiers_van_partner_id_vw ON ontvangen_dossiers(van_partner_id);
      CREATE INDEX externe_signalen_van_partner_id_vw ON externe_signalen(van_partner_id);
      CREATE INDEX externe_overleggen_van_partner_id_vw ON externe_overleggen(van_partner_id);
      CREATE INDEX inkomende_bundels_van_partner_id_vw ON inkomende_bundels(van_partner_id);
      CREATE INDEX herstelmeldingen_gezien_gebruiker_id_vw ON herstelmeldingen_gezien(gebruiker_id);
      CREATE INDEX overdrachten_buiten_app_verstrekking_id_vw ON overdrachten_buiten_app(verstrekking_id);
      CREATE INDEX overdrachten_buiten_app_partner_id_vw ON overdrachten_buiten_app(partner_id);
      CREATE INDEX verwijderverwerkingen_van_partner_id_vw ON verwijderverwerkingen(van_partner_id);
      CREATE INDEX verwijderbevestigingen_van_partner_id_vw ON verwijderbevestigingen(van_partner_id);
      CREATE INDEX rechtenverzoeken_ontvangen_door_partner_id_vw ON rechtenverzoeken(ontvangen_door_partner_id);
      CREATE INDEX ontvangen_correcties_van_partner_id_vw ON ontvangen_correcties(van_partner_id);
      CREATE INDEX nodig_keuzes_partner_id_vw ON nodig_keuzes(partner_id);
      CREATE INDEX statistiek_bundels_van_partner_id_vw ON statistiek_bundels(van_partner_id);
      CREATE INDEX spoed_keuzes_partner_id_vw ON spoed_keuzes(partner_id);
    `);
  },
};
