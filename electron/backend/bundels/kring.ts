/**
 * Who may take part in a bundle exchange, read from the partner registry: the parties that have joined
 * and not left (art. 4, 34.3), and the RIEC and EMM as recipients (art. 21.4); nothing goes outside
 * the EU/EEA (art. 15.4). The same tests the policy engine applies, here for a whole bundle.
 */
import { EU_EER_LANDEN } from '@shared/domein/partner';
import type { Verbinding } from '../bestand/verbinding';
import { isPartijOp } from '../beleid/partnerregels';
import { partnerDatums, type PartnerRij } from '../keten/partners';
import { nlDatum } from '@shared/datum';

export type Registerpartner = Omit<PartnerRij, 'toelichting'>;

export interface Weigering {
  artikel: string;
  reden: string;
}

export const partnerOpId = (v: Verbinding, id: number): Promise<Registerpartner | undefined> =>
  v.get<Registerpartner>('SELECT id, code, naam, soort, land, rol, toetreding_aangevraagd_op, toegetreden_op, opgezegd_op, uitgetreden_per FROM partners WHERE id = ?', [id]);

export const partnerOpCode = (v: Verbinding, code: string): Promise<Registerpartner | undefined> =>
  v.get<Registerpartner>('SELECT id, code, naam, soort, land, rol, toetreding_aangevraagd_op, toegetreden_op, opgezegd_op, uitgetreden_per FROM partners WHERE code = ?', [code]);

/** Art. 4 and 34.3: a party on `datum`, or the RIEC or EMM in their role of recipient. */
export function buitenHetConvenant(p: Registerpartner, datum: string): Weigering | null {
  if (p.rol === 'ontvanger') return null;
  if (isPartijOp(partnerDatums(p), datum)) return null;
  if (p.rol === 'partij' && p.uitgetreden_per !== null && datum >= p.uitgetreden_per) {
    return { artikel: 'art. 34.3', reden: `${p.naam} (${p.code}) is per ${nlDatum(p.uitgetreden_per)} uit het convenant getreden` };
  }
  return { artikel: 'art. 4', reden: `${p.naam} (${p.code}) is op ${nlDatum(datum)} (nog) niet tot het convenant toegetreden` };
}

/** Art. 15.4: no provision to a recipient outside the EU/EEA. */
export function buitenEuEer(p: Registerpartner): Weigering | null {
  return (EU_EER_LANDEN as readonly string[]).includes(p.land.toUpperCase())
    ? null
    : { artikel: 'art. 15.4', reden: `${p.naam} (${p.code}) is gevestigd buiten de EU/EER (${p.land})` };
}
