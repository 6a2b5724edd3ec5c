/**
 * The texts per language, without side effects, so a test can start its own i18next on exactly what
 * the app shows. The backend's messages travel as codes (ADR 0015); their wording is the `meldingen`
 * namespace, from shared/meldingen, which the CLI reads as well.
 */
import { meldingenEn, meldingenNl, woordenEn, woordenNl } from '@shared/meldingen';
import { en } from './en';
import { nl } from './nl';

export const BRONNEN = {
  nl: { translation: nl, meldingen: meldingenNl, woorden: woordenNl },
  en: { translation: en, meldingen: meldingenEn, woorden: woordenEn },
};
