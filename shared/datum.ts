/** Dates as the users mean them: the calendar day in the Netherlands, written JJJJ-MM-DD. */
const dagFormaat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export const vandaag = (nu = new Date()): string => dagFormaat.format(nu);

/**
 * The Dutch calendar day of a stored value: a moment (`2026-12-02T23:30:00.000Z`, which is 3 December
 * in the Netherlands) becomes its day in Amsterdam; a plain date stays as it is. Slicing the first ten
 * characters of a UTC moment gave yesterday's date between midnight and 01:00 (02:00 in summer).
 */
export function datumVan(waarde: string): string {
  if (waarde.length <= 10 || !/[zZ]|[+-]\d\d:?\d\d$/.test(waarde)) return waarde.slice(0, 10);
  const t = Date.parse(waarde);
  return Number.isNaN(t) ? waarde.slice(0, 10) : dagFormaat.format(new Date(t));
}

/** Adds calendar months; the 31st becomes the last day of a shorter month (31 aug + 6 = 28/29 feb). */
export function maandenErbij(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doelMaand = m - 1 + maanden;
  const jaar = j + Math.floor(doelMaand / 12);
  const maand = ((doelMaand % 12) + 12) % 12;
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  const dag = Math.min(d, laatsteDag);
  return `${jaar}-${String(maand + 1).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** Adds calendar days (negative: earlier). */
export function dagenErbij(datum: string, dagen: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10);
}

/** Dutch notation for display: 28-11-2026. */
export function nlDatum(iso: string): string {
  const [j, m, d] = datumVan(iso).split('-');
  return `${d}-${m}-${j}`;
}
