/**
 * The half-yearly report as PDF (art. 12.2.3, 12.43, 31.2; docs/ontwerp.md §13, ADR 0039), in the house style
 * of the meeting documents (overleg/pdf.ts): A4, DejaVu Sans, penvoerder in the header, the confidentiality
 * line and "Pagina X van Y" in the footer. Tagged like the inzage answer (headings, paragraphs, tables and
 * figures with a text alternative; header and footer as artefacts). The charts are vector graphics drawn
 * with the PDF's own path operators — no image, no chart library — from the same suppressed figures as
 * the tables beside them: a hidden cell is never drawn as a bar of its own. Built in memory.
 */
import PDFDocument from 'pdfkit';
import { celTekst, ONDERDREMPEL, trendtabel, type Cel, type Rapportcijfers, type Rapporttabel } from '@shared/domein/analyse';
import { langeDatum, PDF_STIJL } from '../overleg/pdf';

const { LINKS, BREEDTE, RECHTS, KOP_Y, KOPLIJN_Y, BOVEN, VOETLIJN_Y, ONDER, KLEUR, GROOTTE, REGELAFSTAND, VERTROUWELIJK } = PDF_STIJL;
const { lettertypen, stijl, ruimte, lijn, korteKop, gegenereerd } = PDF_STIJL;

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export const RAPPORTTITEL = 'Halfjaarrapportage mensenhandel';

/** Series colours: the accent first, then colours that stay apart in grey print. */
const REEKS = ['#1f3a5f', '#5b8cc0', '#c9822b', '#6f9a3a', '#8c5a9e', '#b8463d', '#7a7a7a', '#3f8f8a'];
const VERBORGEN = '#d9d9d9';

export interface Rapportdocument {
  cijfers: Rapportcijfers;
  penvoerder: string;
  analysetekst: string;
  zorgtekst: string;
  gemaaktOp: string;
  auditkop: string;
}

function alinea(doc: Pdf, ouder: Struct, tekst: string, o: { letter?: 'regular' | 'vet' | 'cursief'; grootte?: number; kleur?: string; na?: number } = {}): void {
  const zet = () => stijl(doc, o.letter ?? 'regular', o.grootte ?? GROOTTE.tekst, o.kleur ?? KLEUR.tekst);
  zet();
  ruimte(doc, Math.min(doc.heightOfString(tekst, { width: BREEDTE, lineGap: REGELAFSTAND }), 40));
  ouder.add(doc.struct('P', {}, () => zet().text(tekst, LINKS, doc.y, { width: BREEDTE, lineGap: REGELAFSTAND })));
  doc.y += o.na ?? 4;
}

function kop(doc: Pdf, ouder: Struct, tekst: string, tag: 'H1' | 'H2' | 'H3'): void {
  ruimte(doc, tag === 'H2' ? 90 : 50);
  if (tag === 'H2') doc.moveDown(0.6);
  const grootte = tag === 'H1' ? GROOTTE.titel : tag === 'H2' ? GROOTTE.sectie : GROOTTE.punt;
  ouder.add(doc.struct(tag, {}, () => stijl(doc, 'vet', grootte, tag === 'H3' ? KLEUR.tekst : KLEUR.accent).text(tekst, LINKS, doc.y, { width: BREEDTE })));
  if (tag === 'H2') {
    const y = doc.y + 2;
    doc.markContent('Artifact', { type: 'Layout' });
    lijn(doc, y, KLEUR.accent, 0.5);
    doc.endMarkedContent();
    doc.y = y + 7;
  } else doc.y += 3;
}

/** A table as a tagged Table: header row, body rows, and the totals row when the entries add up. */
function tabel(doc: Pdf, ouder: Struct, t: Rapporttabel): void {
  const kolommen = [t.rijkop, ...t.kolommen, ...(t.metTotalen ? ['Totaal'] : [])];
  const rijen: string[][] = t.rijen.map((r, i) => [r, ...t.cellen[i]!.map(celTekst), ...(t.metTotalen ? [celTekst(t.rijtotalen[i]!)] : [])]);
  if (t.metTotalen) rijen.push(['Totaal', ...t.kolomtotalen.map(celTekst), celTekst(t.totaal)]);
  const eerste = Math.min(130, Math.max(70, BREEDTE - (kolommen.length - 1) * 62));
  const rest = (BREEDTE - eerste) / Math.max(1, kolommen.length - 1);
  const breedtes = kolommen.map((_, i) => (i === 0 ? eerste : rest));
  const grootte = kolommen.length > 6 ? GROOTTE.klein - 0.5 : GROOTTE.klein;
  const tab = doc.struct('Table');
  ouder.add(tab);
  const regel = (cellen: string[], kopregel: boolean, vet = false) => {
    stijl(doc, kopregel || vet ? 'vet' : 'regular', grootte, kopregel ? KLEUR.grijs : KLEUR.tekst);
    const h = Math.max(...cellen.map((c, i) => doc.heightOfString(c || ' ', { width: breedtes[i]! - 6 })));
    ruimte(doc, h + 6);
    const y = doc.y;
    const tr = doc.struct('TR');
    tab.add(tr);
    let x = LINKS;
    cellen.forEach((c, i) => {
      const rechts = i > 0;
      tr.add(
        doc.struct(kopregel ? 'TH' : 'TD', {}, () => {
          stijl(doc, kopregel || vet ? 'vet' : 'regular', grootte, kopregel ? KLEUR.grijs : KLEUR.tekst).text(c, x, y, { width: breedtes[i]! - 6, align: rechts ? 'right' : 'left' });
        }),
      );
      x += breedtes[i]!;
    });
    tr.end();
    doc.markContent('Artifact', { type: 'Layout' });
    lijn(doc, y + h + 2, kopregel ? KLEUR.grijs : KLEUR.lijn, kopregel ? 0.6 : 0.3);
    doc.endMarkedContent();
    doc.y = y + h + 5;
  };
  regel(kolommen, true);
  rijen.forEach((r, i) => regel(r, false, t.metTotalen && i === rijen.length - 1));
  tab.end();
  doc.x = LINKS;
  doc.y += 4;
}

/** What one bar is made of: shown segments per series, and what is hidden (known only as a remainder, or not at all). */
function segmenten(t: Rapporttabel, i: number): { delen: Array<{ reeks: number; n: number }>; rest: number | null; totaal: Cel } {
  const delen = t.cellen[i]!.flatMap((c, reeks) => (c === null || c === 0 ? [] : [{ reeks, n: c }]));
  const totaal = t.metTotalen ? t.rijtotalen[i]! : t.cellen[i]![0]!;
  const bekend = delen.reduce((s, d) => s + d.n, 0);
  return { delen, rest: totaal === null ? null : totaal - bekend, totaal };
}

/**
 * A stacked bar chart of a table: one bar per row (upright for months, lying for categories), one colour
 * per column. A hidden cell is not drawn on its own: when the row total is shown, the hidden part is one
 * grey remainder (that much can be read from the table too); when the total is hidden the bar is "< 5".
 */
function grafiek(doc: Pdf, ouder: Struct, t: Rapporttabel, o: { staand: boolean; alt: string }): void {
  const n = t.rijen.length;
  const legendaH = t.kolommen.length > 1 ? 13 * Math.ceil((t.kolommen.length + 1) / 4) + 4 : 0;
  const hoogte = o.staand ? 190 : n * 22 + 14 + legendaH;
  ruimte(doc, hoogte + 10);
  const y0 = doc.y;
  const figuur = doc.struct('Figure', { alt: o.alt }, () => {
    const totalen = t.rijen.map((_, i) => segmenten(t, i).totaal ?? 0);
    // Room above the tallest bar for its number.
    const max = Math.max(5, ...totalen) * 1.12;
    const stap = Math.pow(10, Math.floor(Math.log10(max)));
    const top = Math.ceil(max / stap) * stap;
    stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs);
    if (o.staand) {
      const gx = LINKS + 30;
      const gb = BREEDTE - 30;
      const gy = y0 + 6;
      const gh = hoogte - 40 - legendaH;
      for (let s = 0; s <= 4; s++) {
        const y = gy + gh - (gh * s) / 4;
        lijn(doc, y, s === 0 ? KLEUR.grijs : '#e6e6e6', s === 0 ? 0.6 : 0.4, gx, gx + gb);
        stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs).text(String(Math.round((top * s) / 4)), LINKS, y - 3, { width: 26, align: 'right', lineBreak: false });
      }
      const vak = gb / n;
      const bb = Math.min(36, vak * 0.6);
      t.rijen.forEach((r, i) => {
        const x = gx + vak * i + (vak - bb) / 2;
        const { delen, rest, totaal } = segmenten(t, i);
        let y = gy + gh;
        for (const d of delen) {
          const h = (gh * d.n) / top;
          doc.save().rect(x, y - h, bb, h).fill(REEKS[d.reeks % REEKS.length]!).restore();
          y -= h;
        }
        if (rest) {
          const h = (gh * rest) / top;
          doc.save().rect(x, y - h, bb, h).fill(VERBORGEN).restore();
          y -= h;
        }
        stijl(doc, 'vet', GROOTTE.voet, KLEUR.tekst).text(celTekst(totaal), x - 10, y - 10, { width: bb + 20, align: 'center', lineBreak: false });
        stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs).text(r, x - 12, gy + gh + 4, { width: bb + 24, align: 'center', lineBreak: false });
      });
    } else {
      const lb = 130;
      const gx = LINKS + lb;
      const gb = BREEDTE - lb - 40;
      const rh = 22;
      t.rijen.forEach((r, i) => {
        const y = y0 + 6 + i * rh;
        const { delen, rest, totaal } = segmenten(t, i);
        stijl(doc, 'regular', GROOTTE.klein, KLEUR.tekst).text(r, LINKS, y + 3, { width: lb - 8, lineBreak: false, ellipsis: true });
        let x = gx;
        for (const d of delen) {
          const w = (gb * d.n) / top;
          doc.save().rect(x, y, w, rh - 8).fill(REEKS[d.reeks % REEKS.length]!).restore();
          x += w;
        }
        if (rest) {
          const w = (gb * rest) / top;
          doc.save().rect(x, y, w, rh - 8).fill(VERBORGEN).restore();
          x += w;
        }
        stijl(doc, 'vet', GROOTTE.voet, KLEUR.tekst).text(celTekst(totaal), x + 4, y + 3, { lineBreak: false });
      });
      lijn(doc, y0 + 6 + n * rh, KLEUR.grijs, 0.6, gx, gx + gb);
    }
    // Legend: a swatch per column, and grey for what is hidden.
    if (t.kolommen.length > 1) {
      const ly = o.staand ? y0 + hoogte - legendaH - 8 : y0 + 6 + n * 22 + 8;
      const items = [...t.kolommen.map((k, i) => ({ k, kleur: REEKS[i % REEKS.length]! })), { k: `verborgen (${ONDERDREMPEL})`, kleur: VERBORGEN }];
      const kolomB = BREEDTE / 4;
      items.forEach((it, i) => {
        const x = LINKS + (i % 4) * kolomB;
        const y = ly + Math.floor(i / 4) * 12;
        doc.save().rect(x, y + 1, 8, 8).fill(it.kleur).restore();
        stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs).text(it.k, x + 12, y + 1, { width: kolomB - 16, lineBreak: false, ellipsis: true });
      });
    }
  });
  ouder.add(figuur);
  doc.x = LINKS;
  doc.y = y0 + hoogte + 6;
}

const ALT: Record<string, string> = {
  'signalen-bron': 'Gestapeld staafdiagram van het aantal signalen per maand, naar soort bron.',
  'signalen-vorm': 'Gestapeld staafdiagram van het aantal signalen per maand, naar vorm van uitbuiting.',
  trechter: 'Liggend staafdiagram: hoeveel signalen bleven bij signaal, kwamen in een dossier, kregen een besluit en werden overgedragen.',
  doorlooptijd: 'Liggend staafdiagram van de tijd van signaal tot besluit, per band, naar uitkomst.',
  interventies: 'Liggend staafdiagram van de interventies per partner: op tijd, te laat, lopend, verlopen of niet uitgevoerd.',
  risicogroepen: 'Liggend staafdiagram van de slachtoffers per leeftijdsgroep, naar nationaliteitsgroep.',
  sectoren: 'Liggend staafdiagram van de signalen per sector, naar vorm van uitbuiting.',
};

function kopEnVoet(doc: Pdf, d: Rapportdocument): void {
  const { start, count } = doc.bufferedPageRange();
  const rechts = (tekst: string, y: number) => doc.text(tekst, RECHTS - doc.widthOfString(tekst), y, { lineBreak: false });
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const marges = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.markContent('Artifact', { type: 'Pagination' });
    stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs).text(d.penvoerder, LINKS, KOP_Y, { lineBreak: false });
    stijl(doc, 'vet', GROOTTE.label + 0.5, KLEUR.accent).text(d.cijfers.regio, LINKS, KOP_Y + 11, { lineBreak: false });
    stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs);
    rechts(RAPPORTTITEL, KOP_Y);
    rechts(d.cijfers.periodeNaam, KOP_Y + 11.5);
    lijn(doc, KOPLIJN_Y, KLEUR.accent, 0.6);
    lijn(doc, VOETLIJN_Y, KLEUR.lijn, 0.5);
    stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs).text(VERTROUWELIJK, LINKS, VOETLIJN_Y + 6, { lineBreak: false });
    doc.text(`auditkop ${korteKop(d.auditkop)} · gemaakt ${gegenereerd(d.gemaaktOp)}`, LINKS, VOETLIJN_Y + 16, { lineBreak: false });
    stijl(doc, 'vet', GROOTTE.voet, KLEUR.tekst);
    rechts(`Pagina ${i - start + 1} van ${count}`, VOETLIJN_Y + 16);
    doc.endMarkedContent();
    doc.page.margins = marges;
  }
}

export function rapportPdf(d: Rapportdocument): Promise<Buffer> {
  const fonts = lettertypen();
  const c = d.cijfers;
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: BOVEN, bottom: ONDER, left: LINKS, right: LINKS },
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'nl-NL',
      tagged: true,
      displayTitle: true,
      info: { Title: `${RAPPORTTITEL} ${c.periodeNaam}`, Author: d.penvoerder, Subject: `${c.regio} — vertrouwelijk`, Creator: 'Ketenbestand Mensenhandel', CreationDate: new Date(Date.parse(d.gemaaktOp) || 0) },
    });
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    try {
      doc.registerFont('regular', fonts.regular);
      doc.registerFont('vet', fonts.vet);
      doc.registerFont('cursief', fonts.cursief);
      const hoofd = doc.struct('Document');
      doc.addStructure(hoofd);
      doc.y = BOVEN;
      kop(doc, hoofd, `${RAPPORTTITEL}, ${c.periodeNaam}`, 'H1');
      alinea(
        doc,
        hoofd,
        `Rapportage van de ketenregisseur en de zorgcoördinator mensenhandel van ${c.regio} aan de Stuurgroep (art. 12.2.3, 12.43 en 31.2 van het convenant), gemaakt op ${langeDatum(d.gemaaktOp)}. De cijfers komen uitsluitend uit het geanonimiseerde analysebestand (art. 19, 22.6): geen enkel getal in dit rapport wijst naar een persoon of een casus.`,
        { na: 6 },
      );
      alinea(doc, hoofd, `Kleine aantallen zijn verborgen: elk aantal onder de vijf staat als "${ONDERDREMPEL}", en waar een totaal het verborgen aantal zou verraden is ook een tweede aantal verborgen. In de grafieken is wat verborgen is grijs, of alleen als "${ONDERDREMPEL}" vermeld.`, {
        grootte: GROOTTE.klein,
        kleur: KLEUR.grijs,
        na: 6,
      });

      const kern = doc.struct('Sect');
      hoofd.add(kern);
      kop(doc, kern, 'Kerncijfers en trend', 'H2');
      const trend = trendtabel(c);
      tabel(doc, kern, trend);
      grafiek(doc, kern, { ...trend, kolommen: ['signalen'], cellen: trend.cellen.map((r) => [r[0]!]) }, { staand: true, alt: 'Staafdiagram van het aantal signalen per half jaar over de laatste twee jaar.' });
      kern.end();

      const tekst = doc.struct('Sect');
      hoofd.add(tekst);
      kop(doc, tekst, 'Analyse van de ketenregisseur', 'H2');
      for (const a of (d.analysetekst.trim() || 'Nog geen analyse geschreven.').split(/\n\s*\n/)) alinea(doc, tekst, a.trim());
      kop(doc, tekst, 'Zorgoverleg: deel van de zorgcoördinator', 'H2');
      for (const a of (d.zorgtekst.trim() || 'Nog geen bijdrage van de zorgcoördinator.').split(/\n\s*\n/)) alinea(doc, tekst, a.trim());
      tekst.end();

      for (const t of c.tabellen) {
        // A heading never stays alone at the foot of a page: it goes over with its chart.
        ruimte(doc, 60 + (t.rijkop === 'Maand' ? 200 : t.rijen.length * 22 + 50));
        const sect = doc.struct('Sect');
        hoofd.add(sect);
        kop(doc, sect, t.titel, 'H2');
        grafiek(doc, sect, t, { staand: t.rijkop === 'Maand', alt: `${ALT[t.id] ?? t.titel} De aantallen staan in de tabel hieronder.` });
        tabel(doc, sect, t);
        sect.end();
      }
      hoofd.end();
      kopEnVoet(doc, d);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
