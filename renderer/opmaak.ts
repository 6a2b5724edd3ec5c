/**
 * Dates and numbers as Dutch users write them (dd-mm-jjjj), whatever the interface language: the
 * covenant's dates, the audit and the minutes are Dutch documents.
 */
import { nlDatum, vandaag } from '@shared/datum';
import { maandWoord, type Taal } from '@shared/meldingen/codewoorden';

export { nlDatum, vandaag };

const tijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO timestamp as "28-11-2026 14:05" (Dutch time). */
export function nlDatumTijd(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const delen = Object.fromEntries(tijdFormaat.formatToParts(d).map((p) => [p.type, p.value]));
  return `${delen.day}-${delen.month}-${delen.year} ${delen.hour}:${delen.minute}`;
}

/** "28-11-2026" (also 28/11/2026, 28.11.2026, 2026-11-28) → "2026-11-28", or null when it is no real date. */
export function naarIsoDatum(tekst: string): string | null {
  const t = tekst.trim();
  let j: number, m: number, d: number;
  const nlVorm = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const isoVorm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (nlVorm) [d, m, j] = [Number(nlVorm[1]), Number(nlVorm[2]), Number(nlVorm[3])];
  else if (isoVorm) [j, m, d] = [Number(isoVorm[1]), Number(isoVorm[2]), Number(isoVorm[3])];
  else return null;
  const datum = new Date(Date.UTC(j, m - 1, d));
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== d) return null;
  return `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in Dutch notation, the default of every date field. */
export const vandaagNl = (): string => nlDatum(vandaag());

/** Start of a Dutch calendar day as a UTC ISO timestamp, for comparing with audit times. */
export function dagBeginUtc(isoDatum: string): string {
  const [j, m, d] = isoDatum.split('-').map(Number) as [number, number, number];
  // Noon UTC is the same calendar day in Amsterdam; the offset at that moment gives local midnight.
  const middag = new Date(Date.UTC(j, m - 1, d, 12));
  const uurInAmsterdam = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hour12: false }).format(middag));
  const verschuiving = uurInAmsterdam - 12;
  return new Date(Date.UTC(j, m - 1, d, 0 - verschuiving)).toISOString();
}

export function volgendeDag(isoDatum: string): string {
  const [j, m, d] = isoDatum.split('-').map(Number) as [number, number, number];
  const n = new Date(Date.UTC(j, m - 1, d + 1));
  return n.toISOString().slice(0, 10);
}

export const nlGetal = (n: number): string => new Intl.NumberFormat('nl-NL').format(n);

/** A month ("2026-12") short, for a chart's axis: "dec '26" (the table and the description say "december 2026"). */
export function maandKort(maand: string, taal: Taal = 'nl'): string {
  const lang = maandWoord(maand, taal);
  const m = /^(\S+) (\d{4})$/.exec(lang);
  return m ? `${m[1]!.slice(0, 3)} '${m[2]!.slice(2)}` : maand;
}
