/**
 * Reads from the bestand what the policy engine needs: the items of a dossier (its signals and the
 * relevant answers to inquiries, with their consents) and the partners as recipients.
 */
import type { Partnersoort, PartnerRol } from '@shared/domein/partner';
import type { Verbinding } from '../bestand/verbinding';
import { categorieVanBron } from './categorie';
import type { Blokkade, Doel, Gegevensitem, Ontvanger, Toestemming, Toestemmingsoort } from './typen';

interface ToestemmingRij {
  id: number;
  soort: Toestemmingsoort;
  signaal_id: number | null;
  navraag_id: number | null;
  gegeven_door_partner_id: number;
  ontvanger_partner_id: number | null;
  gegeven_op: string;
  ingetrokken_op: string | null;
  doel: Doel | null;
  verenigbaar: number | null;
}

const naarToestemming = (r: ToestemmingRij): Toestemming => ({
  id: r.id,
  soort: r.soort,
  gegevenDoorPartnerId: r.gegeven_door_partner_id,
  ontvangerPartnerId: r.ontvanger_partner_id,
  gegevenOp: r.gegeven_op,
  ingetrokkenOp: r.ingetrokken_op,
  doel: r.doel,
  verenigbaar: r.verenigbaar === null ? null : r.verenigbaar === 1,
});

export async function ontvangers(v: Verbinding): Promise<Ontvanger[]> {
  return v.all<Ontvanger>(
    'SELECT id, code, naam, soort, rol, land, toegetreden_op AS toegetredenOp, uitgetreden_per AS uitgetredenPer FROM partners ORDER BY rol = \'kandidaat\', code',
  );
}

/**
 * The signals among `ids` that name a blocked person (art. 27.2, 26.1; ADR 0023), with the block. A block
 * on one row of a person holds for every row merged into the same entity. Verzet weighs more than afscherming.
 */
export async function blokkadesVanSignalen(v: Verbinding, ids: readonly number[]): Promise<Map<number, Blokkade>> {
  const uit = new Map<number, Blokkade>();
  if (!ids.length) return uit;
  const rijen = await v.all<{ signaal_id: number; grond: Blokkade['grond']; sinds: string }>(
    `SELECT sp.signaal_id, b.grond, b.sinds FROM signaal_personen sp
       JOIN personen p ON p.id = sp.persoon_id
       JOIN personen q ON coalesce(q.samengevoegd_in, q.id) = coalesce(p.samengevoegd_in, p.id)
       JOIN persoon_blokkades b ON b.persoon_id = q.id AND b.opgeheven_op IS NULL
      WHERE sp.signaal_id IN (${ids.map(() => '?').join(',')})
      ORDER BY b.grond = 'verzet' DESC, b.sinds`,
    [...ids],
  );
  for (const r of rijen) if (!uit.has(r.signaal_id)) uit.set(r.signaal_id, { grond: r.grond, sinds: r.sinds.slice(0, 10) });
  return uit;
}

async function signaalItems(v: Verbinding, waar: string, params: Array<number>): Promise<Gegevensitem[]> {
  const signalen = await v.all<{ id: number; nummer: string; delen: string; formulier: string; bron_id: number | null; bron_soort: Partnersoort | null; bron_naam: string | null; personen: number }>(
    `SELECT s.id, s.nummer, s.delen, f.formulier, p.id AS bron_id, p.soort AS bron_soort, p.naam AS bron_naam,
            (SELECT count(*) FROM signaal_personen sp WHERE sp.signaal_id = s.id) AS personen
       FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id LEFT JOIN partners p ON p.id = s.bron_partner_id WHERE ${waar} ORDER BY s.id`,
    params,
  );
  const ids = signalen.map((s) => s.id);
  const toestemmingen = ids.length
    ? await v.all<ToestemmingRij>(`SELECT * FROM toestemmingen WHERE signaal_id IN (${ids.map(() => '?').join(',')})`, ids)
    : [];
  const blokkades = await blokkadesVanSignalen(v, ids);
  return signalen.map((s) => {
    const formulier = JSON.parse(s.formulier) as { handhaving?: { strafbareFeiten?: string } };
    const soort = s.bron_soort ?? 'overig';
    return {
      sleutel: `signaal:${s.id}`,
      omschrijving: `Signaal ${s.nummer}${s.bron_naam ? ` (${s.bron_naam})` : ''}`,
      categorie: categorieVanBron(soort),
      bron: { partnerId: s.bron_id ?? 0, soort },
      identificerend: s.personen > 0,
      identificeerbaarToegestaan: s.delen === 'identificeerbaar',
      // Art. 17.2: what the form records as committed offences is the concrete suspicion.
      concreteVerdenking: formulier.handhaving?.strafbareFeiten === 'ja',
      toestemmingen: toestemmingen.filter((t) => t.signaal_id === s.id).map(naarToestemming),
      blokkade: blokkades.get(s.id) ?? null,
    };
  });
}

/** Signals not (yet) in a dossier, as on a zorgoverleg agenda. */
export function itemsVanSignalen(v: Verbinding, signaalIds: readonly number[]): Promise<Gegevensitem[]> {
  if (signaalIds.length === 0) return Promise.resolve([]);
  return signaalItems(v, `s.id IN (${signaalIds.map(() => '?').join(',')})`, [...signaalIds]);
}

export async function itemsVanDossier(v: Verbinding, dossierId: number): Promise<Gegevensitem[]> {
  const items = await signaalItems(v, 's.dossier_id = ?', [dossierId]);
  // Art. 21.6: information from a signal not from a care partner waits for the weighing of the victim's interests.
  const afgewogen = (await v.get('SELECT 1 FROM belangenafwegingen WHERE dossier_id = ? LIMIT 1', [dossierId])) !== undefined;
  for (const i of items) if (i.categorie !== 'zorg') i.belangenAfgewogen = afgewogen;
  const toestemmingen = await v.all<ToestemmingRij>('SELECT * FROM toestemmingen WHERE navraag_id IN (SELECT id FROM navragen WHERE dossier_id = ?)', [dossierId]);
  const navragen = await v.all<{ id: number; partner_id: number; soort: Partnersoort; naam: string; categorie: string; concrete_verdenking: number }>(
    `SELECT n.id, n.partner_id, p.soort, p.naam, n.categorie, n.concrete_verdenking FROM navragen n JOIN partners p ON p.id = n.partner_id
      WHERE n.dossier_id = ? AND n.beantwoord_op IS NOT NULL AND n.relevant = 1 ORDER BY n.id`,
    [dossierId],
  );
  // An answer about the dossier is about its persons: a blocked person blocks it too (art. 27.2).
  const blokkade = items.map((i) => i.blokkade).find((x) => x?.grond === 'verzet') ?? items.map((i) => i.blokkade).find(Boolean) ?? null;
  for (const n of navragen) {
    items.push({
      sleutel: `navraag:${n.id}`,
      omschrijving: `Antwoord op navraag bij ${n.naam}`,
      categorie: n.categorie as Gegevensitem['categorie'],
      bron: { partnerId: n.partner_id, soort: n.soort },
      identificerend: true,
      identificeerbaarToegestaan: true,
      concreteVerdenking: n.concrete_verdenking === 1,
      toestemmingen: toestemmingen.filter((t) => t.navraag_id === n.id).map(naarToestemming),
      blokkade,
    });
  }
  return items;
}

export type { Partnersoort, PartnerRol };
