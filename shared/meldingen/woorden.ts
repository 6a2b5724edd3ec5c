/**
 * Domain words that travel as codes (ADR 0027): a role, an installation profile, a step of a dossier.
 * A message names them by code (`rol: 'zorgcoordinator'`); the CLI and the renderer word them here,
 * in Dutch and in English. The one source of these names: the screens (renderer/i18n), the CLI's demo
 * summary and the messages' parameters all read them from this file. No imports, so that
 * shared/rollen.ts and shared/domein can check their keys against it without a cycle.
 */
export const woordenNl = {
  rol: {
    ketenregisseur: 'Ketenregisseur',
    'assistent-ketenregisseur': 'Assistent-ketenregisseur',
    zorgcoordinator: 'Zorgcoördinator',
    'assistent-zorgcoordinator': 'Assistent-zorgcoördinator',
    bewerker: 'Bewerker',
    'privacy-medewerker': 'Privacymedewerker',
    beheerder: 'Beheerder',
    partnermedewerker: 'Partnermedewerker',
  },
  profiel: {
    centraal: 'Centraal bestand',
    zorgcoordinatie: 'Zorgcoördinatie',
    partner: 'Partnerinstallatie',
  },
  dossierfase: {
    detectie: 'Detectie',
    dossiervorming: 'Dossiervorming',
    'weging-en-kwalificatie': 'Weging en kwalificatie',
    'toewijzing-interventie': 'Toewijzing interventie',
    'uitvoering-interventie': 'Uitvoering interventie',
    evaluatie: 'Evaluatie',
    gesloten: 'Gesloten',
  },
} as const;

type Woorden = { [S in keyof typeof woordenNl]: { [W in keyof (typeof woordenNl)[S]]: string } };

export const woordenEn = {
  rol: {
    ketenregisseur: 'Chain director (ketenregisseur)',
    'assistent-ketenregisseur': 'Assistant chain director',
    zorgcoordinator: 'Care coordinator (zorgcoördinator)',
    'assistent-zorgcoordinator': 'Assistant care coordinator',
    bewerker: 'Processor (bewerker)',
    'privacy-medewerker': 'Privacy officer',
    beheerder: 'Administrator',
    partnermedewerker: 'Partner staff member',
  },
  profiel: {
    centraal: 'Central file',
    zorgcoordinatie: 'Care coordination',
    partner: 'Partner installation',
  },
  dossierfase: {
    detectie: 'Detection',
    dossiervorming: 'Dossier forming',
    'weging-en-kwalificatie': 'Weighing and qualification',
    'toewijzing-interventie': 'Assigning intervention',
    'uitvoering-interventie': 'Carrying out intervention',
    evaluatie: 'Evaluation',
    gesloten: 'Closed',
  },
} as const satisfies Woorden;

export type Woordsoort = keyof typeof woordenNl;

/** The parameters that carry such a code, and the kind of word each names. */
export const WOORDPARAMETERS: Readonly<Record<string, Woordsoort>> = {
  rol: 'rol',
  leidend: 'rol',
  casusrol: 'rol',
  profiel: 'profiel',
  fase: 'dossierfase',
};

/** Inside a sentence a domain word is a common noun: "alleen de ketenregisseur", "in de stap "evaluatie"". */
export const inZin = (woord: string): string => woord.charAt(0).toLocaleLowerCase('nl') + woord.slice(1);
