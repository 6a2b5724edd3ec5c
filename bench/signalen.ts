/**
 * Benchmarks of the signals step (docs/ontwerp.md §9), each against a baseline in the same run:
 * 1. Import of 100,000 synthetic signals with their persons, matching keys, indicators and search
 *    index into a real encrypted bestand (the real schema, `rijenInvoegen` in one transaction),
 *    against the same rows into the same schema in unencrypted SQLite via better-sqlite3
 *    (prepared statements in one transaction). Budget ≤ 1.4×.
 * 2. Search across them — a name, an indicator, a word from the text — through the bestand's
 *    indexes and FTS, against a full scan of the same table in better-sqlite3. Budget ≤ 0.1×. Also
 *    the same three as the list asks them (count + first page), and the end of the list by keyset
 *    against by offset (ADR 0016), budget ≤ 100 ms.
 * 3. Matching one new person against the 100,000 persons (blocking keys + scoring), against one
 *    indexed lookup. Reported as time and ratio.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { MIGRATIES } from '../electron/backend/bestand/migraties';
import { partnersZaaien } from '../electron/backend/keten/partners';
import type { Verbinding } from '../electron/backend/bestand/verbinding';
import { KOLOMMEN, rijenInvoegen, rijenVoorbereiden, type ImportRijen } from '../electron/backend/keten/bulkimport';
import { kandidatenVoor, persoonVastleggen } from '../electron/backend/keten/personen';
import { signaalFormulier, willekeur, persoon } from '../electron/backend/demo/synthetisch';
import { dossierMaken } from '../electron/backend/keten/dossiers';
import { opschonen } from '../electron/backend/keten/opschonen';
import { analyseBijwerken } from '../electron/backend/keten/analyse';
import { signalenLijst } from '../electron/backend/keten/signalen';

const AANTAL = Number(process.env.BENCH_SIGNALEN ?? 100_000);
const WACHTWOORD = 'bench-wachtwoord-synthetisch';

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function meet(n: number, werk: () => Promise<unknown> | unknown): Promise<number> {
  await werk();
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await werk();
    tijden.push(performance.now() - t);
  }
  return mediaan(tijden);
}

/** Warm-up once, then `n` rounds of each step in turn; the median per step. */
async function meetOmEnOm<K extends string>(n: number, stappen: Record<K, () => Promise<unknown> | unknown>): Promise<Record<K, number>> {
  const tijden = Object.fromEntries(Object.keys(stappen).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let ronde = 0; ronde <= n; ronde++) {
    for (const k of Object.keys(stappen) as K[]) {
      const t = performance.now();
      await stappen[k]();
      if (ronde > 0) tijden[k].push(performance.now() - t);
    }
  }
  return Object.fromEntries(Object.entries<number[]>(tijden).map(([k, xs]) => [k, mediaan(xs)])) as Record<K, number>;
}

/** Runs our migrations on better-sqlite3 through a minimal face, so both sides have one schema. */
function schemaInBetterSqlite(db: Database.Database): Promise<void> {
  const v = {
    exec: async (sql: string) => void db.exec(sql),
    run: async (sql: string, p: unknown[] = []) => {
      const r = db.prepare(sql).run(...(p as never[]));
      return { lastID: Number(r.lastInsertRowid), changes: r.changes };
    },
    get: async (sql: string, p: unknown[] = []) => db.prepare(sql).get(...(p as never[])),
    all: async (sql: string, p: unknown[] = []) => db.prepare(sql).all(...(p as never[])),
    transactie: async <T>(w: () => Promise<T>) => w(),
  } as unknown as Verbinding;
  return (async () => {
    for (const m of MIGRATIES) await m.up(v);
    await partnersZaaien(v);
  })();
}

function invoegenBetterSqlite(db: Database.Database, rijen: ImportRijen): void {
  const tabellen: Array<[string, readonly string[], unknown[][]]> = [
    ['signalen', KOLOMMEN.signalen, rijen.signalen],
    ['signaal_formulieren', KOLOMMEN.formulieren, rijen.formulieren],
    ['personen', KOLOMMEN.personen, rijen.personen],
    ['signaal_personen', KOLOMMEN.signaalPersonen, rijen.signaalPersonen],
    ['persoon_sleutels', KOLOMMEN.persoonSleutels, rijen.persoonSleutels],
    ['signaal_indicatoren', KOLOMMEN.signaalIndicatoren, rijen.signaalIndicatoren],
    ['signalen_zoek', KOLOMMEN.zoek, rijen.zoek],
  ];
  db.transaction(() => {
    for (const [tabel, kolommen, data] of tabellen) {
      const st = db.prepare(`INSERT INTO ${tabel} (${kolommen.join(',')}) VALUES (${kolommen.map(() => '?').join(',')})`);
      for (const r of data) st.run(...(r as never[]));
    }
  })();
}

export async function benchSignalen(): Promise<string[]> {
  const regels: string[] = [];
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-signalen-'));
  try {
    const r = willekeur(42);
    const b = await bestandMaken(path.join(werk, 'bestand'), { naam: 'Bench', penvoerder: 'Bench', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: WACHTWOORD });
    const matchsleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
    let t = performance.now();
    const formulieren: FormatCasus[] = [];
    for (let i = 0; i < AANTAL; i++) formulieren.push(formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds: Array.from({ length: 30 }, (_, k) => k + 1) })));
    const rijen = rijenVoorbereiden(formulieren, { signaalId: 1, persoonId: 0, volgnummer: 1, jaar: 2026 }, matchsleutel, 'bench');
    const voorbereiden = performance.now() - t;

    // Ours: a real encrypted bestand, one large transaction as an import of this size runs (ADR 0050).
    t = performance.now();
    await b.v.transactie(() => rijenInvoegen(b.v, rijen), { groot: true });
    const onze = performance.now() - t;

    // Baseline: the same schema and rows, unencrypted, better-sqlite3, under the same rollback journal.
    const db = new Database(path.join(werk, 'basis.db'));
    db.pragma('journal_mode = DELETE');
    await schemaInBetterSqlite(db);
    t = performance.now();
    invoegenBetterSqlite(db, rijen);
    const basis = performance.now() - t;
    regels.push(
      `Import ${AANTAL.toLocaleString('nl-NL')} signalen (met ${rijen.personen.length.toLocaleString('nl-NL')} personen, ${rijen.persoonSleutels.length.toLocaleString('nl-NL')} matchsleutels, FTS)`,
      `  versleuteld bestand (SQLCipher, eigen repository): ${onze.toFixed(0)} ms`,
      `  basislijn better-sqlite3 onversleuteld:           ${basis.toFixed(0)} ms`,
      `  verhouding: ${(onze / basis).toFixed(2)}×   (budget ≤ 1,4×)   [rijen voorbereiden, voor beide gelijk: ${voorbereiden.toFixed(0)} ms]`,
    );

    // Search as a user does: a full name, an indicator, a word from the text.
    const naam = formulieren[1234]!.slachtoffer.naam;
    const naamVraag = naam.split(' ').map((w) => `"${w}"*`).join(' AND ');
    // Ours: the three questions answered from the indexes (FTS5 and the covering indicator index).
    const zoekOns = async () => [
      await b.v.get('SELECT count(*) AS n FROM signalen_zoek WHERE signalen_zoek MATCH ?', [naamVraag]),
      await b.v.get('SELECT count(*) AS n FROM signaal_indicatoren WHERE indicator_id = ?', [7]),
      await b.v.get('SELECT count(*) AS n FROM signalen_zoek WHERE signalen_zoek MATCH ?', ['"tuinbouwkas"*']),
    ];
    // What the list does for the same three: count the visible signals and fetch the first page of 100.
    // Each round asks other terms (a name, an indicator, a sector word), so no round finds its count or
    // its page's summaries remembered from an earlier one (ADR 0024, 0046): every search as a first.
    const sectoren = ['tuinbouwkas', 'nagelstudio', 'autowasstraat', 'restaurant', 'vleesverwerking', 'bouwplaats', 'massagesalon', 'hotel', 'distributiecentrum', 'schoonmaakbedrijf'];
    let lijstRonde = 0;
    const zoekLijst = async () => {
      const i = lijstRonde++;
      return [
        await signalenLijst(b, { zoek: formulieren[2000 + i * 97]!.slachtoffer.naam, offset: 0, limiet: 100 }),
        await signalenLijst(b, { indicatorId: 1 + (i % 30), offset: 0, limiet: 100 }),
        await signalenLijst(b, { zoek: sectoren[i % sectoren.length]!, offset: 0, limiet: 100 }),
      ];
    };
    const zoekBasis = () => [
      db.prepare("SELECT count(*) AS n FROM signalen s JOIN signaal_personen sp ON sp.signaal_id = s.id JOIN personen p ON p.id = sp.persoon_id WHERE p.naam LIKE ?").get(`%${naam}%`),
      db.prepare("SELECT count(*) AS n FROM signalen s WHERE EXISTS (SELECT 1 FROM signaal_indicatoren si WHERE si.signaal_id = s.id AND si.indicator_id = ?)").get(7),
      db.prepare("SELECT count(*) AS n FROM signaal_formulieren WHERE formulier LIKE ?").get('%tuinbouwkas%'),
    ];
    // Rounds interleaved, so that a busy machine slows the three alike (the ratio was 0.035× on a quiet run
    // and 0.19-0.36× under load when each was measured in its own block; ADR 0046).
    const zoek = await meetOmEnOm(9, { ons: zoekOns, lijst: zoekLijst, basis: zoekBasis });
    const [zoekOnsMs, zoekLijstMs, zoekBasisMs] = [zoek.ons, zoek.lijst, zoek.basis];
    regels.push(
      'Zoeken over de signalen (naam, indicator, tekst; drie zoekvragen samen)',
      `  versleuteld bestand, tellen uit de indexen (FTS5, indicatorindex): ${zoekOnsMs.toFixed(1)} ms`,
      `  zoals de lijst het doet (zichtbare tellen + eerste 100 rijen, audit; elke ronde andere termen): ${zoekLijstMs.toFixed(1)} ms`,
      `  basislijn volledige scan better-sqlite3:                           ${zoekBasisMs.toFixed(1)} ms`,
      `  verhouding indexen/scan: ${(zoekOnsMs / zoekBasisMs).toFixed(3)}×   (budget ≤ 0,1×: ${zoekOnsMs / zoekBasisMs <= 0.1 ? 'binnen' : 'OVER'});  lijst/scan: ${(zoekLijstMs / zoekBasisMs).toFixed(3)}× (${zoekLijstMs / zoekBasisMs <= 0.1 ? 'binnen' : 'OVER'} 0,1×)`,
    );

    // To the end of the list (ADR 0016): the last page by offset, as before, against keyset from the end.
    const eindeOffsetMs = await meet(3, () => signalenLijst(b, { offset: AANTAL - 100, limiet: 100 }));
    const eindeMs = await meet(5, () => signalenLijst(b, { vanafEinde: true, offset: 0, limiet: 100 }));
    const midden = (await signalenLijst(b, { offset: Math.floor(AANTAL / 2), limiet: 100 })).rijen.at(-1)!;
    const volgendeMs = await meet(5, () => signalenLijst(b, { na: { datumTijd: midden.datumTijd, id: midden.id }, offset: 0, limiet: 100 }));
    regels.push(
      `Naar het eind van de lijst van ${AANTAL.toLocaleString('nl-NL')} signalen (laatste 100 rijen met telling)`,
      `  vanaf het eind (keyset): ${eindeMs.toFixed(1)} ms   (budget ≤ 100 ms: ${eindeMs <= 100 ? 'binnen' : 'OVER'});  basislijn offset ${(AANTAL - 100).toLocaleString('nl-NL')}: ${eindeOffsetMs.toFixed(1)} ms;  verhouding ${(eindeMs / eindeOffsetMs).toFixed(3)}×`,
      `  volgende pagina na een rij halverwege (cursor): ${volgendeMs.toFixed(1)} ms`,
    );

    // Matching one new person against everyone.
    const nieuw = { ...persoon(willekeur(7)), naam: formulieren[4321]!.slachtoffer.naam, geboortedatum: formulieren[4321]!.slachtoffer.geboortedatum };
    await b.v.transactie(async () => {
      await b.v.run("INSERT INTO signalen (id, nummer, status, aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES (?, 'S-BENCH-NIEUW', 'ingediend', '', 'bench', '', 'bench')", [AANTAL + 1]);
      await persoonVastleggen(b.v, AANTAL + 1, 'slachtoffer', { ...nieuw, verblijfstatus: '', woonsituatie: '' });
    });
    const nieuwId = (await b.v.get<{ persoon_id: number }>('SELECT persoon_id FROM signaal_personen WHERE signaal_id = ?', [AANTAL + 1]))!.persoon_id;
    let gevonden = 0;
    const matchMs = await meet(5, async () => {
      gevonden = (await kandidatenVoor(b.v, nieuwId)).length;
    });
    const opzoekMs = await meet(5, () => b.v.get('SELECT * FROM personen WHERE id = ?', [nieuwId]));
    regels.push(
      `Matching van één nieuwe persoon tegen ${rijen.personen.length.toLocaleString('nl-NL')} personen (${gevonden} waarschijnlijke kandidaten)`,
      `  ${matchMs.toFixed(1)} ms; één geïndexeerde opzoeking: ${opzoekMs.toFixed(2)} ms; verhouding ${(matchMs / opzoekMs).toFixed(0)}×`,
    );
    // Purge of one dossier (5 signals, an intervention) in this 100,000-signal bestand (art. 16.7).
    const dossierId = await dossierMaken(b, [11, 12, 13, 14, 15], 'Bench opschonen');
    await b.v.run("INSERT INTO interventies (dossier_id, partner_id, omschrijving, deadline, toegewezen_op, gewijzigd) VALUES (?, 6, 'Bench', '2027-01-01', '2026-11-28', '')", [dossierId]);
    await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?, '', 'bench', 'overdracht', '')", [dossierId]);
    // The first sweep after a bulk import brings every analysis record up to date (the purge does it first,
    // art. 22.6); timed on its own, so that the purge's figure is the purge (ADR 0049).
    t = performance.now();
    const records = await b.v.transactie(() => analyseBijwerken(b.v));
    const analyseMs = performance.now() - t;
    t = performance.now();
    await opschonen(b, dossierId, 'overdracht');
    const opschoonMs = performance.now() - t;
    regels.push(
      `Eerste analyseronde na de bulkimport (${records.toLocaleString('nl-NL')} records, eenmalig): ${analyseMs.toFixed(0)} ms`,
      `Opschonen van één dossier (5 signalen) in een bestand met ${AANTAL.toLocaleString('nl-NL')} signalen, inclusief WAL-checkpoint: ${opschoonMs.toFixed(0)} ms`,
    );
    await b.sluiten();
    db.close();
  } finally {
    await fs.rm(werk, { recursive: true, force: true });
  }
  return regels;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchSignalen()) console.log(r);
}
