/**
 * The registry's rules as pure functions (art. 4, 34.3). Whether a partner is a party on a day
 * follows from its dates, so a later policy decision can ask about any day and get an exact answer.
 */
import { maandenErbij } from '@shared/datum';
import type { PartnerRol, PartnerStatus } from '@shared/domein/partner';

export interface PartnerDatums {
  rol: PartnerRol;
  toetredingAangevraagdOp: string | null;
  toegetredenOp: string | null;
  opgezegdOp: string | null;
  uitgetredenPer: string | null;
}

/** Art. 34.3: notice takes effect six months after it is given. */
export const OPZEGTERMIJN_MAANDEN = 6;
export const uittredingsdatum = (opgezegdOp: string): string => maandenErbij(opgezegdOp, OPZEGTERMIJN_MAANDEN);

export function isPartijOp(p: PartnerDatums, datum: string): boolean {
  return (
    p.rol === 'partij' &&
    p.toegetredenOp !== null &&
    p.toegetredenOp <= datum &&
    (p.uitgetredenPer === null || datum < p.uitgetredenPer)
  );
}

export function partnerStatus(p: PartnerDatums, datum: string): PartnerStatus {
  if (p.rol === 'ontvanger') return 'ontvanger';
  if (p.rol === 'kandidaat') return p.toetredingAangevraagdOp ? 'toetreding-aangevraagd' : 'suggestie';
  if (p.uitgetredenPer !== null && datum >= p.uitgetredenPer) return 'uitgetreden';
  if (p.opgezegdOp !== null) return 'opgezegd';
  return 'partij';
}

/** Art. 4.3: a candidate joins only with the consent of every party at that moment. */
export function ontbrekendeInstemmingen<T extends PartnerDatums & { id: number }>(
  kandidaatId: number,
  partners: readonly T[],
  instemmingVan: ReadonlySet<number>,
  datum: string,
): T[] {
  return partners.filter((p) => p.id !== kandidaatId && isPartijOp(p, datum) && !instemmingVan.has(p.id));
}
