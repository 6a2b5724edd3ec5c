/**
 * A region's statistics bundle read at the receiver (art. 19, 22.6, 31; ADR 0041): the EMM or the Nationaal
 * Rapporteur keeps it as received, in a partner installation — the national picture is made from these
 * rows (rapportage/landelijk.ts) and never from case data, which no region sends.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import type { KetenbundelVan } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import type { InleesContext } from './inleeshandlers';

export async function statistiekInlezen(b: Bestand, bundel: KetenbundelVan<'statistiek'>, { afzender, ontvangenOp }: InleesContext): Promise<void> {
  // The national picture belongs to the receiver's own installation, not to a region's case file (art. 19).
  if (b.instellingen.profiel !== 'partner') throw new KetenFout('CONVENANTREGEL', melding('statistiek.alleenPartner', { code: afzender.code }), { artikel: 'art. 19' });
  const i = bundel.inhoud;
  if (i.regiocode) await regiocodeVanDitBestand(b, i.regiocode, bundel.van.bestandId, afzender.code);
  await b.v.run('INSERT INTO statistiek_bundels (bundel_id, van_partner_id, periode, regio, inhoud, ontvangen_op) VALUES (?,?,?,?,?,?)', [
    bundel.id,
    afzender.id,
    i.periode,
    i.regio,
    JSON.stringify(i),
    ontvangenOp,
  ]);
  await b.audit('statistiek.ontvangen', `bundel:${bundel.id}`, { van: afzender.code, periode: i.periode, tabellen: i.tabellen.length, artikel: i.artikel });
}

/**
 * A region code belongs to the bestand that first sent a bundle with it (ADR 0041, second addendum): the newest bundle
 * of a code and half year replaces the older ones, so a second bestand that took the same code (a typing error,
 * a copied setting) would silently replace that region's figures. Refused instead, saying whose code it is.
 * Version 1 bundles have no code of their own and keep counting under their partner code.
 */
async function regiocodeVanDitBestand(b: Bestand, regiocode: string, bestandId: string, van: string): Promise<void> {
  const eerder = await b.v.get<{ regio: string; van_code: string; ontvangen_op: string }>(
    `SELECT s.regio, i.van_code, s.ontvangen_op FROM statistiek_bundels s JOIN inkomende_bundels i ON i.id = s.bundel_id
      WHERE s.inhoud ->> '$.regiocode' = ? AND i.van_bestand_id <> ? ORDER BY s.ontvangen_op LIMIT 1`,
    [regiocode, bestandId],
  );
  if (eerder) throw new KetenFout('CONFLICT', melding('statistiek.regiocodeVanAnder', { code: van, regiocode, eerder: eerder.regio, eerderPartner: eerder.van_code, datum: nlDatum(eerder.ontvangen_op.slice(0, 10)) }));
}
