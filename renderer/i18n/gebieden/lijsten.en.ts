import type { Vorm } from '../vorm';
import type { lijstenNl } from './lijsten.nl';

/** English texts for lists that offer only what can be done and for choosing files and folders; merged into en.ts under `lijsten`. */
export const lijstenEn: Vorm<typeof lijstenNl> = {
  overdracht: {
    klaarTitel: 'Ready to hand over',
    klaarUitleg: 'Dossiers with assigned interventions where every acting partner has a confirmed key (art. 16.5, 21.9).',
    geenKlaar: 'No dossier can be handed over now. Below is what the others still lack.',
    nietKlaarTitel: 'Not ready to hand over',
    nietKlaarUitleg: 'What each dossier still lacks, with the place where you fix it.',
    nietKlaarTabel: 'Dossiers that cannot be handed over yet',
    dossier: 'Dossier',
    stap: 'Step',
    ontbreekt: 'What is missing',
    partners: 'Acting partners',
    alOvergedragen: 'handed over before',
    redenen: {
      interventies: 'The casusoverleg assigned no interventions ({{artikel}}).',
      sleutel: 'No confirmed key of {{partner}} ({{artikel}}).',
      sleutelOnbevestigd: 'The key of {{partner}} is not confirmed yet ({{artikel}}).',
      kring: '{{partner}} is (now) outside the covenant ({{artikel}}).',
    },
    oplossen: {
      interventies: 'To the dossier',
      sleutel: 'To Keys',
      sleutelOnbevestigd: 'To Keys',
      kring: 'To the partner',
    },
  },
  sleutel: {
    kolom: 'Bundle key',
    vertrouwd: 'Confirmed',
    onbevestigd: 'Not confirmed',
    ingetrokken: 'Revoked',
    geen: 'No key',
    vingerafdruk: 'fingerprint ends in {{kort}}',
  },
  kiezer: {
    bladeren: 'Browse…',
    bladerenNaar: 'Choose a folder for {{veld}}',
    bestandKiezen: 'Choose a file for {{veld}}',
    titelMap: 'Choose a folder',
    titelBestand: 'Choose a file',
    uitleg: 'You can browse only your own home folder and removable drives (USB stick).',
    plaatsen: 'Places',
    thuis: 'Home folder',
    verwisselbaar: 'Removable drive',
    huidig: 'Current folder',
    omhoog: 'One folder up',
    inhoud: 'Contents of the folder',
    leeg: 'This folder is empty.',
    geenSchijf: 'No USB stick or other removable drive was found.',
    dezeMap: 'Choose this folder',
    openen: 'Open',
    kies: 'Choose',
  },
  schijf: {
    waarschuwingTitel: 'Not a removable drive',
    waarschuwing:
      'The folder {{map}} is not on a USB stick or other removable drive. A bundle or backup belongs on a removable drive you then keep safe or hand over; on this computer\'s fixed disk an encrypted copy stays behind. Write here anyway?',
  },
  backup: {
    laatste: 'Last backup',
    laatsteOp: '{{op}} by {{door}}, to {{map}}',
    nooit: 'No backup has been made yet.',
  },
};
