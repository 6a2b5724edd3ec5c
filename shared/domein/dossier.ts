/**
 * The process steps of art. 10.1 as one table of allowed transitions (house style: states as
 * explicit machines). Anything not in the table is refused, and every allowed step is recorded.
 */
import { z } from '../zod-nl';
import type { Toestandsmachine } from '../overgang';
import { geenRedactie, redactieSchema } from './redactie';

export const DOSSIERFASEN = [
  'detectie',
  'dossiervorming',
  'weging-en-kwalificatie',
  'toewijzing-interventie',
  'uitvoering-interventie',
  'evaluatie',
  'gesloten',
] as const;
export const dossierfaseSchema = z.enum(DOSSIERFASEN);
export type Dossierfase = z.infer<typeof dossierfaseSchema>;

/** Forward one step at a time; from weighing a dossier can go back to be completed (art. 13, "terug naar dossiervorming"). */
export const OVERGANGEN: Readonly<Record<Dossierfase, readonly Dossierfase[]>> = {
  detectie: ['dossiervorming'],
  dossiervorming: ['weging-en-kwalificatie'],
  'weging-en-kwalificatie': ['toewijzing-interventie', 'dossiervorming'],
  'toewijzing-interventie': ['uitvoering-interventie'],
  'uitvoering-interventie': ['evaluatie'],
  evaluatie: ['gesloten'],
  gesloten: [],
};

export const magOvergaan = (van: Dossierfase, naar: Dossierfase): boolean => OVERGANGEN[van].includes(naar);

export const DOSSIERMACHINE: Toestandsmachine<Dossierfase> = { naam: 'dossier', wat: 'dossier', overgangen: OVERGANGEN, artikel: 'art. 10.1' };

export const dossierRijSchema = z.object({
  id: z.number().int(),
  nummer: z.string(),
  titel: z.string(),
  fase: dossierfaseSchema,
  aantalSignalen: z.number().int(),
  aangemaakt: z.string(),
  gewijzigd: z.string(),
});
export type DossierRij = z.infer<typeof dossierRijSchema>;

export const gebeurtenisSchema = z.object({
  id: z.number().int(),
  tijd: z.string(),
  door: z.string(),
  soort: z.string(),
  vanFase: dossierfaseSchema.nullable(),
  naarFase: dossierfaseSchema.nullable(),
  toelichting: z.string(),
});

export const navraagSchema = z.object({
  id: z.number().int(),
  partner: z.object({ id: z.number().int(), naam: z.string() }),
  vraag: z.string(),
  gevraagdOp: z.string(),
  gevraagdDoor: z.string(),
  beantwoordOp: z.string().nullable(),
  antwoord: z.string(),
  categorie: z.string(),
  relevant: z.boolean().nullable(),
  relevantieToelichting: z.string(),
  concreteVerdenking: z.boolean(),
});

export const TOESTEMMINGSOORTEN = ['riec-emm', 'zorg-operationeel', 'ovj-strafrechtelijk'] as const;

export const toestemmingSchema = z.object({
  id: z.number().int(),
  soort: z.enum(TOESTEMMINGSOORTEN),
  signaalId: z.number().int().nullable(),
  navraagId: z.number().int().nullable(),
  gegevenDoor: z.string(),
  ontvanger: z.string().nullable(),
  gegevenOp: z.string(),
  vastgelegdDoor: z.string(),
  ingetrokkenOp: z.string().nullable(),
  toelichting: z.string(),
  /** Art. 14.8: the purpose it was given for (null: recorded before the purpose was), and the supplier's judgment. */
  doel: z.string().nullable().default(null),
  verenigbaar: z.boolean().nullable().default(null),
});

export const betrokkeneSchema = z.object({
  persoonId: z.number().int(),
  rol: z.enum(['slachtoffer', 'pleger', 'faciliteerder']),
  signaal: z.string(),
  /** Empty in the anonymised form. */
  naam: z.string(),
  geboortedatum: z.string(),
  leeftijd: z.number().int().nullable(),
  geslacht: z.string(),
  nationaliteit: z.string(),
  woonplaats: z.string(),
});

export const beslissingSchema = z.object({
  toegestaan: z.boolean(),
  vorm: z.enum(['identificeerbaar', 'geanonimiseerd', 'geen']),
  artikel: z.string(),
  reden: z.string(),
  toestemmingId: z.number().int().optional(),
  toestemmingIds: z.array(z.number().int()).optional(),
  /** On a refusal, what can lift it (ADR 0006): an override by the ketenregisseur, a consent, a suspicion, or nothing. */
  opheffing: z
    .object({ door: z.enum(['overschrijven', 'toestemming', 'verdenking', 'niets', 'blokkade', 'belangenafweging']), toestemming: z.enum(TOESTEMMINGSOORTEN).optional() })
    .optional(),
});

export const DOELEN = ['navraag', 'advies', 'overleg', 'overdracht', 'spoed', 'emm'] as const;
export const doelSchema = z.enum(DOELEN);

/** Art. 9.4, 12.19: what an acting partner needs — the ketenregisseur's choice (who, when) or the suggestion. */
export const nodigSchema = z.object({
  bron: z.enum(['keuze', 'voorstel']),
  items: z.array(z.string()),
  identificatie: z.boolean(),
  door: z.string().optional(),
  gekozenOp: z.string().optional(),
  toelichting: z.string().optional(),
  /** The choice was made in this spoed decision, for that immediate action only (art. 16.9). */
  spoedId: z.number().int().optional(),
});
export type Nodig = z.infer<typeof nodigSchema>;

/** A partner's task on a dossier (art. 16.5, 16.9): its open interventions and the spoed decisions naming it. */
export const taakSchema = z.object({
  interventies: z.array(z.object({ id: z.number().int(), omschrijving: z.string(), deadline: z.string() })),
  spoed: z.array(z.object({ id: z.number().int(), verzoek: z.string() })),
});

export const matrixSchema = z.object({
  doel: doelSchema,
  items: z.array(z.object({ sleutel: z.string(), omschrijving: z.string(), categorie: z.string() })),
  ontvangers: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      naam: z.string(),
      soort: z.string(),
      heeftTaak: z.boolean(),
      /** Why it has a task (derived, never a checkbox): its interventions and spoed requests. */
      taak: taakSchema,
      nodig: nodigSchema.nullable(),
      beslissingen: z.array(beslissingSchema.extend({ sleutel: z.string() })),
    }),
  ),
});
export type Matrix = z.infer<typeof matrixSchema>;

export const verstrekkingSchema = z.object({
  id: z.number().int(),
  tijd: z.string(),
  door: z.string(),
  ontvanger: z.object({ id: z.number().int(), naam: z.string() }),
  doel: z.string(),
  soort: z.string(),
  dossierId: z.number().int().nullable(),
  items: z.array(z.object({ sleutel: z.string(), vorm: z.string(), artikel: z.string(), toestemmingId: z.number().int().nullable(), toestemmingIds: z.array(z.number().int()).default([]), overschreven: z.boolean() })),
  categorieen: z.array(z.string()),
  overschreven: z.boolean(),
  overschrijfReden: z.string(),
  /** The need-to-know choice the provision followed (who chose it, when), or the suggestion; null before 0320. */
  nodig: z.object({ bron: z.enum(['keuze', 'voorstel']), door: z.string().optional(), gekozenOp: z.string().optional(), identificatie: z.boolean(), spoedId: z.number().int().optional() }).nullable().default(null),
});

/** Per dossier: the acting partners, what each needs, and the weighing of the victim's interests (art. 9.4, 12.19, 21.6). */
export const nodigOverzichtSchema = z.object({
  items: z.array(z.object({ sleutel: z.string(), omschrijving: z.string(), categorie: z.string() })),
  partners: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      naam: z.string(),
      taak: taakSchema,
      keuze: nodigSchema.nullable(),
      voorstel: nodigSchema,
    }),
  ),
  /** Art. 21.6: whether the dossier holds signals not from care partners, and the latest recorded weighing. */
  afwegingNodig: z.boolean(),
  belangenafweging: z.object({ afweging: z.string(), door: z.string(), vastgelegdOp: z.string() }).nullable(),
});
export type NodigOverzicht = z.infer<typeof nodigOverzichtSchema>;

export const spoedSchema = z.object({
  id: z.number().int(),
  dossier: z.object({ id: z.number().int(), nummer: z.string() }).nullable(),
  verzoek: z.string(),
  partnerIds: z.array(z.number().int()),
  beslotenOp: z.string(),
  ketenregisseur: z.string(),
  zorgcoordinator: z.string(),
  status: z.enum(['wacht-op-bevestiging', 'bevestigd', 'ingetrokken']),
  /** Art. 16.9: per partner what the deciders chose as needed for the immediate action, and who chose it. */
  nodig: z.array(z.object({ partnerId: z.number().int(), items: z.array(z.string()), identificatie: z.boolean(), door: z.string(), gekozenOp: z.string() })).default([]),
});

/** The spoed form's starting point (art. 16.9): the dossier's items and per partner the minimal suggestion. */
export const spoedVoorstelSchema = z.object({
  items: z.array(z.object({ sleutel: z.string(), omschrijving: z.string(), categorie: z.string() })),
  partners: z.array(z.object({ partnerId: z.number().int(), items: z.array(z.string()), identificatie: z.boolean() })),
});

export const dossierDetailSchema = dossierRijSchema.extend({
  vorm: z.enum(['identificeerbaar', 'geanonimiseerd']),
  geslotenOp: z.string().nullable(),
  volgendeFasen: z.array(dossierfaseSchema),
  gebeurtenissen: z.array(gebeurtenisSchema),
  signalen: z.array(z.object({ id: z.number().int(), nummer: z.string(), datumTijd: z.string(), bron: z.string(), samenvatting: z.string(), vermoedens: z.array(z.string()), delen: z.string() })),
  betrokkenen: z.array(betrokkeneSchema),
  navragen: z.array(navraagSchema),
  toestemmingen: z.array(toestemmingSchema),
  spoed: z.array(spoedSchema),
  verstrekkingen: z.array(verstrekkingSchema),
  /** What the anonymised view redacted from the summaries and the title, and what it flags (ADR 0032). */
  redactie: redactieSchema.default(geenRedactie),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;
