import type { bewaringNl } from './bewaring.nl';

/** The retention screen, its tile and the notice after sign-in, in English. */
export const bewaringEn: typeof bewaringNl = {
  titel: 'Retention periods',
  intro:
    'What has reached its retention period is deleted by itself: at every sign-in and daily while the file is open, with secure deletion and cleaning of the search index. Here you see what goes in the next {{dagen}} days and what has already been deleted — counts only, never names.',
  nuUitvoeren: 'Delete what has expired now',
  uitgevoerd: 'Deleted: {{aantal}}.',
  nietsUitgevoerd: 'Nothing had reached its retention period; nothing was deleted.',
  gepland: 'The next {{dagen}} days',
  geplandUitleg: 'Per day and rule: how many items are deleted on that day. What has already expired is shown on today.',
  geplandLeeg: 'Nothing expires in this period.',
  historie: 'Deleted',
  historieUitleg: 'Per month and rule: how many items the retention periods deleted.',
  historieLeeg: 'Nothing has been deleted by a retention period yet.',
  regels: 'The rules in this file',
  regelsUitleg: 'Each rule with its covenant article and the moment it deletes.',
  kolom: { datum: 'Date', maand: 'Month', wat: 'What', artikel: 'Article', aantal: 'Number', wanneer: 'When' },
  regel: {
    'dossier-gesloten': 'What remains of a closed chain case file',
    'geen-dossier': 'Signals decided "no case file", with persons and matching keys',
    'geen-vervolg': 'Signals the care meeting decided "no follow-up" on, with persons and matching keys',
    'verweesde-personen': 'Persons no signal names any more',
    'ontvangen-uittreksel': 'Received case file extracts (the feedback reports stay)',
    agendapakket: 'Signals and notes from an agenda pack',
    zorgpartnersignalen: 'Signals from care partners that were sent back',
  },
  wanneer: {
    'dossier-gesloten': 'Five years after the chain case file was closed',
    'geen-dossier': 'Once the decision is final: {{dagen}} days after the decision',
    'geen-vervolg': 'Once the decision is final: {{dagen}} days after the decision',
    'verweesde-personen': 'Always, at every round',
    'ontvangen-uittreksel': 'On the "keep until" date: five years after receipt',
    agendapakket: 'Once the central file has acknowledged the outcomes, at the latest {{uiterlijk}} days after the meeting',
    zorgpartnersignalen: 'Once the central file has acknowledged receipt',
  },
  melding: {
    titel: 'Retention periods applied',
    tekst: 'At sign-in, what had reached its retention period was deleted:',
    regel: '{{aantal}} × {{wat}} ({{artikel}})',
    fout: 'The retention periods could not be applied at sign-in; they will be tried again tomorrow. Tell the administrator.',
    bekijken: 'View retention periods',
  },
  tegel: {
    titel: 'Retention periods',
    volgende: 'Next deletion: {{datum}} ({{aantal}} × {{wat}}, {{artikel}}).',
    geen: 'Nothing expires in the next {{dagen}} days.',
    naar: 'To retention periods',
  },
};
