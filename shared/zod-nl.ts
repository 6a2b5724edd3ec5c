import { z } from 'zod';
import type { Meldingcode } from './meldingen';

// Validation messages reach the user as codes (ADR 0027); zod's own Dutch is the fallback for logs.
z.config(z.locales.nl());

/** The codes a schema may name as its own message (`.min(1, veldcode('veld.vulIn'))`). */
export type Veldcode = Extract<Meldingcode, `veld.${string}`>;

/**
 * A schema's own message is a code, not a sentence (ADR 0027): zod keeps it as the message
 * and `veldfoutenUitZod` (shared/fouten.ts) turns it into a coded field message; the renderer words it.
 * The compiler checks that the code exists.
 */
export const veldcode = <C extends Veldcode>(code: C): C => code;

export { z };
