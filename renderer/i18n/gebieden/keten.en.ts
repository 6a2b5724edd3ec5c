import type { Vorm } from '../vorm';
import type { ketenNl } from './keten.nl';

/** English texts of the keten screens (same keys as keten.nl.ts). */
export const ketenEn: Vorm<typeof ketenNl> = {
  titel: 'keten',
};
