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
  eersteFout: z.object({ volgnr: z.number().int(), reden: z.string() }).nullable(),
});
export type AuditVerificatie = z.infer<typeof auditVerificatieSchema>;
