/**
 * The backend's one clock. Deadlines and retention terms (art. 22–27) are computed from it, so tests
 * can travel in time without waiting: `klokZetten` in-process, or KETENBESTAND_KLOK for a whole CLI or
 * bridge process. The variable is read only outside packaged builds' normal use; it never shortens a
 * term by itself — it moves "now", and every rule still asks the same question of it.
 */
import { vandaag as nederlandseDag } from '@shared/datum';

export const KLOK_VARIABELE = 'KETENBESTAND_KLOK';

let verschuiving: (() => number) | undefined;

function uitOmgeving(): number | undefined {
  const waarde = process.env[KLOK_VARIABELE];
  if (!waarde) return undefined;
  const t = Date.parse(waarde);
  return Number.isNaN(t) ? undefined : t;
}

/** Milliseconds since the epoch, by the backend's clock. */
export function nuMs(): number {
  if (verschuiving) return verschuiving();
  return uitOmgeving() ?? Date.now();
}

/** The current moment, by the backend's clock. */
export function nu(): Date {
  return new Date(nuMs());
}

/** Today's date as YYYY-MM-DD in the Netherlands (not UTC: a deadline is a Dutch calendar day), by the backend's clock. */
export function vandaag(): string {
  return nederlandseDag(nu());
}

/**
 * Sets the clock for this process: a fixed moment (ISO string or Date), or undefined to return to the
 * real clock. Only tests and the CLI's time-travel option call this.
 */
export function klokZetten(moment: string | Date | undefined): void {
  if (moment === undefined) {
    verschuiving = undefined;
    return;
  }
  const t = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  if (Number.isNaN(t)) throw new Error(`ongeldig moment voor de klok: ${String(moment)}`);
  verschuiving = () => t;
}
