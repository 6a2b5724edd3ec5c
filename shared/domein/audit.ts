import { z } from '../zod-nl';

export const auditRegelSchema = z.object({
  volgnr: z.number().int(),
  tijd: z.string(),
  gebruiker: z.string(),
  actie: z.string(),
  onderwerp: z.string(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditRegel = z.infer<typeof auditRegelSchema>;

export const auditVerificatieSchema = z.object({
  geldig: z.boolean(),
  aantal: z.number().int(),
  kop: z.string(),
  /** The first finding: a row that does not fit the chain, or (ADR 0011) what an anchor says about it. */
  eersteFout: z.object({ volgnr: z.number().int(), reden: z.string(), code: z.string().optional() }).nullable(),
  /** Each anchor the chain was checked against: the latest own one, and one received from elsewhere. */
  ankers: z
    .array(
      z.object({
        bron: z.enum(['eigen', 'extern']),
        volgnr: z.number().int().nullable(),
        hash: z.string().nullable(),
        tijd: z.string().nullable(),
        code: z.string().nullable(),
        melding: z.string().nullable(),
      }),
    )
    .default([]),
});
export type AuditVerificatie = z.infer<typeof auditVerificatieSchema>;

/** The names behind the ids of audit rows (shared/meldingen/codewoorden.ts `Auditnamen`). */
export const auditnamenSchema = z.object({
  personen: z.record(z.string(), z.string()),
  partners: z.record(z.string(), z.string()),
  dossiers: z.record(z.string(), z.string()),
  overleggen: z.record(z.string(), z.object({ soort: z.string(), datum: z.string() })),
});
