/**
 * Which covenant category data falls in, from the kind of partner that supplied it: care data
 * (art. 21.5), Belastingdienst data (art. 18) and criminal data from politie/OM (art. 17, 21.8).
 */
import type { Partnersoort } from '@shared/domein/partner';
import type { Gegevenscategorie } from './typen';

export const ZORGSOORTEN: readonly Partnersoort[] = ['zorgpartner', 'zorgcoordinator', 'bureau-jeugdzorg', 'gemeente-ggd'];

export function categorieVanBron(soort: Partnersoort): Gegevenscategorie {
  if (ZORGSOORTEN.includes(soort)) return 'zorg';
  if (soort === 'belastingdienst') return 'fiscaal';
  if (soort === 'politie' || soort === 'om') return 'strafrechtelijk';
  return 'algemeen';
}
