/**
 * Dutch texts for lists that offer only what can be done and for choosing files and folders (issue 11
 * §5–6, ADR 0035–0036); merged into nl.ts under the key `lijsten`.
 */
export const lijstenNl = {
  overdracht: {
    klaarTitel: 'Klaar om over te dragen',
    klaarUitleg: 'Dossiers met toegewezen interventies waarvan elke handelende partner een bevestigde sleutel heeft (art. 16.5, 21.9).',
    geenKlaar: 'Er is nu geen dossier dat kan worden overgedragen. Hieronder staat wat er bij de andere nog ontbreekt.',
    nietKlaarTitel: 'Nog niet over te dragen',
    nietKlaarUitleg: 'Wat er per dossier nog ontbreekt, met de plaats waar u het oplost.',
    nietKlaarTabel: 'Dossiers die nog niet kunnen worden overgedragen',
    dossier: 'Dossier',
    stap: 'Stap',
    ontbreekt: 'Wat ontbreekt',
    partners: 'Handelende partners',
    alOvergedragen: 'al eerder overgedragen',
    redenen: {
      interventies: 'Het casusoverleg heeft geen interventies toegewezen ({{artikel}}).',
      sleutel: 'Geen bevestigde sleutel van {{partner}} ({{artikel}}).',
      sleutelOnbevestigd: 'De sleutel van {{partner}} is nog niet bevestigd ({{artikel}}).',
      kring: '{{partner}} valt (nu) buiten het convenant ({{artikel}}).',
    },
    oplossen: {
      interventies: 'Naar het dossier',
      sleutel: 'Naar Sleutels',
      sleutelOnbevestigd: 'Naar Sleutels',
      kring: 'Naar de partner',
    },
  },
  sleutel: {
    kolom: 'Bundelsleutel',
    vertrouwd: 'Bevestigd',
    onbevestigd: 'Niet bevestigd',
    ingetrokken: 'Ingetrokken',
    geen: 'Geen sleutel',
    vingerafdruk: 'vingerafdruk eindigt op {{kort}}',
  },
  kiezer: {
    bladeren: 'Bladeren…',
    bladerenNaar: 'Map kiezen voor {{veld}}',
    bestandKiezen: 'Bestand kiezen voor {{veld}}',
    titelMap: 'Map kiezen',
    titelBestand: 'Bestand kiezen',
    uitleg: 'U kunt alleen in uw eigen thuismap en op verwisselbare schijven (USB-stick) bladeren.',
    plaatsen: 'Plaatsen',
    thuis: 'Thuismap',
    verwisselbaar: 'Verwisselbare schijf',
    huidig: 'Huidige map',
    omhoog: 'Eén map omhoog',
    inhoud: 'Inhoud van de map',
    leeg: 'Deze map is leeg.',
    geenSchijf: 'Er is geen USB-stick of andere verwisselbare schijf gevonden.',
    dezeMap: 'Deze map kiezen',
    openen: 'Openen',
    kies: 'Kiezen',
  },
  schijf: {
    waarschuwingTitel: 'Geen verwisselbare schijf',
    waarschuwing:
      'De map {{map}} staat niet op een USB-stick of andere verwisselbare schijf. Een bundel of backup hoort op een verwisselbare schijf die u daarna veilig bewaart of afgeeft; op de vaste schijf van deze computer blijft een versleutelde kopie achter. Toch hier schrijven?',
  },
  backup: {
    laatste: 'Laatste backup',
    laatsteOp: '{{op}} door {{door}}, naar {{map}}',
    nooit: 'Er is nog geen backup gemaakt.',
  },
};
