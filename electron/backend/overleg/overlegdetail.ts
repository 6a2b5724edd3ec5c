/**
 * One meeting as the meeting screen shows it: participants, agenda items (filtered through the policy
 * engine for the chosen attendee, when one is chosen), the region's qualification list and the next
 * statuses the meeting can take.
 */
import { OVERLEG_OVERGANGEN, type Overlegsoort } from '@shared/domein/overleg';
import type { Bestand } from '../bestand/bestand';
import { ontvangers } from '../beleid/gegevens';
import { kwalificatieLijst } from '../keten/kwalificaties';
import * as agenda from './agenda';
import * as overleggen from './overleggen';
import { planningControleren } from './planner';
import { vandaag } from '../klok';
import { terugkoppeling } from './besluitbaar';

const kwalificaties = (b: Bestand) => kwalificatieLijst(b.v);

export async function overlegDetail(b: Bestand, id: number, weergaveVoor: number | null) {
  const rij = (await overleggen.overleggenLijst(b)).find((o) => o.id === id);
  await overleggen.overlegRij(b, id);
  const ontvanger = weergaveVoor === null ? null : ((await ontvangers(b.v)).find((o) => o.id === weergaveVoor) ?? null);
  const deelnemers = await b.v.all<{ id: number; partner_id: number | null; naam: string; organisatie: string; deskundige: number; geheimhouding_getekend_op: string | null; aanwezig: number | null }>(
    'SELECT * FROM overleg_deelnemers WHERE overleg_id = ? ORDER BY deskundige, organisatie',
    [id],
  );
  return {
    ...rij!,
    deelnemers: deelnemers.map((d) => ({
      id: d.id,
      partnerId: d.partner_id,
      naam: d.naam,
      organisatie: d.organisatie,
      deskundige: d.deskundige === 1,
      geheimhoudingGetekendOp: d.geheimhouding_getekend_op,
      aanwezig: d.aanwezig === null ? null : d.aanwezig === 1,
    })),
    punten: await agenda.agendapunten(b, id, ontvanger),
    kwalificaties: await kwalificaties(b),
    volgendeStatussen: [...OVERLEG_OVERGANGEN[rij!.status]],
    weergaveVoor: ontvanger ? { partnerId: ontvanger.id, naam: ontvanger.naam } : null,
    terugkoppeling: await terugkoppeling(b, rij!),
  };
}

/**
 * The planning rules (art. 11.4, 11.7, 12.8, 12.28) over the meetings already in the bestand around one
 * year; only what lies from today on, since a month already past cannot be planned any more.
 */
export async function jaarControleren(b: Bestand, jaar: number) {
  const rijen = await b.v.all<{ soort: Overlegsoort; datum: string; id: number }>('SELECT id, soort, datum FROM overleggen WHERE datum >= ? AND datum < ?', [`${jaar - 1}-11-01`, `${jaar + 1}-02-01`]);
  return planningControleren(rijen, jaar, vandaag());
}
