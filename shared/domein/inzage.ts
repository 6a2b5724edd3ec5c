/**
 * The rights that act on the data itself (art. 25–27; docs/ontwerp.md "Inzage, correctie en verzet",
 * ADR 0023): the inzage answer as a document the page can show before it is made, the grounds on which
 * art. 25.4 allows something to be withheld, the kinds of correction (art. 26.1) and the person blocks.
 * Pure: it runs in the page as well as in the backend.
 */
import { veldcode, z } from '../zod-nl';

/** Art. 25.4 a–e, in the covenant's words: the only grounds to withhold part of an inzage answer. */
export const INZAGE_WEIGERGRONDEN = {
  a: 'de veiligheid van de staat',
  b: 'de voorkoming, opsporing en vervolging van strafbare feiten',
  c: 'gewichtige economische en financiële belangen van de staat en andere openbare lichamen',
  d: 'het toezicht op de naleving van wettelijke voorschriften ten behoeve van de opsporing of van de financiële belangen van de staat',
  e: 'de bescherming van de betrokkene of van de rechten en vrijheden van anderen',
} as const;
export type Inzageweigergrond = keyof typeof INZAGE_WEIGERGRONDEN;
export const inzageweigergrondSchema = z.enum(['a', 'b', 'c', 'd', 'e']);
export const grondArtikel = (g: Inzageweigergrond): string => `art. 25.4 sub ${g}`;

/** The key of one part of the answer: "signaal:12", "persoon:3", "verstrekking:40" … */
export const onderdeelSleutelSchema = z.string().regex(/^(persoon|signaal|dossier|besluit|interventie|navraag|toestemming|verstrekking):\d+$/, veldcode('veld.onbekendOnderdeel'));

export const achterhoudenSchema = z
  .object({
    sleutel: onderdeelSleutelSchema,
    grond: inzageweigergrondSchema,
    toelichting: z.string().trim().max(500, veldcode('veld.max500Tekens')).default(''),
  })
  .strict();
export type Achterhouden = z.infer<typeof achterhoudenSchema>;

export const ONDERDEELSOORTEN = ['persoon', 'signaal', 'dossier', 'besluit', 'interventie', 'navraag', 'toestemming', 'verstrekking'] as const;
export type Onderdeelsoort = (typeof ONDERDEELSOORTEN)[number];

const veldSchema = z.object({ label: z.string(), waarde: z.string() });

export const inzageOnderdeelSchema = z.object({
  sleutel: z.string(),
  soort: z.enum(ONDERDEELSOORTEN),
  titel: z.string(),
  velden: z.array(veldSchema),
  /** A plain-words remark, e.g. that data about other persons in the same signal is left out (art. 25.4 sub e). */
  opmerking: z.string().default(''),
  /** Withheld under art. 25.4: the content is gone from the document, the mark and its ground remain. */
  achtergehouden: z.object({ grond: inzageweigergrondSchema, artikel: z.string(), uitleg: z.string(), toelichting: z.string() }).nullable(),
});
export type InzageOnderdeel = z.infer<typeof inzageOnderdeelSchema>;

export const inzageDocumentSchema = z.object({
  penvoerder: z.string(),
  bestandsnaam: z.string(),
  gemaaktOp: z.string(),
  persoonIds: z.array(z.number().int()),
  doelen: z.array(z.string()),
  categorieen: z.array(z.object({ naam: z.string(), uitleg: z.string() })),
  bronnen: z.array(z.string()),
  onderdelen: z.array(inzageOnderdeelSchema),
  aantalAchtergehouden: z.number().int(),
});
export type InzageDocument = z.infer<typeof inzageDocumentSchema>;

/** Art. 26.1: the four kinds of correction, and what each does to the field. */
export const CORRECTIESOORTEN = ['verbetering', 'aanvulling', 'verwijdering', 'afscherming'] as const;
export const correctiesoortSchema = z.enum(CORRECTIESOORTEN);
export type Correctiesoort = z.infer<typeof correctiesoortSchema>;

/** The personalia fields a correction can reach: the fields of a person on the Format casus. */
export const CORRECTIEVELDEN = ['naam', 'geboortedatum', 'geslacht', 'adres', 'woonplaats', 'nationaliteit', 'verblijfstatus', 'woonsituatie'] as const;
export const correctieveldSchema = z.enum(CORRECTIEVELDEN);
export type Correctieveld = z.infer<typeof correctieveldSchema>;

export const blokkadeSchema = z.object({
  id: z.number().int(),
  persoonId: z.number().int(),
  grond: z.enum(['verzet', 'afscherming']),
  artikel: z.string(),
  sinds: z.string(),
  door: z.string(),
  toelichting: z.string(),
  opgehevenOp: z.string().nullable(),
  opgehevenDoor: z.string().nullable(),
  opheffingReden: z.string(),
});
export type PersoonBlokkade = z.infer<typeof blokkadeSchema>;
