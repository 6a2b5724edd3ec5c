/**
 * The audit log in words (issue 11 §7, ADR 0037): the viewer's rows with the names behind their ids, and
 * the export as CSV or PDF for the privacy-medewerker, who supervises the processing (art. 12.22). The
 * wording itself is shared/meldingen/codewoorden.ts, so screen, CSV and PDF say the same. The export
 * is itself an audited act. Built in memory; only the finished file touches the chosen folder.
 */
import path from 'node:path';
import type { AuditRegel } from '@shared/domein/audit';
import { auditActie, auditDetails, auditOnderwerp, groepVan, persoonWoord, type Auditnamen, type Taal } from '@shared/meldingen/codewoorden';
import { auditKop, auditLijst, type AuditFilter } from '../bestand/audit';
import type { Bestand } from '../bestand/bestand';
import { nu } from '../klok';
import { doelmapControleren, documentSchrijven } from '../overleg/documenten';
import { langeDatum, PDF_STIJL } from '../overleg/pdf';
import { getagdePdf } from './inzagepdf';

const { LINKS, BREEDTE, KLEUR, GROOTTE, REGELAFSTAND } = PDF_STIJL;
const { stijl, ruimte } = PDF_STIJL;

/** At most this many rows in one export: a larger period is exported in parts. */
export const EXPORT_MAX = 20_000;

/** The names behind the ids in audit rows: people (not accounts), partners, dossier numbers, meetings. */
export async function auditNamen(b: Bestand): Promise<Auditnamen> {
  const personen = await b.v.all<{ naam: string; weergavenaam: string }>('SELECT naam, weergavenaam FROM gebruikers');
  const partners = await b.v.all<{ id: number; code: string; naam: string }>('SELECT id, code, naam FROM partners');
  const dossiers = await b.v.all<{ id: number; nummer: string }>('SELECT id, nummer FROM dossiers');
  const overleggen = await b.v.all<{ id: number; soort: string; datum: string }>('SELECT id, soort, datum FROM overleggen');
  return {
    personen: Object.fromEntries(personen.map((p) => [p.naam, p.weergavenaam])),
    partners: Object.fromEntries(partners.flatMap((p) => [[p.code, p.naam], [String(p.id), p.naam]])),
    dossiers: Object.fromEntries(dossiers.map((d) => [String(d.id), d.nummer])),
    overleggen: Object.fromEntries(overleggen.map((o) => [String(o.id), { soort: o.soort, datum: o.datum }])),
  };
}

/** The viewer's page: rows, the names to word them, and who and which kinds of action occur (the filters' choices). */
export async function auditOverzicht(b: Bestand, f: AuditFilter) {
  const { regels, totaal } = await auditLijst(b.v, f);
  const namen = await auditNamen(b);
  const accounts = await b.v.all<{ gebruiker: string }>('SELECT DISTINCT gebruiker FROM audit ORDER BY gebruiker');
  const acties = await b.v.all<{ actie: string }>('SELECT DISTINCT actie FROM audit');
  return {
    regels,
    totaal,
    namen,
    personen: accounts.map((a) => ({ account: a.gebruiker, naam: persoonWoord(a.gebruiker, namen) })).sort((x, y) => x.naam.localeCompare(y.naam, 'nl')),
    groepen: [...new Set(acties.map((a) => groepVan(a.actie)))].sort(),
  };
}

/** One row in words: when, who, what, about what, and the details as one line. */
export function regelInWoorden(r: AuditRegel, taal: Taal, namen: Auditnamen) {
  return {
    volgnr: r.volgnr,
    tijd: r.tijd,
    persoon: persoonWoord(r.gebruiker, namen),
    account: r.gebruiker,
    handeling: auditActie(r.actie, taal),
    onderwerp: auditOnderwerp(r.onderwerp, taal, namen),
    details: auditDetails(r.details, taal, namen),
  };
}

const CSV_KOP = ['Volgnummer', 'Datum en tijd', 'Persoon', 'Account', 'Handeling', 'Onderwerp', 'Details', 'Code handeling'];

/** A CSV field: quoted, quotes doubled; a leading =, +, - or @ defused so a spreadsheet does not run it. */
function csvVeld(w: string | number): string {
  let s = String(w);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const tijdNl = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const nlTijd = (iso: string): string => tijdNl.format(new Date(iso)).replace(',', '');

export function auditCsv(regels: readonly AuditRegel[], namen: Auditnamen): string {
  const rijen = regels.map((r) => {
    const w = regelInWoorden(r, 'nl', namen);
    return [w.volgnr, nlTijd(w.tijd), w.persoon, w.account, w.handeling, w.onderwerp, w.details.map((d) => `${d.label}: ${d.waarde}`).join('; '), r.actie];
  });
  // UTF-8 with BOM and semicolons: what a Dutch spreadsheet opens without asking.
  return `\uFEFF${[CSV_KOP, ...rijen].map((r) => r.map(csvVeld).join(';')).join('\r\n')}\r\n`;
}

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

interface AuditDocument {
  penvoerder: string;
  bestandsnaam: string;
  gemaaktOp: string;
  periode: string;
  filters: string[];
  regels: Array<ReturnType<typeof regelInWoorden>>;
  auditKop: string;
}

function tekst(doc: Pdf, ouder: Struct, inhoud: string, opties: { letter?: 'regular' | 'vet' | 'cursief'; grootte?: number; kleur?: string; tag?: string; x?: number; breedte?: number } = {}): void {
  ouder.add(
    doc.struct(opties.tag ?? 'P', {}, () => {
      stijl(doc, opties.letter ?? 'regular', opties.grootte ?? GROOTTE.tekst, opties.kleur ?? KLEUR.tekst).text(inhoud, opties.x ?? LINKS, doc.y, { width: opties.breedte ?? BREEDTE, lineGap: REGELAFSTAND });
    }),
  );
}

/** One entry: a heading line (time · person) kept together with its action and details (no orphaned heading). */
function regel(doc: Pdf, ouder: Struct, r: AuditDocument['regels'][number]): void {
  const details = r.details.map((d) => `${d.label}: ${d.waarde}`).join(' · ');
  stijl(doc, 'regular', GROOTTE.tekst);
  const hoogte = 14 + doc.heightOfString(`${r.handeling} — ${r.onderwerp}`, { width: BREEDTE, lineGap: REGELAFSTAND }) + (details ? doc.heightOfString(details, { width: BREEDTE - 12, lineGap: REGELAFSTAND }) : 0);
  ruimte(doc, hoogte + 6);
  const deel = doc.struct('Div');
  ouder.add(deel);
  tekst(doc, deel, `${nlTijd(r.tijd)} · ${r.persoon} · regel ${r.volgnr}`, { grootte: GROOTTE.label, kleur: KLEUR.grijs });
  tekst(doc, deel, `${r.handeling} — ${r.onderwerp}`, { letter: 'vet' });
  if (details) tekst(doc, deel, details, { grootte: GROOTTE.klein, kleur: KLEUR.grijs, x: LINKS + 12, breedte: BREEDTE - 12 });
  deel.end();
  doc.y += 5;
}

/** The export as a tagged PDF (headings, paragraphs; header and footer as artefacts), in the house style. */
export function auditPdf(d: AuditDocument): Promise<Buffer> {
  const kader = { penvoerder: d.penvoerder, bestandsnaam: d.bestandsnaam, titel: 'Uittreksel auditlog (art. 12.22)', gemaaktOp: d.gemaaktOp, auditkop: d.auditKop };
  return getagdePdf('Uittreksel auditlog', kader, (doc, hoofd) => {
    tekst(doc, hoofd, 'Uittreksel auditlog', { letter: 'vet', grootte: GROOTTE.titel, kleur: KLEUR.accent, tag: 'H1' });
    doc.y += 4;
    tekst(doc, hoofd, `${d.regels.length === 1 ? 'Eén handeling' : `${d.regels.length} handelingen`}, nieuwste eerst. ${d.periode}`);
    for (const f of d.filters) tekst(doc, hoofd, f, { grootte: GROOTTE.klein, kleur: KLEUR.grijs });
    doc.y += 8;
    const sect = doc.struct('Sect');
    hoofd.add(sect);
    if (!d.regels.length) tekst(doc, sect, 'Geen handelingen in deze selectie.', { letter: 'cursief', kleur: KLEUR.grijs });
    for (const r of d.regels) regel(doc, sect, r);
    sect.end();
  });
}

const datumNl = (iso: string): string => langeDatum(iso).replace(/^\S+ /, '');

/** What the selection was, in words, for the document's head. */
function selectieInWoorden(f: Omit<AuditFilter, 'limiet' | 'voor'>, namen: Auditnamen): { periode: string; filters: string[] } {
  const periode = f.vanaf && f.tot ? `Periode: ${datumNl(f.vanaf)} tot ${datumNl(f.tot)}.` : f.vanaf ? `Vanaf ${datumNl(f.vanaf)}.` : f.tot ? `Tot ${datumNl(f.tot)}.` : 'Het hele log.';
  const filters: string[] = [];
  if (f.gebruiker) filters.push(`Alleen handelingen van ${persoonWoord(f.gebruiker, namen)}.`);
  if (f.actie) filters.push(`Alleen: ${auditActie(f.actie.replace(/\.$/, ''), 'nl')}.`);
  return { periode, filters };
}

/** Writes the selection as CSV or PDF into the chosen folder, and records that it did (art. 12.22). */
export async function auditExporteren(
  b: Bestand,
  g: { formaat: 'csv' | 'pdf'; doelmap: string; gebruiker?: string | undefined; actie?: string | undefined; vanaf?: string | undefined; tot?: string | undefined },
): Promise<{ pad: string; bytes: number; aantal: number }> {
  const doelmap = await doelmapControleren(g.doelmap);
  const filter = { ...(g.gebruiker ? { gebruiker: g.gebruiker } : {}), ...(g.actie ? { actie: g.actie } : {}), ...(g.vanaf ? { vanaf: g.vanaf } : {}), ...(g.tot ? { tot: g.tot } : {}) };
  const { regels } = await auditLijst(b.v, { ...filter, limiet: EXPORT_MAX });
  const namen = await auditNamen(b);
  const gemaaktOp = nu().toISOString();
  const stempel = gemaaktOp.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  let inhoud: Buffer;
  if (g.formaat === 'csv') inhoud = Buffer.from(auditCsv(regels, namen), 'utf8');
  else {
    inhoud = await auditPdf({
      penvoerder: b.instellingen.penvoerder,
      bestandsnaam: b.instellingen.naam,
      gemaaktOp,
      ...selectieInWoorden(filter, namen),
      regels: regels.map((r) => regelInWoorden(r, 'nl', namen)),
      auditKop: (await auditKop(b.v)).hash,
    });
  }
  const pad = path.join(doelmap, `${stempel}-auditlog.${g.formaat}`);
  await documentSchrijven(doelmap, pad, inhoud);
  await b.audit('audit.geexporteerd', 'audit', { formaat: g.formaat, aantal: regels.length, filter, bestand: path.basename(pad) });
  return { pad, bytes: inhoud.length, aantal: regels.length };
}
