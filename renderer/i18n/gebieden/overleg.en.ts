import type { Vorm } from '../vorm';
import type { overlegNl } from './overleg.nl';

/** English texts of the overleg screens (same keys as overleg.nl.ts). */
export const overlegEn: Vorm<typeof overlegNl> = {
  titel: 'overleg',
};
