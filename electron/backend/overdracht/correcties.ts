/**
 * A `correctie` bundle at the receiving installation (art. 26; ADR 0023). The centraal bestand corrected
 * a person's data and tells every partner that received the old data. Here each correction is applied to
 * the received extract that holds the signal — the field in the person's part of the form is replaced,
 * completed or emptied — or, where that is not possible (the signal is not here, or was received without
 * that field), kept as a flag for the partnermedewerker. Either way it is recorded and shown with the
 * received dossier, and audited.
 */
import type { InleesHandler } from '../bundels/inleeshandlers';
import type { Bestand } from '../bestand/bestand';

type Correctie = Parameters<InleesHandler<'correctie'>>[1]['inhoud']['correcties'][number];
interface Gegeven {
  soort?: unknown;
  nummer?: unknown;
  vorm?: unknown;
  formulier?: Record<string, Record<string, unknown> | undefined>;
}

/** Applies one correction to one extract's form, in place; the reason when it cannot. */
function toepassen(g: Gegeven, c: Correctie): string | null {
  const persoon = g.formulier?.[c.rol];
  if (!persoon || typeof persoon !== 'object') return 'het uittreksel bevat deze persoon niet';
  const huidig = typeof persoon[c.veld] === 'string' ? (persoon[c.veld] as string) : '';
  switch (c.soort) {
    case 'verbetering':
    case 'aanvulling':
      if (c.nieuweWaarde === null) return 'de nieuwe waarde ontbreekt in de bundel';
      if (g.vorm !== 'identificeerbaar' && ['naam', 'geboortedatum', 'adres', 'woonplaats'].includes(c.veld)) return 'het uittreksel is geanonimiseerd ontvangen';
      if (c.soort === 'aanvulling' && huidig) return 'het veld heeft hier al een waarde; beoordeel de aanvulling zelf';
      persoon[c.veld] = c.nieuweWaarde;
      return null;
    case 'verwijdering':
    case 'afscherming':
      persoon[c.veld] = c.veld === 'geslacht' ? 'onbekend' : '';
      return null;
  }
}

export const correctieInlezen: InleesHandler<'correctie'> = async (b, bundel, { afzender, ontvangenOp }) => {
  const dossiers = await b.v.all<{ id: number; dossier_nummer: string; inhoud: string }>('SELECT id, dossier_nummer, inhoud FROM ontvangen_dossiers WHERE van_partner_id = ? ORDER BY id', [afzender.id]);
  const telling = { toegepast: 0, handmatig: 0 };
  const vastleggen = async (dossierId: number | null, c: Correctie, status: 'toegepast' | 'handmatig', toelichting: string) => {
    telling[status] += 1;
    await b.v.run(
      'INSERT INTO ontvangen_correcties (bundel_id, van_partner_id, ontvangen_dossier_id, signaal_nummer, rol, soort, veld, status, toelichting, ontvangen_op) VALUES (?,?,?,?,?,?,?,?,?,?)',
      [bundel.id, afzender.id, dossierId, c.signaalNummer, c.rol, c.soort, c.veld, status, toelichting, ontvangenOp],
    );
  };
  const gewijzigd = new Map<number, Record<string, unknown>>();
  for (const c of bundel.inhoud.correcties) {
    let gevonden = false;
    for (const d of dossiers) {
      const inhoud = gewijzigd.get(d.id) ?? (JSON.parse(d.inhoud) as Record<string, unknown>);
      const gegevens = Array.isArray(inhoud.gegevens) ? (inhoud.gegevens as Gegeven[]) : [];
      const g = gegevens.find((x) => x.soort === 'signaal' && x.nummer === c.signaalNummer);
      if (!g) continue;
      gevonden = true;
      const waarom = toepassen(g, c);
      if (waarom) await vastleggen(d.id, c, 'handmatig', `Niet automatisch toegepast: ${waarom}.`);
      else {
        gewijzigd.set(d.id, inhoud);
        await vastleggen(d.id, c, 'toegepast', '');
      }
    }
    if (!gevonden) await vastleggen(null, c, 'handmatig', `Signaal ${c.signaalNummer} staat niet in een uittreksel van ${afzender.naam} hier; ga na of het in een eigen registratie staat.`);
  }
  for (const [id, inhoud] of gewijzigd) await b.v.run('UPDATE ontvangen_dossiers SET inhoud = ? WHERE id = ?', [JSON.stringify(inhoud), id]);
  await b.audit('correctie.ontvangen', `partner:${afzender.code}`, { bundel: bundel.id, ...telling, besloten: bundel.inhoud.besloten, artikel: 'art. 26' });
};

export interface OntvangenCorrectie {
  id: number;
  ontvangenDossierId: number | null;
  dossierNummer: string | null;
  van: string;
  signaalNummer: string;
  rol: string;
  soort: string;
  veld: string;
  status: 'toegepast' | 'handmatig';
  toelichting: string;
  ontvangenOp: string;
}

/** The corrections received, for one extract or all; flags first. */
export async function ontvangenCorrecties(b: Bestand, ontvangenDossierId?: number): Promise<OntvangenCorrectie[]> {
  const rijen = await b.v.all<{ id: number; ontvangen_dossier_id: number | null; dossier_nummer: string | null; van: string; signaal_nummer: string; rol: string; soort: string; veld: string; status: 'toegepast' | 'handmatig'; toelichting: string; ontvangen_op: string }>(
    `SELECT c.*, d.dossier_nummer, p.naam AS van FROM ontvangen_correcties c JOIN partners p ON p.id = c.van_partner_id LEFT JOIN ontvangen_dossiers d ON d.id = c.ontvangen_dossier_id
      ${ontvangenDossierId === undefined ? '' : 'WHERE c.ontvangen_dossier_id = ?'} ORDER BY c.status = 'toegepast', c.ontvangen_op DESC, c.id`,
    ontvangenDossierId === undefined ? [] : [ontvangenDossierId],
  );
  return rijen.map((r) => ({
    id: r.id,
    ontvangenDossierId: r.ontvangen_dossier_id,
    dossierNummer: r.dossier_nummer,
    van: r.van,
    signaalNummer: r.signaal_nummer,
    rol: r.rol,
    soort: r.soort,
    veld: r.veld,
    status: r.status,
    toelichting: r.toelichting,
    ontvangenOp: r.ontvangen_op,
  }));
}
