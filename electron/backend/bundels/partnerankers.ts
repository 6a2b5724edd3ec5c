/**
 * Anchors that partners gave us (ADR 0011): every incoming bundle carries the sender's signed audit
 * head, kept with the bundle's record. The latest one per partner can be written to a file and handed
 * back, so the partner can run `audit verify --anker FILE` and prove its log was not cut since.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Bestand } from '../bestand/bestand';
import { padBinnen } from '../paden';
import { schrijfAtomisch } from '../schrijven';
import { partnerOpId } from './kring';
import { gekozenMap, schrijffout } from './schijf';

export async function partnerAnkerExporteren(b: Bestand, partnerId: number, doelmapInvoer: string): Promise<{ pad: string; volgnr: number; ontvangenOp: string }> {
  const p = await partnerOpId(b.v, partnerId);
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: partnerId }));
  const rij = await b.v.get<{ anker: string; anker_volgnr: number; ingelezen_op: string; van_bestand_id: string; id: string }>(
    'SELECT anker, anker_volgnr, ingelezen_op, van_bestand_id, id FROM inkomende_bundels WHERE van_partner_id = ? AND anker IS NOT NULL ORDER BY ingelezen_op DESC, anker_volgnr DESC LIMIT 1',
    [p.id],
  );
  if (!rij) throw new KetenFout('NIET_GEVONDEN', melding('partneranker.geen', { code: p.code }));
  const doelmap = await gekozenMap(doelmapInvoer, 'doelmap');
  const pad = padBinnen(doelmap, `ketenanker-${p.code}-${rij.anker_volgnr}.asc`);
  try {
    await schrijfAtomisch(pad, rij.anker);
  } catch (err) {
    throw schrijffout(err, doelmap, 'het anker');
  }
  await b.audit('audit.anker-geexporteerd', `partner:${p.code}`, { volgnr: rij.anker_volgnr, bundelId: rij.id, bestandIdPartner: rij.van_bestand_id });
  return { pad, volgnr: rij.anker_volgnr, ontvangenOp: rij.ingelezen_op };
}
