/**
 * Messages as codes (ADR 0015). A refusal or a match reason leaves the backend as a code with
 * parameters; its wording lives here, once in Dutch and once in English, so the renderer words it in
 * the user's language (an i18next namespace) and the CLI and the logs print the Dutch wording from the
 * same catalogue. Shared, because the backend, the CLI and the renderer all need it (docs/ontwerp.md §4).
 */
import { meldingenNl } from './nl';
import { meldingenEn } from './en';
import { inZin, WOORDPARAMETERS, woordenEn, woordenNl } from './woorden';

export { meldingenNl, meldingenEn };
export { inZin, WOORDPARAMETERS, woordenEn, woordenNl, type Woordsoort } from './woorden';

export type Meldingcode = keyof typeof meldingenNl;
/** The reasons of a match proposal ("mogelijk dezelfde persoon", art. 7.2) are codes too. */
export type Matchreden = Extract<Meldingcode, `match.${string}`>;
export const MELDINGCODES = Object.keys(meldingenNl) as Meldingcode[];

/** The `{{naam}}` placeholders of a wording, as a union of names. */
export type Plaatshouders<S extends string> = S extends `${string}{{${infer P}}}${infer R}` ? P | Plaatshouders<R> : never;

export type Parameterwaarde = string | number;
/** Exactly the parameters the Dutch wording of a code names. */
export type ParametersVan<C extends Meldingcode> = { [P in Plaatshouders<(typeof meldingenNl)[C]>]: Parameterwaarde };

/** A code with its parameters: what crosses IPC, HTTP and the CLI instead of a sentence. */
export interface Melding {
  code: Meldingcode;
  parameters: Record<string, Parameterwaarde>;
}

/**
 * Builds a message; the compiler checks the parameters against the Dutch wording. Parameters hold
 * facts (a number, a date as dd-mm-jjjj, a partner code or name, an article), never a Dutch sentence.
 */
export function melding<C extends Meldingcode>(code: C, ...p: keyof ParametersVan<C> extends never ? [] : [ParametersVan<C>]): Melding {
  return { code, parameters: (p[0] ?? {}) as Record<string, Parameterwaarde> };
}

export const isMeldingcode = (code: string): code is Meldingcode => Object.hasOwn(meldingenNl, code);

const PLAATSHOUDER = /\{\{(\w+)\}\}/g;

/** Fills a wording the way i18next does (`{{naam}}`), for the CLI, the logs and the Dutch `message`. */
export function invullen(tekst: string, parameters: Record<string, Parameterwaarde>): string {
  return tekst.replace(PLAATSHOUDER, (heel, naam: string) => (Object.hasOwn(parameters, naam) ? String(parameters[naam]) : heel));
}

export const CATALOGUS = { nl: meldingenNl, en: meldingenEn } as const;
const WOORDEN = { nl: woordenNl, en: woordenEn } as const;

/**
 * A parameter that names a role, a profile or a dossier step holds its code (ADR 0027); here it becomes
 * the word in the language asked for, as a common noun inside the sentence. An unknown code stays as it is.
 * `woord` looks one word up; the renderer passes its i18next lookup, the CLI the catalogue above.
 */
export function woordenInvullen(parameters: Record<string, Parameterwaarde>, woord: (soort: string, code: string) => string | undefined): Record<string, Parameterwaarde> {
  const uit = { ...parameters };
  for (const [naam, waarde] of Object.entries(parameters)) {
    const soort = Object.hasOwn(WOORDPARAMETERS, naam) ? WOORDPARAMETERS[naam] : undefined;
    const gevonden = soort && typeof waarde === 'string' ? woord(soort, waarde) : undefined;
    if (gevonden) uit[naam] = inZin(gevonden);
  }
  return uit;
}

/** The wording of a message in a language; Dutch is the language of the CLI and the logs. */
export function formuleer(m: Melding, taal: 'nl' | 'en' = 'nl'): string {
  const woorden = WOORDEN[taal] as Record<string, Record<string, string>>;
  const parameters = woordenInvullen(m.parameters, (soort, code) => (Object.hasOwn(woorden[soort]!, code) ? woorden[soort]![code] : undefined));
  return invullen(CATALOGUS[taal][m.code], parameters);
}
