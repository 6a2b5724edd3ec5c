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

/**
 * What leaves with anonymised free text and needs the review first (issue 11 §2; ADR 0032): fixing an
 * agenda (it then goes to every attendee), the handover bundles and the zorgoverleg's agenda pack.
 */
export const VRIJGAVESOORTEN = ['agenda-vaststellen', 'overdracht', 'agendapakket'] as const;
export type Vrijgavesoort = (typeof VRIJGAVESOORTEN)[number];

/** Adds one report to another (a whole agenda, every recipient of a handover). */
export function redactieOptellen(doel: Redactieverslag, bij: Redactieverslag, veldVoorvoegsel = ''): Redactieverslag {
  for (const s of REDACTIESOORTEN) doel.aantallen[s] += bij.aantallen[s];
  doel.gemarkeerd.push(...bij.gemarkeerd.map((m) => ({ ...m, veld: veldVoorvoegsel ? `${veldVoorvoegsel}: ${m.veld}` : m.veld })));
  return doel;
}

/** Whether a report has anything to show: a fragment replaced or one still flagged. */
export const heeftRedactie = (r: Redactieverslag): boolean => r.gemarkeerd.length > 0 || REDACTIESOORTEN.some((s) => r.aantallen[s] > 0);

/** The review per part of what leaves (an agenda item, a recipient's bundle, an item of a pack). */
export const vrijgaveSchema = z.array(z.object({ onderdeel: z.string(), redactie: redactieSchema }));
export type Vrijgaveonderdelen = z.infer<typeof vrijgaveSchema>;
