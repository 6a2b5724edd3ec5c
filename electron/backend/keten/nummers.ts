import type { Verbinding } from '../bestand/verbinding';

/**
 * The highest sequence number used this year, counted as a number: as text "S-2026-99999" sorts after
 * "S-2026-100000", which made every signal after the 99,999th collide with an existing number.
 */
export async function hoogsteVolgnummer(v: Verbinding, tabel: 'signalen' | 'dossiers', voorvoegsel: 'S' | 'D', jaar: number): Promise<number> {
  const prefix = `${voorvoegsel}-${jaar}-`;
  const rij = await v.get<{ hoogste: number | null }>(
    `SELECT max(CAST(substr(nummer, ?) AS INTEGER)) AS hoogste FROM ${tabel} WHERE nummer LIKE ?`,
    [prefix.length + 1, `${prefix}%`],
  );
  return rij?.hoogste ?? 0;
}

/** The readable number with its padding: S-2026-00042, D-2026-0007; wider numbers simply grow. */
export function nummerOpmaken(voorvoegsel: 'S' | 'D', jaar: number, volgnummer: number): string {
  return `${voorvoegsel}-${jaar}-${String(volgnummer).padStart(voorvoegsel === 'S' ? 5 : 4, '0')}`;
}

/** Readable, gap-tolerant numbers per year: S-2026-00042, D-2026-0007. They carry no personal data. */
export async function volgendNummer(v: Verbinding, tabel: 'signalen' | 'dossiers', voorvoegsel: 'S' | 'D', jaar: number): Promise<string> {
  return nummerOpmaken(voorvoegsel, jaar, (await hoogsteVolgnummer(v, tabel, voorvoegsel, jaar)) + 1);
}
