/**
 * Which dossiers can be handed over now, and what the others still lack (issue 11 §5, ADR 0035):
 * the handover list offers only what can be done. A dossier in the step "toewijzing interventie" or
 * later (not yet purged) is a candidate when its casusoverleg assigned interventions (art. 16.5) and
 * every acting partner is inside the circle (art. 4, 34.3, 15.4) with a trusted bundle key (art. 21.9).
 * The same checks as the wizard's first step (`overdrachtVoorbereiden`), for all dossiers at once and
 * without evaluating the policy per item: what is missing, per partner, as a code the screen words.
 */
import type { Dossierfase } from '@shared/domein/dossier';
import { sleutelstanden, type Sleutelstand } from '@shared/domein/sleutelstand';
import { vandaag } from '../klok';
import type { Bestand } from '../bestand/bestand';
import { buitenEuEer, buitenHetConvenant, partnerOpId } from '../bundels/kring';
import { HEEFT_OVERDRACHT } from '../keten/opschonen';

/** What stands between a dossier and its handover; `partner` is null for the dossier as a whole. */
export interface Ontbrekend {
  soort: 'interventies' | 'sleutel' | 'sleutelOnbevestigd' | 'kring';
  partner: { id: number; code: string; naam: string } | null;
  artikel: string;
}

export interface Overdrachtkandidaat {
  id: number;
  nummer: string;
  titel: string;
  fase: Dossierfase;
  klaar: boolean;
  /** The acting partners (with an assigned intervention) and their key. */
  partners: Array<{ id: number; code: string; naam: string; sleutel: Sleutelstand; vingerafdruk: string | null }>;
  ontbreekt: Ontbrekend[];
  /** When a handover was last recorded (bundle or outside the app), or null. */
  overgedragen: boolean;
}

const FASEN_MET_INTERVENTIES = ['toewijzing-interventie', 'uitvoering-interventie'];

export async function overdrachtKandidaten(b: Bestand): Promise<Overdrachtkandidaat[]> {
  const dossiers = await b.v.all<{ id: number; nummer: string; titel: string; fase: Dossierfase; overgedragen: number }>(
    `SELECT d.id, d.nummer, d.titel, d.fase, ${HEEFT_OVERDRACHT} AS overgedragen FROM dossiers d
      WHERE coalesce(d.opschonen_reden, '') NOT LIKE 'opgeschoond-%'
        AND (d.fase IN (${FASEN_MET_INTERVENTIES.map(() => '?').join(',')})
             OR EXISTS (SELECT 1 FROM interventies i WHERE i.dossier_id = d.id AND i.status IN ('toegewezen', 'in-uitvoering')))
      ORDER BY d.nummer`,
    FASEN_MET_INTERVENTIES,
  );
  const interventies = await b.v.all<{ dossier_id: number; partner_id: number }>("SELECT DISTINCT dossier_id, partner_id FROM interventies WHERE status IN ('toegewezen', 'in-uitvoering') ORDER BY dossier_id, partner_id");
  const sleutels = sleutelstanden(
    await b.v.all<{ partnerId: number; status: 'vertrouwd' | 'onbevestigd' | 'ingetrokken'; vingerafdruk: string }>(
      "SELECT partner_id AS partnerId, vingerafdruk, CASE WHEN ingetrokken_op IS NOT NULL THEN 'ingetrokken' WHEN bevestigd_op IS NOT NULL THEN 'vertrouwd' ELSE 'onbevestigd' END AS status FROM partner_sleutels",
    ),
  );
  const datum = vandaag();
  const uit: Overdrachtkandidaat[] = [];
  for (const d of dossiers) {
    const ontbreekt: Ontbrekend[] = [];
    const partners: Overdrachtkandidaat['partners'] = [];
    const partnerIds = interventies.filter((i) => i.dossier_id === d.id).map((i) => i.partner_id);
    if (!partnerIds.length) ontbreekt.push({ soort: 'interventies', partner: null, artikel: 'art. 16.5' });
    for (const partnerId of partnerIds) {
      const p = await partnerOpId(b.v, partnerId);
      if (!p) continue;
      const kort = { id: p.id, code: p.code, naam: p.naam };
      const s = sleutels.get(partnerId) ?? { sleutel: 'geen' as const, vingerafdruk: null };
      partners.push({ ...kort, sleutel: s.sleutel, vingerafdruk: s.vingerafdruk });
      const kring = buitenHetConvenant(p, datum) ?? buitenEuEer(p);
      if (kring) ontbreekt.push({ soort: 'kring', partner: kort, artikel: kring.artikel });
      if (s.sleutel === 'onbevestigd') ontbreekt.push({ soort: 'sleutelOnbevestigd', partner: kort, artikel: 'art. 21.9' });
      else if (s.sleutel !== 'vertrouwd') ontbreekt.push({ soort: 'sleutel', partner: kort, artikel: 'art. 21.9' });
    }
    uit.push({ id: d.id, nummer: d.nummer, titel: d.titel, fase: d.fase, klaar: ontbreekt.length === 0, partners, ontbreekt, overgedragen: d.overgedragen === 1 });
  }
  return uit;
}
