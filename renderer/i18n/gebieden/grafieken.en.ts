import type { grafiekenNl } from './grafieken.nl';

/** English wording of the charts. */
export const grafiekenEn: typeof grafiekenNl = {
  weergave: 'View of {{titel}}',
  grafiek: 'Chart',
  tabel: 'Table',
  totaal: 'Total',
  leeg: 'No figures in this period.',
  verborgen: 'Hidden (< 5)',
  allesVerborgen: 'Every number here is below five (or would give one away): no chart. The table shows "< 5".',
  verborgenUitleg_one: 'One number is below five and shows as "< 5"; in the chart it is grey or missing. The table shows every number.',
  verborgenUitleg_other: '{{count}} numbers are below five (or would give one away) and show as "< 5"; in the chart they are grey or missing. The table shows every number.',
  overzicht: {
    titel: 'At a glance',
    uitleg: 'The last twelve months from the anonymised analysis store, the same figures as the half-yearly report (art. 12.2.3, 19).',
    naarRapportage: 'To Reports',
  },
  reeks: {
    'signalen-bron': { titel: 'Signals per month by kind of source', beschrijving: 'Stacked bars: per month the number of submitted signals, by the kind of partner that gave the signal.' },
    'signalen-fase': { titel: 'Signals per month by phase', beschrijving: 'Stacked bars: per month the signals, by how far they have come — signal, dossier, decision or handover.' },
    'signalen-maand': { titel: 'Signals per month', beschrijving: 'Line: the number of submitted signals per month.' },
    'interventies-termijn': { titel: 'Interventions past their deadline per partner', beschrijving: 'Stacked bars: per partner the interventions with a deadline in the last twelve months that expired or were carried out late.' },
    bewaring: { titel: 'What the retention periods delete per month', beschrijving: 'Stacked bars: per coming month how much the retention periods delete, by article. Work ahead: every number is shown.' },
    rechten: { titel: 'Deadlines of requests of persons concerned', beschrijving: 'Stacked bars: the open requests by the month their deadline ends, and those already late, by kind of request.' },
  },
  rijkop: { maand: 'Month', partner: 'Partner', termijn: 'Deadline' },
  fase: { signaal: 'signal', dossier: 'dossier', besluit: 'decision', overdracht: 'handover' },
  termijnen: { 'op-tijd': 'on time', 'te-laat': 'carried out late', lopend: 'running', verlopen: 'expired', 'niet-uitgevoerd': 'not carried out' },
  verzoek: { inzage: 'access', correctie: 'correction', verzet: 'objection' },
  rapportage: {
    trend: 'Lines: per half year the signals, how far they came, and the interventions with how many on time. These numbers do not add up; every number below five shows as "< 5".',
    perMaand: 'Stacked bars: per month of the half year the signals, divided as the title says.',
  },
  teLaat: 'late',
  signalen: 'signals',
};
