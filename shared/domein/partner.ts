import { veldcode, z } from '../zod-nl';

/** Kinds of partner of art. 2, plus RIEC and EMM, which receive data but are not parties (art. 21.4). */
export const PARTNERSOORTEN = [
  'gemeente-veiligheid',
  'gemeente-publiekszaken',
  'gemeente-szw',
  'gemeente-bwt',
  'gemeente-ggd',
  'politie',
  'om',
  'belastingdienst',
  'szw-arbeidsinspectie',
  'szw-siod',
  'ind',
  'coa',
  'zorgcoordinator',
  'zorgpartner',
  'bureau-jeugdzorg',
  'reclassering',
  'kvk',
  'riec',
  'emm',
  'overig',
] as const;
export const partnersoortSchema = z.enum(PARTNERSOORTEN);
export type Partnersoort = z.infer<typeof partnersoortSchema>;

/** RIEC and EMM receive covenant data but never sign it (considerations; art. 21.4, 21.7). */
export const NIET_PARTIJ_ONTVANGERS: readonly Partnersoort[] = ['riec', 'emm'];

/**
 * `partij` has signed; `kandidaat` is a suggestion (footnote 2) or has asked to join (art. 4.2);
 * `ontvanger` is RIEC or EMM.
 */
export const partnerRolSchema = z.enum(['partij', 'kandidaat', 'ontvanger']);
export type PartnerRol = z.infer<typeof partnerRolSchema>;

/** The status shown to users, derived from the dates so that it can never drift from them. */
export const partnerStatusSchema = z.enum([
  'suggestie',
  'toetreding-aangevraagd',
  'partij',
  'opgezegd',
  'uitgetreden',
  'ontvanger',
]);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const datumSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, veldcode('veld.datumVorm'));
export const landSchema = z.string().regex(/^[A-Z]{2}$/, veldcode('veld.landVorm'));

export const contactpersoonSchema = z.object({
  id: z.number().int(),
  naam: z.string(),
  functie: z.string(),
  telefoon: z.string(),
  email: z.string(),
});
export type Contactpersoon = z.infer<typeof contactpersoonSchema>;

export const instemmingSchema = z.object({
  partijId: z.number().int(),
  partijCode: z.string(),
  partijNaam: z.string(),
  datum: datumSchema,
  vastgelegdDoor: z.string(),
});

export const partnerSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  naam: z.string(),
  soort: partnersoortSchema,
  land: z.string(),
  rol: partnerRolSchema,
  status: partnerStatusSchema,
  toetredingAangevraagdOp: datumSchema.nullable(),
  toegetredenOp: datumSchema.nullable(),
  opgezegdOp: datumSchema.nullable(),
  uitgetredenPer: datumSchema.nullable(),
  toelichting: z.string(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerDetailSchema = partnerSchema.extend({
  contactpersonen: z.array(contactpersoonSchema),
  instemmingen: z.array(instemmingSchema),
  /** Parties whose consent to this candidate's accession is still missing (art. 4.3). */
  ontbrekendeInstemmingen: z.array(z.object({ id: z.number().int(), code: z.string(), naam: z.string() })),
});
export type PartnerDetail = z.infer<typeof partnerDetailSchema>;

export const EU_EER_LANDEN = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT',
  'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;
