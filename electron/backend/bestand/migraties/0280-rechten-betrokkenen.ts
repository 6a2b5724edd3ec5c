import type { Migratie } from './migratie';

/**
 * The rights of the persons concerned (art. 23–27, docs/ontwerp.md §12): the register of requests, the
 * persons the privacy-medewerker confirmed as the requester (the ids inzage, correction and verzet work
 * on), and what was done about the informing duty of art. 23 per person. Open informing tasks are not
 * stored: every person without a row here has one, due four weeks after it was recorded.
 */
export const migratie: Migratie = {
  versie: 280,
  naam: 'rechten-betrokkenen',
  async up(v) {
    await v.exec(`
      CREATE TABLE rechtenverzoeken (
        id INTEGER PRIMARY KEY,
        nummer TEXT NOT NULL UNIQUE,
        soort TEXT NOT NULL CHECK (soort IN ('inzage', 'correctie', 'verzet')),
        correcties TEXT NOT NULL DEFAULT '[]',
        verzoeker_naam TEXT NOT NULL,
        verzoeker_geboortedatum TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        omschrijving TEXT NOT NULL DEFAULT '',
        ontvangen_op TEXT NOT NULL,
        ontvangen_door_partner_id INTEGER REFERENCES partners(id),
        doorgezonden_op TEXT,
        identiteit_wijze TEXT,
        identiteit_door TEXT,
        identiteit_op TEXT,
        status TEXT NOT NULL CHECK (status IN ('ontvangen', 'in-behandeling', 'besloten', 'beantwoord', 'ingetrokken')),
        termijn TEXT NOT NULL,
        besluit TEXT CHECK (besluit IN ('toegewezen', 'deels', 'afgewezen')),
        gronden TEXT NOT NULL DEFAULT '[]',
        motivering TEXT NOT NULL DEFAULT '',
        besloten_door TEXT,
        besloten_op TEXT,
        uitvoeren_voor TEXT,
        uitgevoerd_op TEXT,
        beantwoord_op TEXT,
        antwoord_wijze TEXT NOT NULL DEFAULT '',
        vergoeding_cent INTEGER NOT NULL DEFAULT 0 CHECK (vergoeding_cent BETWEEN 0 AND 450),
        vergoeding_betaald_op TEXT,
        vergoeding_terug_op TEXT,
        geregistreerd_door TEXT NOT NULL,
        geregistreerd_op TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rechtenverzoeken_termijn ON rechtenverzoeken(status, termijn);
      CREATE TABLE rechtenverzoek_personen (
        verzoek_id INTEGER NOT NULL REFERENCES rechtenverzoeken(id) ON DELETE CASCADE,
        persoon_id INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
        bevestigd_door TEXT NOT NULL,
        bevestigd_op TEXT NOT NULL,
        PRIMARY KEY (verzoek_id, persoon_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX rechtenverzoek_personen_persoon ON rechtenverzoek_personen(persoon_id);
      CREATE TABLE informeertaken (
        persoon_id INTEGER PRIMARY KEY REFERENCES personen(id) ON DELETE CASCADE,
        uitkomst TEXT NOT NULL CHECK (uitkomst IN ('verzonden', 'uitgesteld', 'achterwege')),
        grond TEXT CHECK (grond IN ('veiligheid-staat', 'strafbare-feiten', 'economische-belangen', 'toezicht', 'bescherming')),
        motivering TEXT NOT NULL DEFAULT '',
        heroverwegen_op TEXT,
        verzonden_op TEXT,
        wijze TEXT NOT NULL DEFAULT '',
        inhoud TEXT NOT NULL DEFAULT '',
        door TEXT NOT NULL,
        op TEXT NOT NULL
      ) STRICT;
    `);
  },
};
