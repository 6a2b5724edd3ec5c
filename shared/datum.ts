/** Dates as the users mean them: the calendar day in the Netherlands, written JJJJ-MM-DD. */
const dagFormaat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export const vandaag = (nu = new Date()): string => dagFormaat.format(nu);

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
  const [j, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${j}`;
}
