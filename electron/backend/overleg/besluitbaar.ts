/**
 * What a meeting can decide on (ADR 0033). A casusoverleg weighs dossiers in the step "weging en
 * kwalificatie" and confirms spoed decisions (art. 10.1, 12.21, 13.1); a zorgoverleg discusses open
 * five-phase signals not yet in a dossier (art. 14.4, 14.5). Every candidate carries the reason it can
 * or cannot be decided here, as a message code with the article, so composing, adding and fixing an
 * agenda all say the same thing and no undecidable item reaches the meeting.
 */
import { KetenFout } from '@shared/fouten';
import { melding, type Melding } from '@shared/meldingen';
import type { Agendakandidaat, Besluit, OverlegDetail, Overlegsoort } from '@shared/domein/overleg';
import type { TerugkoppelingReis } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';

export interface Oordeel {
  besluitbaar: boolean;
  reden: Melding;
  artikel: string;
}

interface DossierFeit {
  id: number;
  nummer: string;
  titel: string;
  fase: string;
  opschonen_sinds: string | null;
}
interface SignaalFeit {
  id: number;
  nummer: string;
  datum_tijd: string;
  fase: number | null;
  besluit: string;
  voorbereidingsteam: number;
  dossier_id: number | null;
  dossiernummer: string | null;
  bron: string | null;
  besproken: number;
}
interface SpoedFeit {
  id: number;
  verzoek: string;
  status: string;
  dossier_id: number | null;
}

const ja = (reden: Melding, artikel: string): Oordeel => ({ besluitbaar: true, reden, artikel });
const nee = (reden: Melding, artikel: string): Oordeel => ({ besluitbaar: false, reden, artikel });

export function oordeelDossier(soort: Overlegsoort, d: DossierFeit): Oordeel {
  if (soort !== 'casusoverleg') return nee(melding('agenda.reden.dossierNietInZorg'), 'art. 13.1, 14.4');
  if (d.opschonen_sinds) return nee(melding('agenda.reden.opschonen', { nummer: d.nummer }), 'art. 16.8');
  if (d.fase !== 'weging-en-kwalificatie') return nee(melding('agenda.reden.fase', { nummer: d.nummer, fase: d.fase }), 'art. 10.1, 13.1');
  return ja(melding('agenda.reden.inWeging', { nummer: d.nummer }), 'art. 13.1');
}

export function oordeelSignaal(soort: Overlegsoort, s: SignaalFeit): Oordeel {
  if (soort !== 'zorgoverleg') return nee(melding('agenda.reden.signaalNietInCasus', { nummer: s.nummer }), 'art. 13.1, 14.4');
  if (s.dossier_id) return nee(melding('agenda.reden.inDossier', { nummer: s.nummer, dossier: s.dossiernummer ?? String(s.dossier_id) }), 'art. 13.1');
  if (s.besluit !== 'open' || s.voorbereidingsteam) return nee(melding('agenda.reden.signaalAfgehandeld', { nummer: s.nummer }), 'art. 14.5');
  if (s.fase === null) return nee(melding('agenda.reden.geenVijffasen', { nummer: s.nummer }), 'art. 14.4');
  return ja(melding('agenda.reden.vijffasen', { nummer: s.nummer, fasenummer: s.fase }), 'art. 14.4');
}

export function oordeelSpoed(soort: Overlegsoort, s: SpoedFeit): Oordeel {
  if (soort !== 'casusoverleg') return nee(melding('agenda.reden.spoedNietInZorg'), 'art. 12.21');
  if (s.status !== 'wacht-op-bevestiging') return nee(melding('agenda.reden.spoedAfgehandeld'), 'art. 12.21');
  return ja(melding('agenda.reden.spoedBevestigen'), 'art. 12.21');
}

const SIGNAALVELDEN = `s.id, s.nummer, s.datum_tijd, s.fase, s.besluit, s.voorbereidingsteam, s.dossier_id, d.nummer AS dossiernummer, p.naam AS bron,
  EXISTS (SELECT 1 FROM agendapunten a WHERE a.signaal_id = s.id AND a.status = 'besproken') AS besproken
  FROM signalen s LEFT JOIN dossiers d ON d.id = s.dossier_id LEFT JOIN partners p ON p.id = s.bron_partner_id`;

/** Whether one item (as on an agenda) can be decided in a meeting of this kind. */
export async function oordeelPunt(b: Bestand, soort: Overlegsoort, p: { soort: 'dossier' | 'signaal' | 'spoed'; dossier_id: number | null; signaal_id: number | null; spoed_id: number | null }): Promise<Oordeel & { nummer: string }> {
  if (soort !== 'casusoverleg' && soort !== 'zorgoverleg') return { ...nee(melding('agenda.reden.geenPunten'), 'art. 11.4, 11.8'), nummer: '' };
  if (p.soort === 'spoed' && p.spoed_id) {
    const s = await b.v.get<SpoedFeit>('SELECT id, verzoek, status, dossier_id FROM spoedbesluiten WHERE id = ?', [p.spoed_id]);
    if (s) return { ...oordeelSpoed(soort, s), nummer: `spoed ${s.id}` };
  } else if (p.soort === 'dossier' && p.dossier_id) {
    const d = await b.v.get<DossierFeit>('SELECT id, nummer, titel, fase, opschonen_sinds FROM dossiers WHERE id = ?', [p.dossier_id]);
    if (d) return { ...oordeelDossier(soort, d), nummer: d.nummer };
  } else if (p.signaal_id) {
    const s = await b.v.get<SignaalFeit>(`SELECT ${SIGNAALVELDEN} WHERE s.id = ?`, [p.signaal_id]);
    if (s) return { ...oordeelSignaal(soort, s), nummer: s.nummer };
  }
  return { ...nee(melding('agenda.reden.bestaatNiet'), 'art. 12.11'), nummer: '' };
}

/**
 * Everything that could be put on this meeting's agenda, each with its verdict: for a casusoverleg the
 * dossiers not closed and the spoed decisions awaiting confirmation; for a zorgoverleg the submitted
 * signals not in a dossier. `nieuw` marks a signal received since the last zorgoverleg held.
 */
export async function kandidatenVoor(b: Bestand, overleg: { id: number; soort: Overlegsoort; datum: string }): Promise<Agendakandidaat[]> {
  const op = await b.v.all<{ dossier_id: number | null; signaal_id: number | null; spoed_id: number | null }>('SELECT dossier_id, signaal_id, spoed_id FROM agendapunten WHERE overleg_id = ?', [overleg.id]);
  const uit: Agendakandidaat[] = [];
  const voeg = (k: Omit<Agendakandidaat, 'reden' | 'besluitbaar' | 'artikel'>, o: Oordeel) => uit.push({ ...k, besluitbaar: o.besluitbaar, reden: o.reden, artikel: o.artikel });
  if (overleg.soort === 'casusoverleg') {
    for (const s of await b.v.all<SpoedFeit & { dossiernummer: string | null }>("SELECT s.id, s.verzoek, s.status, s.dossier_id, d.nummer AS dossiernummer FROM spoedbesluiten s LEFT JOIN dossiers d ON d.id = s.dossier_id WHERE s.status = 'wacht-op-bevestiging' ORDER BY s.id")) {
      voeg({ soort: 'spoed', id: s.id, nummer: s.dossiernummer ?? `spoed ${s.id}`, omschrijving: s.verzoek, opAgenda: op.some((x) => x.spoed_id === s.id), fase: null, bron: null, datum: null, nieuw: false, besproken: false }, oordeelSpoed(overleg.soort, s));
    }
    for (const d of await b.v.all<DossierFeit>("SELECT id, nummer, titel, fase, opschonen_sinds FROM dossiers WHERE fase <> 'gesloten' ORDER BY fase = 'weging-en-kwalificatie' DESC, aangemaakt")) {
      voeg({ soort: 'dossier', id: d.id, nummer: d.nummer, omschrijving: d.titel, opAgenda: op.some((x) => x.dossier_id === d.id), fase: null, bron: null, datum: null, nieuw: false, besproken: false }, oordeelDossier(overleg.soort, d));
    }
  } else if (overleg.soort === 'zorgoverleg') {
    const vorige = (await b.v.get<{ datum: string | null }>("SELECT max(datum) AS datum FROM overleggen WHERE soort = 'zorgoverleg' AND status IN ('gehouden', 'verslag-vastgesteld') AND datum < ?", [overleg.datum]))?.datum ?? null;
    for (const s of await b.v.all<SignaalFeit>(`SELECT ${SIGNAALVELDEN} WHERE s.status = 'ingediend' AND s.dossier_id IS NULL ORDER BY s.fase IS NULL, s.fase DESC, s.datum_tijd`)) {
      voeg(
        { soort: 'signaal', id: s.id, nummer: s.nummer, omschrijving: '', opAgenda: op.some((x) => x.signaal_id === s.id), fase: s.fase, bron: s.bron, datum: s.datum_tijd.slice(0, 10), nieuw: vorige === null || s.datum_tijd.slice(0, 10) > vorige, besproken: s.besproken === 1 },
        oordeelSignaal(overleg.soort, s),
      );
    }
  }
  return uit;
}

/**
 * Before an agenda is fixed: every open item must be decidable in this meeting, or the fixing is
 * refused with the items and the article (ADR 0033); the chair does not find out in the meeting.
 */
export async function agendaToetsen(b: Bestand, overlegId: number, soort: Overlegsoort): Promise<void> {
  const punten = await b.v.all<{ soort: 'dossier' | 'signaal' | 'spoed'; dossier_id: number | null; signaal_id: number | null; spoed_id: number | null }>("SELECT soort, dossier_id, signaal_id, spoed_id FROM agendapunten WHERE overleg_id = ? AND status = 'open' ORDER BY volgorde", [overlegId]);
  const fout: Array<Oordeel & { nummer: string }> = [];
  for (const p of punten) {
    const o = await oordeelPunt(b, soort, p);
    if (!o.besluitbaar) fout.push(o);
  }
  if (fout.length) {
    throw new KetenFout('CONVENANTREGEL', melding('agenda.onbesluitbaar', { punten: fout.map((x) => x.nummer).join(', '), aantal: fout.length }), { artikel: [...new Set(fout.map((x) => x.artikel))].join('; ') });
  }
}


/**
 * Art. 12.31: what the casusoverleg decided on dossiers that grew from signals discussed in a zorgoverleg,
 * since the last zorgoverleg held before this one — the zorgcoördinator reports it back to the care partners.
 */
export async function terugkoppeling(b: Bestand, overleg: { soort: Overlegsoort; datum: string; id?: number }): Promise<OverlegDetail['terugkoppeling']> {
  if (overleg.soort !== 'zorgoverleg') return [];
  // The zorgcoördinator's installation holds no casusoverleg: it has what the agenda pack brought.
  if (b.instellingen.profiel === 'zorgcoordinatie') return overleg.id === undefined ? [] : terugkoppelingUitPakket(b, overleg.id);
  const vorige = (await b.v.get<{ datum: string | null }>("SELECT max(datum) AS datum FROM overleggen WHERE soort = 'zorgoverleg' AND status IN ('gehouden', 'verslag-vastgesteld') AND datum < ?", [overleg.datum]))?.datum ?? '0000-00-00';
  const rijen = await b.v.all<{ nummer: string; besluit: Besluit; kwalificatie: string; datum: string; signalen: string }>(
    `SELECT d.nummer, a.besluit, a.kwalificatie, o.datum,
            (SELECT group_concat(nummer, ',') FROM (SELECT DISTINCT s.nummer FROM signalen s JOIN agendapunten z ON z.signaal_id = s.id JOIN overleggen zo ON zo.id = z.overleg_id
               WHERE s.dossier_id = a.dossier_id AND zo.soort = 'zorgoverleg' ORDER BY s.nummer)) AS signalen
       FROM agendapunten a JOIN overleggen o ON o.id = a.overleg_id JOIN dossiers d ON d.id = a.dossier_id
      WHERE o.soort = 'casusoverleg' AND a.status = 'besproken' AND a.besluit IS NOT NULL AND o.datum >= ? AND o.datum < ?
        AND EXISTS (SELECT 1 FROM signalen s JOIN agendapunten z ON z.signaal_id = s.id JOIN overleggen zo ON zo.id = z.overleg_id WHERE s.dossier_id = a.dossier_id AND zo.soort = 'zorgoverleg')
      ORDER BY o.datum, d.nummer`,
    [vorige, overleg.datum],
  );
  return rijen.map((r) => ({ dossierNummer: r.nummer, besluit: r.besluit, kwalificatie: r.kwalificatie, casusoverleg: r.datum, signalen: r.signalen ? r.signalen.split(',') : [] }));
}

/**
 * Zorgcoördinatie: the casusoverleg outcomes (art. 12.31) the agenda pack of this meeting carried, kept
 * beside the meeting when it was read in (overdracht/zorgoverleg.ts) and gone with the pack (bewaring/).
 */
async function terugkoppelingUitPakket(b: Bestand, overlegId: number): Promise<OverlegDetail['terugkoppeling']> {
  const r = await b.v.get<{ inhoud: string }>(
    "SELECT ob.inhoud FROM externe_overleggen eo JOIN ontvangen_bundels ob ON ob.bundel_id = eo.bundel_id AND ob.soort = 'agendapakket' WHERE eo.overleg_id = ?",
    [overlegId],
  );
  if (!r) return [];
  const rijen = (JSON.parse(r.inhoud) as { terugkoppeling?: TerugkoppelingReis[] }).terugkoppeling ?? [];
  return rijen.map((t) => ({ dossierNummer: t.dossierNummer, besluit: t.besluit, kwalificatie: t.kwalificatie, casusoverleg: t.casusoverleg, signalen: t.signalen }));
}
