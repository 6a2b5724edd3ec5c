/**
 * Dutch texts for the new-signal form's save bar and section index and the signals list's summary
 * column (issue 11 §7); merged into nl.ts under the key `signaalweergave`.
 */
export const signaalweergaveNl = {
  lijst: {
    samenvatting: 'Samenvatting',
  },
  formulier: {
    onderdelen: 'Onderdelen van het formulier',
    onderdelenKop: 'Onderdelen',
    fouten_one: '{{count}} fout',
    fouten_other: '{{count}} fouten',
    inOrde: 'Geen fouten',
    naarFouten_one: '{{count}} veld vraagt aandacht',
    naarFouten_other: '{{count}} velden vragen aandacht',
    opslaanbalk: 'Opslaan',
  },
};
