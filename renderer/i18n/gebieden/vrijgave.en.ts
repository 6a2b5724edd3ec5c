import type { Vorm } from '../vorm';
import type { vrijgaveNl } from './vrijgave.nl';

/** English texts for the review before anonymised free text leaves; merged into en.ts under `vrijgave`. */
export const vrijgaveEn: Vorm<typeof vrijgaveNl> = {
  titel: 'Review before provision',
  uitleg: 'This leaves in anonymised form. Below is what was redacted from the free text and what still looks identifying (art. 6.2, 9.5, 21.4).',
  bekeken: 'I have reviewed the fragments that still look identifying; they may go along',
  laden: 'Checking the free text…',
  veld: {
    titel: 'title',
    samenvatting: 'summary',
    notities: 'notes',
    interventie: 'intervention',
    vraag: 'question',
    antwoord: 'answer',
    omschrijving: 'description',
  },
  vaststellen: {
    titel: 'Fix the agenda',
    uitleg: 'Once fixed, the agenda goes to the attendees, each in their own view. First review what the free text on the agenda lost and what still looks identifying (art. 6.2, 21.4).',
    knop: 'Fix the agenda',
  },
  overdracht: {
    titel: 'Free text in the bundles',
  },
  agendapakket: {
    titel: 'Free text in the pack',
  },
};
