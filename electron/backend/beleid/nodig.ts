/**
 * Need-to-know per partner and per item (art. 9.4, 12.19, 16.5, 16.9; docs/ontwerp.md §3 "De
 * beleidsmodule"; docs/beslissingen/0031-…). Three things the policy engine's context is built from, so no
 * caller passes "has a task" or "needs to identify" by hand:
 *
 * - the **task**: a partner acts on a dossier because the casusoverleg assigned it an intervention, or a
 *   spoed decision asked it to act at once (art. 12.21, 16.9);
 * - the **choice**: per acting partner the ketenregisseur chooses which items it needs and whether it must
 *   identify the person; stored per dossier and partner, who chose it, audited. Until a choice is made the
 *   **suggestion** derived from the intervention counts, and the log says so;
 * - the **weighing** of the victim's interests before information from a signal not from a care partner is
 *   put to criminal or administrative use (art. 21.6).
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Partnersoort } from '@shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { vastleggen } from '../bestand/vastleggen';
import { nu, vandaag } from '../klok';
import { itemsVanDossier } from './gegevens';
import type { Context, Doel, Gegevensitem, Ontvanger } from './typen';

export interface Taak {
  /** Open interventions of the partner on the dossier (art. 16.5). */
  interventies: Array<{ id: number; omschrijving: string; deadline: string }>;
  /** Spoed decisions that asked the partner to act at once (art. 16.9), not withdrawn. */
  spoed: Array<{ id: number; verzoek: string }>;
}

export interface Nodigkeuze {
  partnerId: number;
  items: string[];
  identificatie: boolean;
  toelichting: string;
  door: string;
  gekozenOp: string;
  /** Set when the choice was made in a spoed decision, for that immediate action only (art. 16.9). */
  spoedId?: number;
}

/** What the ketenregisseur starts from: derived from the partner's task, never stored until chosen. */
export interface Voorstel {
  items: string[];
  identificatie: boolean;
}

/** Per partner: its open interventions and the spoed decisions that name it, on this dossier. */
export async function takenVanDossier(v: Verbinding, dossierId: number): Promise<Map<number, Taak>> {
  const uit = new Map<number, Taak>();
  const van = (id: number): Taak => {
    let t = uit.get(id);
    if (!t) uit.set(id, (t = { interventies: [], spoed: [] }));
    return t;
  };
  const interventies = await v.all<{ id: number; partner_id: number; omschrijving: string; deadline: string }>(
    "SELECT id, partner_id, omschrijving, deadline FROM interventies WHERE dossier_id = ? AND status IN ('toegewezen', 'in-uitvoering') ORDER BY id",
    [dossierId],
  );
  for (const i of interventies) van(i.partner_id).interventies.push({ id: i.id, omschrijving: i.omschrijving, deadline: i.deadline });
  const spoed = await v.all<{ id: number; partner_ids: string; verzoek: string }>("SELECT id, partner_ids, verzoek FROM spoedbesluiten WHERE dossier_id = ? AND status <> 'ingetrokken' ORDER BY id", [dossierId]);
  for (const s of spoed) for (const p of JSON.parse(s.partner_ids) as number[]) van(p).spoed.push({ id: s.id, verzoek: s.verzoek });
  return uit;
}

export async function keuzesVanDossier(v: Verbinding, dossierId: number): Promise<Map<number, Nodigkeuze>> {
  const rijen = await v.all<{ partner_id: number; items: string; identificatie: number; toelichting: string; door: string; gekozen_op: string; weergavenaam: string | null }>(
    'SELECT k.*, u.weergavenaam FROM nodig_keuzes k LEFT JOIN gebruikers u ON u.naam = k.door WHERE k.dossier_id = ?',
    [dossierId],
  );
  return new Map(
    rijen.map((r) => [
      r.partner_id,
      { partnerId: r.partner_id, items: JSON.parse(r.items) as string[], identificatie: r.identificatie === 1, toelichting: r.toelichting, door: r.weergavenaam ?? r.door, gekozenOp: r.gekozen_op },
    ]),
  );
}

/**
 * Per partner the choice of the latest spoed decision (not withdrawn) that named it (art. 16.9): what the
 * deciders chose as needed for the immediate action. Decisions before migration 0470 have none.
 */
export async function spoedKeuzesVanDossier(v: Verbinding, dossierId: number): Promise<Map<number, Nodigkeuze>> {
  const rijen = await v.all<{ spoed_id: number; partner_id: number; items: string; identificatie: number; door: string; gekozen_op: string; weergavenaam: string | null }>(
    `SELECT k.*, u.weergavenaam FROM spoed_keuzes k JOIN spoedbesluiten s ON s.id = k.spoed_id LEFT JOIN gebruikers u ON u.naam = k.door
      WHERE s.dossier_id = ? AND s.status <> 'ingetrokken' ORDER BY k.spoed_id`,
    [dossierId],
  );
  // Ordered by decision: the latest one per partner wins.
  return new Map(
    rijen.map((r) => [
      r.partner_id,
      { partnerId: r.partner_id, items: JSON.parse(r.items) as string[], identificatie: r.identificatie === 1, toelichting: '', door: r.weergavenaam ?? r.door, gekozenOp: r.gekozen_op, spoedId: r.spoed_id },
    ]),
  );
}

/** Per spoed decision its choices, for the spoed tab (who chose what for which partner). */
export async function spoedKeuzesLijst(v: Verbinding, spoedIds: readonly number[]) {
  const uit = new Map<number, Array<{ partnerId: number; items: string[]; identificatie: boolean; door: string; gekozenOp: string }>>();
  if (spoedIds.length === 0) return uit;
  const rijen = await v.all<{ spoed_id: number; partner_id: number; items: string; identificatie: number; door: string; gekozen_op: string; weergavenaam: string | null }>(
    `SELECT k.*, u.weergavenaam FROM spoed_keuzes k LEFT JOIN gebruikers u ON u.naam = k.door WHERE k.spoed_id IN (${spoedIds.map(() => '?').join(',')}) ORDER BY k.spoed_id, k.partner_id`,
    [...spoedIds],
  );
  for (const r of rijen) {
    const lijst = uit.get(r.spoed_id) ?? [];
    lijst.push({ partnerId: r.partner_id, items: JSON.parse(r.items) as string[], identificatie: r.identificatie === 1, door: r.weergavenaam ?? r.door, gekozenOp: r.gekozen_op });
    uit.set(r.spoed_id, lijst);
  }
  return uit;
}

/** The latest weighing of the victim's interests on the dossier (art. 21.6), or null. */
export async function belangenafwegingVan(v: Verbinding, dossierId: number): Promise<{ afweging: string; door: string; vastgelegdOp: string } | null> {
  const r = await v.get<{ afweging: string; door: string; weergavenaam: string | null; vastgelegd_op: string }>(
    'SELECT a.afweging, a.door, u.weergavenaam, a.vastgelegd_op FROM belangenafwegingen a LEFT JOIN gebruikers u ON u.naam = a.door WHERE a.dossier_id = ? ORDER BY a.id DESC LIMIT 1',
    [dossierId],
  );
  return r ? { afweging: r.afweging, door: r.weergavenaam ?? r.door, vastgelegdOp: r.vastgelegd_op } : null;
}

/** Partners whose action is about the person (hearing, shelter, residence, care): they need to know who it is. */
const PERSOONSGERICHT: readonly Partnersoort[] = ['politie', 'om', 'ind', 'coa', 'zorgpartner', 'zorgcoordinator', 'bureau-jeugdzorg', 'gemeente-ggd', 'gemeente-szw'];
/** Words in an intervention that make it about the person rather than a workplace or a company. */
const OVER_DE_PERSOON = /verhoor|gesprek|opvang|slachtoffer|persoon|aanhoud|begeleid|hulp|zorg|bezoek aan|verblijf|bedenktijd/i;

/**
 * The suggestion from the task (art. 9.4, 12.19): the signals the dossier is about, and of the answers to
 * inquiries only the partner's own; for spoed only the signals (art. 16.9: what the immediate action needs).
 * Identification when the partner's action is about the person — a person-oriented partner, an
 * intervention that names a hearing, shelter, a conversation or care, or an inquiry about the person; an
 * inspection of a workplace does not.
 */
export function voorstel(items: readonly Gegevensitem[], ontvanger: Pick<Ontvanger, 'id' | 'soort'>, taak: Taak | undefined, doel: Doel): Voorstel {
  if (doel === 'spoed') return spoedvoorstel(items, ontvanger, taak?.spoed.map((s) => s.verzoek) ?? []);
  const gekozen = items.filter((i) => i.sleutel.startsWith('signaal:') || i.bron.partnerId === ontvanger.id).map((i) => i.sleutel);
  const teksten = [...(taak?.interventies.map((i) => i.omschrijving) ?? []), ...(taak?.spoed.map((s) => s.verzoek) ?? [])];
  // An inquiry asks whether the partner knows this person: it cannot be asked anonymously (art. 16.2).
  const identificatie = doel === 'navraag' || PERSOONSGERICHT.includes(ontvanger.soort) || teksten.some((t) => OVER_DE_PERSOON.test(t));
  return { items: gekozen, identificatie };
}

/**
 * The minimal suggestion for an immediate action (art. 16.9: only "de daarvoor benodigde gegevens"): the
 * signals the dossier is about, without answers to inquiries and without care data (which leaves only with
 * the zorgcoördinator's consent, art. 21.5 — the deciders add it when the action needs it); identification
 * only when the partner's action is about the person, judged from the spoed request itself, not from
 * interventions assigned for later.
 */
export function spoedvoorstel(items: readonly Gegevensitem[], ontvanger: Pick<Ontvanger, 'soort'>, verzoeken: readonly string[]): Voorstel {
  return {
    items: items.filter((i) => i.sleutel.startsWith('signaal:') && i.categorie !== 'zorg').map((i) => i.sleutel),
    identificatie: PERSOONSGERICHT.includes(ontvanger.soort) || verzoeken.some((t) => OVER_DE_PERSOON.test(t)),
  };
}

/** Whether the recipient has a task for this purpose (art. 9.4, 16.5, 16.9). */
export function heeftTaak(doel: Doel, ontvanger: Pick<Ontvanger, 'soort'>, taak: Taak | undefined): boolean {
  switch (doel) {
    case 'overdracht':
      return (taak?.interventies.length ?? 0) > 0;
    case 'spoed':
      return (taak?.spoed.length ?? 0) > 0;
    // The partner asked answers (art. 16.2); an attendee weighs (art. 7.4).
    case 'navraag':
    case 'overleg':
      return true;
    case 'emm':
      return ontvanger.soort === 'emm';
    // The RIEC's advice needs no task (art. 12.17); the engine exempts it.
    case 'advies':
      return false;
  }
}

/** The purposes whose provision follows the per-item choice: action and asking (art. 9.4, 12.19, 16.9). */
const MET_KEUZE: readonly Doel[] = ['overdracht', 'spoed', 'navraag'];

export interface Afgeleid {
  context: Context;
  /** The choice or suggestion the context follows, for the screens and the verstrekkingenlog. */
  keuze: (Nodigkeuze & { bron: 'keuze' }) | (Voorstel & { bron: 'voorstel' }) | null;
  taak: Taak | undefined;
}

/** The engine's context for one recipient, from its task, the choice (or suggestion) and the day. */
export function contextAfleiden(
  doel: Doel,
  ontvanger: Pick<Ontvanger, 'id' | 'soort'>,
  items: readonly Gegevensitem[],
  taak: Taak | undefined,
  keuze: Nodigkeuze | undefined,
  datum: string = vandaag(),
): Afgeleid {
  const taakNu = heeftTaak(doel, ontvanger, taak);
  if (!MET_KEUZE.includes(doel)) {
    return { context: { datum, ontvangerHeeftTaak: taakNu, identificatieNodig: false, nodigeItems: null }, keuze: null, taak };
  }
  const gekozen = keuze ? { ...keuze, bron: 'keuze' as const } : { ...voorstel(items, ontvanger, taak, doel), bron: 'voorstel' as const };
  return { context: { datum, ontvangerHeeftTaak: taakNu, identificatieNodig: gekozen.identificatie, nodigeItems: gekozen.items }, keuze: gekozen, taak };
}

/** Everything needed to derive contexts for one dossier, read once. */
export async function nodigVanDossier(v: Verbinding, dossierId: number) {
  return { taken: await takenVanDossier(v, dossierId), keuzes: await keuzesVanDossier(v, dossierId), spoedKeuzes: await spoedKeuzesVanDossier(v, dossierId) };
}

/**
 * Which choice counts for this purpose: for spoed the one made in the spoed decision (art. 16.9 — what the
 * immediate action needs, not what the partner's intervention needs), else the dossier's choice. Without a
 * spoed choice a spoed provision follows the spoed suggestion, never the handover choice.
 */
export function keuzeVoorDoel(doel: Doel, partnerId: number, n: { keuzes: Map<number, Nodigkeuze>; spoedKeuzes: Map<number, Nodigkeuze> }): Nodigkeuze | undefined {
  return doel === 'spoed' ? n.spoedKeuzes.get(partnerId) : n.keuzes.get(partnerId);
}

/** How the verstrekkingenlog names the choice a provision followed (who chose, when), or the suggestion. */
export const keuzeVoorLog = (k: Afgeleid['keuze']): string =>
  k === null
    ? ''
    : JSON.stringify(
        k.bron === 'keuze'
          ? { bron: 'keuze', door: k.door, gekozenOp: k.gekozenOp, identificatie: k.identificatie, ...(k.spoedId === undefined ? {} : { spoedId: k.spoedId }) }
          : { bron: 'voorstel', identificatie: k.identificatie },
      );

/** The dossier's number for messages and the audit; the callers checked that the dossier exists (keten/dossiers.ts). */
const nummerVan = async (v: Verbinding, dossierId: number): Promise<string> => (await v.get<{ nummer: string }>('SELECT nummer FROM dossiers WHERE id = ?', [dossierId]))?.nummer ?? `#${dossierId}`;

export interface KeuzeInvoer {
  dossierId: number;
  partnerId: number;
  itemSleutels: readonly string[];
  identificatie: boolean;
  toelichting: string;
}

/**
 * Record the ketenregisseur's choice for one acting partner (art. 9.4, 12.19). Only a partner with a task
 * on the dossier (an open intervention or a spoed request) gets a choice; only items of the dossier.
 */
export async function keuzeVastleggen(b: Bestand, g: KeuzeInvoer, items: readonly Gegevensitem[]): Promise<void> {
  const d = { nummer: await nummerVan(b.v, g.dossierId) };
  const partner = await b.v.get<{ code: string; naam: string }>('SELECT code, naam FROM partners WHERE id = ?', [g.partnerId]);
  if (!partner) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: g.partnerId }));
  const taak = (await takenVanDossier(b.v, g.dossierId)).get(g.partnerId);
  if (!taak) {
    throw new KetenFout('CONVENANTREGEL', melding('nodig.geenTaak', { naam: partner.naam, nummer: d.nummer }), { artikel: 'art. 16.5', velden: [veldfout('partnerId', melding('veld.geenTaak'))] });
  }
  const vreemd = g.itemSleutels.find((s) => !items.some((i) => i.sleutel === s));
  if (vreemd !== undefined) throw new KetenFout('ONGELDIGE_INVOER', melding('nodig.onbekendItem', { sleutel: vreemd, nummer: d.nummer }), { velden: [veldfout('itemSleutels', melding('veld.onbekendItem'))] });
  const sleutels = items.map((i) => i.sleutel).filter((s) => g.itemSleutels.includes(s));
  await vastleggen(
    b,
    () =>
      b.v.run(
        `INSERT INTO nodig_keuzes (dossier_id, partner_id, items, identificatie, toelichting, door, gekozen_op) VALUES (?,?,?,?,?,?,?)
           ON CONFLICT (dossier_id, partner_id) DO UPDATE SET items = excluded.items, identificatie = excluded.identificatie,
             toelichting = excluded.toelichting, door = excluded.door, gekozen_op = excluded.gekozen_op`,
        [g.dossierId, g.partnerId, JSON.stringify(sleutels), g.identificatie ? 1 : 0, g.toelichting.trim(), b.gebruiker.naam, nu().toISOString()],
      ),
    { actie: 'nodig.gekozen', onderwerp: `dossier:${d.nummer}`, details: { partner: partner.code, items: sleutels, identificatie: g.identificatie, artikel: 'art. 9.4, 12.19' } },
  );
}

/**
 * Record the weighing of the victim's interests on the dossier (art. 21.6) inside the caller's transaction
 * (a meeting decision, a spoed decision); audited, never the text itself.
 */
export async function belangenafwegingInTransactie(b: Bestand, dossierId: number, afweging: string): Promise<void> {
  const d = { nummer: await nummerVan(b.v, dossierId) };
  const tekst = afweging.trim();
  if (tekst.length < 20) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('nodig.afwegingTeKort'), { artikel: 'art. 21.6', velden: [veldfout('afweging', melding('veld.afwegingTeKort'))] });
  }
  await b.v.run('INSERT INTO belangenafwegingen (dossier_id, afweging, door, vastgelegd_op) VALUES (?,?,?,?)', [dossierId, tekst, b.gebruiker.naam, nu().toISOString()]);
  await b.audit('belangenafweging.vastgelegd', `dossier:${d.nummer}`, { artikel: 'art. 21.6' });
}

/**
 * Whether art. 21.6 still asks for a weighing on this dossier: it holds information from a signal not from a
 * care partner (the engine's rule 6a) and no weighing is recorded. A decision to act on it (interventions,
 * the whole case to the EMM) is refused until one is given (overleg/besluiten.ts).
 */
export async function afwegingOntbreekt(v: Verbinding, dossierId: number): Promise<boolean> {
  return (await itemsVanDossier(v, dossierId)).some((i) => i.belangenAfgewogen === false);
}

/** The same on its own, in its own transaction (the "Nodig" tab). */
export function belangenafwegingVastleggen(b: Bestand, dossierId: number, afweging: string): Promise<void> {
  return b.v.transactie(() => belangenafwegingInTransactie(b, dossierId, afweging));
}

/**
 * For the "Nodig" screen: per acting partner its task, the suggestion and the choice; the items of the
 * dossier; and whether art. 21.6 asks for a weighing (a signal not from a care partner), with the latest one.
 */
export async function nodigOverzicht(b: Bestand, dossierId: number, items: readonly Gegevensitem[], partners: readonly Ontvanger[]) {
  const { taken, keuzes } = await nodigVanDossier(b.v, dossierId);
  const naarNodig = (k: Nodigkeuze) => ({ bron: 'keuze' as const, items: k.items, identificatie: k.identificatie, door: k.door, gekozenOp: k.gekozenOp, toelichting: k.toelichting });
  return {
    items: items.map((i) => ({ sleutel: i.sleutel, omschrijving: i.omschrijving, categorie: i.categorie })),
    partners: [...taken.entries()].flatMap(([id, taak]) => {
      const o = partners.find((p) => p.id === id);
      if (!o) return [];
      const doel: Doel = taak.interventies.length ? 'overdracht' : 'spoed';
      const k = keuzes.get(id);
      return [{ id, code: o.code, naam: o.naam, taak, keuze: k ? naarNodig(k) : null, voorstel: { bron: 'voorstel' as const, ...voorstel(items, o, taak, doel) } }];
    }),
    afwegingNodig: items.some((i) => i.belangenAfgewogen !== undefined),
    belangenafweging: await belangenafwegingVan(b.v, dossierId),
  };
}
