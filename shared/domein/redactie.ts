/**
 * What the anonymised form says about its free text (art. 6.2, 9.5, 21.4; ADR 0032): how many
 * fragments of each kind were replaced by a marker, and what still looks identifying and needs a look
 * before anything leaves. Never the redacted fragments themselves.
 */
import { z } from '../zod-nl';

export const REDACTIESOORTEN = ['naam', 'geboortedatum', 'adres', 'telefoon'] as const;
export type Redactiesoort = (typeof REDACTIESOORTEN)[number];
export const MARKERINGSOORTEN = ['naam', 'telefoon', 'bsn', 'kenteken', 'adres'] as const;
export type Markeringsoort = (typeof MARKERINGSOORTEN)[number];

/** The marker that replaces a redacted fragment; the screen highlights these. */
export const MARKER: Readonly<Record<Redactiesoort, string>> = {
  naam: '[naam]',
  geboortedatum: '[geboortedatum]',
  adres: '[adres]',
  telefoon: '[telefoon]',
};
export const MARKER_RE = /\[(naam|geboortedatum|adres|telefoon)\]/g;

export const aantallenSchema = z.object({ naam: z.number().int(), geboortedatum: z.number().int(), adres: z.number().int(), telefoon: z.number().int() });
export type Aantallen = z.infer<typeof aantallenSchema>;

export const markeringSchema = z.object({
  /** Where: a field path of the Format casus ("samenvatting", "vraag2.waar") or of the document. */
  veld: z.string(),
  soort: z.enum(MARKERINGSOORTEN),
  /** The fragment as it stands in the redacted text. */
  tekst: z.string(),
});
export type Markering = z.infer<typeof markeringSchema>;

export const redactieSchema = z.object({ aantallen: aantallenSchema, gemarkeerd: z.array(markeringSchema) });
export type Redactieverslag = z.infer<typeof redactieSchema>;
export const geenRedactie = (): Redactieverslag => ({ aantallen: { naam: 0, geboortedatum: 0, adres: 0, telefoon: 0 }, gemarkeerd: [] });
