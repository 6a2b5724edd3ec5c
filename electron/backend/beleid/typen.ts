/**
 * The vocabulary of the policy engine (docs/ontwerp.md §3 "De beleidsmodule"). Pure data: the engine
 * reads no database, so every rule can be table-tested and every caller gets the same answer.
 */
import type { Partnersoort, PartnerRol } from '@shared/domein/partner';

/**
 * What kind of data an item is, as far as the covenant treats kinds differently:
 * `zorg` came from a care partner (art. 21.5), `fiscaal` from the Belastingdienst (art. 18),
 * `strafrechtelijk` is criminal personal data (art. 17, 21.8), `algemeen` is everything else.
 */
export type Gegevenscategorie = 'algemeen' | 'zorg' | 'fiscaal' | 'strafrechtelijk';

export type Toestemmingsoort =
  /** The supplying partner consents to provision to the RIEC and/or EMM (art. 12.17, 14.6). */
  | 'riec-emm'
  /** The zorgcoördinator consents to operational use of care data, having the supplier's consent (art. 21.5). */
  | 'zorg-operationeel'
  /** The Officier van Justitie consents to criminal data going beyond the parties (art. 21.8). */
  | 'ovj-strafrechtelijk';

export interface Toestemming {
  id: number;
  soort: Toestemmingsoort;
  /** The partner that gave it (for riec-emm: the supplier; zorg-operationeel: the zorgcoördinator's organisation; ovj: the OM). */
  gegevenDoorPartnerId: number;
  /**
   * For riec-emm: the RIEC or EMM it covers; null = both. For the other kinds a non-null id limits the
   * consent to that one recipient; null = any recipient.
   */
  ontvangerPartnerId: number | null;
  gegevenOp: string;
  ingetrokkenOp: string | null;
  /**
   * Art. 14.8: the purpose the consent was given for; it lifts a refusal for that purpose only. Absent or
   * null: recorded before the purpose was recorded (migration 0320), and then it covers every purpose.
   */
  doel?: Doel | null;
  /**
   * Art. 14.8: the supplying partner judged the further processing compatible with the purpose for which
   * the data were collected. `false` means it did not, and then the consent counts for nothing.
   */
  verenigbaar?: boolean | null;
}

export interface Gegevensitem {
  /** Stable id for the matrix, e.g. "signaal:12" or "navraag:3". */
  sleutel: string;
  omschrijving: string;
  categorie: Gegevenscategorie;
  /** The partner that supplied it. */
  bron: { partnerId: number; soort: Partnersoort };
  /** Whether the item holds personal data that identifies someone. */
  identificerend: boolean;
  /** Whether the supplier allows identifiable provision at all (the signal's "delen" choice). */
  identificeerbaarToegestaan: boolean;
  /** Art. 17.2: the OM provides only on a concrete suspicion of a criminal offence. */
  concreteVerdenking: boolean;
  /** Consents that apply to this item (already filtered to the item; withdrawn ones included). */
  toestemmingen: readonly Toestemming[];
  /**
   * A person the item is about is blocked: an upheld verzet (art. 27.2) or a decided afscherming
   * (art. 26.1). Absent or null: not blocked.
   */
  blokkade?: Blokkade | null;
  /**
   * Art. 21.6: for information from a signal not from a care partner, whether the weighing of the victim's
   * interests against the intended result is recorded. Absent: the rule does not apply to this item (care
   * data falls under art. 21.5, answers to inquiries are not "from the signal").
   */
  belangenAfgewogen?: boolean;
}

export interface Blokkade {
  grond: 'verzet' | 'afscherming';
  /** JJJJ-MM-DD: the day the block began. */
  sinds: string;
}

export interface Ontvanger {
  id: number;
  code: string;
  naam: string;
  soort: Partnersoort;
  rol: PartnerRol;
  land: string;
  toegetredenOp: string | null;
  uitgetredenPer: string | null;
}

/**
 * Why data would go out: `navraag` (asking a partner what it knows, art. 16.2), `advies` (RIEC
 * advice, art. 12.17), `overleg` (agenda of a meeting), `overdracht` (handover for action, art. 16.5),
 * `spoed` (immediate action, art. 12.21/16.9), `emm` (whole case to the EMM, art. 13.4).
 */
export type Doel = 'navraag' | 'advies' | 'overleg' | 'overdracht' | 'spoed' | 'emm';

export interface Context {
  /** The day of the provision, JJJJ-MM-DD. */
  datum: string;
  /**
   * Art. 9.4, 16.5: the recipient needs this for its own action — it is assigned an intervention
   * (overdracht/spoed), is the partner asked (navraag), attends the meeting (overleg), or is the EMM the
   * casusoverleg handed the whole case to (emm). Only the RIEC's advice (advies) needs no task (art. 12.17).
   */
  ontvangerHeeftTaak: boolean;
  /** Art. 6.2, 9.5: identifying data is strictly needed for the recipient's action. */
  identificatieNodig: boolean;
  /**
   * Art. 9.4, 12.19, 16.9: the items the ketenregisseur chose as needed for this recipient's action
   * (beleid/nodig.ts). Every other item is refused. Absent or null: no per-item choice applies (a meeting
   * agenda, the RIEC's advice).
   */
  nodigeItems?: readonly string[] | null;
}

export type Vorm = 'identificeerbaar' | 'geanonimiseerd' | 'geen';

/**
 * What can lift a refusal (ADR 0006). `overschrijven`: the covenant leaves a judgment here (need-to-know,
 * art. 9.4, 16.5, 16.9) and the ketenregisseur may make it, with a reason; `toestemming`: only recording
 * that consent lifts it (art. 12.17/14.6, 21.5, 21.8); `verdenking`: only the OM recording a concrete
 * suspicion (art. 17.2); `niets`: a limit of law or covenant (art. 4, 13.4, 15.4, 18, 21.7, 34.3).
 */
export type Opheffing =
  | { door: 'overschrijven' }
  | { door: 'toestemming'; toestemming: Toestemmingsoort }
  | { door: 'verdenking' }
  | { door: 'niets' }
  /** Art. 26.1, 27.2: only lifting the person's block (recorded and audited) lifts it. */
  | { door: 'blokkade' }
  /** Art. 21.6: only recording the weighing of the victim's interests (beleid/nodig.ts) lifts it. */
  | { door: 'belangenafweging' };

export interface Beslissing {
  toegestaan: boolean;
  vorm: Vorm;
  /** The article that decides ("art. 18.2"); always set, also when allowed. */
  artikel: string;
  /** Dutch for the user: why, and for a refusal whether and how it can be lifted. */
  reden: string;
  /** On a refusal: what can lift it (ADR 0006). */
  opheffing?: Opheffing;
  /** The consent the decision relies on, if any (recorded in the verstrekkingenlog): the one behind `artikel`. */
  toestemmingId?: number;
  /**
   * Every consent the decision relies on, in rule order — a criminal item to the RIEC needs both the
   * supplier's and the Officier van Justitie's (art. 14.6, 21.8); the log records them all (art. 25.3).
   */
  toestemmingIds?: number[];
}
