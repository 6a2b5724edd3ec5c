import type { statistiekNl } from './statistiek.nl';

/** English wording of the statistics bundle and the national picture. */
export const statistiekEn: typeof statistiekNl = {
  nav: 'National picture',
  makenTitel: 'Figures for the national picture',
  makenUitleg:
    'Send the figures of this half year — the same as in the report, with every number under five hidden — signed and encrypted to the EMM or the Nationaal Rapporteur. No case data goes with them (art. 19, 22.6, 31).',
  ontvanger: 'Recipient',
  kiesOntvanger: 'Choose the recipient',
  geenOntvangers: "There is no partner with a confirmed key yet. First import and confirm the key of the EMM or the Nationaal Rapporteur (Keys).",
  makenKnop: 'Make statistics bundle for {{periode}}',
  gemaakt: 'Statistics bundle written',
  gemaaktUitleg: 'Take the bundle to {{aan}}. Once it is read you receive a signed receipt.',
  doelmap: 'Folder on the USB stick',
  titel: 'National picture',
  intro:
    "The regions' figures, merged from their signed statistics bundles. No case data was moved: each region sent only its suppressed figures (art. 19, 22.6, 31).",
  leeg: 'No statistics bundles read yet. Read a region\'s statistics bundle through Read bundle.',
  periode: 'Half year',
  regel: 'How figures are merged',
  regelUitleg:
    'A number is the sum over the regions where every part is known. Where a region showed "< 5", that may be any number the region hid: the cell then shows "≥ n", the sum of what is known, or "< 5" if nothing is known. So no hidden number can be computed back, not even from a total (ADR 0041).',
  weergave: 'Show',
  samengevoegd: 'All regions together',
  regioWeergave: '{{regio}} ({{code}})',
  kerncijfers: 'Key figures',
  kerncijfer: 'Key figure',
  kerncijfernamen: {
    signalen: 'Signals',
    dossiers: 'In a dossier',
    besluiten: 'With a decision',
    overdrachten: 'Handed over',
    interventies: 'Interventions',
    opTijd: 'Interventions on time',
  },
  landelijk: 'National',
  totaal: 'Total',
  bronnenTitel: 'Where the figures come from',
  bronnenUitleg: 'Every figure comes from one of these signed bundles. Check the fingerprint with the region if in doubt.',
  kolom: {
    regio: 'Region',
    afzender: 'Sender',
    vingerafdruk: 'Signed with key',
    aangemaakt: 'Made on',
    ingelezen: 'Read on',
    status: 'Status',
  },
  meegeteld: 'Counted',
  vervangen: 'Replaced by a newer bundle',
  grafiekTitel: 'Signals per region',
};
