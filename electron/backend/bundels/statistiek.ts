/**
 * A region's statistics bundle read at the receiver (art. 19, 22.6, 31; ADR 0041): the EMM or the Nationaal
 * Rapporteur keeps it as received, in a partner installation — the national picture is made from these
 * rows (rapportage/landelijk.ts) and never from case data, which no region sends.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { KetenbundelVan } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import type { InleesContext } from './inleeshandlers';

export async function statistiekInlezen(b: Bestand, bundel: KetenbundelVan<'statistiek'>, { afzender, ontvangenOp }: InleesContext): Promise<void> {
  // The national picture belongs to the receiver's own installation, not to a region's case file (art. 19).
  if (b.instellingen.profiel !== 'partner') throw new KetenFout('CONVENANTREGEL', melding('statistiek.alleenPartner', { code: afzender.code }), { artikel: 'art. 19' });
  const i = bundel.inhoud;
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
