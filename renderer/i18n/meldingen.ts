/**
 * Words the backend's messages in the user's language (ADR 0015). A refusal or a match reason arrives
 * as a code with parameters; the wording is the `meldingen` namespace (shared/meldingen). Anything
 * without a code (an older file's stored reason, a message from a bridge of an older version) is shown
 * as it came, in Dutch, rather than not at all.
 */
import i18next from 'i18next';
import type { Fout, Veldfout } from '@shared/fouten';
import { woordenInvullen, type Parameterwaarde } from '@shared/meldingen';

/** The codes are flat keys with dots in them ("dossier.gesloten"), so no key separator here. */
type Vertaal = (code: string, opties: Record<string, unknown>) => string;

export function woordMelding(code: string, parameters: Record<string, Parameterwaarde> = {}, zoals = code, t: Vertaal = i18next.t as unknown as Vertaal): string {
  // A role, profile or dossier step travels as its code (ADR 0027): worded from the `woorden` namespace.
  const gewoord = woordenInvullen(parameters, (soort, waarde) => {
    const w = t(`${soort}.${waarde}`, { ns: 'woorden', defaultValue: '' });
    return w || undefined;
  });
  return t(code, { ...gewoord, ns: 'meldingen', keySeparator: false, defaultValue: zoals });
}

/** The text of a refusal: its code worded in the current language, else the Dutch message as sent. */
export function foutTekst(fout: Fout, t?: Vertaal): string {
  return fout.meldingcode ? woordMelding(fout.meldingcode, fout.parameters, fout.melding, t) : fout.melding;
}

/** A reason of a match proposal ("match.naamGelijk"); reasons stored in Dutch before ADR 0015 pass as they are. */
export const matchreden = (reden: string, t?: Vertaal): string => woordMelding(reden, {}, reden, t);

/** A message next to a field (ADR 0027): its code worded in the current language, else the Dutch as sent. */
export const veldTekst = (v: Veldfout, t?: Vertaal): string => (v.meldingcode ? woordMelding(v.meldingcode, v.parameters, v.melding, t) : v.melding);
