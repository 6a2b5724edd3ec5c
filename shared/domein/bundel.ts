/**
 * Bundles (docs/ontwerp.md §6): the JSON document inside every signed, encrypted bundle, its schema per soort,
 * the file name, the fingerprint notation and the states of an export and an import. Pure: it runs
 * in the page as well as in the backend, and knows nothing of OpenPGP.
 */
import { veldcode, z } from '../zod-nl';
import { vandaag } from '../datum';
import { formuleer, melding, type Melding } from '../meldingen';
import { datumSchema } from './partner';
import { besluitSchema } from './overleg';
import type { Toestandsmachine } from '../overgang';
import { statistiekInhoudSchema } from './statistiek';

export const BUNDELFORMAAT = 'ketenbundel/1';
export const BUNDEL_EXTENSIE = '.ketenbundel';

export const BUNDELSOORTEN = ['overdracht', 'terugmelding', 'signalen', 'agendapakket', 'ontvangstbevestiging', 'verwijderverzoek', 'verwijderbevestiging', 'correctie', 'statistiek'] as const;
export const bundelsoortSchema = z.enum(BUNDELSOORTEN);
export type Bundelsoort = z.infer<typeof bundelsoortSchema>;

/** A bundle file is read whole into memory; anything larger is refused before it is parsed. */
export const MAX_BUNDELBYTES = 50 * 1024 * 1024;
/** Ceiling on what a (compressed) message may unpack to: a bundle made by gpg is compressed by default. */
export const MAX_ONTSLEUTELD_BYTES = 2 * MAX_BUNDELBYTES;
export const MAX_ONTVANGERS = 50;
/** An anchor of the audit head is a few hundred bytes; this is its ceiling wherever one is read. */
export const MAX_ANKERTEKST = 16 * 1024;

// ── Limits on free-form content ───────────────────────────────────────────────────────────────
const MAX_TEKST = 100_000;
const MAX_LIJST = 10_000;
const MAX_VELDEN = 500;
const MAX_DIEPTE = 16;

/** Why a JSON value breaks the limits above, or null. Only plain JSON kinds are allowed. */
function grensOverschreden(w: unknown, diepte: number): Melding | null {
  if (diepte > MAX_DIEPTE) return melding('veld.bundel.diepte', { max: MAX_DIEPTE });
  if (w === null || typeof w === 'boolean') return null;
  if (typeof w === 'number') return Number.isFinite(w) ? null : melding('veld.bundel.getal');
  if (typeof w === 'string') return w.length <= MAX_TEKST ? null : melding('veld.maxTekens', { maximum: MAX_TEKST });
  if (Array.isArray(w)) {
    if (w.length > MAX_LIJST) return melding('veld.maxStuks', { maximum: MAX_LIJST });
    for (const x of w) {
      const r = grensOverschreden(x, diepte + 1);
      if (r) return r;
    }
    return null;
  }
  if (typeof w === 'object') {
    const sleutels = Object.keys(w);
    if (sleutels.length > MAX_VELDEN) return melding('veld.bundel.velden', { max: MAX_VELDEN });
    for (const k of sleutels) {
      if (k.length > 100) return melding('veld.bundel.veldnaam');
      const r = grensOverschreden((w as Record<string, unknown>)[k], diepte + 1);
      if (r) return r;
    }
    return null;
  }
  return melding('veld.bundel.json');
}

/** Any JSON value within the limits: for the parts of a soort that others will give a shape later. */
export const vrijeWaardeSchema = z.unknown().superRefine((w, ctx) => {
  const reden = grensOverschreden(w, 0);
  if (reden) ctx.addIssue({ code: 'custom', message: formuleer(reden), params: { melding: reden } });
});
const vrijObjectSchema = z.record(z.string().max(100), vrijeWaardeSchema).refine((o) => Object.keys(o).length <= MAX_VELDEN, { params: { melding: melding('veld.bundel.velden', { max: MAX_VELDEN }) } });

const tekst = (max: number) => z.string().max(max);
export const partnercodeSchema = z.string().min(2).max(20).regex(/^[A-Z0-9-]+$/, veldcode('veld.partnercodeVorm'));
const referentieSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, veldcode('veld.referentieVorm'));
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, veldcode('veld.hashVorm'));
const tijdstipSchema = z.iso.datetime({ offset: true });

// ── Content per soort ─────────────────────────────────────────────────────────────────────────
/** Art. 16.5: what an acting partner receives. Shape filled in by the handover wizard. */
export const overdrachtInhoudSchema = z
  .object({
    dossier: z.object({ nummer: referentieSchema, titel: tekst(200).optional() }).catchall(vrijeWaardeSchema),
    interventies: z
      .array(z.object({ id: referentieSchema, omschrijving: tekst(5_000), uiterlijk: datumSchema.optional() }).catchall(vrijeWaardeSchema))
      .max(500)
      .default([]),
    gegevens: z.array(vrijObjectSchema).max(MAX_LIJST).default([]),
  })
  .catchall(vrijeWaardeSchema);

/** Art. 16.6: a partner reports on the action it took. The statuses are those an intervention can reach. */
export const TERUGMELDSTATUSSEN = ['in-uitvoering', 'uitgevoerd', 'niet-uitgevoerd'] as const;
export const terugmeldingInhoudSchema = z
  .object({
    interventieId: referentieSchema,
    status: z.enum(TERUGMELDSTATUSSEN),
    datum: datumSchema,
    verslag: tekst(20_000),
  })
  .strict();

/** Signals sent on (zorgcoördinatie → centraal, art. 14.4; centraal → partners). */
export const signalenInhoudSchema = z
  .object({
    signalen: z
      .array(z.object({ nummer: referentieSchema, formulier: vrijObjectSchema }).catchall(vrijeWaardeSchema))
      .min(1, veldcode('veld.minEenSignaal'))
      .max(MAX_LIJST),
  })
  .catchall(vrijeWaardeSchema);

/**
 * Art. 12.31: one casusoverleg decision on a dossier that grew from zorgoverleg signals, carried in the
 * next zorgoverleg's pack. Only references, a decision code, a qualification from the region's list and a
 * date: no notes, no typed text, and only the signals the zorgcoördinator may see (the rest counted).
 */
export const terugkoppelingReisSchema = z
  .object({
    dossierNummer: referentieSchema,
    besluit: besluitSchema,
    kwalificatie: tekst(200),
    casusoverleg: datumSchema,
    signalen: z.array(referentieSchema).min(1).max(100),
    afgeschermd: z.number().int().min(0).max(1000).default(0),
  })
  .strict();
export type TerugkoppelingReis = z.infer<typeof terugkoppelingReisSchema>;

/** The agenda pack for a zorgoverleg or casusoverleg (art. 12.8, 12.28). Shape filled in with the meetings. */
export const agendapakketInhoudSchema = z
  .object({
    overleg: z.object({ soort: z.enum(['zorgoverleg', 'casusoverleg']), datum: datumSchema }).catchall(vrijeWaardeSchema),
    agendapunten: z.array(vrijObjectSchema).max(500).default([]),
    /** Art. 12.31, since issue 11 §3; an older pack has none. */
    terugkoppeling: z.array(terugkoppelingReisSchema).max(500).default([]),
  })
  .catchall(vrijeWaardeSchema);

/** The signed answer to every imported bundle (docs/ontwerp.md §6), with the receiver's audit head as an anchor. */
export const ontvangstbevestigingInhoudSchema = z
  .object({
    bundelId: z.uuid(),
    ontvangenOp: tijdstipSchema,
    kop: hashSchema,
  })
  .strict();

/**
 * One subject of a verwijderverzoek. A person (ADR 0028) is named by the requester's own reference plus
 * the name and birth date as the requester's source registration holds them — data the recipient
 * already has from that partner; the recipient matches them to its persons and never sends them back.
 */
export const verwijderverzoekOnderwerpSchema = z
  .object({
    soort: z.enum(['signaal', 'navraag', 'dossier', 'persoon']),
    referentie: referentieSchema,
    naam: tekst(200).optional(),
    geboortedatum: datumSchema.optional(),
  })
  .strict()
  .refine((o) => o.soort !== 'persoon' || (Boolean(o.naam?.trim()) && Boolean(o.geboortedatum)), { message: veldcode('veld.persoonNaamGeboortedatum'), path: ['naam'] });

/** Art. 22.2: data goes as soon as the supplying partner deletes it from its own registration. */
export const verwijderverzoekInhoudSchema = z
  .object({
    bronregistratie: tekst(200).min(1, veldcode('veld.bronregistratie')),
    onderwerpen: z
      .array(verwijderverzoekOnderwerpSchema)
      .min(1, veldcode('veld.minEenOnderwerp'))
      .max(MAX_LIJST),
    reden: tekst(2_000),
    /**
     * Art. 22.2 through the zorgcoördinatie: the code of the care partner (zorgbron) whose request the
     * zorgcoördinator passes on; only that partner's data goes. Absent: the sender's own data.
     */
    namens: referentieSchema.optional(),
  })
  .strict();

const verwijderonderwerpSchema = z.enum(['signaal', 'navraag', 'dossier', 'persoon']);

/**
 * Art. 22.2: the centraal bestand's signed answer to a verwijderverzoek — per subject the requester named,
 * how much of that partner's data was removed (counts only), and what was not its to withdraw. Never
 * other parties' data: references are the requester's own, counts are of the requester's (or, `namens`,
 * the care partner's) data.
 */
export const verwijderbevestigingInhoudSchema = z
  .object({
    verzoekId: z.uuid(),
    namens: referentieSchema.optional(),
    verwijderd: z
      .array(
        z
          .object({
            soort: verwijderonderwerpSchema,
            referentie: referentieSchema,
            signalen: z.number().int().min(0),
            navragen: z.number().int().min(0),
            /** Person records no signal named any more, removed with their match keys (ADR 0028). */
            personen: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .max(MAX_LIJST),
    geweigerd: z.array(z.object({ soort: verwijderonderwerpSchema, referentie: referentieSchema }).strict()).max(MAX_LIJST),
  })
  .strict();

/**
 * Art. 26 (ADR 0023): a correction carried out in the centraal bestand, told to every partner that
 * received the old data. Per signal the partner received: which person (by role), which field, which
 * kind, and for a verbetering or aanvulling the new value — only to a partner that received the signal
 * identifiable. The partner applies it to its extract where it can, or flags it for the partnermedewerker.
 */
export const CORRECTIEVELDNAMEN = ['naam', 'geboortedatum', 'geslacht', 'adres', 'woonplaats', 'nationaliteit', 'verblijfstatus', 'woonsituatie'] as const;
export const correctieInhoudSchema = z
  .object({
    correcties: z
      .array(
        z
          .object({
            signaalNummer: referentieSchema,
            rol: z.enum(['slachtoffer', 'pleger', 'faciliteerder']),
            soort: z.enum(['verbetering', 'aanvulling', 'verwijdering', 'afscherming']),
            veld: z.enum(CORRECTIEVELDNAMEN),
            nieuweWaarde: tekst(500).nullable(),
          })
          .strict(),
      )
      .min(1, veldcode('veld.minEenCorrectie'))
      .max(MAX_LIJST),
    besloten: datumSchema,
    artikel: z.literal('art. 26'),
  })
  .strict();

export const INHOUDSCHEMAS = {
  overdracht: overdrachtInhoudSchema,
  terugmelding: terugmeldingInhoudSchema,
  signalen: signalenInhoudSchema,
  agendapakket: agendapakketInhoudSchema,
  ontvangstbevestiging: ontvangstbevestigingInhoudSchema,
  verwijderverzoek: verwijderverzoekInhoudSchema,
  verwijderbevestiging: verwijderbevestigingInhoudSchema,
  correctie: correctieInhoudSchema,
  /** Art. 19, 22.6, 31 (ADR 0041): a region's suppressed figures of a half year, for the EMM or the Nationaal Rapporteur. */
  statistiek: statistiekInhoudSchema,
} as const satisfies Record<Bundelsoort, z.ZodType>;

export type BundelInhoud<S extends Bundelsoort> = z.output<(typeof INHOUDSCHEMAS)[S]>;
export type BundelInhoudInvoer<S extends Bundelsoort> = z.input<(typeof INHOUDSCHEMAS)[S]>;

// ── The document ──────────────────────────────────────────────────────────────────────────────
const kopvelden = {
  formaat: z.literal(BUNDELFORMAAT),
  id: z.uuid(),
  van: z.object({ partner: partnercodeSchema, bestandId: z.uuid() }).strict(),
  aan: z.array(partnercodeSchema).min(1).max(MAX_ONTVANGERS),
  aangemaakt: tijdstipSchema,
  /** The sender's audit head when the bundle was made (docs/ontwerp.md §5): the receiver holds an anchor of it. */
  kop: hashSchema,
  /**
   * The same head as a signed anchor (`ketenanker/1`, ADR 0011) that the receiver keeps and can hand
   * back as proof that the sender's audit log was not cut. Optional only so older bundles stay readable.
   */
  anker: z.string().max(MAX_ANKERTEKST).optional(),
};
const document = <S extends Bundelsoort>(soort: S) => z.object({ ...kopvelden, soort: z.literal(soort), inhoud: INHOUDSCHEMAS[soort] }).strict();

export const ketenbundelSchema = z.discriminatedUnion('soort', [
  document('overdracht'),
  document('terugmelding'),
  document('signalen'),
  document('agendapakket'),
  document('ontvangstbevestiging'),
  document('verwijderverzoek'),
  document('verwijderbevestiging'),
  document('correctie'),
  document('statistiek'),
]);
export type Ketenbundel = z.output<typeof ketenbundelSchema>;
export type KetenbundelVan<S extends Bundelsoort> = Extract<Ketenbundel, { soort: S }>;

/**
 * The least an import must read before it can check sender, addressee and replay (checks 4–6),
 * which come before the full schema (check 7). Anything without these is no ketenbundel at all.
 */
export const bundelAdresSchema = z.object({
  id: z.string().max(100),
  van: z.object({ partner: z.string().max(40) }),
  aan: z.array(z.string().max(40)).max(1_000),
});

// ── File names, fingerprints ──────────────────────────────────────────────────────────────────
/**
 * `YYYYMMDD-<soort>-<ontvanger>-<8 hex of id>.ketenbundel`: date, kind and partner codes only, never
 * anything from the content, so a file name on a stick tells a finder nothing about a person.
 */
export function bundelBestandsnaam(d: { aangemaakt: string; soort: Bundelsoort; aan: readonly string[]; id: string }): string {
  const dag = vandaag(new Date(d.aangemaakt)).replaceAll('-', '');
  const samen = d.aan.join('+');
  const ontvanger = d.aan.length === 1 ? d.aan[0]! : samen.length <= 60 ? samen : `${d.aan.length}-ONTVANGERS`;
  return `${dag}-${d.soort}-${ontvanger}-${d.id.replaceAll('-', '').slice(0, 8).toLowerCase()}${BUNDEL_EXTENSIE}`;
}

/** Groups of four hex characters, as read out over the telephone: "20CA F49C EF36 …". */
export function vingerafdrukTonen(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** A fingerprint as typed or read back: spaces, colons and case do not matter. */
export const vingerafdrukNormaliseren = (invoer: string): string => invoer.replace(/[\s:]/g, '').toLowerCase();

// ── States (house style: explicit machines, after SecureDrop's export) ────────────────────────
export const EXPORTTOESTANDEN = ['voorbereiden', 'schrijven', 'klaar', 'fout'] as const;
export type Exporttoestand = (typeof EXPORTTOESTANDEN)[number];
/** From `fout` the user can start again (another stick, space made); `klaar` is final. */
export const EXPORT_OVERGANGEN: Readonly<Record<Exporttoestand, readonly Exporttoestand[]>> = {
  voorbereiden: ['schrijven', 'fout'],
  schrijven: ['klaar', 'fout'],
  klaar: [],
  fout: ['voorbereiden'],
};
export const EXPORTMACHINE: Toestandsmachine<Exporttoestand> = { naam: 'bundelexport', wat: 'bundelexport', overgangen: EXPORT_OVERGANGEN };

export const INLEESTOESTANDEN = ['controleren', 'voorbeeld', 'inlezen', 'klaar', 'geweigerd'] as const;
export type Inleestoestand = (typeof INLEESTOESTANDEN)[number];
/** Preview and import both begin with every check; only the import goes on to write. */
export const INLEES_OVERGANGEN: Readonly<Record<Inleestoestand, readonly Inleestoestand[]>> = {
  controleren: ['voorbeeld', 'inlezen', 'geweigerd'],
  voorbeeld: [],
  inlezen: ['klaar', 'geweigerd'],
  klaar: [],
  geweigerd: [],
};
export const INLEESMACHINE: Toestandsmachine<Inleestoestand> = { naam: 'bundelimport', wat: 'bundelimport', overgangen: INLEES_OVERGANGEN };

/** The import checks in their fixed order (docs/ontwerp.md §6, ADR 0007); a refusal names its step. */
export const INLEESCONTROLES = [
  'leesbaar OpenPGP-bericht',
  'te ontsleutelen met een eigen sleutel',
  'ondertekend met een vertrouwde, niet-ingetrokken partnersleutel',
  'ondertekenaar is de afzender, en die hoort bij het convenant',
  'gericht aan dit bestand',
  'niet eerder ingelezen',
  'bekend formaat en geldige inhoud',
] as const;

// ── What a preview shows ──────────────────────────────────────────────────────────────────────
/** Counts and references only: the preview tells what arrives, not about whom. */
export function bundelSamenvatting(b: Ketenbundel): string[] {
  switch (b.soort) {
    case 'overdracht':
      return [`Dossier ${b.inhoud.dossier.nummer}`, `${b.inhoud.interventies.length} interventie(s)`, `${b.inhoud.gegevens.length} gegevensitem(s)`];
    case 'terugmelding':
      return [`Terugmelding over interventie ${b.inhoud.interventieId}`, `Status: ${b.inhoud.status} op ${b.inhoud.datum}`];
    case 'signalen':
      return [`${b.inhoud.signalen.length} signaal/signalen`];
    case 'agendapakket':
      return [`Agendapakket ${b.inhoud.overleg.soort} van ${b.inhoud.overleg.datum}`, `${b.inhoud.agendapunten.length} agendapunt(en)`];
    case 'ontvangstbevestiging':
      return [`Bevestigt de ontvangst van bundel ${b.inhoud.bundelId}`, `Ingelezen op ${b.inhoud.ontvangenOp}`];
    case 'verwijderverzoek':
      return [`Verwijderverzoek uit bronregistratie ${b.inhoud.bronregistratie}`, `${b.inhoud.onderwerpen.length} onderwerp(en)`];
    case 'verwijderbevestiging':
      return [`Bevestigt verwijderverzoek ${b.inhoud.verzoekId}`, `${b.inhoud.verwijderd.length} onderwerp(en) verwijderd, ${b.inhoud.geweigerd.length} niet`];
    case 'correctie':
      return [`Correctie van persoonsgegevens (${b.inhoud.artikel}), besloten op ${b.inhoud.besloten}`, `${b.inhoud.correcties.length} correctie(s)`];
    case 'statistiek':
      return [`Cijfers van ${b.inhoud.regio} over ${b.inhoud.periode} (${b.inhoud.artikel})`, `${b.inhoud.tabellen.length} tabel(len), kleine aantallen verborgen`];
  }
}

// ── Shapes that cross the API ─────────────────────────────────────────────────────────────────
export const partnerKortSchema = z.object({ id: z.number().int(), code: z.string(), naam: z.string() });

export const eigenSleutelSchema = z.object({
  id: z.number().int(),
  vingerafdruk: z.string(),
  /** The same, in groups of four, as it is read out over the telephone. */
  vingerafdrukGroepen: z.string(),
  aangemaakt: z.string(),
  publiek: z.string(),
  identiteit: partnerKortSchema.nullable(),
  /** Earlier own keys after rotation: kept only to read bundles that were encrypted to them. */
  eerdere: z.array(z.object({ id: z.number().int(), vingerafdruk: z.string(), aangemaakt: z.string(), vervangenOp: z.string() })),
});

export const SLEUTELSTATUSSEN = ['onbevestigd', 'vertrouwd', 'ingetrokken'] as const;
export const partnerSleutelSchema = z.object({
  id: z.number().int(),
  partner: partnerKortSchema,
  vingerafdruk: z.string(),
  vingerafdrukGroepen: z.string(),
  sleutelAangemaakt: z.string(),
  geimporteerdOp: z.string(),
  geimporteerdDoor: z.string(),
  status: z.enum(SLEUTELSTATUSSEN),
  bevestigdOp: z.string().nullable(),
  bevestigdDoor: z.string().nullable(),
  bevestigdHoe: z.string().nullable(),
  ingetrokkenOp: z.string().nullable(),
  ingetrokkenDoor: z.string().nullable(),
});
export type PartnerSleutel = z.infer<typeof partnerSleutelSchema>;

export const bundelLijstSchema = z.object({
  uitgaand: z.array(
    z.object({
      id: z.string(),
      soort: bundelsoortSchema,
      aan: z.array(z.string()),
      aangemaakt: z.string(),
      aangemaaktDoor: z.string(),
      bestandsnaam: z.string(),
      status: z.enum(['verzonden', 'bevestigd']),
      bevestigdOp: z.string().nullable(),
      /** Per recipient: who has answered with a receipt, and when. */
      bevestigingen: z.array(z.object({ partner: z.string(), ontvangenOp: z.string(), bevestigdOp: z.string() })),
    }),
  ),
  inkomend: z.array(
    z.object({
      id: z.string(),
      soort: bundelsoortSchema,
      van: z.string(),
      aangemaakt: z.string(),
      ingelezenOp: z.string(),
      ingelezenDoor: z.string(),
      status: z.literal('ingelezen'),
      bevestigingBestandsnaam: z.string().nullable(),
    }),
  ),
});

export const bundelVoorbeeldSchema = z.object({
  id: z.string(),
  soort: bundelsoortSchema,
  van: partnerKortSchema.extend({ bestandId: z.string() }),
  aan: z.array(z.string()),
  aangemaakt: z.string(),
  ondertekenaar: z.object({ sleutelId: z.number().int(), vingerafdrukGroepen: z.string() }),
  samenvatting: z.array(z.string()),
});
export type Bundelvoorbeeld = z.infer<typeof bundelVoorbeeldSchema>;

export const bundelIngelezenSchema = bundelVoorbeeldSchema.extend({
  /** The signed receipt for the sender; none for a receipt itself (receipts are never answered). */
  bevestiging: z.object({ id: z.string(), pad: z.string(), bestandsnaam: z.string() }).nullable(),
  /** Art. 22.2: after a verwijderverzoek, the signed confirmation of what was removed, for the requester. */
  verwijderbevestiging: z.object({ id: z.string(), pad: z.string(), bestandsnaam: z.string() }).nullable().optional(),
});
