/**
 * A partner's receipt for a bundle we sent (docs/ontwerp.md §6): recorded per recipient with the partner's
 * audit head (an anchor of its chain); once every recipient has answered, the bundle is `bevestigd`.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { KetenbundelVan } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import type { InleesContext } from './inleeshandlers';

export async function ontvangstbevestigingInlezen(b: Bestand, bundel: KetenbundelVan<'ontvangstbevestiging'>, { afzender, ontvangenOp }: InleesContext): Promise<void> {
  const { bundelId, ontvangenOp: doorPartnerOntvangen, kop } = bundel.inhoud;
  const uit = await b.v.get<{ aan: string; status: string }>('SELECT aan, status FROM uitgaande_bundels WHERE id = ?', [bundelId]);
  if (!uit) throw new KetenFout('NIET_GEVONDEN', melding('bevestiging.onbekendeBundel', { bundelId }));
  const aan = JSON.parse(uit.aan) as string[];
  if (!aan.includes(afzender.code)) {
    throw new KetenFout('BUNDEL_AFZENDER_ONJUIST', melding('bevestiging.nietAanHen', { code: afzender.code, bundelId, code2: afzender.code }));
  }
  await b.v.run(
    'INSERT INTO uitgaande_bevestigingen (bundel_id, partner_code, ontvangen_op, kop, bevestiging_id, bevestigd_op) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING',
    [bundelId, afzender.code, doorPartnerOntvangen, kop, bundel.id, ontvangenOp],
  );
  const { n } = (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM uitgaande_bevestigingen WHERE bundel_id = ?', [bundelId]))!;
  if (uit.status === 'verzonden' && n >= aan.length) {
    await b.v.run("UPDATE uitgaande_bundels SET status = 'bevestigd', bevestigd_op = ? WHERE id = ?", [ontvangenOp, bundelId]);
  }
  await b.audit('bundel.ontvangst-bevestigd', `bundel:${bundelId}`, { door: afzender.code, bevestigingId: bundel.id, kopPartner: kop, alleOntvangers: n >= aan.length });
}
