/**
 * Migrations (docs/ontwerp.md §5, house style after Signal Desktop): numbered files in steps of ten, all pending
 * ones in one transaction, `PRAGMA user_version` records where the file stands, every migration has an
 * upgrade test from the version before, and a database from a newer version is refused, never altered.
 * Real SQLCipher files with a random raw key, as the app opens them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { auditSchrijven, auditVerifieren } from '../../electron/backend/bestand/audit';
import { migreren, schemaversie } from '../../electron/backend/bestand/migreren';
import { MIGRATIES, SCHEMAVERSIE } from '../../electron/backend/bestand/migraties';
import type { Migratie } from '../../electron/backend/bestand/migraties/migratie';
import type { Verbinding } from '../../electron/backend/bestand/verbinding';
import { faaltMet, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const MIGRATIEMAP = fileURLToPath(new URL('../../electron/backend/bestand/migraties/', import.meta.url));

/**
 * One sample row per migration, written at that version and looked for after the upgrade. A new
 * migration needs a row here (the first test says so): that is its upgrade test.
 */
const VOORBEELDEN: Record<number, { invoegen: (v: Verbinding) => Promise<unknown>; controle: string }> = {
  10: {
    invoegen: (v) => v.run("INSERT INTO instellingen (sleutel, waarde) VALUES ('proef.sleutel', 'bewaard')"),
    controle: "SELECT count(*) AS n FROM instellingen WHERE sleutel = 'proef.sleutel' AND waarde = 'bewaard'",
  },
  20: {
    invoegen: (v) => v.run("INSERT INTO gebruikers (naam, weergavenaam, rol, aangemaakt) VALUES ('proef.gebruiker', 'Proef Gebruiker', 'bewerker', '2026-01-01')"),
    controle: "SELECT count(*) AS n FROM gebruikers WHERE naam = 'proef.gebruiker'",
  },
  30: {
    invoegen: (v) => auditSchrijven(v, { gebruiker: 'proef.gebruiker', actie: 'proef.actie', onderwerp: 'migratie' }),
    controle: "SELECT count(*) AS n FROM audit WHERE actie = 'proef.actie'",
  },
  40: {
    invoegen: async (v) => {
      await v.run("INSERT INTO partners (code, naam, soort, rol) VALUES ('PROEF', 'Proefpartner', 'overig', 'kandidaat')");
      await v.run("INSERT INTO partner_contactpersonen (partner_id, naam) SELECT id, 'Proefcontact' FROM partners WHERE code = 'PROEF'");
    },
    controle: "SELECT count(*) AS n FROM partner_contactpersonen c JOIN partners p ON p.id = c.partner_id WHERE p.code = 'PROEF'",
  },
  50: {
    invoegen: (v) => v.run("INSERT INTO indicator_categorieen (code, naam, volgorde) VALUES ('PROEF-CAT', 'Proefcategorie', 9999)"),
    controle: "SELECT count(*) AS n FROM indicator_categorieen WHERE code = 'PROEF-CAT'",
  },
  60: {
    invoegen: (v) => v.run("INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door) VALUES ('D-PROEF', 'Proefdossier', 'detectie', '2026-01-01', 'proef.gebruiker')"),
    controle: "SELECT count(*) AS n FROM dossiers WHERE nummer = 'D-PROEF'",
  },
  70: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO signalen (nummer, status, aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES ('S-PROEF', 'concept', '2026-01-01', 'proef.gebruiker', '2026-01-01', 'proef.gebruiker')",
      ),
    controle: "SELECT count(*) AS n FROM signalen WHERE nummer = 'S-PROEF'",
  },
  80: {
    // Linked to the signal of 70: a person no signal names is deleted (0220, art. 16.7).
    invoegen: async (v) => {
      const { lastID } = await v.run("INSERT INTO personen (naam, aangemaakt) VALUES ('Proefpersoon Migratie', '2026-01-01')");
      await v.run("INSERT INTO signaal_personen (signaal_id, rol, persoon_id) SELECT id, 'slachtoffer', ? FROM signalen WHERE nummer = 'S-PROEF'", [lastID]);
    },
    controle: "SELECT count(*) AS n FROM personen WHERE naam = 'Proefpersoon Migratie'",
  },
  90: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO navragen (dossier_id, partner_id, vraag, gevraagd_op, gevraagd_door) SELECT d.id, p.id, 'Proefvraag', '2026-01-01', 'proef.gebruiker' FROM dossiers d, partners p WHERE d.nummer = 'D-PROEF' AND p.code = 'PROEF'",
      ),
    controle: "SELECT count(*) AS n FROM navragen WHERE vraag = 'Proefvraag'",
  },
  100: {
    invoegen: (v) => v.run("INSERT INTO overleggen (soort, datum, aangemaakt, aangemaakt_door) VALUES ('casusoverleg', '2026-02-12', '2026-01-01', 'proef.gebruiker')"),
    controle: "SELECT count(*) AS n FROM overleggen WHERE soort = 'casusoverleg' AND datum = '2026-02-12'",
  },
  110: {
    // From 370 on the purge-time table is gone; the sample is then written as 370 would have carried it over.
    invoegen: async (v) =>
      (await v.get("SELECT 1 FROM sqlite_master WHERE name = 'analyse_records'"))
        ? v.run("INSERT INTO analyse_records (maand, soort_uitbuiting, kwalificatie, leeftijdsband, geslacht, nationaliteitsgroep, bronsoort, uitkomst) VALUES ('2026-01', 'proef', '', '18-22', 'vrouw', 'EU', 'politie', 'proef')")
        : v.run(
            "INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd) VALUES (424242, '2026-01', 'proef', 'onbekend', 'politie', 'signaal', '18-22', 'vrouw', 'EU', 'proef', 'nog geen besluit')",
          ),
    // 370 carries the purge-time records into the live store (art. 22.6).
    controle: "SELECT count(*) AS n FROM analyse_signalen WHERE soort_uitbuiting = 'proef' AND fase = 'signaal'",
  },
  120: {
    invoegen: (v) => v.run("INSERT INTO ontvangen_dossiers (bundel_id, dossier_nummer, van_partner_id, ontvangen_op, bewaren_tot, inhoud) SELECT 'proef-bundel', 'D-PROEF', id, '2026-01-01', '2031-01-01', '{}' FROM partners WHERE code = 'PROEF'"),
    controle: "SELECT count(*) AS n FROM ontvangen_dossiers WHERE bundel_id = 'proef-bundel'",
  },
  130: {
    invoegen: (v) => v.run("INSERT INTO externe_signalen (signaal_id, extern_nummer, van_partner_id) SELECT s.id, 'S-EXTERN-1', p.id FROM signalen s, partners p WHERE s.nummer = 'S-PROEF' AND p.code = 'PROEF'"),
    controle: "SELECT count(*) AS n FROM externe_signalen WHERE extern_nummer = 'S-EXTERN-1'",
  },
  // Bundles (0200–0290; see bundels/ and ADR 0007).
  200: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO partner_sleutels (partner_id, vingerafdruk, publiek, sleutel_aangemaakt, geimporteerd_op, geimporteerd_door) SELECT id, 'proefvingerafdruk', 'proefsleutel', '2026-01-01', '2026-01-01', 'proef.gebruiker' FROM partners WHERE code = 'PROEF'",
      ),
    controle: "SELECT count(*) AS n FROM partner_sleutels WHERE vingerafdruk = 'proefvingerafdruk'",
  },
  210: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO uitgaande_bundels (id, soort, aan, aangemaakt, aangemaakt_door, bestandsnaam, bytes, sha256, sleutel_vingerafdruk) VALUES ('proefbundel', 'terugmelding', '[\"PROEF\"]', '2026-01-01', 'proef.gebruiker', 'proef.ketenbundel', 1, 'x', 'proefvingerafdruk')",
      ),
    controle: "SELECT count(*) AS n FROM uitgaande_bundels WHERE id = 'proefbundel'",
  },
  220: {
    invoegen: (v) => v.run("INSERT INTO signalen_zoek (rowid, samenvatting, namen, tekst) SELECT id, 'proefzoekwoord', '', '' FROM signalen WHERE nummer = 'S-PROEF'"),
    controle: "SELECT count(*) AS n FROM signalen_zoek WHERE signalen_zoek MATCH 'proefzoekwoord'",
  },
  230: {
    invoegen: (v) => v.run("INSERT INTO herstelmeldingen (tijd, account, rol) VALUES ('2026-01-01T00:00:00.000Z', 'proef.regisseur', 'ketenregisseur')"),
    controle: "SELECT count(*) AS n FROM herstelmeldingen WHERE account = 'proef.regisseur'",
  },
  240: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO inkomende_bundels (id, soort, van_partner_id, van_code, van_bestand_id, aangemaakt, kop, sleutel_vingerafdruk, sha256, ingelezen_op, ingelezen_door, anker, anker_volgnr) SELECT 'proefinkomend', 'terugmelding', id, 'PROEF', 'proefbestand', '2026-01-01', 'x', 'proefvingerafdruk', 'x', '2026-01-02', 'proef.gebruiker', 'proefanker', 7 FROM partners WHERE code = 'PROEF'",
      ),
    controle: "SELECT count(*) AS n FROM inkomende_bundels WHERE id = 'proefinkomend' AND anker_volgnr = 7",
  },
  250: {
    // An index only: the sample is a signal found through it after the upgrade.
    invoegen: (v) => v.run("UPDATE signalen SET datum_tijd = '2026-01-01T10:00' WHERE nummer = 'S-PROEF'"),
    controle: "SELECT count(*) AS n FROM signalen INDEXED BY signalen_lijst WHERE datum_tijd = '2026-01-01T10:00' AND nummer = 'S-PROEF'",
  },
  260: {
    // The retention history (ADR 0020), beside the new columns it needs elsewhere.
    invoegen: (v) => v.run("INSERT INTO bewaring_historie (maand, regel, artikel, aantal) VALUES ('2026-12', 'geen-dossier', 'art. 16.3, 22.4', 3)"),
    controle:
      "SELECT count(*) AS n FROM bewaring_historie WHERE maand = '2026-12' AND aantal = 3 AND (SELECT count(*) FROM pragma_table_info('ontvangen_dossiers') WHERE name = 'opgeschoond_op') = 1",
  },
  270: {
    invoegen: (v) =>
      v.run(
        "INSERT INTO overdrachten_buiten_app (dossier_id, partner_id, datum, kanaal, interventie_ids, door, vastgelegd) SELECT d.id, p.id, '2026-01-05', 'telefonisch', '[]', 'proef.gebruiker', '2026-01-05T10:00:00.000Z' FROM dossiers d, partners p WHERE d.nummer = 'D-PROEF' AND p.code = 'PROEF'",
      ),
    controle: "SELECT count(*) AS n FROM overdrachten_buiten_app WHERE kanaal = 'telefonisch'",
  },
  280: {
    // A request of a person concerned with its confirmed person, and an informing-duty outcome (art. 23–27).
    invoegen: async (v) => {
      await v.run(
        "INSERT INTO rechtenverzoeken (nummer, soort, verzoeker_naam, ontvangen_op, status, termijn, geregistreerd_door, geregistreerd_op) VALUES ('RV-2026-0001', 'inzage', 'Proef Verzoeker', '2026-01-01', 'ontvangen', '2026-01-29', 'proef.privacy', '2026-01-01')",
      );
      await v.run("INSERT INTO rechtenverzoek_personen (verzoek_id, persoon_id, bevestigd_door, bevestigd_op) SELECT r.id, p.id, 'proef.privacy', '2026-01-02' FROM rechtenverzoeken r, personen p WHERE r.nummer = 'RV-2026-0001' LIMIT 1");
      await v.run("INSERT INTO informeertaken (persoon_id, uitkomst, verzonden_op, door, op) SELECT id, 'verzonden', '2026-01-03', 'proef.privacy', '2026-01-03' FROM personen LIMIT 1");
    },
    controle: "SELECT count(*) AS n FROM rechtenverzoek_personen rp JOIN informeertaken t ON t.persoon_id = rp.persoon_id",
  },
  290: {
    // The rebuilt verstrekkingen keeps its rows and takes a provision to the person concerned (art. 25.3).
    invoegen: async (v) => {
      await v.run("INSERT INTO persoon_blokkades (persoon_id, grond, sinds, door) SELECT id, 'verzet', '2026-01-01', 'proef.gebruiker' FROM personen WHERE naam = 'Proefpersoon Migratie'");
      await v.run("INSERT INTO verstrekkingen (tijd, door, ontvanger_partner_id, ontvanger_soort, persoon_ids, doel, soort, items, categorieen) VALUES ('2026-01-01', 'proef.privacy', NULL, 'betrokkene', '[1]', 'inzage', 'inzage', '[]', '[]')");
    },
    controle: "SELECT count(*) AS n FROM persoon_blokkades b JOIN verstrekkingen v ON v.ontvanger_soort = 'betrokkene' WHERE b.grond = 'verzet'",
  },
  300: {
    // A person created without a link is noted for the orphan check of the retention sweep (ADR 0020).
    invoegen: (v) => v.run("INSERT INTO personen (naam, aangemaakt) VALUES ('Proefpersoon Wees', '2026-01-01')"),
    controle: "SELECT count(*) AS n FROM personen_te_controleren t JOIN personen p ON p.id = t.persoon_id WHERE p.naam = 'Proefpersoon Wees'",
  },
  370: {
    // The live analysis store: the existing signal got its link (art. 19, 22.6) and a Stuurgroep decision is kept (art. 19.2).
    invoegen: (v) =>
      v.run("INSERT INTO stuurgroepbesluiten (datum, reikwijdte, vorm, zichtbaar_voor, vastgelegd, vastgelegd_door) VALUES ('2026-01-05', 'proef', 'tabel', '[]', '2026-01-05', 'proef.gebruiker')"),
    controle: "SELECT count(*) AS n FROM stuurgroepbesluiten s JOIN analyse_koppeling_signalen k ON k.signaal_id = (SELECT id FROM signalen WHERE nummer = 'S-PROEF') WHERE s.reikwijdte = 'proef'",
  },
  320: {
    // A need-to-know choice, a weighing (art. 9.4, 21.6), and the old rows of toestemmingen and verstrekkingen kept.
    invoegen: async (v) => {
      await v.run("INSERT INTO nodig_keuzes (dossier_id, partner_id, items, identificatie, door, gekozen_op) SELECT d.id, p.id, '[]', 0, 'proef.gebruiker', '2026-01-05' FROM dossiers d, partners p WHERE d.nummer = 'D-PROEF' AND p.code = 'PROEF'");
      await v.run("INSERT INTO belangenafwegingen (dossier_id, afweging, door, vastgelegd_op) SELECT id, 'proef', 'proef.gebruiker', '2026-01-05' FROM dossiers WHERE nummer = 'D-PROEF'");
    },
    controle: "SELECT count(*) AS n FROM nodig_keuzes k JOIN belangenafwegingen a ON a.dossier_id = k.dossier_id WHERE (SELECT count(*) FROM verstrekkingen WHERE keuze = '') > 0",
  },
  410: {
    // A read statistics bundle of a region (art. 19, 31; ADR 0041), next to the record of its import.
    invoegen: async (v) => {
      await v.run(
        "INSERT INTO inkomende_bundels (id, soort, van_partner_id, van_code, van_bestand_id, aangemaakt, kop, sleutel_vingerafdruk, sha256, ingelezen_op, ingelezen_door) SELECT 'proef-statistiek', 'statistiek', id, code, 'proef', '2026-07-01', 'kop', 'vingerafdruk', 'hash', '2026-07-02', 'proef.gebruiker' FROM partners WHERE code = 'PROEF'",
      );
      await v.run("INSERT INTO statistiek_bundels (bundel_id, van_partner_id, periode, regio, inhoud, ontvangen_op) SELECT 'proef-statistiek', id, '2026-H1', 'Proefregio', '{}', '2026-07-02' FROM partners WHERE code = 'PROEF'");
    },
    controle: "SELECT count(*) AS n FROM statistiek_bundels s JOIN inkomende_bundels i ON i.id = s.bundel_id WHERE s.regio = 'Proefregio'",
  },
  430: {
    // An acknowledgment of the duty of confidentiality (art. 21.2), with the version of its text.
    invoegen: (v) => v.run("INSERT INTO geheimhouding_bevestigingen (gebruiker_id, versie, tijd) SELECT id, 1, '2026-01-06T09:00:00.000Z' FROM gebruikers WHERE naam = 'proef.gebruiker'"),
    controle: "SELECT count(*) AS n FROM geheimhouding_bevestigingen b JOIN gebruikers g ON g.id = b.gebruiker_id WHERE b.versie = 1",
  },
  440: {
    // An analysis record counted from the new index alone (INDEXED BY fails when the index is missing).
    invoegen: (v) =>
      v.run(
        "INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd) VALUES (4400, '2026-02', 'arbeid', 'onbekend', 'politie', 'signaal', '18-22', 'vrouw', 'NL', 'open', 'open')",
      ),
    controle: "SELECT count(*) AS n FROM analyse_signalen INDEXED BY analyse_signalen_telling WHERE maand = '2026-02' AND bronsoort = 'politie' AND fase = 'signaal'",
  },
  470: {
    // What a spoed decision provides to one partner (art. 16.9): the items chosen for the immediate action.
    invoegen: async (v) => {
      await v.run(
        "INSERT INTO spoedbesluiten (dossier_id, verzoek, partner_ids, besloten_op, ketenregisseur, zorgcoordinator) SELECT d.id, 'Proefverzoek', '[' || p.id || ']', '2026-01-07', 'proef.gebruiker', 'proef.zorg' FROM dossiers d, partners p WHERE d.nummer = 'D-PROEF' AND p.code = 'PROEF'",
      );
      await v.run("INSERT INTO spoed_keuzes (spoed_id, partner_id, items, identificatie, door, gekozen_op) SELECT s.id, p.id, '[]', 1, 'proef.gebruiker', '2026-01-07' FROM spoedbesluiten s, partners p WHERE s.verzoek = 'Proefverzoek' AND p.code = 'PROEF'");
    },
    controle: "SELECT count(*) AS n FROM spoed_keuzes k JOIN spoedbesluiten s ON s.id = k.spoed_id WHERE s.verzoek = 'Proefverzoek' AND k.identificatie = 1",
  },
  480: {
    // A form written after 480: its trigger keeps the short summary's source beside it (ADR 0047).
    invoegen: (v) =>
      v.run("INSERT INTO signaal_formulieren (signaal_id, formulier) SELECT id, json_object('samenvatting', 'Proefsamenvatting', 'bron', json_object('naam', 'Proefbron')) FROM signalen WHERE nummer = 'S-PROEF'"),
    controle:
      "SELECT count(*) AS n FROM signaal_samenvattingen k JOIN signalen s ON s.id = k.signaal_id WHERE s.nummer = 'S-PROEF' AND k.samenvatting = 'Proefsamenvatting' AND k.bron_naam = 'Proefbron' AND k.melder_naam = ''",
  },
  490: {
    // The spoed decision of 470 found along the new index on its dossier (INDEXED BY fails when it is missing).
    invoegen: () => Promise.resolve(),
    controle: "SELECT count(*) AS n FROM spoedbesluiten INDEXED BY spoedbesluiten_dossier_id_vw s JOIN dossiers d ON d.id = s.dossier_id WHERE d.nummer = 'D-PROEF'",
  },
};

const schema = (v: Verbinding) =>
  v.all<{ type: string; name: string; sql: string | null }>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");

describe('migraties', () => {
  let werk: string;
  let teller = 0;
  const open: Verbinding[] = [];

  /** A new, empty SQLCipher file under a random key. */
  async function nieuweDatabase(): Promise<Verbinding> {
    const v = await openMetSleutel(path.join(werk, `db-${++teller}.db`), crypto.randomBytes(32));
    open.push(v);
    return v;
  }

  beforeAll(async () => {
    werk = await tijdelijkeMap('migraties');
  });
  afterAll(async () => {
    for (const v of open) await v.sluiten().catch(() => undefined);
    await opruimen(werk);
  });

  it('elke migratie heeft een voorbeeldrij voor haar upgradetest', () => {
    const zonder = MIGRATIES.filter((m) => !VOORBEELDEN[m.versie]).map((m) => `${m.versie}-${m.naam}`);
    expect(zonder, 'migraties zonder voorbeeldrij in VOORBEELDEN').toEqual([]);
  });

  it('de nummers zijn uniek, lopen op en zijn veelvouden van tien', () => {
    const nummers = MIGRATIES.map((m) => m.versie);
    expect(nummers.length).toBeGreaterThan(0);
    expect(new Set(nummers).size).toBe(nummers.length);
    for (const [i, n] of nummers.entries()) {
      expect(Number.isInteger(n) && n > 0 && n % 10 === 0, `versie ${n}`).toBe(true);
      if (i > 0) expect(n, `versie ${n} na ${nummers[i - 1]}`).toBeGreaterThan(nummers[i - 1]!);
    }
    expect(SCHEMAVERSIE).toBe(nummers[nummers.length - 1]);
  });

  it('elk migratiebestand staat in de lijst, en zijn bestandsnaam noemt zijn nummer en naam', async () => {
    const bestanden = (await fs.readdir(MIGRATIEMAP)).filter((f) => /^\d{4}-.*\.ts$/.test(f)).sort();
    const gevonden: Migratie[] = [];
    for (const f of bestanden) {
      const { migratie } = (await import(path.join(MIGRATIEMAP, f))) as { migratie: Migratie };
      expect(f).toBe(`${String(migratie.versie).padStart(4, '0')}-${migratie.naam}.ts`);
      gevonden.push(migratie);
    }
    expect(gevonden).toEqual([...MIGRATIES]);
  });

  it('een nieuwe database krijgt alle migraties en SCHEMAVERSIE', async () => {
    const v = await nieuweDatabase();
    expect(await schemaversie(v)).toBe(0);
    expect(await migreren(v)).toEqual({ van: 0, naar: SCHEMAVERSIE });
    expect(await schemaversie(v)).toBe(SCHEMAVERSIE);
    // A second run has nothing to do.
    expect(await migreren(v)).toEqual({ van: SCHEMAVERSIE, naar: SCHEMAVERSIE });
  });

  const vorigeVersies = [0, ...MIGRATIES.slice(0, -1).map((m) => m.versie)];
  it.each(vorigeVersies)('upgrade vanaf schemaversie %i: alle gegevens blijven, het schema wordt gelijk aan een nieuw bestand', async (van) => {
    const v = await nieuweDatabase();
    // Each sample goes in right after its own migration, as a real bestand got its rows: a later
    // migration may replace the table an earlier sample was written to (370 drops analyse_records).
    const geschreven = MIGRATIES.filter((m) => m.versie <= van);
    for (const m of geschreven) {
      await migreren(v, MIGRATIES.filter((x) => x.versie <= m.versie));
      await VOORBEELDEN[m.versie]!.invoegen(v);
    }
    await migreren(v, MIGRATIES.filter((m) => m.versie <= van));
    expect(await schemaversie(v)).toBe(van);

    expect(await migreren(v)).toEqual({ van, naar: SCHEMAVERSIE });
    expect(await schemaversie(v)).toBe(SCHEMAVERSIE);
    for (const m of geschreven) {
      expect(await v.get(VOORBEELDEN[m.versie]!.controle), `rij van migratie ${m.versie}`).toEqual({ n: 1 });
    }
    if (van >= 30) expect((await auditVerifieren(v)).geldig).toBe(true);

    const vers = await nieuweDatabase();
    await migreren(vers);
    expect(await schema(v)).toEqual(await schema(vers));
  });

  it('220 (art. 16.7, 22.5): wat eerdere opschoningen achterlieten verdwijnt, en zoeken blijft werken', async () => {
    const v = await nieuweDatabase();
    await migreren(v, MIGRATIES.filter((m) => m.versie <= 210));
    const signaal = async (nummer: string, woord: string) => {
      const { lastID } = await v.run("INSERT INTO signalen (nummer, status, aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES (?, 'ingediend', '', 'p', '', 'p')", [nummer]);
      await v.run("INSERT INTO signalen_zoek (rowid, samenvatting, namen, tekst) VALUES (?, ?, 'Zwaantje', '')", [lastID, woord]);
      return lastID;
    };
    // As the purge before this version did: the index row and the signal deleted, the words left as a tombstone.
    const weg = await signaal('S-WEG', 'xqweggezochtwoord');
    await v.run('DELETE FROM signalen_zoek WHERE rowid = ?', [weg]);
    await v.run('DELETE FROM signalen WHERE id = ?', [weg]);
    const blijft = await signaal('S-BLIJFT', 'xqblijftgezochtwoord');
    const inIndex = async (w: string) => (await v.get<{ n: number }>('SELECT count(*) AS n FROM signalen_zoek_data WHERE instr(block, CAST(? AS BLOB)) > 0', [w]))!.n;
    expect(await inIndex('weggezochtwoord'), 'controle: de oude opschoning liet het woord in de index').toBeGreaterThan(0);

    const dossier = async (nummer: string, reden: string | null) =>
      (await v.run("INSERT INTO dossiers (nummer, titel, fase, aangemaakt, aangemaakt_door, kwalificatie, opschonen_reden) VALUES (?, 't', 'gesloten', '', 'p', 'uitbuiting door Xqeigenkwal', ?)", [nummer, reden])).lastID;
    const gewist = await dossier('D-GEWIST', 'opgeschoond-overdracht');
    const open = await dossier('D-OPEN', null);
    for (const d of [gewist, open]) await v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?, '', 'p', 'fase', 'Gesproken met Xqtijdlijn')", [d]);
    await v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?, '', 'p', 'opgeschoond', 'Na overdracht opgeschoond (art. 16.6–16.7)')", [gewist]);
    await v.run("INSERT INTO analyse_records (maand, soort_uitbuiting, kwalificatie, leeftijdsband, geslacht, nationaliteitsgroep, bronsoort, uitkomst) VALUES ('2026-01', 's', 'uitbuiting door Xqeigenkwal', '18-22', 'vrouw', 'NL', 'politie', 'o'), ('2026-01', 's', 'Arbeidsuitbuiting', '18-22', 'vrouw', 'NL', 'politie', 'o')");
    const wees = (await v.run("INSERT INTO personen (naam, aangemaakt) VALUES ('Xqwees', '')")).lastID;
    await v.run("INSERT INTO persoon_sleutels (persoon_id, soort, waarde) VALUES (?, 'naam', 'abc')", [wees]);
    const genoemd = (await v.run("INSERT INTO personen (naam, aangemaakt) VALUES ('Xqgenoemd', '')")).lastID;
    await v.run("INSERT INTO signaal_personen (signaal_id, rol, persoon_id) VALUES (?, 'slachtoffer', ?)", [blijft, genoemd]);
    await v.run("INSERT INTO spoedbesluiten (dossier_id, verzoek, partner_ids, besloten_op, ketenregisseur, zorgcoordinator) VALUES (NULL, 'Direct naar Xqspoed', '[]', '', 'a', 'b')");

    await migreren(v);
    expect(await inIndex('weggezochtwoord')).toBe(0);
    expect(await v.get("SELECT count(*) AS n FROM signalen_zoek WHERE signalen_zoek MATCH 'xqblijftgezochtwoord'")).toEqual({ n: 1 });
    expect(await v.get("SELECT count(*) AS n FROM signalen_zoek WHERE signalen_zoek MATCH 'zwaantje'")).toEqual({ n: 1 });
    expect(await v.all("SELECT dossier_id AS d, toelichting AS t FROM dossier_gebeurtenissen WHERE soort = 'fase' ORDER BY dossier_id")).toEqual([
      { d: gewist, t: '' },
      { d: open, t: 'Gesproken met Xqtijdlijn' },
    ]);
    expect(await v.all('SELECT nummer, kwalificatie FROM dossiers ORDER BY id')).toEqual([
      { nummer: 'D-GEWIST', kwalificatie: '' },
      { nummer: 'D-OPEN', kwalificatie: 'uitbuiting door Xqeigenkwal' },
    ]);
    expect((await v.all<{ k: string }>('SELECT kwalificatie AS k FROM analyse_signalen')).map((r) => r.k).sort()).toEqual(['Arbeidsuitbuiting', 'overig']);
    expect(await v.all('SELECT naam FROM personen')).toEqual([{ naam: 'Xqgenoemd' }]);
    expect(await v.get('SELECT count(*) AS n FROM persoon_sleutels')).toEqual({ n: 0 });
    expect(await v.get('SELECT verzoek FROM spoedbesluiten')).toEqual({ verzoek: '(opgeschoond)' });
  });

  it('alle openstaande migraties lopen in één transactie: een fout laat het bestand zoals het was', async () => {
    const v = await nieuweDatabase();
    await migreren(v, MIGRATIES.slice(0, 1));
    const voor = await schema(v);
    const kapot: Migratie = {
      versie: 9990,
      naam: 'kapot',
      async up(x) {
        await x.exec('CREATE TABLE half_af (id INTEGER PRIMARY KEY)');
        throw new Error('migratie mislukt halverwege');
      },
    };
    await expect(migreren(v, [...MIGRATIES, kapot])).rejects.toThrow('migratie mislukt halverwege');
    expect(await schemaversie(v)).toBe(MIGRATIES[0]!.versie);
    expect(await schema(v)).toEqual(voor);
  });

  it.each([
    ['een gemigreerd bestand', true],
    ['een bestand zonder tabellen', false],
  ])('%s met een nieuwere schemaversie wordt geweigerd (BESTAND_TE_NIEUW) en niet veranderd', async (_, gemigreerd) => {
    const v = await nieuweDatabase();
    if (gemigreerd) await migreren(v);
    const nieuwer = SCHEMAVERSIE + 10;
    await v.exec(`PRAGMA user_version = ${nieuwer}`);
    const voor = await schema(v);

    const fout = await faaltMet(migreren(v), 'BESTAND_TE_NIEUW');
    expect(fout.message).toContain(String(nieuwer));
    expect(await schemaversie(v)).toBe(nieuwer);
    expect(await schema(v)).toEqual(voor);
  });
});
