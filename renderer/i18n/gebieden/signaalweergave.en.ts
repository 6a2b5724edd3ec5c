import type { Vorm } from '../vorm';
import type { signaalweergaveNl } from './signaalweergave.nl';

/** English texts for the new-signal form's save bar and section index and the list's summary column; merged into en.ts under `signaalweergave`. */
export const signaalweergaveEn: Vorm<typeof signaalweergaveNl> = {
  lijst: {
    samenvatting: 'Summary',
  },
  formulier: {
    onderdelen: 'Parts of the form',
    onderdelenKop: 'Parts',
    fouten_one: '{{count}} error',
    fouten_other: '{{count}} errors',
    inOrde: 'No errors',
    naarFouten_one: '{{count}} field needs attention',
    naarFouten_other: '{{count}} fields need attention',
    opslaanbalk: 'Save',
  },
};
