/**
 * The signal: the "Format casus mensenhandel" of the covenant's bijlage, field for field, plus what
 * art. 15.2 adds (date/time, indicators, source) and the five-phase label (art. 14.4). Identifying
 * fields are marked (art. 6.2, 9.5), so every view and export can offer the anonymised form first.
 */
import { veldcode, z } from '../zod-nl';
import { vandaag } from '../datum';
import { veldfout, type Veldfout } from '../fouten';
import { melding, type Melding } from '../meldingen';
import { geenRedactie, redactieSchema } from './redactie';

const tekst = (max = 2000) => z.string().trim().max(max).default('');
export const jaNeeOnbekendSchema = z.enum(['ja', 'nee', 'onbekend']).default('onbekend');

export const geslachtSchema = z.enum(['vrouw', 'man', 'anders', 'onbekend']).default('onbekend');

const geboortedatumSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, veldcode('veld.datumVorm'))
  .refine((d) => d === '' || d <= vandaag(), veldcode('veld.geboortedatumToekomst'))
  .refine((d) => d === '' || d >= '1900-01-01', veldcode('veld.geboortedatumOnaannemelijk'))
  .default('');

/** Personalia as on the form (slachtoffer and pleger; the faciliteerder adds its kind, lacks woonsituatie). */
export const personaliaSchema = z.object({
  naam: tekst(200),
  geboortedatum: geboortedatumSchema,
  geslacht: geslachtSchema,
  adres: tekst(300),
  woonplaats: tekst(120),
  nationaliteit: tekst(80),
  verblijfstatus: tekst(120),
  woonsituatie: tekst(500),
});
export type Personalia = z.infer<typeof personaliaSchema>;

export const SOORTEN_FACILITEERDER = ['huisvesting', 'vervoer', 'werving', 'identiteitspapieren', 'tewerkstelling', 'financieel', 'overig'] as const;
export const faciliteerderSchema = personaliaSchema.omit({ woonsituatie: true }).extend({
  soort: z.enum([...SOORTEN_FACILITEERDER, '']).default(''),
});

export const socialeOmgevingSchema = z.object({
  partner: tekst(),
  familie: tekst(),
  vriendenKennissen: tekst(),
  collegasKlasgenoten: tekst(),
  professionals: tekst(),
  werkOpleiding: tekst(),
  sportVerenigingsleven: tekst(),
  overigen: tekst(),
});

export const MAX_SAMENVATTING_REGELS = 5;
/** A form line holds about 120 characters; five of them is the bijlage's "maximaal vijf regels". */
export const MAX_SAMENVATTING_TEKENS = 600;

export const vraag1Schema = z.object({
  zitInProstitutie: jaNeeOnbekendSchema,
  sindsWanneer: tekst(200),
  waar: tekst(500),
  watVoorProstitutie: tekst(500),
  wieOpDeHoogte: tekst(500),
  dreigtInProstitutie: jaNeeOnbekendSchema,
  waaruitBlijktDat: tekst(),
});

export const vraag2Schema = z.object({
  hoeUitgebuit: tekst(),
  waaruitBlijktDat: tekst(),
  sindsWanneer: tekst(200),
  waar: tekst(500),
  watVoorWerk: tekst(500),
  wieOpDeHoogte: tekst(500),
  overigeBijzonderheden: tekst(),
});

export const dwangSchema = z.object({
  isErSprake: jaNeeOnbekendSchema,
  waaruitBlijkt: tekst(),
  eenOfMeerderePersonen: z.enum(['een', 'meerdere', 'onbekend']).default('onbekend'),
  andereFactoren: tekst(),
  vindtSlachtofferZelf: tekst(),
});

export const handhavingSchema = z.object({
  strafbareFeiten: jaNeeOnbekendSchema,
  welkeEnDoorWie: tekst(),
  waaruitBlijkt: tekst(),
});

export const hulpverleningSchema = z.object({
  wordtHulpGeboden: jaNeeOnbekendSchema,
  welkeHulp: tekst(),
  welkeInstanties: tekst(),
  vervolgacties: tekst(),
});

export const VERMOEDENS = ['seksuele-uitbuiting', 'sociaal-economische-uitbuiting', 'orgaanhandel'] as const;
export const SEKSUELE_VORMEN = ['jeugdprostitutie', 'gedwongen-prostitutie', 'overige-seksuele-uitbuiting'] as const;

export const DEELVORMEN = ['identificeerbaar', 'geanonimiseerd'] as const;

/** The whole form. Everything defaults to empty, so a draft can be saved at any moment. */
export const formatCasusSchema = z.object({
  datumTijd: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, veldcode('veld.datumTijdVorm')).or(z.literal('')).default(''),
  melder: z
    .object({
      contactpersoon: tekst(200),
      partnerId: z.number().int().nullable().default(null),
      telefoon: z.string().trim().max(40).regex(/^[0-9 +()-]*$/, veldcode('veld.telefoonVorm')).default(''),
      datum: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, veldcode('veld.datumVorm')).default(''),
    })
    .prefault({}),
  bron: z
    .object({
      naam: tekst(200),
      partnerId: z.number().int().nullable().default(null),
      telefoon: z.string().trim().max(40).regex(/^[0-9 +()-]*$/, veldcode('veld.telefoonVorm')).default(''),
    })
    .prefault({}),
  slachtoffer: personaliaSchema.prefault({}),
  pleger: personaliaSchema.prefault({}),
  faciliteerder: faciliteerderSchema.prefault({}),
  omgevingSlachtoffer: socialeOmgevingSchema.prefault({}),
  omgevingPleger: socialeOmgevingSchema.prefault({}),
  samenvatting: z.string().default(''),
  vermoedens: z.array(z.enum(VERMOEDENS)).default([]),
  seksueleVormen: z.array(z.enum(SEKSUELE_VORMEN)).default([]),
  vraag1: vraag1Schema.prefault({}),
  vraag2: vraag2Schema.prefault({}),
  dwang: dwangSchema.prefault({}),
  handhaving: handhavingSchema.prefault({}),
  hulpverlening: hulpverleningSchema.prefault({}),
  indicatoren: z.array(z.number().int()).default([]),
  fase: z.number().int().min(1, veldcode('veld.faseBereik')).max(5, veldcode('veld.faseBereik')).nullable().default(null),
  delen: z.enum(DEELVORMEN).default('geanonimiseerd'),
});
export type FormatCasus = z.infer<typeof formatCasusSchema>;
export type FormatCasusInvoer = z.input<typeof formatCasusSchema>;

/**
 * Identifying fields (art. 6.2, 9.5): shown and provided only where strictly needed. The social
 * environment fields are free text about named people, so they count as identifying too.
 */
export const IDENTIFICERENDE_VELDEN: readonly string[] = [
  'melder.contactpersoon',
  'melder.telefoon',
  'bron.naam',
  'bron.telefoon',
  ...(['slachtoffer', 'pleger', 'faciliteerder'] as const).flatMap((r) => [`${r}.naam`, `${r}.geboortedatum`, `${r}.adres`, `${r}.woonplaats`]),
  ...(['omgevingSlachtoffer', 'omgevingPleger'] as const).flatMap((o) => Object.keys(socialeOmgevingSchema.shape).map((k) => `${o}.${k}`)),
];

export const isIdentificerend = (pad: string): boolean => IDENTIFICERENDE_VELDEN.includes(pad);

/** Age in whole years on a given day, or null when the date of birth is unknown. */
export function leeftijdOp(geboortedatum: string, datum: string): number | null {
  if (!geboortedatum) return null;
  const [gj, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return j - gj - (m < gm || (m === gm && d < gd) ? 1 : 0);
}

/** Footnote 13: a victim under 23 in sexual exploitation counts as youth prostitution. */
export const JEUGDPROSTITUTIE_GRENS = 23;
/** Art. 5.4 and 8.4: minors need no means of coercion for it to be trafficking. */
export const MEERDERJARIG = 18;

/**
 * Full validation, applied when a signal is submitted (drafts skip it). Returns per-field messages;
 * an empty list means the form is complete.
 */
export function controleerVolledig(f: FormatCasus, nu = vandaag()): Veldfout[] {
  const fouten: Veldfout[] = [];
  const fout = (pad: string, m: Melding) => fouten.push(veldfout(pad, m));
  if (!f.datumTijd) fout('datumTijd', melding('veld.signaal.datumTijd'));
  else if (f.datumTijd.slice(0, 10) > nu) fout('datumTijd', melding('veld.signaal.toekomst'));
  if (!f.bron.partnerId) fout('bron.partnerId', melding('veld.signaal.bron'));
  if (!f.bron.naam) fout('bron.naam', melding('veld.signaal.bronNaam'));
  if (!f.melder.contactpersoon) fout('melder.contactpersoon', melding('veld.signaal.melder'));
  const regels = f.samenvatting.split(/\r?\n/);
  if (!f.samenvatting.trim()) fout('samenvatting', melding('veld.signaal.samenvatting'));
  else if (regels.length > MAX_SAMENVATTING_REGELS) fout('samenvatting', melding('veld.signaal.regels', { regels: regels.length, max: MAX_SAMENVATTING_REGELS }));
  else if (f.samenvatting.length > MAX_SAMENVATTING_TEKENS) fout('samenvatting', melding('veld.signaal.tekens', { tekens: f.samenvatting.length, max: MAX_SAMENVATTING_TEKENS }));
  if (f.vermoedens.includes('orgaanhandel')) fout('vermoedens', melding('veld.signaal.orgaanhandel'));
  if (f.vermoedens.length === 0) fout('vermoedens', melding('veld.signaal.vermoeden'));
  if (f.vermoedens.includes('seksuele-uitbuiting') && f.seksueleVormen.length === 0) fout('seksueleVormen', melding('veld.signaal.vorm'));
  if (!f.vermoedens.includes('seksuele-uitbuiting') && f.seksueleVormen.length > 0) fout('seksueleVormen', melding('veld.signaal.vormZonderVermoeden'));
  if (f.fase === null) fout('fase', melding('veld.signaal.fase'));
  if (!f.slachtoffer.naam && !f.pleger.naam && !f.faciliteerder.naam && !f.slachtoffer.geboortedatum) {
    // Anonymous signals exist; but then the summary must carry the case.
    if (f.samenvatting.trim().length < 20) fout('samenvatting', melding('veld.signaal.anoniem'));
  }
  for (const rol of ['slachtoffer', 'pleger', 'faciliteerder'] as const) {
    const gd = f[rol].geboortedatum;
    if (gd && f.datumTijd && gd > f.datumTijd.slice(0, 10)) fout(`${rol}.geboortedatum`, melding('veld.signaal.geboortedatumNa'));
  }
  return fouten;
}

/** Flags that follow from the form: minor victim (art. 5.4, 8.4), youth prostitution (footnote 13). */
export function kenmerken(f: FormatCasus): { minderjarig: boolean; jeugdprostitutie: boolean; leeftijd: number | null } {
  const peildatum = f.datumTijd ? f.datumTijd.slice(0, 10) : vandaag();
  const leeftijd = leeftijdOp(f.slachtoffer.geboortedatum, peildatum);
  const minderjarig = leeftijd !== null && leeftijd < MEERDERJARIG;
  const jeugdprostitutie =
    f.vermoedens.includes('seksuele-uitbuiting') && (f.seksueleVormen.includes('jeugdprostitutie') || (leeftijd !== null && leeftijd < JEUGDPROSTITUTIE_GRENS));
  return { minderjarig, jeugdprostitutie, leeftijd };
}

/**
 * The anonymised form (art. 6.2, 9.5): every identifying field emptied and named in `afgeschermd`,
 * so a screen can say what it hides. The victim's age stays, as a number, because care needs it.
 */
export function anonimiseer(f: FormatCasus): { formulier: FormatCasus; afgeschermd: string[] } {
  const kopie = structuredClone(f) as unknown as Record<string, Record<string, unknown>>;
  const afgeschermd: string[] = [];
  for (const pad of IDENTIFICERENDE_VELDEN) {
    const [groep, veld] = pad.split('.') as [string, string];
    const waarde = kopie[groep]?.[veld];
    if (typeof waarde === 'string' && waarde !== '') {
      kopie[groep]![veld] = '';
      afgeschermd.push(pad);
    }
  }
  return { formulier: kopie as unknown as FormatCasus, afgeschermd };
}

export const signaalRijSchema = z.object({
  id: z.number().int(),
  nummer: z.string(),
  status: z.enum(['concept', 'ingediend']),
  datumTijd: z.string(),
  fase: z.number().int().nullable(),
  bron: z.object({ id: z.number().int(), code: z.string(), naam: z.string() }).nullable(),
  vermoedens: z.array(z.string()),
  minderjarig: z.boolean(),
  jeugdprostitutie: z.boolean(),
  aantalIndicatoren: z.number().int(),
  dossier: z.object({ id: z.number().int(), nummer: z.string() }).nullable(),
  besluit: z.enum(['open', 'dossier', 'geen-dossier']),
  /** The list's summary column: the start of the anonymised summary, at most ~80 characters (art. 6.2). */
  samenvattingKort: z.string().max(120).optional(),
});
export type SignaalRij = z.infer<typeof signaalRijSchema>;

export const signaalDetailSchema = signaalRijSchema.extend({
  formulier: formatCasusSchema,
  vorm: z.enum(DEELVORMEN),
  afgeschermd: z.array(z.string()),
  /** What the anonymised form redacted from the free text and what it flags (ADR 0032); zero in the identifying form. */
  redactie: redactieSchema.default(geenRedactie),
  leeftijdSlachtoffer: z.number().int().nullable(),
  indicatorTeksten: z.array(z.object({ id: z.number().int(), code: z.string(), tekst: z.string(), actief: z.boolean() })),
  personen: z.array(z.object({ rol: z.enum(['slachtoffer', 'pleger', 'faciliteerder']), persoonId: z.number().int() })),
  besluitToelichting: z.string(),
  aangemaakt: z.string(),
  aangemaaktDoor: z.string(),
  gewijzigd: z.string(),
});
export type SignaalDetail = z.infer<typeof signaalDetailSchema>;
