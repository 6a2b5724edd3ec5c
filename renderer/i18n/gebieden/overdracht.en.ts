import type { Vorm } from '../vorm';
import type { overdrachtNl } from './overdracht.nl';

/** English texts of the overdracht screens (same keys as overdracht.nl.ts). */
export const overdrachtEn: Vorm<typeof overdrachtNl> = {
  titel: 'overdracht',
};
