/**
 * The purge the covenant demands (art. 16.6–16.8, 22.3–22.5): after handover, or after a decision
 * to take no action, a dossier keeps only what is needed to follow the agreed action (the
 * interventions: partner, description, due date, status) and an anonymised analysis record per
 * signal (art. 19, 22.6). Everything else — signals, forms, persons, inquiries, consents, notes,
 * the free text of the timeline — is deleted through `verwijderen` (keten/verwijderen.ts): one
 * transaction with secure_delete, the search index rewritten without the words, and a checkpoint so
 * no old page image survives.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { leeftijdOp, formatCasusSchema } from '@shared/domein/signaal';
import { maandenErbij, vandaag } from '@shared/datum';
import { nu } from '../klok';
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { dossierRij } from './dossiers';
import { signaalVerwijderen, verwijderen } from './verwijderen';
import { kwalificatieVanLijst } from './kwalificaties';
import { analyseAfsluiten, leeftijdsband, nationaliteitsgroep } from './analyse';

export type Opschoonreden = 'overdracht' | 'geen-actie';

export interface Analyserecord {
  maand: string;
  soortUitbuiting: string;
  kwalificatie: string;
  leeftijdsband: string;
  geslacht: string;
  nationaliteitsgroep: string;
  bronsoort: string;
  uitkomst: string;
}

/**
 * What a purge after handover rests on (art. 16.7): a handover by bundle (the wizard's timeline event)
 * or a handover outside the app that was recorded (docs/beslissingen/0021-…). Empty: no purge yet.
 */
export interface Overdrachtgrond {
  soort: 'bundel' | 'buiten-app';
  tijd: string;
  door: string;
  partner: string | null;
  kanaal: string | null;
}

export async function overdrachtgronden(v: Verbinding, dossierId: number): Promise<Overdrachtgrond[]> {
  const bundels = await v.all<{ tijd: string; door: string }>("SELECT tijd, door FROM dossier_gebeurtenissen WHERE dossier_id = ? AND soort = 'overdracht' ORDER BY tijd", [dossierId]);
  const buiten = await v.all<{ datum: string; door: string; partner: string; kanaal: string }>(
    'SELECT o.datum, o.door, p.naam AS partner, o.kanaal FROM overdrachten_buiten_app o JOIN partners p ON p.id = o.partner_id WHERE o.dossier_id = ? ORDER BY o.datum, o.id',
    [dossierId],
  );
  return [
    ...bundels.map((g) => ({ soort: 'bundel' as const, tijd: g.tijd, door: g.door, partner: null, kanaal: null })),
    ...buiten.map((o) => ({ soort: 'buiten-app' as const, tijd: o.datum, door: o.door, partner: o.partner, kanaal: o.kanaal })),
  ];
}

/** SQL for "this dossier has a recorded handover", by bundle or outside the app; `d` is the dossier. */
export const HEEFT_OVERDRACHT = `(EXISTS (SELECT 1 FROM dossier_gebeurtenissen g WHERE g.dossier_id = d.id AND g.soort = 'overdracht')
  OR EXISTS (SELECT 1 FROM overdrachten_buiten_app o WHERE o.dossier_id = d.id))`;

/**
 * The real purge candidates (issue: a list that offers only what can be done): dossiers decided "geen
 * actie" that still wait, and dossiers with a recorded handover that still hold signals. A dossier in
 * a later step without a recorded handover is no candidate; the dashboard flags it instead.
 */
export async function opschoonKandidaten(b: Bestand) {
  const rijen = await b.v.all<{ id: number; nummer: string; titel: string; reden: Opschoonreden; sinds: string | null }>(
    `SELECT id, nummer, titel, 'geen-actie' AS reden, opschonen_sinds AS sinds FROM dossiers d WHERE opschonen_reden = 'geen-actie'
     UNION ALL
     SELECT id, nummer, titel, 'overdracht', NULL FROM dossiers d
      WHERE coalesce(opschonen_reden, '') <> 'geen-actie' AND ${HEEFT_OVERDRACHT} AND EXISTS (SELECT 1 FROM signalen s WHERE s.dossier_id = d.id)
     ORDER BY 1`,
  );
  const uit = [];
  for (const r of rijen) {
    const gronden = r.reden === 'overdracht' ? await overdrachtgronden(b.v, r.id) : [];
    uit.push({ ...r, sinds: r.sinds ?? gronden.map((g) => g.tijd).sort()[0] ?? null, gronden });
  }
  return uit;
}

/** Why a purge may not go ahead (yet), or null; asked before the user is asked to confirm. */
async function weigering(b: Bestand, dossierId: number, nummer: string, reden: Opschoonreden, gronden: Overdrachtgrond[]): Promise<KetenFout | null> {
  if (reden === 'geen-actie' && !(await b.v.get("SELECT 1 FROM dossiers WHERE id = ? AND opschonen_reden = 'geen-actie'", [dossierId]))) {
    return new KetenFout('CONFLICT', melding('opschonen.geenBesluitGeenActie', { nummer }), { artikel: 'art. 16.8' });
  }
  if (reden === 'overdracht' && !gronden.length) return new KetenFout('CONFLICT', melding('opschonen.nogNietOvergedragen', { nummer }), { artikel: 'art. 16.7' });
  return null;
}

interface Plan {
  dossierNummer: string;
  /** The handovers the purge rests on (art. 16.7); empty for "geen actie". */
  gronden: Overdrachtgrond[];
  /** Why the purge cannot go ahead, shown instead of the button; null when it can. */
  weigering: { melding: string; artikel: string } | null;
  analyse: Analyserecord[];
  blijft: { interventies: Array<{ partner: string; omschrijving: string; deadline: string; status: string }> };
  verdwijnt: { signalen: number; personen: number; navragen: number; toestemmingen: number; notities: number };
}

/**
 * The dossier's qualification as far as it comes from the region's list ('' for none, null when it
 * was typed). Typed text could name someone, so it goes neither into the analysis store (art. 22.6)
 * nor stays on the purged dossier.
 */
async function kwalificatieUitLijst(b: Bestand, dossierId: number): Promise<string | null> {
  const r = await b.v.get<{ kwalificatie: string }>('SELECT kwalificatie FROM dossiers WHERE id = ?', [dossierId]);
  return kwalificatieVanLijst(b.v, r?.kwalificatie ?? '');
}

/** A signal as the analysis record is made from it. */
interface Analysebron {
  id: number;
  datum_tijd: string;
  vermoedens: string;
  formulier: string;
  bronsoort: string | null;
}

const ANALYSEBRON_SQL = `SELECT s.id, s.datum_tijd, s.vermoedens, f.formulier, p.soort AS bronsoort FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id
       LEFT JOIN partners p ON p.id = s.bron_partner_id`;

/**
 * The anonymised analysis records (art. 19, 22.6) of these signals: month, kind of exploitation, age
 * band, gender, nationality group, kind of source and outcome — nothing that points at one person.
 */
export async function analyseVan(b: Bestand, signalen: readonly Analysebron[], kwalificatie: string, uitkomst: string): Promise<Analyserecord[]> {
  const analyse: Analyserecord[] = [];
  for (const s of signalen) {
    const slachtoffer = await b.v.get<{ geboortedatum: string; geslacht: string; nationaliteit: string }>(
      "SELECT p.geboortedatum, p.geslacht, p.nationaliteit FROM signaal_personen sp JOIN personen p ON p.id = sp.persoon_id WHERE sp.signaal_id = ? AND sp.rol = 'slachtoffer'",
      [s.id],
    );
    const formulier = formatCasusSchema.parse(JSON.parse(s.formulier));
    const datum = (s.datum_tijd || vandaag(nu())).slice(0, 10);
    analyse.push({
      maand: datum.slice(0, 7),
      soortUitbuiting: [...s.vermoedens.split(',').filter(Boolean), ...formulier.seksueleVormen].join(',') || 'onbekend',
      kwalificatie,
      leeftijdsband: leeftijdsband(slachtoffer ? leeftijdOp(slachtoffer.geboortedatum, datum) : null),
      geslacht: slachtoffer?.geslacht ?? 'onbekend',
      nationaliteitsgroep: nationaliteitsgroep(slachtoffer?.nationaliteit ?? ''),
      bronsoort: s.bronsoort ?? 'onbekend',
      uitkomst,
    });
  }
  return analyse;
}

/**
 * The analysis records of signals about to be deleted get their outcome (art. 19, 22.6); the records
 * themselves were written when the signals were recorded (keten/analyse.ts). Inside the deleting transaction.
 */
export async function analyseBewaren(b: Bestand, signaalIds: readonly number[], kwalificatie: string, uitkomst: string): Promise<number> {
  return analyseAfsluiten(b.v, signaalIds, uitkomst, kwalificatie || undefined);
}

/** What the purge will keep and delete — shown to the user before anything is deleted. */
export async function opschoonplan(b: Bestand, dossierId: number, reden: Opschoonreden): Promise<Plan> {
  const d = await dossierRij(b, dossierId);
  const kwalificatie = (await kwalificatieUitLijst(b, dossierId)) ?? 'overig';
  const signalen = await b.v.all<Analysebron>(`${ANALYSEBRON_SQL} WHERE s.dossier_id = ?`, [dossierId]);
  const analyse = await analyseVan(b, signalen, kwalificatie, reden === 'geen-actie' ? 'geen actie' : 'overgedragen');
  const tel = async (sql: string) => (await b.v.get<{ n: number }>(sql, [...sql.matchAll(/\?/g)].map(() => dossierId)))?.n ?? 0;
  const interventies = await b.v.all<{ partner: string; omschrijving: string; deadline: string; status: string }>(
    'SELECT p.naam AS partner, i.omschrijving, i.deadline, i.status FROM interventies i JOIN partners p ON p.id = i.partner_id WHERE i.dossier_id = ?',
    [dossierId],
  );
  const gronden = reden === 'overdracht' ? await overdrachtgronden(b.v, dossierId) : [];
  const fout = await weigering(b, dossierId, d.nummer, reden, gronden);
  return {
    dossierNummer: d.nummer,
    gronden,
    weigering: fout ? { melding: fout.message, artikel: fout.artikel ?? '' } : null,
    analyse,
    blijft: { interventies },
    verdwijnt: {
      signalen: signalen.length,
      personen: await tel('SELECT count(DISTINCT sp.persoon_id) AS n FROM signaal_personen sp JOIN signalen s ON s.id = sp.signaal_id WHERE s.dossier_id = ?'),
      navragen: await tel('SELECT count(*) AS n FROM navragen WHERE dossier_id = ?'),
      toestemmingen: await tel('SELECT count(*) AS n FROM toestemmingen WHERE signaal_id IN (SELECT id FROM signalen WHERE dossier_id = ?) OR navraag_id IN (SELECT id FROM navragen WHERE dossier_id = ?)'),
      notities: await tel("SELECT count(*) AS n FROM agendapunten WHERE dossier_id = ? AND notities <> ''"),
    },
  };
}

/** Deletes a dossier's personal data; keeps the tracking data and the analysis records. */
export async function opschonen(b: Bestand, dossierId: number, reden: Opschoonreden): Promise<Plan> {
  const plan = await opschoonplan(b, dossierId, reden);
  const d = await dossierRij(b, dossierId);
  const fout = await weigering(b, dossierId, d.nummer, reden, plan.gronden);
  if (fout) throw fout;
  const kwalificatie = (await kwalificatieUitLijst(b, dossierId)) ?? '';
  await verwijderen(b, async () => {
    await analyseAfsluiten(
      b.v,
      (await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [dossierId])).map((r) => r.id),
      reden === 'geen-actie' ? 'geen actie' : 'overgedragen',
    );
    // Cascades: form, indicators, person links, consents on the signal, agenda items on the signal.
    for (const { id } of await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [dossierId])) await signaalVerwijderen(b.v, id);
    await b.v.run('DELETE FROM navragen WHERE dossier_id = ?', [dossierId]);
    await b.v.run("UPDATE agendapunten SET notities = '', kwalificatie = '' WHERE dossier_id = ?", [dossierId]);
    await b.v.run("UPDATE spoedbesluiten SET verzoek = '(opgeschoond)' WHERE dossier_id = ?", [dossierId]);
    // The timeline keeps its steps (who, when, from which step to which) but not its words: a note
    // on a phase change, a spoed request or an evaluation is free text and may name anyone.
    await b.v.run("UPDATE dossier_gebeurtenissen SET toelichting = '' WHERE dossier_id = ?", [dossierId]);
    // A handover outside the app stays as the ground of this purge, without its free-text explanation.
    await b.v.run("UPDATE overdrachten_buiten_app SET toelichting = '' WHERE dossier_id = ?", [dossierId]);
    // The weighing of art. 21.6 and the explanations of the need-to-know choices are free text about the
    // victim; the choices keep only which items went to whom (the verstrekkingenlog keeps the rest).
    await b.v.run('DELETE FROM belangenafwegingen WHERE dossier_id = ?', [dossierId]);
    await b.v.run("UPDATE nodig_keuzes SET toelichting = '' WHERE dossier_id = ?", [dossierId]);
    // The title was written by people and may point at a place or business; the number is enough.
    await b.v.run("UPDATE dossiers SET titel = '(opgeschoond)', kwalificatie = ?, opschonen_sinds = NULL, opschonen_reden = ? WHERE id = ?", [
      kwalificatie,
      `opgeschoond-${reden}`,
      dossierId,
    ]);
    await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'opgeschoond',?)", [
      dossierId,
      nu().toISOString(),
      b.gebruiker.naam,
      reden === 'overdracht' ? 'Na overdracht opgeschoond (art. 16.6–16.7)' : 'Geen actie: opgeschoond (art. 16.8)',
    ]);
    await b.audit('dossier.opgeschoond', `dossier:${d.nummer}`, { reden, ...plan.verdwijnt, analyserecords: plan.analyse.length });
  });
  return plan;
}

/** Art. 22.5: the date on which what remains of a dossier closed on `geslotenOp` goes. */
export const dossierVervalt = (geslotenOp: string): string => maandenErbij(geslotenOp.slice(0, 10), 60);

/** The closed dossiers whose five years have passed on `peildatum` (art. 22.5). */
export async function verlopenDossiers(v: Verbinding, peildatum: string): Promise<Array<{ id: number; nummer: string }>> {
  return v.all<{ id: number; nummer: string }>('SELECT id, nummer FROM dossiers WHERE gesloten_op IS NOT NULL AND gesloten_op <= ?', [maandenErbij(peildatum, -60)]);
}

/**
 * Deletes what remains of these dossiers, all of it: signals with their persons and matching keys,
 * disclosures, spoed decisions, the timeline, inquiries, agenda items, interventions. The analysis
 * records stay (art. 22.6). Runs inside the deleting transaction (`verwijderen`).
 */
export async function dossiersVerwijderen(b: Bestand, dossiers: ReadonlyArray<{ id: number; nummer: string }>): Promise<void> {
  for (const d of dossiers) {
    // Signals one by one, so the persons they name go with them (the cascade would leave them).
    for (const { id } of await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [d.id])) await signaalVerwijderen(b.v, id);
    await b.v.run('DELETE FROM verstrekkingen WHERE dossier_id = ?', [d.id]);
    // A spoed decision outlives its dossier by design (ON DELETE SET NULL), but not its request.
    await b.v.run('DELETE FROM spoedbesluiten WHERE dossier_id = ?', [d.id]);
    // Cascades: timeline, inquiries with their consents, agenda items, interventions.
    await b.v.run('DELETE FROM dossiers WHERE id = ?', [d.id]);
  }
}

/**
 * Art. 22.5: five years after the chain dossier closed, what remained of it goes too. The analysis
 * records stay (art. 22.6). Returns the numbers of the dossiers removed. The retention sweep
 * (bewaring/) runs the same rule by itself; this is the ketenregisseur's own call.
 */
export async function bewaartermijnVerwerken(b: Bestand, peildatum = vandaag(nu())): Promise<string[]> {
  const verlopen = await verlopenDossiers(b.v, peildatum);
  if (!verlopen.length) return [];
  await verwijderen(b, async () => {
    await dossiersVerwijderen(b, verlopen);
    await b.audit('bewaartermijn.verwerkt', 'dossiers', { dossiers: verlopen.map((d) => d.nummer), artikel: 'art. 22.5' });
  });
  return verlopen.map((d) => d.nummer);
}

/** The anonymous analysis store (art. 22.6) counted per month and category; nothing in it identifies anyone. */
export function analyseOverzicht(v: Verbinding) {
  return v.all<{ maand: string; soortUitbuiting: string; leeftijdsband: string; nationaliteitsgroep: string; bronsoort: string; uitkomst: string; aantal: number }>(
    `SELECT maand, soort_uitbuiting AS soortUitbuiting, leeftijdsband, nationaliteitsgroep, bronsoort, uitkomst, count(*) AS aantal
       FROM analyse_signalen GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY maand DESC`,
  );
}
