import type { Vorm } from '../vorm';
import type { buitenNl } from './buiten.nl';

/** English texts for the handover outside the app; merged into en.ts under the key `buiten`. */
export const buitenEn: Vorm<typeof buitenNl> = {
  tab: 'Handover',
  titel: 'Handovers outside the app',
  uitleg:
    'Was the information handed over in the meeting, by phone or through the partner’s own channel? Record it here: to whom, when, how and for which interventions. It counts as a provision, and afterwards the dossier can be cleaned up (art. 16.5–16.7).',
  knop: 'Record a handover outside the app',
  dialoogTitel: 'Record a handover outside the app',
  dialoogUitleg: 'Who records it is kept automatically (your account). Do not name anyone concerned in the explanation.',
  partner: 'To which partner',
  kiesPartner: 'Choose the partner it was handed over to',
  datum: 'Date of the handover',
  kanaal: 'How',
  kanalen: {
    overleg: 'In the meeting',
    telefonisch: 'By phone',
    'eigen-kanaal': 'Through the partner’s own channel',
    anders: 'Other',
  },
  toelichting: 'Explanation',
  toelichtingHulp: 'Required for "Other": describe how the data was handed over',
  interventies: 'For which interventions',
  geenInterventiesPartner: 'This partner has no interventions in this dossier.',
  kiesInterventies: 'Choose at least one intervention',
  vastgelegd: 'Handover to {{partner}} recorded; the dossier can now be cleaned up (art. 16.7).',
  geen: 'No handover outside the app has been recorded yet.',
  tabel: 'Recorded handovers outside the app',
  kolom: { datum: 'Date', partner: 'Partner', kanaal: 'How', interventies: 'Interventions', door: 'Recorded by' },
  geenInterventies: 'This dossier has no assigned interventions; there is nothing to hand over yet (art. 16.5).',
  grond: {
    bundel: 'Handover by bundle on {{datum}}',
    'buiten-app': 'Handover outside the app to {{partner}} on {{datum}} ({{kanaal}})',
  },
  grondenTitel: 'What the clean-up rests on',
  geenGrond: 'No recorded handover',
  dashboard: {
    titel: 'Without a recorded handover',
    geen: 'Every dossier with interventions has a recorded handover.',
    regel_one: '{{count}} intervention, no handover recorded',
    regel_other: '{{count}} interventions, no handover recorded',
  },
};
