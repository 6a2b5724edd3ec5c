/** Bundles sent and received, with their status: metadata only, never content. */
import type { z } from 'zod';
import type { bundelLijstSchema, Bundelsoort } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';

export async function bundelsLijst(b: Bestand, limiet = 500): Promise<z.input<typeof bundelLijstSchema>> {
  const uit = await b.v.all<{ id: string; soort: Bundelsoort; aan: string; aangemaakt: string; aangemaakt_door: string; bestandsnaam: string; status: 'verzonden' | 'bevestigd'; bevestigd_op: string | null }>(
    'SELECT id, soort, aan, aangemaakt, aangemaakt_door, bestandsnaam, status, bevestigd_op FROM uitgaande_bundels ORDER BY aangemaakt DESC LIMIT ?',
    [limiet],
  );
  const bevestigingen = await b.v.all<{ bundel_id: string; partner_code: string; ontvangen_op: string; bevestigd_op: string }>(
    `SELECT bundel_id, partner_code, ontvangen_op, bevestigd_op FROM uitgaande_bevestigingen
      WHERE bundel_id IN (SELECT id FROM uitgaande_bundels ORDER BY aangemaakt DESC LIMIT ?) ORDER BY bevestigd_op`,
    [limiet],
  );
  const in_ = await b.v.all<{ id: string; soort: Bundelsoort; van_code: string; aangemaakt: string; ingelezen_op: string; ingelezen_door: string; bevestiging_bestandsnaam: string | null }>(
    'SELECT id, soort, van_code, aangemaakt, ingelezen_op, ingelezen_door, bevestiging_bestandsnaam FROM inkomende_bundels ORDER BY ingelezen_op DESC LIMIT ?',
    [limiet],
  );
  return {
    uitgaand: uit.map((r) => ({
      id: r.id,
      soort: r.soort,
      aan: JSON.parse(r.aan) as string[],
      aangemaakt: r.aangemaakt,
      aangemaaktDoor: r.aangemaakt_door,
      bestandsnaam: r.bestandsnaam,
      status: r.status,
      bevestigdOp: r.bevestigd_op,
      bevestigingen: bevestigingen.filter((x) => x.bundel_id === r.id).map((x) => ({ partner: x.partner_code, ontvangenOp: x.ontvangen_op, bevestigdOp: x.bevestigd_op })),
    })),
    inkomend: in_.map((r) => ({
      id: r.id,
      soort: r.soort,
      van: r.van_code,
      aangemaakt: r.aangemaakt,
      ingelezenOp: r.ingelezen_op,
      ingelezenDoor: r.ingelezen_door,
      status: 'ingelezen' as const,
      bevestigingBestandsnaam: r.bevestiging_bestandsnaam,
    })),
  };
}
