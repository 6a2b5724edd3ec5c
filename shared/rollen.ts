import { z } from 'zod';

/** The roles of DESIGN §5; `partnermedewerker` is the user of a partner installation (DESIGN §1). */
export const ROLLEN = [
  'ketenregisseur',
  'assistent-ketenregisseur',
  'zorgcoordinator',
  'assistent-zorgcoordinator',
  'bewerker',
  'privacy-medewerker',
  'beheerder',
  'partnermedewerker',
] as const;
export const rolSchema = z.enum(ROLLEN);
export type Rol = z.infer<typeof rolSchema>;

export const PROFIELEN = ['centraal', 'zorgcoordinatie', 'partner'] as const;
export const profielSchema = z.enum(PROFIELEN);
export type Profiel = z.infer<typeof profielSchema>;

/**
 * Art. 15.3: only the ketenregisseur, the zorgcoördinator and specially designated staff have
 * direct access to the case data; a bewerker works on the ketenregisseur's instruction (art. 21.10).
 * The privacy-medewerker supervises (art. 12.22) through the audit, the beheerder sees no content.
 */
export const ROLLEN_MET_CASUSINZAGE: readonly Rol[] = [
  'ketenregisseur',
  'assistent-ketenregisseur',
  'zorgcoordinator',
  'assistent-zorgcoordinator',
  'bewerker',
  'partnermedewerker',
];

/** Roles that may be given in an installation of each profile. */
export const ROLLEN_PER_PROFIEL: Record<Profiel, readonly Rol[]> = {
  centraal: [
    'ketenregisseur',
    'assistent-ketenregisseur',
    'zorgcoordinator',
    'assistent-zorgcoordinator',
    'bewerker',
    'privacy-medewerker',
    'beheerder',
  ],
  zorgcoordinatie: ['zorgcoordinator', 'assistent-zorgcoordinator', 'beheerder'],
  partner: ['partnermedewerker', 'beheerder'],
};

/**
 * The role that carries final responsibility in each profile (art. 12.7 for the centraal bestand);
 * the last account with it can never be removed, or nobody could manage the bestand any more.
 */
export const LEIDENDE_ROL: Record<Profiel, Rol> = {
  centraal: 'ketenregisseur',
  zorgcoordinatie: 'zorgcoordinator',
  partner: 'partnermedewerker',
};

export const magCasusInzien = (rol: Rol): boolean => ROLLEN_MET_CASUSINZAGE.includes(rol);
