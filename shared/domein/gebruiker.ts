import { veldcode, z } from '../zod-nl';
import { rolSchema } from '../rollen';
import { geheimhoudingsbevestigingSchema } from './geheimhouding';

export const gebruikersnaamSchema = z
  .string()
  .trim()
  .min(2, veldcode('veld.gebruikersnaamKort'))
  .max(40, veldcode('veld.gebruikersnaamLang'))
  .regex(/^[a-z0-9._-]+$/, veldcode('veld.gebruikersnaamVorm'));

/** Long passphrases beat complex ones; the KDF does the rest (docs/ontwerp.md §5). */
export const wachtwoordSchema = z
  .string()
  .min(12, veldcode('veld.wachtwoordKort'))
  .max(1024, veldcode('veld.wachtwoordLang'));

export const gebruikerSchema = z.object({
  id: z.number().int(),
  naam: z.string(),
  weergavenaam: z.string(),
  rol: rolSchema,
  aangemaakt: z.string(),
  laatstAangemeld: z.string().nullable(),
  /** The latest acknowledgment of the duty of confidentiality (art. 21.2); shown in Beheer → Gebruikers. */
  geheimhouding: geheimhoudingsbevestigingSchema.nullable().default(null),
});
export type Gebruiker = z.infer<typeof gebruikerSchema>;
