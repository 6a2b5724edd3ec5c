import { z } from 'zod';
import { formuleer, melding, type Melding } from './meldingen';

/** The roles of docs/ontwerp.md §5; `partnermedewerker` is the user of a partner installation (docs/ontwerp.md §1). */
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

/**
 * The rights of persons concerned (art. 23–27, ADR 0022): the privacy-medewerker, contact point for them
 * (art. 12.22), registers and answers their requests and handles the informing duty. It has no case
 * access (above); for this alone it may find the requester among the persons and see what is needed to
 * confirm them — bound to a request in handling, and audited. The leading role, who carries out
 * corrections of case data, reads the register. The beheerder sees none of it.
 */
export const RECHTENBEHANDELAARS: readonly Rol[] = ['privacy-medewerker'];
export const RECHTENLEZERS: readonly Rol[] = ['privacy-medewerker', 'ketenregisseur'];

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

/**
 * What may be done to an account: create it with a role, give it another role, remove it, or set a new
 * passphrase on it (a reset would let whoever sets it sign in as that account).
 */
export type Accounthandeling = 'toevoegen' | 'rolWijzigen' | 'verwijderen' | 'wachtwoordHerstellen';

export interface Accountbeheer {
  profiel: Profiel;
  /** Who acts. */
  ik: { naam: string; rol: Rol };
  handeling: Accounthandeling;
  /** The account acted on; `rol` is null for one that is being created. */
  account: { naam: string; rol: Rol | null };
  /** The role given (`toevoegen`, `rolWijzigen`). */
  nieuweRol?: Rol;
}

export interface Accountweigering {
  code: 'GEEN_TOEGANG' | 'CONFLICT';
  artikel: string;
  /** The Dutch wording of `bericht`. */
  melding: string;
  /** The refusal as a code (ADR 0015). */
  bericht: Melding;
}

const weiger = (code: Accountweigering['code'], artikel: string, bericht: Melding): Accountweigering => ({ code, artikel, melding: formuleer(bericht), bericht });

/** The roles a beheerder manages: those without access to case data (art. 15.3). */
export const ROLLEN_ZONDER_CASUSINZAGE: readonly Rol[] = ROLLEN.filter((r) => !ROLLEN_MET_CASUSINZAGE.includes(r));

const zelfde = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Who may do what to which account (art. 15.3, 21.10; docs/beslissingen/0003). Null when allowed,
 * otherwise why not. The one rule: the backend enforces it (bestand/gebruikers.ts) and the renderer
 * reads it to offer only what would be accepted.
 *
 * - Nobody changes their own role, resets their own account through this route or removes it.
 * - A role that sees case data is granted — created or raised to — only by the profile's leading role;
 *   the bewerker works on its instruction (art. 21.10).
 * - The beheerder creates, re-roles and resets only beheerder and privacy-medewerker accounts, and
 *   removes accounts — except one with the leading role, which would put itself above it.
 * - Other roles manage no accounts.
 * That a role exists in the profile and that the last leading account stays are checked beside this
 * (they need the profile's role list and the database).
 */
export function accountbeheerWeigering(a: Accountbeheer): Accountweigering | null {
  const leidend = LEIDENDE_ROL[a.profiel];
  const zelf = a.handeling !== 'toevoegen' && zelfde(a.ik.naam, a.account.naam);
  if (zelf) {
    if (a.handeling === 'verwijderen') return weiger('CONFLICT', 'art. 15.3', melding('account.eigenVerwijderen'));
    if (a.handeling === 'rolWijzigen') {
      return weiger('GEEN_TOEGANG', 'art. 15.3', melding('account.eigenRol', { leidend }));
    }
    return weiger('GEEN_TOEGANG', 'art. 15.3', melding('account.eigenWachtwoord'));
  }
  if (a.ik.rol === leidend) return null;
  if (a.ik.rol !== 'beheerder') {
    return weiger('GEEN_TOEGANG', 'art. 15.3', melding('account.alleenLeidendEnBeheerder', { leidend }));
  }
  const huidig = a.account.rol;
  if (a.handeling === 'verwijderen') {
    if (huidig === leidend) return weiger('GEEN_TOEGANG', 'art. 12.7', melding('account.leidendVerwijderen', { leidend }));
    return null;
  }
  const rollen = [huidig, a.handeling === 'wachtwoordHerstellen' ? null : (a.nieuweRol ?? null)].filter((r): r is Rol => r !== null);
  const casusrol = rollen.find((r) => ROLLEN_MET_CASUSINZAGE.includes(r));
  if (casusrol) {
    return weiger('GEEN_TOEGANG', 'art. 15.3, 21.10', melding('account.casusrol', { leidend, casusrol }));
  }
  return null;
}

export const magAccountBeheren = (a: Accountbeheer): boolean => accountbeheerWeigering(a) === null;
