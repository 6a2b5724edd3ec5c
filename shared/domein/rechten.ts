/**
 * The rights of the persons concerned (art. 23–27; docs/ontwerp.md §12): requests for inzage, correctie and
 * verzet, their deadlines, the grounds a decision may rest on, and the informing duty of art. 23. Pure:
 * no clock — every deadline is computed from dates the caller passes in.
 */
import { veldcode, z } from '../zod-nl';
import type { Toestandsmachine } from '../overgang';

export const VERZOEKSOORTEN = ['inzage', 'correctie', 'verzet'] as const;
export const verzoeksoortSchema = z.enum(VERZOEKSOORTEN);
export type Verzoeksoort = z.infer<typeof verzoeksoortSchema>;

/** Art. 26.1: the four kinds of correction; a request names one or more. */
export const CORRECTIESOORTEN = ['verbetering', 'aanvulling', 'verwijdering', 'afscherming'] as const;
export const correctiesoortSchema = z.enum(CORRECTIESOORTEN);
export type Correctiesoort = z.infer<typeof correctiesoortSchema>;

/** The article that gives each kind of request, and the one that sets its deadline. */
export const VERZOEKARTIKEL: Record<Verzoeksoort, { recht: string; termijn: string }> = {
  inzage: { recht: 'art. 25', termijn: 'art. 25.2, 25.5' },
  correctie: { recht: 'art. 26', termijn: 'art. 26.2, 26.4' },
  verzet: { recht: 'art. 27', termijn: 'art. 27.2' },
};

/**
 * A request's handling: registered, identity checked and in handling, decided, answered; or withdrawn.
 * Carrying out a decided correction (art. 26.3) is recorded beside the status (`uitgevoerdOp`), since the
 * answer may go out before the correction is done and the other way round.
 */
export const VERZOEKSTATUSSEN = ['ontvangen', 'in-behandeling', 'besloten', 'beantwoord', 'ingetrokken'] as const;
export const verzoekstatusSchema = z.enum(VERZOEKSTATUSSEN);
export type Verzoekstatus = z.infer<typeof verzoekstatusSchema>;

export const VERZOEK_OVERGANGEN: Record<Verzoekstatus, readonly Verzoekstatus[]> = {
  ontvangen: ['in-behandeling', 'ingetrokken'],
  'in-behandeling': ['besloten', 'ingetrokken'],
  besloten: ['beantwoord'],
  beantwoord: [],
  ingetrokken: [],
};

export const VERZOEKMACHINE: Toestandsmachine<Verzoekstatus> = {
  naam: 'rechtenverzoek',
  wat: 'verzoek van een betrokkene',
  overgangen: VERZOEK_OVERGANGEN,
  artikel: 'art. 25–27',
};

/** For verzet `toegewezen` means "gegrond" and `afgewezen` "ongegrond" (art. 27.2); `deels` is not for verzet. */
export const BESLUITEN = ['toegewezen', 'deels', 'afgewezen'] as const;
export const besluitSchema = z.enum(BESLUITEN);
export type Verzoekbesluit = z.infer<typeof besluitSchema>;

/**
 * The grounds a decision may cite, each with its article. The five of art. 25.4 (refusing inzage) are the
 * same five as art. 23.2 (postponing or omitting the information); the three of art. 26.2 say why data
 * are corrected. A correction refused cites `geen-26.2`: none of those three applies.
 */
export const GRONDEN = {
  'veiligheid-staat': { sub: 'a' },
  'strafbare-feiten': { sub: 'b' },
  'economische-belangen': { sub: 'c' },
  toezicht: { sub: 'd' },
  bescherming: { sub: 'e' },
  onjuist: { sub: 'a' },
  onvolledig: { sub: 'b' },
  strijdig: { sub: 'c' },
  'geen-26.2': { sub: '' },
} as const;
export type Grond = keyof typeof GRONDEN;
export const grondSchema = z.enum(Object.keys(GRONDEN) as [Grond, ...Grond[]]);

/** The five grounds of art. 23.2 and 25.4. */
export const UITZONDERINGSGRONDEN = ['veiligheid-staat', 'strafbare-feiten', 'economische-belangen', 'toezicht', 'bescherming'] as const satisfies readonly Grond[];
export const uitzonderingsgrondSchema = z.enum(UITZONDERINGSGRONDEN);
export type Uitzonderingsgrond = z.infer<typeof uitzonderingsgrondSchema>;
/** The three of art. 26.2. */
export const CORRECTIEGRONDEN = ['onjuist', 'onvolledig', 'strijdig'] as const satisfies readonly Grond[];

/** The article a ground stands on in this context: "art. 25.4 sub b", "art. 23.2 sub b", "art. 26.2 sub a". */
export function grondArtikel(grond: Grond, context: Verzoeksoort | 'informeren'): string {
  if (grond === 'geen-26.2') return 'art. 26.2, 26.4';
  const { sub } = GRONDEN[grond];
  if ((CORRECTIEGRONDEN as readonly Grond[]).includes(grond)) return `art. 26.2 sub ${sub}`;
  return `art. ${context === 'informeren' ? '23.2' : '25.4'} sub ${sub}`;
}

/**
 * Which grounds a decision must and may cite (art. 25.4, 25.5, 26.2, 26.4, 27.2). Null when the decision
 * holds together, otherwise the key of what is wrong (a message code in shared/meldingen).
 */
export function besluitFout(soort: Verzoeksoort, besluit: Verzoekbesluit, gronden: readonly Grond[], motivering: string): 'rechten.deelsNietBijVerzet' | 'rechten.grondNietBijSoort' | 'rechten.grondNodig' | 'rechten.motiveringNodig' | null {
  const toegestaan: readonly Grond[] =
    soort === 'inzage' ? UITZONDERINGSGRONDEN : soort === 'correctie' ? (besluit === 'afgewezen' ? ['geen-26.2'] : CORRECTIEGRONDEN) : [];
  if (soort === 'verzet' && besluit === 'deels') return 'rechten.deelsNietBijVerzet';
  if (gronden.some((g) => !toegestaan.includes(g))) return 'rechten.grondNietBijSoort';
  // Inzage refused (wholly or in part) only on a ground of 25.4; a correction granted on a ground of 26.2.
  const grondNodig = (soort === 'inzage' && besluit !== 'toegewezen') || (soort === 'correctie' && besluit !== 'afgewezen');
  if (grondNodig && gronden.length === 0) return 'rechten.grondNodig';
  if (soort === 'inzage' && besluit === 'toegewezen' && gronden.length > 0) return 'rechten.grondNietBijSoort';
  // Art. 25.5, 26.4: a refusal, whole or partial, is reasoned; verzet is judged with its reasons either way.
  const motiveringNodig = besluit !== 'toegewezen' || soort === 'verzet';
  if (motiveringNodig && motivering.trim().length < 10) return 'rechten.motiveringNodig';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Deadlines. Art. 23.1, 25.2, 25.5, 26.2, 26.3, 26.4 and 27.2 all say "four weeks"; the covenant gives no
// extension and does not exclude weekends or holidays, so a deadline is the date 28 calendar days on.

export const TERMIJN_DAGEN = 28;

const DATUM_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Adds calendar days to a date (YYYY-MM-DD), across months, years and leap days; UTC, so no DST shift. */
export function dagenErbij(datum: string, dagen: number): string {
  if (!DATUM_RE.test(datum)) throw new Error(`geen datum: ${datum}`);
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  // 2026-02-30 is not a date: it must read back as itself.
  if (new Date(Date.UTC(j, m - 1, d)).toISOString().slice(0, 10) !== datum) throw new Error(`geen datum: ${datum}`);
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10);
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  const ms = (x: string) => Date.UTC(Number(x.slice(0, 4)), Number(x.slice(5, 7)) - 1, Number(x.slice(8, 10)));
  return Math.round((ms(tot) - ms(van)) / 86_400_000);
}

/** Four weeks after `datum`: the last day on which the duty may still be met. */
export const vierWekenNa = (datum: string): string => dagenErbij(datum.slice(0, 10), TERMIJN_DAGEN);

/**
 * The answer deadline of a request (art. 25.2/25.5, 26.2/26.4, 27.2): four weeks after it was received.
 * A request sent to another party first counts from the day that party received it — forwarding it to
 * the penvoerder (25.1, 26.1) is the parties' own affair and does not lengthen the person's wait.
 */
export const antwoordtermijn = (ontvangenOp: string): string => vierWekenNa(ontvangenOp);

/** Art. 26.3: a decided correction is carried out at the latest four weeks after the decision. */
export const uitvoertermijn = (beslotenOp: string): string => vierWekenNa(beslotenOp);

/** Art. 23.1: the person is informed at the latest four weeks after the data were recorded. */
export const informeertermijn = (vastgelegdOp: string): string => vierWekenNa(vastgelegdOp);

export type Termijnsoort = 'beslissen' | 'antwoorden' | 'uitvoeren';

export interface LopendeTermijn {
  wat: Termijnsoort;
  datum: string;
  artikel: string;
  /** Days left (0 on the last day); negative when overdue. */
  dagenOver: number;
  teLaat: boolean;
}

export interface TermijnGegevens {
  soort: Verzoeksoort;
  status: Verzoekstatus;
  termijn: string;
  besluit: Verzoekbesluit | null;
  uitvoerenVoor: string | null;
  uitgevoerdOp: string | null;
}

/** The deadline that runs now for a request, or null when none does (answered and, if due, carried out). */
export function lopendeTermijn(v: TermijnGegevens, vandaag: string): LopendeTermijn | null {
  const met = (wat: Termijnsoort, datum: string, artikel: string): LopendeTermijn => {
    const dagenOver = dagenTussen(vandaag, datum);
    return { wat, datum, artikel, dagenOver, teLaat: dagenOver < 0 };
  };
  if (v.status === 'ingetrokken') return null;
  if (v.status === 'ontvangen' || v.status === 'in-behandeling') return met('beslissen', v.termijn, VERZOEKARTIKEL[v.soort].termijn);
  if (v.status === 'besloten') return met('antwoorden', v.termijn, VERZOEKARTIKEL[v.soort].termijn);
  if (moetUitgevoerd(v) && !v.uitgevoerdOp && v.uitvoerenVoor) return met('uitvoeren', v.uitvoerenVoor, v.soort === 'verzet' ? 'art. 27.2' : 'art. 26.3');
  return null;
}

/** A correction granted (wholly or in part) is carried out (26.3); an upheld verzet stops processing (27.2). */
export const moetUitgevoerd = (v: { soort: Verzoeksoort; besluit: Verzoekbesluit | null }): boolean =>
  (v.soort === 'correctie' && (v.besluit === 'toegewezen' || v.besluit === 'deels')) || (v.soort === 'verzet' && v.besluit === 'toegewezen');

/** Art. 24.2: at most € 4,50 may be asked; amounts in cents. */
export const MAX_VERGOEDING_CENT = 450;

/** Art. 27.3: the fee for a verzet is refunded when it is upheld. */
export const vergoedingTerug = (v: { soort: Verzoeksoort; besluit: Verzoekbesluit | null; vergoedingCent: number; vergoedingBetaaldOp: string | null }): boolean =>
  v.soort === 'verzet' && v.besluit === 'toegewezen' && v.vergoedingCent > 0 && v.vergoedingBetaaldOp !== null;

// ---------------------------------------------------------------------------------------------------------
// Schemas of the contract.

const datum = z.string().regex(DATUM_RE, veldcode('veld.datumVorm'));

export const verzoekPersoonSchema = z.object({
  persoonId: z.number().int(),
  naam: z.string(),
  geboortedatum: z.string(),
  woonplaats: z.string(),
  signalen: z.number().int(),
  bevestigdDoor: z.string(),
  bevestigdOp: z.string(),
});

export const lopendeTermijnSchema = z.object({
  wat: z.enum(['beslissen', 'antwoorden', 'uitvoeren']),
  datum: z.string(),
  artikel: z.string(),
  dagenOver: z.number().int(),
  teLaat: z.boolean(),
});

export const verzoekRijSchema = z.object({
  id: z.number().int(),
  nummer: z.string(),
  soort: verzoeksoortSchema,
  correcties: z.array(correctiesoortSchema),
  verzoekerNaam: z.string(),
  ontvangenOp: z.string(),
  status: verzoekstatusSchema,
  termijn: z.string(),
  besluit: besluitSchema.nullable(),
  lopend: lopendeTermijnSchema.nullable(),
});
export type VerzoekRij = z.infer<typeof verzoekRijSchema>;

export const verzoekDetailSchema = verzoekRijSchema.extend({
  verzoekerGeboortedatum: z.string(),
  contact: z.string(),
  omschrijving: z.string(),
  ontvangenDoor: z.object({ partnerId: z.number().int(), naam: z.string() }).nullable(),
  doorgezondenOp: z.string().nullable(),
  identiteit: z.object({ wijze: z.string(), door: z.string(), op: z.string() }).nullable(),
  gronden: z.array(z.object({ grond: grondSchema, artikel: z.string() })),
  motivering: z.string(),
  beslotenDoor: z.string().nullable(),
  beslotenOp: z.string().nullable(),
  uitvoerenVoor: z.string().nullable(),
  uitgevoerdOp: z.string().nullable(),
  beantwoordOp: z.string().nullable(),
  antwoordWijze: z.string(),
  vergoedingCent: z.number().int(),
  vergoedingBetaaldOp: z.string().nullable(),
  vergoedingTerugOp: z.string().nullable(),
  /** Art. 27.3: the fee is owed back and not yet refunded. */
  vergoedingTerugTeBetalen: z.boolean(),
  geregistreerdDoor: z.string(),
  geregistreerdOp: z.string(),
  /** The persons the privacy-medewerker confirmed as the requester: the ids inzage, correction and verzet work on. */
  personen: z.array(verzoekPersoonSchema),
  /** The steps the status may take from here (VERZOEKMACHINE). */
  volgende: z.array(verzoekstatusSchema),
});
export type VerzoekDetail = z.infer<typeof verzoekDetailSchema>;

export const nieuwVerzoekSchema = z
  .object({
    soort: verzoeksoortSchema,
    correcties: z.array(correctiesoortSchema).default([]),
    verzoekerNaam: z.string().trim().min(1, veldcode('veld.naamVerzoeker')).max(200, veldcode('veld.max200Tekens')),
    verzoekerGeboortedatum: datum.or(z.literal('')).default(''),
    contact: z.string().trim().max(500, veldcode('veld.max500Tekens')).default(''),
    omschrijving: z.string().trim().max(5000, veldcode('veld.max5000Tekens')).default(''),
    ontvangenOp: datum,
    /** The party that received it, when not the penvoerder itself (art. 25.1, 26.1). */
    ontvangenDoorPartnerId: z.number().int().positive().nullable().default(null),
    doorgezondenOp: datum.nullable().default(null),
    vergoedingCent: z.number().int().min(0).max(MAX_VERGOEDING_CENT, veldcode('veld.maxVergoeding')).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.soort === 'correctie' && v.correcties.length === 0) ctx.addIssue({ code: 'custom', path: ['correcties'], message: veldcode('veld.kiesCorrectie') });
    if (v.soort !== 'correctie' && v.correcties.length > 0) ctx.addIssue({ code: 'custom', path: ['correcties'], message: veldcode('veld.alleenBijCorrectie') });
    if (v.ontvangenDoorPartnerId !== null && v.doorgezondenOp === null) ctx.addIssue({ code: 'custom', path: ['doorgezondenOp'], message: veldcode('veld.doorgezondenOp') });
    if (v.doorgezondenOp !== null && v.doorgezondenOp < v.ontvangenOp) ctx.addIssue({ code: 'custom', path: ['doorgezondenOp'], message: veldcode('veld.doorgezondenNaOntvangst') });
  });
export type NieuwVerzoek = z.input<typeof nieuwVerzoekSchema>;

export const persoonKandidaatSchema = z.object({
  persoonId: z.number().int(),
  naam: z.string(),
  geboortedatum: z.string(),
  woonplaats: z.string(),
  score: z.number(),
  /** Match reasons as codes (`match.*`, ADR 0015). */
  redenen: z.array(z.string()),
  signalen: z.number().int(),
  /** Already confirmed for this request. */
  bevestigd: z.boolean(),
});

export const INFORMEERUITKOMSTEN = ['verzonden', 'uitgesteld', 'achterwege'] as const;
export const informeeruitkomstSchema = z.enum(INFORMEERUITKOMSTEN);
export type Informeeruitkomst = z.infer<typeof informeeruitkomstSchema>;

export const informeertaakSchema = z.object({
  persoonId: z.number().int(),
  naam: z.string(),
  geboortedatum: z.string(),
  rollen: z.array(z.string()),
  vastgelegdOp: z.string(),
  termijn: z.string(),
  status: z.enum(['open', ...INFORMEERUITKOMSTEN]),
  grond: uitzonderingsgrondSchema.nullable(),
  artikel: z.string().nullable(),
  motivering: z.string(),
  heroverwegenOp: z.string().nullable(),
  verzondenOp: z.string().nullable(),
  wijze: z.string(),
  inhoud: z.string(),
  doorWie: z.string().nullable(),
  /** Open past its deadline, or postponed past its review date. */
  teLaat: z.boolean(),
});
export type Informeertaak = z.infer<typeof informeertaakSchema>;

export const informerenInvoerSchema = z
  .object({
    persoonId: z.number().int().positive(),
    uitkomst: informeeruitkomstSchema,
    grond: uitzonderingsgrondSchema.nullable().default(null),
    motivering: z.string().trim().max(5000).default(''),
    heroverwegenOp: datum.nullable().default(null),
    verzondenOp: datum.nullable().default(null),
    wijze: z.string().trim().max(200).default(''),
    inhoud: z.string().trim().max(20_000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.uitkomst === 'verzonden') {
      if (!v.verzondenOp) ctx.addIssue({ code: 'custom', path: ['verzondenOp'], message: veldcode('veld.verzondenOp') });
      if (v.inhoud.length < 10) ctx.addIssue({ code: 'custom', path: ['inhoud'], message: veldcode('veld.watVerzonden') });
      return;
    }
    if (!v.grond) ctx.addIssue({ code: 'custom', path: ['grond'], message: veldcode('veld.grond232') });
    if (v.motivering.length < 10) ctx.addIssue({ code: 'custom', path: ['motivering'], message: veldcode('veld.motivering232') });
    if (!v.heroverwegenOp) ctx.addIssue({ code: 'custom', path: ['heroverwegenOp'], message: veldcode('veld.heroverwegenOp') });
  });
