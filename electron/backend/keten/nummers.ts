import type { Verbinding } from '../bestand/verbinding';

/** Readable, gap-tolerant numbers per year: S-2026-00042, D-2026-0007. They carry no personal data. */
export async function volgendNummer(v: Verbinding, tabel: 'signalen' | 'dossiers', voorvoegsel: 'S' | 'D', jaar: number): Promise<string> {
  const prefix = `${voorvoegsel}-${jaar}-`;
  const rij = await v.get<{ hoogste: string | null }>(`SELECT max(nummer) AS hoogste FROM ${tabel} WHERE nummer LIKE ?`, [`${prefix}%`]);
  const volgende = rij?.hoogste ? Number(rij.hoogste.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(volgende).padStart(voorvoegsel === 'S' ? 5 : 4, '0')}`;
}
