/**
 * Signaal form → the form's state outside React: a new or loaded Format casus with its dates as typed
 * text (dd-mm-jjjj), and turning that text back into the form the backend takes.
 */
import type { TFunction } from 'i18next';
import type { Uitvoer } from '@shared/api';
import { formatCasusSchema, kenmerken, type FormatCasus } from '@shared/domein/signaal';
import type { Veldfout } from '@shared/fouten';
import { vandaag } from '@shared/datum';
import { naarIsoDatum, nlDatum } from '../../../opmaak';
import { leesPad, zetPad } from '../formulierVelden';

export type Opgeslagen = Uitvoer<'signalen.opslaan'>;
export type Rol = 'slachtoffer' | 'pleger' | 'faciliteerder';
/** What the form says about the victim: minor (art. 5.4, 8.4), youth prostitution (footnote 13). */
export type Kenmerken = ReturnType<typeof kenmerken>;

const DATUMVELDEN = ['melder.datum', 'slachtoffer.geboortedatum', 'pleger.geboortedatum', 'faciliteerder.geboortedatum'] as const;

const nuTijd = () => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date());

export interface Staat {
  f: FormatCasus;
  /** Date fields as typed, by path; `datum` and `tijd` are the signal's own date and time. */
  datums: Record<string, string>;
}

export function nieuwFormulier(): Staat {
  const f = formatCasusSchema.parse({});
  f.melder.datum = vandaag();
  return { f, datums: { datum: nlDatum(vandaag()), tijd: nuTijd(), 'melder.datum': nlDatum(vandaag()) } };
}

export function uitBestaand(f: FormatCasus): Record<string, string> {
  const d: Record<string, string> = {
    datum: f.datumTijd ? nlDatum(f.datumTijd) : '',
    tijd: f.datumTijd ? f.datumTijd.slice(11, 16) : '',
  };
  for (const pad of DATUMVELDEN) {
    const w = leesPad(f, pad) as string;
    d[pad] = w ? nlDatum(w) : '';
  }
  return d;
}

/** "UU:MM" from what was typed ("9:05", "0905"), or null. */
function tijdVan(tekst: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(tekst.trim());
  if (!m) return null;
  const [u, mi] = [Number(m[1]), Number(m[2])];
  if (u > 23 || mi > 59) return null;
  return `${String(u).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/** The form with its typed dates turned into JJJJ-MM-DD; dates that are not dates become local messages. */
export function samenstellen({ f, datums }: Staat, t: TFunction): { formulier: FormatCasus; lokaal: Veldfout[] } {
  const lokaal: Veldfout[] = [];
  let formulier = f;
  const datum = datums.datum?.trim() ?? '';
  const tijd = datums.tijd?.trim() ?? '';
  const isoDatum = datum ? naarIsoDatum(datum) : '';
  const hhmm = tijd ? tijdVan(tijd) : '';
  if (isoDatum === null) lokaal.push({ pad: 'datumTijd', melding: t('datum.ongeldig') });
  else if (hhmm === null) lokaal.push({ pad: 'datumTijd', melding: t('keten.formulier.tijdOngeldig') });
  else if (!isoDatum && hhmm) lokaal.push({ pad: 'datumTijd', melding: t('keten.formulier.datumBijTijd') });
  else formulier = { ...formulier, datumTijd: isoDatum ? `${isoDatum}T${hhmm || '00:00'}` : '' };
  for (const pad of DATUMVELDEN) {
    const tekst = datums[pad]?.trim() ?? '';
    const iso = tekst ? naarIsoDatum(tekst) : '';
    if (iso === null) lokaal.push({ pad, melding: t('datum.ongeldig') });
    else formulier = zetPad(formulier, pad, iso);
  }
  return { formulier, lokaal };
}

/** The victim's flags, live, from the typed dates; a birth date in the future flags nothing. */
export function kenmerkenVan({ f, datums }: Staat): Kenmerken {
  const gd = datums['slachtoffer.geboortedatum'] ? naarIsoDatum(datums['slachtoffer.geboortedatum']) : '';
  const dt = datums.datum ? naarIsoDatum(datums.datum) : '';
  if (gd && gd > vandaag()) return { minderjarig: false, jeugdprostitutie: false, leeftijd: null };
  return kenmerken({ ...f, datumTijd: dt ? `${dt}T00:00` : '', slachtoffer: { ...f.slachtoffer, geboortedatum: gd ?? '' } });
}
