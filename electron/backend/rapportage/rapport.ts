/**
 * The half-yearly report for the Stuurgroep (art. 12.2.3, 12.43, 31.2; docs/ontwerp.md §13): the two texts
 * (the ketenregisseur's analysis, the zorgcoördinator's part for the zorgoverleg) and making it — one PDF
 * with charts and the tables beside it as CSV, all from the suppressed figures of `cijfers.ts`.
 */
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { celTekst, periodeVan, trendtabel, type Rapporttabel } from '@shared/domein/analyse';
import { vandaag } from '@shared/datum';
import { nu } from '../klok';
import type { Bestand } from '../bestand/bestand';
import { auditKop } from '../bestand/audit';
import { doelmapControleren, documentSchrijven } from '../overleg/documenten';
import { rapportcijfers } from './cijfers';
import { rapportPdf } from './pdf';

export type Tekstsoort = 'analyse' | 'zorg';

/** A half year that has begun and lies no more than ten years back. */
export function periodeControleren(periode: string): void {
  const tot = periodeVan(vandaag(nu()));
  const vanaf = `${Number(tot.slice(0, 4)) - 10}-H1`;
  if (periode > tot || periode < vanaf) throw new KetenFout('ONGELDIGE_INVOER', melding('rapportage.periode', { periode, vanaf, tot }));
}

export async function rapportteksten(b: Bestand, periode: string): Promise<Record<Tekstsoort, { tekst: string; door: string | null; gewijzigd: string | null }>> {
  const rijen = await b.v.all<{ soort: Tekstsoort; tekst: string; door: string; gewijzigd: string }>('SELECT soort, tekst, door, gewijzigd FROM rapportteksten WHERE periode = ?', [periode]);
  const van = (s: Tekstsoort) => {
    const r = rijen.find((x) => x.soort === s);
    return { tekst: r?.tekst ?? '', door: r?.door ?? null, gewijzigd: r?.gewijzigd ?? null };
  };
  return { analyse: van('analyse'), zorg: van('zorg') };
}

export async function rapporttekstOpslaan(b: Bestand, g: { periode: string; soort: Tekstsoort; tekst: string }): Promise<void> {
  periodeControleren(g.periode);
  await b.v.transactie(async () => {
    await b.v.run(
      'INSERT INTO rapportteksten (periode, soort, tekst, door, gewijzigd) VALUES (?,?,?,?,?) ON CONFLICT (periode, soort) DO UPDATE SET tekst = excluded.tekst, door = excluded.door, gewijzigd = excluded.gewijzigd',
      [g.periode, g.soort, g.tekst, b.gebruiker.naam, nu().toISOString()],
    );
    await b.audit('rapportage.tekst', `rapportage:${g.periode}`, { soort: g.soort, tekens: g.tekst.length });
  });
}

/** A table as CSV for a spreadsheet in Dutch settings: ';' between fields, BOM, hidden cells as "< 5". */
export function csvVan(t: Rapporttabel): string {
  const veld = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const regels = [[t.rijkop, ...t.kolommen, ...(t.metTotalen ? ['Totaal'] : [])]];
  t.rijen.forEach((r, i) => regels.push([r, ...t.cellen[i]!.map(celTekst), ...(t.metTotalen ? [celTekst(t.rijtotalen[i]!)] : [])]));
  if (t.metTotalen) regels.push(['Totaal', ...t.kolomtotalen.map(celTekst), celTekst(t.totaal)]);
  return `\uFEFF${regels.map((r) => r.map(veld).join(';')).join('\r\n')}\r\n`;
}

export interface Geschreven {
  bestandsnaam: string;
  pad: string;
  bytes: number;
}

/** Builds the report of `periode` and writes the PDF and one CSV per table into `doelmap`. */
export async function rapportMaken(b: Bestand, g: { periode: string; doelmap: string }): Promise<{ bestanden: Geschreven[] }> {
  periodeControleren(g.periode);
  const doelmap = await doelmapControleren(g.doelmap);
  const cijfers = await rapportcijfers(b, g.periode);
  const teksten = await rapportteksten(b, g.periode);
  const pdf = await rapportPdf({
    cijfers,
    penvoerder: b.instellingen.penvoerder,
    analysetekst: teksten.analyse.tekst,
    zorgtekst: teksten.zorg.tekst,
    gemaaktOp: nu().toISOString(),
    auditkop: (await auditKop(b.v)).hash,
  });
  const stam = `halfjaarrapportage-${g.periode.toLowerCase()}`;
  const uit: Array<[string, Buffer]> = [[`${stam}.pdf`, pdf]];
  for (const t of [trendtabel(cijfers), ...cijfers.tabellen]) uit.push([`${stam}-${t.id}.csv`, Buffer.from(csvVan(t), 'utf8')]);
  // Side by side: each file is synced on its own (and its folder after the rename), and one after the other
  // those nine waits were a good part of the report on a busy disk (issue 12 §6).
  const bestanden: Geschreven[] = await Promise.all(
    uit.map(async ([naam, bytes]) => {
      const pad = path.join(doelmap, naam);
      await documentSchrijven(doelmap, pad, bytes);
      return { bestandsnaam: naam, pad, bytes: bytes.length };
    }),
  );
  await b.audit('rapportage.gemaakt', `rapportage:${g.periode}`, { bestanden: bestanden.length, artikel: 'art. 12.2.3, 12.43, 31.2' });
  return { bestanden };
}
