/**
 * Dutch texts for the review before anonymised free text leaves (issue 11 §2, ADR 0032): fixing an
 * agenda, the handover bundles, the agenda pack; merged into nl.ts under the key `vrijgave`.
 */
export const vrijgaveNl = {
  titel: 'Controle vóór verstrekking',
  uitleg: 'Dit gaat geanonimiseerd naar buiten. Hieronder staat wat uit de vrije tekst is afgeschermd en wat nog identificerend lijkt (art. 6.2, 9.5, 21.4).',
  bekeken: 'Ik heb de fragmenten die nog identificerend lijken bekeken; ze mogen mee',
  laden: 'De vrije tekst wordt gecontroleerd…',
  veld: {
    titel: 'titel',
    samenvatting: 'samenvatting',
    notities: 'notities',
    interventie: 'interventie',
    vraag: 'vraag',
    antwoord: 'antwoord',
    omschrijving: 'omschrijving',
  },
  vaststellen: {
    titel: 'Agenda vaststellen',
    uitleg: 'Na het vaststellen gaat de agenda naar de deelnemers, ieder in de eigen weergave. Bekijk eerst wat de vrije tekst op de agenda verloor en wat nog identificerend lijkt (art. 6.2, 21.4).',
    knop: 'Agenda vaststellen',
  },
  overdracht: {
    titel: 'Vrije tekst in de bundels',
  },
  agendapakket: {
    titel: 'Vrije tekst in het pakket',
  },
};
