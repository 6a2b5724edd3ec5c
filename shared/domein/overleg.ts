/**
 * Meetings (art. 11–14): kinds, their chairs and default attendees, the life of a meeting and of an
 * intervention as explicit transition tables, and the decisions an item can get.
 */
import { z } from '../zod-nl';
import type { Partnersoort } from './partner';
import type { Toestandsmachine } from '../overgang';
import { geenRedactie, redactieSchema } from './redactie';
import { meldingcodeSchema } from '../fouten';

export const OVERLEGSOORTEN = ['zorgoverleg', 'casusoverleg', 'stuurgroep', 'zorggroep'] as const;
export const overlegsoortSchema = z.enum(OVERLEGSOORTEN);
export type Overlegsoort = z.infer<typeof overlegsoortSchema>;

/** Who chairs, by rule: art. 12.27/14.3 (zorgoverleg), 13.1 (casusoverleg), 11.1 (stuurgroep), 11.7 (zorggroep). */
export const VOORZITTER: Record<Overlegsoort, { rol: string; artikel: string }> = {
  zorgoverleg: { rol: 'zorgcoördinator', artikel: 'art. 14.3' },
  casusoverleg: { rol: 'ketenregisseur', artikel: 'art. 13.1' },
  stuurgroep: { rol: 'burgemeester of korpsbeheerder', artikel: 'art. 11.1' },
  zorggroep: { rol: 'zorgcoördinator (leverende partner)', artikel: 'art. 11.7' },
};

/** Default attendees by kind of partner (art. 13.1, 14.2/14.4, 11.2, 11.8). */
export const STANDAARD_DEELNEMERS: Record<Overlegsoort, readonly Partnersoort[]> = {
  casusoverleg: ['om', 'politie', 'gemeente-veiligheid', 'zorgcoordinator', 'gemeente-ggd', 'szw-siod', 'kvk', 'szw-arbeidsinspectie', 'belastingdienst', 'ind', 'coa', 'reclassering', 'bureau-jeugdzorg'],
  zorgoverleg: ['zorgcoordinator', 'bureau-jeugdzorg', 'gemeente-ggd', 'gemeente-veiligheid', 'zorgpartner'],
  stuurgroep: ['om', 'politie', 'zorgcoordinator', 'gemeente-ggd', 'gemeente-veiligheid'],
  zorggroep: ['zorgcoordinator', 'zorgpartner', 'bureau-jeugdzorg', 'gemeente-ggd'],
};

export const OVERLEGSTATUSSEN = ['gepland', 'agenda-vastgesteld', 'gehouden', 'verslag-vastgesteld'] as const;
export const overlegstatusSchema = z.enum(OVERLEGSTATUSSEN);
export type Overlegstatus = z.infer<typeof overlegstatusSchema>;

export const OVERLEG_OVERGANGEN: Readonly<Record<Overlegstatus, readonly Overlegstatus[]>> = {
  gepland: ['agenda-vastgesteld'],
  'agenda-vastgesteld': ['gehouden', 'gepland'],
  gehouden: ['verslag-vastgesteld'],
  'verslag-vastgesteld': [],
};
export const OVERLEGMACHINE: Toestandsmachine<Overlegstatus> = { naam: 'overleg', wat: 'overleg', overgangen: OVERLEG_OVERGANGEN };

export const INTERVENTIESTATUSSEN = ['toegewezen', 'in-uitvoering', 'uitgevoerd', 'niet-uitgevoerd'] as const;
export const interventiestatusSchema = z.enum(INTERVENTIESTATUSSEN);
export type Interventiestatus = z.infer<typeof interventiestatusSchema>;

export const INTERVENTIE_OVERGANGEN: Readonly<Record<Interventiestatus, readonly Interventiestatus[]>> = {
  toegewezen: ['in-uitvoering', 'uitgevoerd', 'niet-uitgevoerd'],
  'in-uitvoering': ['uitgevoerd', 'niet-uitgevoerd'],
  uitgevoerd: [],
  'niet-uitgevoerd': [],
};
/** A finished intervention (done or not done) is final. */
export const INTERVENTIEMACHINE: Toestandsmachine<Interventiestatus> = { naam: 'interventie', wat: 'interventie', overgangen: INTERVENTIE_OVERGANGEN };

/** Decisions per kind of meeting: art. 7.4, 13.4 (casusoverleg), 14.5 (zorgoverleg). */
export const CASUS_BESLUITEN = ['interventies', 'geen-actie', 'emm', 'terug-naar-dossiervorming'] as const;
export const ZORG_BESLUITEN = ['naar-voorbereidingsteam', 'blijft-in-zorgoverleg', 'geen-vervolg'] as const;
export const SPOED_BESLUITEN = ['spoed-bevestigd', 'spoed-ingetrokken'] as const;
export const BESLUITEN = [...CASUS_BESLUITEN, ...ZORG_BESLUITEN, ...SPOED_BESLUITEN] as const;
export const besluitSchema = z.enum(BESLUITEN);
export type Besluit = z.infer<typeof besluitSchema>;

export const STANDAARD_KWALIFICATIES = ['seksuele uitbuiting', 'arbeidsuitbuiting', 'criminele uitbuiting', 'geen mensenhandel', 'onvoldoende informatie'];

export const overlegRijSchema = z.object({
  id: z.number().int(),
  soort: overlegsoortSchema,
  datum: z.string(),
  tijd: z.string(),
  locatie: z.string(),
  voorzitter: z.string(),
  status: overlegstatusSchema,
  waarschuwingen: z.array(z.object({ artikel: z.string(), melding: z.string() })),
  aantalPunten: z.number().int(),
  openPunten: z.number().int(),
});
export type OverlegRij = z.infer<typeof overlegRijSchema>;

export const deelnemerSchema = z.object({
  id: z.number().int(),
  partnerId: z.number().int().nullable(),
  naam: z.string(),
  organisatie: z.string(),
  deskundige: z.boolean(),
  geheimhoudingGetekendOp: z.string().nullable(),
  aanwezig: z.boolean().nullable(),
});

export const interventieSchema = z.object({
  id: z.number().int(),
  dossierId: z.number().int(),
  dossierNummer: z.string(),
  partner: z.object({ id: z.number().int(), naam: z.string() }),
  omschrijving: z.string(),
  deadline: z.string(),
  status: interventiestatusSchema,
  reden: z.string(),
  uitkomst: z.string(),
  toegewezenOp: z.string(),
  teLaat: z.boolean(),
});
export type Interventie = z.infer<typeof interventieSchema>;

export const agendapuntSchema = z.object({
  id: z.number().int(),
  volgorde: z.number().int(),
  soort: z.enum(['dossier', 'signaal', 'spoed']),
  titel: z.string(),
  dossierId: z.number().int().nullable(),
  signaalId: z.number().int().nullable(),
  spoedId: z.number().int().nullable(),
  samenvatting: z.string(),
  aantalSignalen: z.number().int(),
  bronnen: z.array(z.string()),
  indicatoren: z.array(z.string()),
  voorgesteldePartners: z.array(z.object({ id: z.number().int(), naam: z.string() })),
  fase: z.number().int().nullable(),
  status: z.enum(['open', 'besproken', 'doorgeschoven']),
  kwalificatie: z.string(),
  besluit: besluitSchema.nullable(),
  notities: z.string(),
  interventies: z.array(interventieSchema),
  afgeschermd: z.array(z.string()),
  /** What was redacted from the title and summary (always: an agenda is anonymised, art. 6.2) and what is flagged (ADR 0032). */
  redactie: redactieSchema.default(geenRedactie),
});
export type Agendapunt = z.infer<typeof agendapuntSchema>;

export const overlegDetailSchema = overlegRijSchema.extend({
  deelnemers: z.array(deelnemerSchema),
  punten: z.array(agendapuntSchema),
  kwalificaties: z.array(z.string()),
  volgendeStatussen: z.array(overlegstatusSchema),
  /** For whose view the items were composed; null = the chair's full view. */
  weergaveVoor: z.object({ partnerId: z.number().int(), naam: z.string() }).nullable(),
  /** Art. 12.31: casusoverleg decisions on dossiers from signals of a zorgoverleg, to report back (zorgoverleg only). */
  terugkoppeling: z
    .array(z.object({ dossierNummer: z.string(), besluit: besluitSchema, kwalificatie: z.string(), casusoverleg: z.string(), signalen: z.array(z.string()) }))
    .default([]),
});
export type OverlegDetail = z.infer<typeof overlegDetailSchema>;

/** A reason as a message code with parameters (ADR 0015), worded by the renderer. */
const redenSchema = z.object({ code: meldingcodeSchema, parameters: z.record(z.string(), z.union([z.string(), z.number()])) });

/**
 * Something that could go on an agenda, with whether this meeting can decide on it and why (ADR 0033).
 * `nieuw`: a signal received since the last zorgoverleg held; `besproken`: already discussed once.
 */
export const agendakandidaatSchema = z.object({
  soort: z.enum(['dossier', 'signaal', 'spoed']),
  id: z.number().int(),
  nummer: z.string(),
  omschrijving: z.string(),
  opAgenda: z.boolean(),
  besluitbaar: z.boolean(),
  reden: redenSchema,
  artikel: z.string(),
  fase: z.number().int().nullable(),
  bron: z.string().nullable(),
  datum: z.string().nullable(),
  nieuw: z.boolean(),
  besproken: z.boolean(),
});
export type Agendakandidaat = z.infer<typeof agendakandidaatSchema>;

