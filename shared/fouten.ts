import { z } from 'zod';
import { formuleer, invullen, isMeldingcode, meldingenNl, MELDINGCODES, type Melding, type Meldingcode, type Parameterwaarde } from './meldingen';

/** Every error that crosses the API boundary carries one of these codes. */
export const FOUTCODES = [
  'ONGELDIGE_INVOER',
  'ONBEKEND_KANAAL',
  'NIET_AANGEMELD',
  'GEEN_BESTAND',
  'GEEN_TOEGANG',
  /** The account has not yet acknowledged the duty of confidentiality (art. 21.2, ADR 0043). */
  'GEHEIMHOUDING_NIET_BEVESTIGD',
  'ONJUISTE_AANMELDING',
  'TE_VEEL_POGINGEN',
  'BESTAND_BESTAAT_AL',
  'BESTAND_NIET_GEVONDEN',
  'BESTAND_ONLEESBAAR',
  'BESTAND_TE_NIEUW',
  /** SQLite or SQLCipher found a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB): restore from a backup. */
  'BESTAND_BESCHADIGD',
  'SLEUTELS_ONTBREKEN',
  'NIET_GEVONDEN',
  'CONFLICT',
  /** A state machine refused a step its table does not have (shared/overgang.ts, ADR 0014). */
  'OVERGANG_NIET_TOEGESTAAN',
  'CONVENANTREGEL',
  'ONVEILIG_PAD',
  'SCHRIJFFOUT',
  'BACKUP_ONGELDIG',
  /** A restore that loses newer data goes ahead only after the loss was shown and confirmed. */
  'BEVESTIGING_NODIG',
  'INTERNE_FOUT',
  // Bundles and their keys (docs/ontwerp.md §6, ADR 0007); the import codes in the order of its checks.
  'IDENTITEIT_ONBEKEND',
  'SLEUTEL_ONGELDIG',
  'SLEUTEL_NIET_VERTROUWD',
  'BUNDEL_TE_GROOT',
  'BUNDEL_ONLEESBAAR',
  'BUNDEL_NIET_ONTSLEUTELBAAR',
  'BUNDEL_NIET_ONDERTEKEND',
  'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD',
  'BUNDEL_SLEUTEL_INGETROKKEN',
  'BUNDEL_AFZENDER_ONJUIST',
  'BUNDEL_NIET_AAN_ONS',
  'BUNDEL_AL_INGELEZEN',
  'BUNDEL_FORMAAT_ONBEKEND',
  'BUNDEL_INHOUD_ONGELDIG',
  // Anchors of the audit chain (art. 21.9–21.11, ADR 0011): what an anchor says about the chain.
  'AUDIT_ANKER_ONGELDIG',
  'AUDIT_ANKER_ANDER_BESTAND',
  'AUDIT_ANKER_KETEN_KORTER',
  'AUDIT_ANKER_AFWIJKEND',
  'AUDIT_ANKER_ONTBREEKT',
] as const;
export const foutcodeSchema = z.enum(FOUTCODES);
export type Foutcode = z.infer<typeof foutcodeSchema>;

export const meldingcodeSchema = z.enum(MELDINGCODES as [Meldingcode, ...Meldingcode[]]);
const parametersSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * A message next to one field. Like a refusal it carries a code with parameters (ADR 0015, 0027), which
 * the renderer words in the user's language; `melding` is the Dutch wording, for the CLI and the logs.
 */
export const veldfoutSchema = z.object({ pad: z.string(), melding: z.string(), meldingcode: meldingcodeSchema.optional(), parameters: parametersSchema.optional() });
export type Veldfout = z.infer<typeof veldfoutSchema>;

/** A field message from a code: `veldfout('datum', melding('veld.kiesDatum'))`. */
export function veldfout(pad: string, m: Melding): Veldfout {
  return { pad, melding: formuleer(m), meldingcode: m.code, parameters: m.parameters };
}

export const foutSchema = z.object({
  code: foutcodeSchema,
  /** The Dutch wording, for the CLI, the logs and any caller that reads no codes. */
  melding: z.string(),
  /** What the renderer words in the user's language (shared/meldingen, ADR 0015). */
  meldingcode: meldingcodeSchema.optional(),
  parameters: parametersSchema.optional(),
  /** The covenant article that decides, where one applies ("art. 4.3"). */
  artikel: z.string().optional(),
  velden: z.array(veldfoutSchema).optional(),
});
export type Fout = z.infer<typeof foutSchema>;

/** Results cross every adapter in this shape, so no caller ever parses a thrown string. */
export type Resultaat<T> = { ok: true; waarde: T } | { ok: false; fout: Fout };

/** Thrown inside the backend; the router turns it into `{ ok: false, fout }`. */
export class KetenFout extends Error {
  readonly code: Foutcode;
  /** The message as a code with parameters (ADR 0015); `message` is its Dutch wording. */
  readonly melding: Melding;
  readonly artikel?: string;
  readonly velden?: Veldfout[];
  constructor(code: Foutcode, melding: Melding, extra: { artikel?: string; velden?: Veldfout[] } = {}) {
    super(formuleer(melding));
    this.name = 'KetenFout';
    this.code = code;
    this.melding = melding;
    if (extra.artikel) this.artikel = extra.artikel;
    if (extra.velden) this.velden = extra.velden;
  }
  naarFout(): Fout {
    return {
      code: this.code,
      melding: this.message,
      meldingcode: this.melding.code,
      parameters: this.melding.parameters,
      ...(this.artikel ? { artikel: this.artikel } : {}),
      ...(this.velden ? { velden: this.velden } : {}),
    };
  }
}

type Issue = z.core.$ZodIssue;

/** The parameters a code can take from a zod issue: its limits, the values it expected. */
function issueParameters(issue: Issue): Record<string, Parameterwaarde> {
  const p: Record<string, Parameterwaarde> = {};
  if ('minimum' in issue) p.minimum = Number(issue.minimum);
  if ('maximum' in issue) p.maximum = Number(issue.maximum);
  if ('values' in issue && Array.isArray(issue.values)) p.opties = issue.values.map(String).join(', ');
  if ('keys' in issue && Array.isArray(issue.keys)) p.velden = issue.keys.join(', ');
  return p;
}

/** What zod found, as a code of the catalogue: the schema's own code, else one per kind of issue. */
function veldcodeVan(issue: Issue): Meldingcode {
  if (isMeldingcode(issue.message)) return issue.message;
  const origin = 'origin' in issue ? String(issue.origin) : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'veld.vulIn';
      if (issue.expected === 'number' || issue.expected === 'int') return issue.expected === 'int' ? 'veld.heelGetal' : 'veld.getal';
      if (issue.expected === 'string') return 'veld.tekst';
      if (issue.expected === 'array') return 'veld.lijst';
      if (issue.expected === 'boolean') return 'veld.jaNee';
      return 'veld.ongeldig';
    case 'too_small':
      if (origin === 'string') return Number(issue.minimum) <= 1 ? 'veld.vulIn' : 'veld.minTekens';
      if (origin === 'array' || origin === 'set') return Number(issue.minimum) <= 1 ? 'veld.kiesEen' : 'veld.minStuks';
      return 'veld.minimum';
    case 'too_big':
      if (origin === 'string') return 'veld.maxTekens';
      if (origin === 'array' || origin === 'set') return 'veld.maxStuks';
      return 'veld.maximum';
    case 'invalid_format':
      return 'veld.vorm';
    case 'invalid_value':
      return 'veld.kiesUit';
    case 'unrecognized_keys':
      return 'veld.onbekend';
    default:
      return 'veld.ongeldig';
  }
}

/**
 * Field messages from a zod error, with the path of the field at fault, each as a code with its
 * parameters (ADR 0027). A custom check that carries a whole message (`params.melding`) keeps it.
 */
export function veldfoutenUitZod(error: z.ZodError): Veldfout[] {
  return error.issues.map((issue) => {
    const pad = issue.path.map(String).join('.') || '(invoer)';
    const eigen = issue.code === 'custom' ? (issue.params as { melding?: Melding } | undefined)?.melding : undefined;
    if (eigen) return veldfout(pad, eigen);
    const code = veldcodeVan(issue);
    const alle = issueParameters(issue);
    const nodig = [...(meldingenNl[code] as string).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
    const parameters = Object.fromEntries(nodig.filter((n) => Object.hasOwn(alle, n)).map((n) => [n, alle[n]!]));
    return { pad, melding: invullen(meldingenNl[code], parameters), meldingcode: code, parameters };
  });
}
