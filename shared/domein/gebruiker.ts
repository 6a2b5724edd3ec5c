import { z } from '../zod-nl';
import { rolSchema } from '../rollen';

export const gebruikersnaamSchema = z
  .string()
  .trim()
  .min(2, 'Een gebruikersnaam heeft minstens 2 tekens')
  .max(40, 'Een gebruikersnaam heeft hoogstens 40 tekens')
  .regex(/^[a-z0-9._-]+$/, 'Gebruik kleine letters, cijfers, punt, streepje of liggend streepje');

/** Long passphrases beat complex ones; the KDF does the rest (docs/ontwerp.md §5). */
export const wachtwoordSchema = z
  .string()
  .min(12, 'Een wachtwoord heeft minstens 12 tekens')
  .max(1024, 'Dit wachtwoord is te lang');

export const gebruikerSchema = z.object({
  id: z.number().int(),
  naam: z.string(),
  weergavenaam: z.string(),
  rol: rolSchema,
  aangemaakt: z.string(),
  laatstAangemeld: z.string().nullable(),
});
export type Gebruiker = z.infer<typeof gebruikerSchema>;
