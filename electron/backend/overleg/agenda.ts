/**
 * Agendas: the zorgoverleg from five-phase signals (art. 14.4), the casusoverleg from dossiers ready
 * for weighing plus spoed decisions awaiting confirmation (art. 12.18, 16.4, 16.9), and whatever the
 * last meeting carried over. What an attendee sees follows the policy engine: their agenda is their
 * view, and printing or packing it for them is a logged provision.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vandaag } from '@shared/datum';
import type { Agendakandidaat, Agendapunt, Overlegsoort } from '@shared/domein/overleg';
import type { Partnersoort } from '@shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import { magVerstrekken } from '../beleid/magVerstrekken';
import { itemsVanDossier, itemsVanSignalen, ontvangers } from '../beleid/gegevens';
import type { Beslissing, Gegevensitem, Ontvanger } from '../beleid/typen';
import { geenRedactie, type Redactieverslag } from '@shared/domein/redactie';
import { redactorsVoorSignalen, tekstRedigeren } from '../keten/anoniemeVorm';
import { overlegRij } from './overleggen';
import { interventiesVan } from './interventies';
import { kandidatenVoor, oordeelPunt } from './besluitbaar';

interface PuntRij {
  id: number;
  overleg_id: number;
  volgorde: number;
  soort: 'dossier' | 'signaal' | 'spoed';
  dossier_id: number | null;
  signaal_id: number | null;
  spoed_id: number | null;
  voorgestelde_partners: string;
  status: 'open' | 'besproken' | 'doorgeschoven';
  kwalificatie: string;
  besluit: Agendapunt['besluit'];
  notities: string;
}

/** A first proposal of partners to act, from the suspicion (the chair edits it). */
async function voorgesteldePartners(b: Bestand, signaalIds: number[]): Promise<number[]> {
  if (!signaalIds.length) return [];
  const rijen = await b.v.all<{ vermoedens: string; minderjarig: number }>(`SELECT vermoedens, minderjarig FROM signalen WHERE id IN (${signaalIds.map(() => '?').join(',')})`, signaalIds);
  const soorten = new Set<Partnersoort>();
  for (const r of rijen) {
    if (r.vermoedens.includes('seksuele')) ['politie', 'om', 'gemeente-ggd'].forEach((s) => soorten.add(s as Partnersoort));
    if (r.vermoedens.includes('economische')) ['szw-arbeidsinspectie', 'szw-siod', 'politie'].forEach((s) => soorten.add(s as Partnersoort));
    if (r.minderjarig) soorten.add('bureau-jeugdzorg');
  }
  const partners = await b.v.all<{ id: number; soort: Partnersoort }>("SELECT id, soort FROM partners WHERE rol = 'partij'");
  return partners.filter((p) => soorten.has(p.soort)).map((p) => p.id);
}

async function volgendeVolgorde(b: Bestand, overlegId: number): Promise<number> {
  return ((await b.v.get<{ m: number | null }>('SELECT max(volgorde) AS m FROM agendapunten WHERE overleg_id = ?', [overlegId]))?.m ?? 0) + 10;
}

async function puntInvoegen(b: Bestand, overlegId: number, p: { soort: 'dossier' | 'signaal' | 'spoed'; dossierId?: number | null; signaalId?: number | null; spoedId?: number | null; kwalificatie?: string; notities?: string }): Promise<number> {
  const signaalIds = p.dossierId
    ? (await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [p.dossierId])).map((r) => r.id)
    : p.signaalId
      ? [p.signaalId]
      : [];
  const { lastID } = await b.v.run(
    'INSERT INTO agendapunten (overleg_id, volgorde, soort, dossier_id, signaal_id, spoed_id, voorgestelde_partners, kwalificatie, notities) VALUES (?,?,?,?,?,?,?,?,?)',
    [overlegId, await volgendeVolgorde(b, overlegId), p.soort, p.dossierId ?? null, p.signaalId ?? null, p.spoedId ?? null, JSON.stringify(await voorgesteldePartners(b, signaalIds)), p.kwalificatie ?? '', p.notities ?? ''],
  );
  return lastID;
}

function alleenGepland(status: string): void {
  if (status !== 'gepland') throw new KetenFout('CONFLICT', melding('agenda.vastgesteld'));
}

export interface Samenstelling {
  toegevoegd: number;
  /** Every candidate considered, with why it is or is not on the agenda now (ADR 0033). */
  kandidaten: Agendakandidaat[];
}

/** The candidates for a meeting's agenda, each with whether it can be decided there and why. */
export async function agendakandidaten(b: Bestand, overlegId: number): Promise<Agendakandidaat[]> {
  return kandidatenVoor(b, await overlegRij(b, overlegId));
}

/**
 * Fills the agenda. Without a choice: what carried over and is still decidable, plus every decidable
 * candidate (for a zorgoverleg only the undiscussed signals received since the last zorgoverleg, the
 * sensible default for a long list). With a choice: exactly those, each of which must be decidable.
 * Items already on it are kept. The answer lists every candidate with its reason.
 */
export async function agendaSamenstellen(b: Bestand, overlegId: number, keuze?: ReadonlyArray<{ soort: 'dossier' | 'signaal' | 'spoed'; id: number }>): Promise<Samenstelling> {
  const o = await overlegRij(b, overlegId);
  alleenGepland(o.status);
  return b.v.transactie(async () => {
    let toegevoegd = 0;
    // Carried over from an earlier meeting of the same kind, if it can still be decided here.
    const oud = await b.v.all<PuntRij>(
      `SELECT a.* FROM agendapunten a JOIN overleggen o ON o.id = a.overleg_id
        WHERE o.soort = ? AND a.status = 'doorgeschoven' AND a.doorgeschoven_naar IS NULL AND o.id <> ?`,
      [o.soort, overlegId],
    );
    const bestaand = await b.v.all<{ dossier_id: number | null; signaal_id: number | null; spoed_id: number | null }>('SELECT dossier_id, signaal_id, spoed_id FROM agendapunten WHERE overleg_id = ?', [overlegId]);
    const sleutel = (soort: string, id: number | null) => `${soort}:${id}`;
    const op = new Set(bestaand.flatMap((x) => [sleutel('dossier', x.dossier_id), sleutel('signaal', x.signaal_id), sleutel('spoed', x.spoed_id)]));
    const puntSleutel = (p: { soort: string; dossier_id: number | null; signaal_id: number | null; spoed_id: number | null }) => sleutel(p.soort, p.soort === 'spoed' ? p.spoed_id : p.soort === 'dossier' ? p.dossier_id : p.signaal_id);
    if (!keuze) {
      for (const p of oud) {
        if (op.has(puntSleutel(p)) || !(await oordeelPunt(b, o.soort, p)).besluitbaar) continue;
        await puntInvoegen(b, overlegId, { soort: p.soort, dossierId: p.dossier_id, signaalId: p.signaal_id, spoedId: p.spoed_id, kwalificatie: p.kwalificatie, notities: p.notities });
        await b.v.run('UPDATE agendapunten SET doorgeschoven_naar = ? WHERE id = ?', [overlegId, p.id]);
        op.add(puntSleutel(p));
        toegevoegd += 1;
      }
    }
    const kandidaten = await kandidatenVoor(b, o);
    const gekozen = keuze
      ? keuze.map((k) => {
          const c = kandidaten.find((x) => x.soort === k.soort && x.id === k.id);
          if (!c) throw new KetenFout('NIET_GEVONDEN', melding('agenda.reden.bestaatNiet'));
          if (!c.besluitbaar) throw new KetenFout('CONVENANTREGEL', c.reden, { artikel: c.artikel });
          return c;
        })
      : kandidaten.filter((c) => c.besluitbaar && (o.soort !== 'zorgoverleg' || (c.nieuw && !c.besproken)));
    for (const c of gekozen) {
      if (op.has(sleutel(c.soort, c.id))) continue;
      const spoed = c.soort === 'spoed' ? await b.v.get<{ dossier_id: number | null }>('SELECT dossier_id FROM spoedbesluiten WHERE id = ?', [c.id]) : undefined;
      await puntInvoegen(b, overlegId, c.soort === 'spoed' ? { soort: 'spoed', spoedId: c.id, dossierId: spoed?.dossier_id ?? null } : c.soort === 'dossier' ? { soort: 'dossier', dossierId: c.id } : { soort: 'signaal', signaalId: c.id });
      op.add(sleutel(c.soort, c.id));
      toegevoegd += 1;
    }
    await b.audit('overleg.agenda-samengesteld', `overleg:${overlegId}`, { toegevoegd });
    const na = await kandidatenVoor(b, o);
    return { toegevoegd, kandidaten: na };
  });
}

/** Adds one item by hand; only an item this meeting can decide on (ADR 0033). */
export async function puntToevoegen(b: Bestand, overlegId: number, g: { dossierId?: number | undefined; signaalId?: number | undefined }): Promise<number> {
  const o = await overlegRij(b, overlegId);
  alleenGepland(o.status);
  if (!g.dossierId === !g.signaalId) throw new KetenFout('ONGELDIGE_INVOER', melding('agenda.kiesDossierOfSignaal'), { velden: [veldfout('dossierId', melding('veld.kiesDossierOfSignaal'))] });
  if (g.dossierId && !(await b.v.get('SELECT 1 FROM dossiers WHERE id = ?', [g.dossierId]))) throw new KetenFout('NIET_GEVONDEN', melding('dossier.bestaatNiet'));
  if (g.signaalId && !(await b.v.get("SELECT 1 FROM signalen WHERE id = ? AND status = 'ingediend'", [g.signaalId]))) throw new KetenFout('NIET_GEVONDEN', melding('agenda.signaalNietGevonden'));
  const punt = g.dossierId ? ({ soort: 'dossier', dossier_id: g.dossierId, signaal_id: null, spoed_id: null } as const) : ({ soort: 'signaal', dossier_id: null, signaal_id: g.signaalId!, spoed_id: null } as const);
  const oordeel = await oordeelPunt(b, o.soort, punt);
  if (!oordeel.besluitbaar) throw new KetenFout('CONVENANTREGEL', oordeel.reden, { artikel: oordeel.artikel });
  return b.v.transactie(async () => {
    const id = await puntInvoegen(b, overlegId, g.dossierId ? { soort: 'dossier', dossierId: g.dossierId } : { soort: 'signaal', signaalId: g.signaalId! });
    await b.audit('overleg.punt-toegevoegd', `overleg:${overlegId}`, { puntId: id, ...g });
    return id;
  });
}

/** Removes several items at once (a long zorgoverleg agenda is trimmed in one go). */
export async function puntenVerwijderen(b: Bestand, overlegId: number, puntIds: number[]): Promise<number> {
  alleenGepland((await overlegRij(b, overlegId)).status);
  const ids = [...new Set(puntIds)];
  if (!ids.length) return 0;
  return b.v.transactie(async () => {
    const r = await b.v.run(`DELETE FROM agendapunten WHERE overleg_id = ? AND id IN (${ids.map(() => '?').join(',')})`, [overlegId, ...ids]);
    await b.audit('overleg.punten-verwijderd', `overleg:${overlegId}`, { puntIds: ids });
    return r.changes;
  });
}

export async function puntVerwijderen(b: Bestand, puntId: number): Promise<void> {
  const p = await b.v.get<{ overleg_id: number }>('SELECT overleg_id FROM agendapunten WHERE id = ?', [puntId]);
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('agenda.puntNietGevonden'));
  alleenGepland((await overlegRij(b, p.overleg_id)).status);
  await b.v.transactie(async () => {
    await b.v.run('DELETE FROM agendapunten WHERE id = ?', [puntId]);
    await b.audit('overleg.punt-verwijderd', `overleg:${p.overleg_id}`, { puntId });
  });
}

export async function volgordeWijzigen(b: Bestand, overlegId: number, puntIds: number[]): Promise<void> {
  const bestaand = (await b.v.all<{ id: number }>('SELECT id FROM agendapunten WHERE overleg_id = ?', [overlegId])).map((r) => r.id).sort((x, y) => x - y);
  if (JSON.stringify([...puntIds].sort((x, y) => x - y)) !== JSON.stringify(bestaand)) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('agenda.volgorde'));
  }
  await b.v.transactie(async () => {
    for (const [i, id] of puntIds.entries()) await b.v.run('UPDATE agendapunten SET volgorde = ? WHERE id = ?', [(i + 1) * 10, id]);
    await b.audit('overleg.volgorde', `overleg:${overlegId}`, { puntIds });
  });
}

export async function voorgesteldePartnersWijzigen(b: Bestand, puntId: number, partnerIds: number[]): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE agendapunten SET voorgestelde_partners = ? WHERE id = ?', [JSON.stringify([...new Set(partnerIds)]), puntId]);
    if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', melding('agenda.puntNietGevonden'));
    await b.audit('overleg.voorgestelde-partners', `agendapunt:${puntId}`, { partnerIds });
  });
}

/** Groups refused items for the "not in this version" line: "2 signalen van de Belastingdienst (art. 18.2)". */
function afgeschermdeRegels(geweigerd: Array<{ item: Gegevensitem; beslissing: Beslissing; bronNaam: string }>): string[] {
  const groepen = new Map<string, number>();
  for (const g of geweigerd) {
    const sleutel = `${g.item.sleutel.startsWith('navraag') ? 'antwoord(en) op navraag' : 'signaal/signalen'} van ${g.bronNaam} (${g.beslissing.artikel})`;
    groepen.set(sleutel, (groepen.get(sleutel) ?? 0) + 1);
  }
  return [...groepen].map(([tekst, n]) => `${n} ${tekst.replace('signaal/signalen', n === 1 ? 'signaal' : 'signalen')}`);
}

/**
 * The items of a meeting as one attendee may see them (art. 9.4, 18, 21.5, 21.8), or in full for the
 * chair (`ontvanger` null). Identifying data is never on an agenda (art. 6.2): only summaries.
 * Notes and intervention descriptions are free text too: in an attendee's view and in a document
 * (`document`, the PDFs) they are redacted like the summary (ADR 0032); the chair's own screen keeps them
 * as written, since the meeting mode edits them there.
 */
export async function agendapunten(b: Bestand, overlegId: number, ontvanger: Ontvanger | null, opties: { document?: boolean } = {}): Promise<Agendapunt[]> {
  const geanonimiseerd = ontvanger !== null || opties.document === true;
  const punten = await b.v.all<PuntRij>('SELECT * FROM agendapunten WHERE overleg_id = ? ORDER BY volgorde', [overlegId]);
  const partnerNamen = new Map((await ontvangers(b.v)).map((p) => [p.id, p.naam]));
  const uit: Agendapunt[] = [];
  for (const p of punten) {
    const items = p.dossier_id ? await itemsVanDossier(b.v, p.dossier_id) : p.signaal_id ? await itemsVanSignalen(b.v, [p.signaal_id]) : [];
    const context = { datum: vandaag(), ontvangerHeeftTaak: true, identificatieNodig: false };
    const beoordeeld = items.map((item) => ({ item, beslissing: ontvanger ? magVerstrekken(item, ontvanger, 'overleg', context) : null, bronNaam: partnerNamen.get(item.bron.partnerId) ?? 'onbekende bron' }));
    const zichtbaar = beoordeeld.filter((x) => !x.beslissing || x.beslissing.toegestaan);
    const signaalIds = zichtbaar.filter((x) => x.item.sleutel.startsWith('signaal:')).map((x) => Number(x.item.sleutel.slice(8)));
    const signalen = signaalIds.length
      ? await b.v.all<{ id: number; formulier: string; fase: number | null; nummer: string }>(`SELECT s.id, f.formulier, s.fase, s.nummer FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE s.id IN (${signaalIds.map(() => '?').join(',')}) ORDER BY s.datum_tijd`, signaalIds)
      : [];
    const indicatoren = signaalIds.length
      ? await b.v.all<{ tekst: string }>(`SELECT DISTINCT i.tekst FROM signaal_indicatoren si JOIN indicatoren i ON i.id = si.indicator_id WHERE si.signaal_id IN (${signaalIds.map(() => '?').join(',')}) ORDER BY i.code`, signaalIds)
      : [];
    const dossier = p.dossier_id ? await b.v.get<{ nummer: string; titel: string }>('SELECT nummer, titel FROM dossiers WHERE id = ?', [p.dossier_id]) : undefined;
    const spoed = p.spoed_id ? await b.v.get<{ verzoek: string }>('SELECT verzoek FROM spoedbesluiten WHERE id = ?', [p.spoed_id]) : undefined;
    const samenvatting = spoed
      ? `Spoedbesluit ter bevestiging: ${spoed.verzoek}`
      : (signalen.map((s) => (JSON.parse(s.formulier) as { samenvatting: string }).samenvatting).find(Boolean) ?? (beoordeeld.length ? 'Niet in deze versie.' : ''));
    // Title and summary are free text and on every attendee's agenda: redacted, what remains flagged (ADR 0032).
    const redactie = geenRedactie();
    const redactors = await redactorsVoorSignalen(b, items.filter((x) => x.sleutel.startsWith('signaal:')).map((x) => Number(x.sleutel.slice(8))));
    const titel = spoed ? `Spoed${dossier ? ` — ${dossier.nummer}` : ''}` : dossier ? `${dossier.nummer} ${tekstRedigeren(dossier.titel, 'titel', redactie, redactors)}` : signalen[0] ? `Signaal ${signalen[0].nummer}` : 'Signaal (niet in deze versie)';
    uit.push({
      id: p.id,
      volgorde: p.volgorde,
      soort: p.soort,
      titel,
      dossierId: p.dossier_id,
      signaalId: p.signaal_id,
      spoedId: p.spoed_id,
      samenvatting: tekstRedigeren(samenvatting, 'samenvatting', redactie, redactors),
      aantalSignalen: signalen.length,
      bronnen: [...new Set(zichtbaar.map((x) => x.bronNaam))],
      indicatoren: indicatoren.map((i) => i.tekst),
      voorgesteldePartners: (JSON.parse(p.voorgestelde_partners) as number[]).map((id) => ({ id, naam: partnerNamen.get(id) ?? `partner ${id}` })),
      fase: signalen.length === 1 ? signalen[0]!.fase : null,
      status: p.status,
      kwalificatie: p.kwalificatie,
      besluit: p.besluit,
      notities: ontvanger ? '' : geanonimiseerd ? tekstRedigeren(p.notities, 'notities', redactie, redactors) : p.notities,
      interventies: (await interventiesVan(b, { agendapuntId: p.id })).map((iv) => (geanonimiseerd ? { ...iv, omschrijving: tekstRedigeren(iv.omschrijving, 'interventie', redactie, redactors) } : iv)),
      afgeschermd: afgeschermdeRegels(beoordeeld.filter((x) => x.beslissing && !x.beslissing.toegestaan) as Array<{ item: Gegevensitem; beslissing: Beslissing; bronNaam: string }>),
      redactie,
    });
  }
  return uit;
}

/**
 * What the free text of an agenda or decision list lost and what still looks identifying, per item, for
 * the review before it leaves (ADR 0032): the agenda as every attendee gets it (titles and summaries), the
 * decision list with the notes and intervention descriptions of the items discussed.
 */
export async function agendaRedactie(b: Bestand, overlegId: number, soort: 'agenda' | 'besluitenlijst'): Promise<Array<{ onderdeel: string; redactie: Redactieverslag }>> {
  const punten = soort === 'agenda' ? await agendapunten(b, overlegId, null) : (await agendapunten(b, overlegId, null, { document: true })).filter((p) => p.status === 'besproken');
  return punten.map((p) => ({ onderdeel: p.titel, redactie: p.redactie }));
}

export type { Overlegsoort };
