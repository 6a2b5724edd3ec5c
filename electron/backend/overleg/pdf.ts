/**
 * Agenda and decision list as PDF (docs/ontwerp.md §3 "Overleggen"), built entirely in memory: no plaintext may
 * touch the disk, temp files included (docs/ontwerp.md §5), so the caller decides where the bytes go.
 *
 * Layout: A4, 2 cm side margins; on every page a header with penvoerder and chain, and a footer with the
 * confidentiality line (art. 21.1), "Pagina X van Y" and a short audit head. One dark accent colour,
 * greys for secondary text. The font is DejaVu Sans from resources/fonts (Bitstream Vera licence):
 * unlike the PDF base fonts it also has the letters of names from Central and Eastern Europe (ș, ł, ő …),
 * and a missing font is an error rather than a document with wrong letters in a name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { nlDatum } from '@shared/datum';
import type { OverlegDocument } from './documenttypen';

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Punt = OverlegDocument['punten'][number];

// ---- page and type ----

const CM = 72 / 2.54;
const PAGINA = { breedte: 595.28, hoogte: 841.89 }; // A4
const LINKS = 2 * CM;
const BREEDTE = PAGINA.breedte - 2 * LINKS;
const RECHTS = LINKS + BREEDTE;
const KOP_Y = 1.2 * CM; // header text, inside the top margin
const KOPLIJN_Y = KOP_Y + 26;
const BOVEN = 3 * CM; // where the content starts
const VOETLIJN_Y = PAGINA.hoogte - 2.1 * CM;
const ONDER = 2.6 * CM; // where the content ends, above the footer

const KLEUR = { tekst: '#1a1a1a', grijs: '#5a5a5a', lijn: '#b4b4b4', accent: '#1f3a5f' } as const;
const GROOTTE = { titel: 18, sectie: 12, punt: 10.5, tekst: 9.5, label: 8.5, klein: 8, voet: 7 } as const;
const REGELAFSTAND = 1.6;

const LETTERS = { regular: 'DejaVuSans.ttf', vet: 'DejaVuSans-Bold.ttf', cursief: 'DejaVuSans-Oblique.ttf' } as const;
type Letter = keyof typeof LETTERS;

const VERTROUWELIJK = 'Vertrouwelijk — geheimhoudingsplicht op grond van art. 21.1 van het Convenant Ketensamenwerking Mensenhandel';

const OVERLEGNAAM: Record<OverlegDocument['overleg']['soort'], string> = {
  zorgoverleg: 'zorgoverleg',
  casusoverleg: 'casusoverleg',
  stuurgroep: 'stuurgroep',
  zorggroep: 'zorggroep',
};
const PUNTSOORT: Record<Punt['soort'], string> = { dossier: 'dossier', signaal: 'signaal', spoed: 'spoed (art. 12.21)' };

// ---- fonts: resources/fonts, found from this file upwards (source tree and the bundled dist/ alike) ----

let lettertypenCache: Record<Letter, Buffer> | undefined;
function lettertypen(): Record<Letter, Buffer> {
  if (lettertypenCache) return lettertypenCache;
  let map = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const fonts = path.join(map, 'resources', 'fonts');
    if (fs.existsSync(path.join(fonts, LETTERS.regular))) {
      const lees = (l: Letter) => fs.readFileSync(path.join(fonts, LETTERS[l]));
      lettertypenCache = { regular: lees('regular'), vet: lees('vet'), cursief: lees('cursief') };
      return lettertypenCache;
    }
    const boven = path.dirname(map);
    if (boven === map) throw new Error(`Lettertype ${LETTERS.regular} niet gevonden in resources/fonts; de installatie is onvolledig.`);
    map = boven;
  }
}

// ---- Dutch dates ----

const WEEKDAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "donderdag 15 januari 2026" */
export function langeDatum(iso: string): string {
  const [j, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dag = new Date(Date.UTC(j, m - 1, d));
  return `${WEEKDAGEN[dag.getUTCDay()]} ${d} ${MAANDEN[m - 1]} ${j}`;
}
const korteDatum = (s: string | null | undefined): string => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? nlDatum(s) : (s ?? ''));
const tijdstip = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const gegenereerd = (iso: string): string => {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? iso : tijdstip.format(t).replace(',', '');
};
/** "3f2a…9c1d": enough to compare with an anchor a partner holds (docs/ontwerp.md §5), small enough for a footer. */
const korteKop = (kop: string): string => (kop.length > 12 ? `${kop.slice(0, 4)}…${kop.slice(-4)}` : kop);
const lijst = (xs: string[] | undefined, scheiding = '; '): string => (xs && xs.length ? xs.join(scheiding) : '—');

// ---- drawing helpers ----

function stijl(doc: Pdf, letter: Letter, grootte: number, kleur: string = KLEUR.tekst): Pdf {
  return doc.font(letter).fontSize(grootte).fillColor(kleur);
}

const onderkant = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `hoogte` points still fit on this one. */
function ruimte(doc: Pdf, hoogte: number): void {
  if (doc.y + hoogte > onderkant(doc)) {
    doc.addPage();
    doc.x = LINKS;
  }
}

function lijn(doc: Pdf, y: number, kleur: string = KLEUR.lijn, dikte = 0.5, x1 = LINKS, x2 = RECHTS): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(dikte).strokeColor(kleur).stroke().restore();
}

/**
 * Content as an element of the structure tree under `ouder` (a tagged PDF, for a screen reader), or
 * plainly when the document is not tagged.
 */
function getagd(doc: Pdf, ouder: Struct | undefined, tag: string, teken: () => void): void {
  if (ouder) ouder.add(doc.struct(tag, {}, teken));
  else teken();
}

/** Rules and bars: decoration, an artefact a screen reader skips. */
function versiering(doc: Pdf, ouder: Struct | undefined, teken: () => void): void {
  if (ouder) doc.markContent('Artifact', { type: 'Layout' });
  teken();
  if (ouder) doc.endMarkedContent();
}

/** One line of body text, with a line gap: what "the first lines" of a block are measured in. */
const TEKSTREGEL = GROOTTE.tekst * 1.2 + REGELAFSTAND;

/**
 * A section heading, kept with the start of what follows (`nodig` points): a heading is never the last
 * thing on a page (issue 11 §7).
 */
function sectie(doc: Pdf, titel: string, ouder?: Struct, nodig = 2 * TEKSTREGEL): void {
  stijl(doc, 'vet', GROOTTE.sectie, KLEUR.accent);
  ruimte(doc, doc.currentLineHeight(true) * 0.6 + doc.heightOfString(titel, { width: BREEDTE }) + 9 + nodig);
  doc.moveDown(0.6);
  getagd(doc, ouder, 'H2', () => stijl(doc, 'vet', GROOTTE.sectie, KLEUR.accent).text(titel, LINKS, doc.y, { width: BREEDTE }));
  const y = doc.y + 2;
  versiering(doc, ouder, () => lijn(doc, y, KLEUR.accent, 0.5));
  doc.y = y + 7;
}

/** A label in the left column and its value beside it; the value may run on over a page. Tagged as one paragraph. */
function veld(doc: Pdf, label: string, waarde: string, x = LINKS, labelBreedte = 105, ouder?: Struct): void {
  const breedte = RECHTS - x - labelBreedte;
  stijl(doc, 'regular', GROOTTE.tekst);
  const h = doc.heightOfString(waarde, { width: breedte, lineGap: REGELAFSTAND });
  ruimte(doc, Math.min(h, 3 * GROOTTE.tekst * 1.4));
  const y = doc.y;
  getagd(doc, ouder, 'P', () => {
    stijl(doc, 'regular', GROOTTE.label, KLEUR.grijs).text(label, x, y + 0.8, { width: labelBreedte - 8 });
    const naLabel = doc.y;
    stijl(doc, 'regular', GROOTTE.tekst).text(waarde, x + labelBreedte, y, { width: breedte, lineGap: REGELAFSTAND });
    // A label that wraps must not run into the next field.
    doc.y = Math.max(doc.y, naLabel);
  });
  doc.y += 3;
}

interface Kolom {
  kop: string;
  breedte: number;
}

/**
 * A plain table: a bold header over a rule, hairlines between rows; the header repeats on a new page (as
 * an artefact in a tagged document: it is read once). `nodig` is kept with the header, so a heading above
 * the table keeps its first row.
 */
function tabel(doc: Pdf, kolommen: Kolom[], rijen: string[][], x = LINKS, ouder?: Struct, nodig = 0): void {
  const vrij = RECHTS - x - kolommen.reduce((s, k) => s + k.breedte, 0);
  const breedtes = kolommen.map((k) => (k.breedte === 0 ? vrij : k.breedte));
  const totaal = breedtes.reduce((s, b) => s + b, 0);
  const opvulling = 6;
  const hoogte = (rij: string[]) => {
    stijl(doc, 'regular', GROOTTE.tekst - 0.5);
    return Math.max(...rij.map((cel, i) => doc.heightOfString(cel || ' ', { width: breedtes[i]! - opvulling, lineGap: 1 })));
  };
  const t = ouder ? doc.struct('Table') : undefined;
  if (t) ouder!.add(t);
  const kop = (herhaald: boolean) => {
    const y = doc.y;
    const cellen = () => {
      stijl(doc, 'vet', GROOTTE.klein, KLEUR.grijs);
      let cx = x;
      kolommen.forEach((k, i) => {
        const kx = cx;
        getagd(doc, herhaald ? undefined : rijKop, 'TH', () => doc.text(k.kop, kx, y, { width: breedtes[i]! - opvulling, lineBreak: false }));
        cx += breedtes[i]!;
      });
    };
    let rijKop: Struct | undefined;
    if (t && !herhaald) {
      rijKop = doc.struct('TR');
      t.add(rijKop);
      cellen();
      rijKop.end();
    } else versiering(doc, t, cellen);
    versiering(doc, t, () => lijn(doc, y + GROOTTE.klein + 5, KLEUR.grijs, 0.6, x, x + totaal));
    doc.y = y + GROOTTE.klein + 9;
  };
  ruimte(doc, GROOTTE.klein + 9 + Math.max(nodig, rijen.length ? hoogte(rijen[0]!) + 7 : 0));
  kop(false);
  for (const rij of rijen) {
    const h = hoogte(rij);
    if (doc.y + h + 6 > onderkant(doc)) {
      doc.addPage();
      kop(true);
    }
    stijl(doc, 'regular', GROOTTE.tekst - 0.5);
    const y = doc.y;
    let cx = x;
    const tr = t ? doc.struct('TR') : undefined;
    if (tr) t!.add(tr);
    rij.forEach((cel, i) => {
      const kx = cx;
      getagd(doc, tr, 'TD', () => doc.text(cel, kx, y, { width: breedtes[i]! - opvulling, lineGap: 1 }));
      cx += breedtes[i]!;
    });
    tr?.end();
    versiering(doc, t, () => lijn(doc, y + h + 3, KLEUR.lijn, 0.4, x, x + totaal));
    doc.y = y + h + 7;
  }
  t?.end();
  doc.x = LINKS;
}

// ---- the document ----

function titel(d: OverlegDocument): string {
  return `${d.soort === 'agenda' ? 'Agenda' : 'Besluitenlijst'} ${OVERLEGNAAM[d.overleg.soort]}`;
}

function kopblok(doc: Pdf, d: OverlegDocument, ouder?: Struct): void {
  doc.y = BOVEN;
  getagd(doc, ouder, 'H1', () => stijl(doc, 'vet', GROOTTE.titel, KLEUR.accent).text(titel(d), LINKS, doc.y, { width: BREEDTE }));
  doc.moveDown(0.5);
  veld(doc, 'Datum', langeDatum(d.overleg.datum), LINKS, 105, ouder);
  veld(doc, 'Tijd', d.overleg.tijd || '—', LINKS, 105, ouder);
  veld(doc, 'Locatie', d.overleg.locatie || '—', LINKS, 105, ouder);
  veld(doc, 'Voorzitter', d.overleg.voorzitter || '—', LINKS, 105, ouder);

  // Whose copy this is: an attendee's version holds only what the policy engine let through (art. 9.4).
  doc.moveDown(0.6);
  const y = doc.y;
  const wie = d.ontvanger && (d.ontvanger.naam === d.ontvanger.organisatie ? d.ontvanger.naam : `${d.ontvanger.naam}, ${d.ontvanger.organisatie}`);
  const regel = wie ? `Versie voor: ${wie}` : 'Volledige versie (voorzitter)';
  const uitleg = d.ontvanger
    ? 'Deze versie bevat alleen wat deze deelnemer voor de eigen taak nodig heeft (art. 9.4, 16.5); wat is weggelaten staat bij het agendapunt zelf, met het artikel.'
    : 'Bevat alle agendapunten zonder afscherming; alleen voor de voorzitter, niet verspreiden.';
  getagd(doc, ouder, 'P', () => stijl(doc, 'vet', GROOTTE.tekst).text(regel, LINKS + 9, y, { width: BREEDTE - 9 }));
  getagd(doc, ouder, 'P', () => stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs).text(uitleg, LINKS + 9, doc.y + 1.5, { width: BREEDTE - 9 }));
  const eind = doc.y;
  versiering(doc, ouder, () => doc.save().rect(LINKS, y - 1, 2.5, eind - y + 1).fill(KLEUR.accent).restore());
  doc.y += 4;
}

type Deelnemer = OverlegDocument['deelnemers'][number];

/** "Sjoerd Kuiper (aanwezig)", "dr. Ștefan Popescu (deskundige, geheimhouding getekend 12-01-2026)". */
function deelnemerTekst(p: Deelnemer, besluiten: boolean): string {
  const erbij: string[] = [];
  if (p.deskundige) erbij.push('deskundige', p.geheimhoudingGetekend ? `geheimhouding getekend ${korteDatum(p.geheimhoudingGetekend)}` : 'geheimhouding nog niet getekend');
  if (besluiten && p.aanwezig != null) erbij.push(p.aanwezig ? 'aanwezig' : 'afwezig');
  return erbij.length ? `${p.naam} (${erbij.join(', ')})` : p.naam;
}

/**
 * The participants as a compact block: one line per organisation with its people, the invited experts
 * last with their confidentiality statement (art. 21.3); a page of names was a table of one row each.
 */
function deelnemers(doc: Pdf, d: OverlegDocument, ouder?: Struct): void {
  const besluiten = d.soort === 'besluitenlijst';
  const deel = ouder ? doc.struct('Sect') : undefined;
  if (deel) ouder!.add(deel);
  sectie(doc, besluiten ? 'Deelnemers' : 'Genodigden', deel);
  if (d.deelnemers.length === 0) {
    getagd(doc, deel, 'P', () => stijl(doc, 'cursief', GROOTTE.tekst, KLEUR.grijs).text('Geen deelnemers vastgelegd.', LINKS, doc.y, { width: BREEDTE }));
    deel?.end();
    return;
  }
  const perOrganisatie = new Map<string, Deelnemer[]>();
  for (const p of [...d.deelnemers.filter((x) => !x.deskundige), ...d.deelnemers.filter((x) => x.deskundige)]) {
    const sleutel = p.deskundige ? `${p.organisatie} (deskundige)` : p.organisatie;
    perOrganisatie.set(sleutel, [...(perOrganisatie.get(sleutel) ?? []), p]);
  }
  for (const [organisatie, mensen] of perOrganisatie) {
    veld(doc, organisatie.replace(/ \(deskundige\)$/, ''), mensen.map((p) => deelnemerTekst(p, besluiten)).join('; '), LINKS, 190, deel);
    doc.y -= 1;
  }
  getagd(doc, deel, 'P', () =>
    stijl(doc, 'regular', GROOTTE.klein - 0.5, KLEUR.grijs).text(
      'Medewerkers van de convenantpartijen zijn tot geheimhouding verplicht (art. 21.2); uitgenodigde deskundigen tekenen een geheimhoudingsverklaring (art. 21.3).',
      LINKS,
      doc.y + 3,
      { width: BREEDTE },
    ),
  );
  deel?.end();
}

const INSPRONG = 20;
const MARKERS = { naam: 'namen', geboortedatum: 'geboortedata', adres: 'adressen', telefoon: 'telefoonnummers' } as const;

/**
 * What is left out of this point, at the point itself (the header promises it): what the policy engine
 * withheld from this recipient, with its article, and what the anonymised form replaced in the summary.
 */
export function weglatingen(p: Pick<Punt, 'afgeschermd' | 'samenvatting'>): string[] {
  const uit = p.afgeschermd.map((weg) => `Weggelaten: ${weg.replace(/ \((art\. [^)]+)\)$/, ', $1')}`);
  const vervangen = (Object.keys(MARKERS) as Array<keyof typeof MARKERS>).filter((m) => p.samenvatting.includes(`[${m}]`)).map((m) => MARKERS[m]);
  if (vervangen.length) uit.push(`Weggelaten: ${vervangen.join(', ')} uit de samenvatting (geanonimiseerd), art. 6.2`);
  return uit;
}

/** The height of a point's heading with its first lines, which stay together on a page. */
function puntBegin(doc: Pdf, p: Punt): number {
  const soortBreedte = stijl(doc, 'regular', GROOTTE.klein).widthOfString(PUNTSOORT[p.soort]);
  const kop = stijl(doc, 'vet', GROOTTE.punt).heightOfString(p.titel, { width: BREEDTE - INSPRONG - soortBreedte - 12 });
  stijl(doc, 'cursief', GROOTTE.tekst - 0.5);
  const weg = weglatingen(p).reduce((h, w) => h + doc.heightOfString(w, { width: BREEDTE - INSPRONG, lineGap: 1 }) + 2, 0);
  stijl(doc, 'regular', GROOTTE.tekst);
  const eerste = p.samenvatting ? Math.min(doc.heightOfString(p.samenvatting, { width: BREEDTE - INSPRONG, lineGap: REGELAFSTAND }), 3 * TEKSTREGEL) : 2 * TEKSTREGEL;
  return 12 + kop + 3 + weg + eerste;
}

function punt(doc: Pdf, p: Punt, besluiten: boolean, vervolg: Vervolg, ouder?: Struct): void {
  // Keep an item's heading with the start of its text.
  ruimte(doc, puntBegin(doc, p));
  const deel = ouder ? doc.struct('Sect') : undefined;
  if (deel) ouder!.add(deel);
  const y = doc.y === doc.page.margins.top ? doc.y : doc.y + 12;
  const soort = PUNTSOORT[p.soort];
  stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs);
  const soortBreedte = doc.widthOfString(soort);
  getagd(doc, deel, 'H3', () => {
    stijl(doc, 'vet', GROOTTE.punt, KLEUR.accent).text(`${p.nummer}.`, LINKS, y, { width: INSPRONG, lineBreak: false });
    stijl(doc, 'vet', GROOTTE.punt).text(p.titel, LINKS + INSPRONG, y, { width: BREEDTE - INSPRONG - soortBreedte - 12 });
  });
  const naKop = doc.y;
  getagd(doc, deel, 'P', () => stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs).text(soort, RECHTS - soortBreedte, y + 2, { lineBreak: false }));
  doc.y = naKop + 3;
  vervolg.punt = p;

  const x = LINKS + INSPRONG;
  for (const weg of weglatingen(p)) {
    getagd(doc, deel, 'P', () => stijl(doc, 'cursief', GROOTTE.tekst - 0.5, KLEUR.grijs).text(weg, x, doc.y, { width: RECHTS - x, lineGap: 1 }));
    doc.y += 2;
  }
  if (p.samenvatting) {
    getagd(doc, deel, 'P', () => stijl(doc, 'regular', GROOTTE.tekst).text(p.samenvatting, x, doc.y, { width: RECHTS - x, lineGap: REGELAFSTAND }));
    doc.y += 5;
  }
  veld(doc, 'Signalen', String(p.aantalSignalen), x, 125, deel);
  veld(doc, 'Bronnen', lijst(p.bronnen, ', '), x, 125, deel);
  veld(doc, 'Indicatoren', lijst(p.indicatoren), x, 125, deel);
  veld(doc, 'Voorgestelde partners', lijst(p.voorgesteldePartners, ', '), x, 125, deel);

  if (besluiten) {
    if (p.kwalificatie) veld(doc, 'Kwalificatie', p.kwalificatie, x, 125, deel);
    if (p.besluit) {
      ruimte(doc, 20);
      const by = doc.y;
      getagd(doc, deel, 'P', () => {
        stijl(doc, 'regular', GROOTTE.label, KLEUR.grijs).text('Besluit', x, by + 0.8, { width: 117 });
        stijl(doc, 'vet', GROOTTE.tekst).text(p.besluit!, x + 125, by, { width: RECHTS - x - 125, lineGap: REGELAFSTAND });
      });
      doc.y += 3;
    }
    if (p.interventies?.length) {
      const rijen = p.interventies.map((iv) => [iv.partner, iv.omschrijving, korteDatum(iv.deadline)]);
      // The label, the table's header and its first row stay together.
      ruimte(doc, 3 + GROOTTE.label * 1.2 + 5 + GROOTTE.klein + 9 + 3 * TEKSTREGEL);
      doc.y += 3;
      getagd(doc, deel, 'H4', () => stijl(doc, 'regular', GROOTTE.label, KLEUR.grijs).text('Interventies', x, doc.y, { width: BREEDTE }));
      doc.y += 5;
      tabel(
        doc,
        [
          { kop: 'Partner', breedte: 158 },
          { kop: 'Omschrijving', breedte: 0 },
          { kop: 'Deadline', breedte: 62 },
        ],
        rijen,
        x,
        deel,
      );
    }
    if (p.notities) veld(doc, 'Notities', p.notities, x, 125, deel);
  }
  deel?.end();
  doc.x = LINKS;
  vervolg.punt = null;
}

/**
 * The item a page break fell in, per page, so the next page can say whose text continues there. Only
 * recorded while drawing; written in the header pass, which cannot disturb text that is still flowing.
 */
interface Vervolg {
  punt: Punt | null;
  perPagina: Map<number, Punt>;
}

/** What the frame of a page says: the same on every document of the programme. */
interface Kader {
  penvoerder: string;
  bestandsnaam: string;
  /** Right-aligned at the top: the document's title and its date. */
  titel: string;
  datum: string;
  /** The second footer line, before the page number: the audit head and when it was made. */
  voet: string;
  /** A tagged PDF marks the frame as a pagination artefact, so a screen reader skips it. */
  artefact?: boolean;
  /** What one document adds on a page of its own (the meeting's "Vervolg van punt …"). */
  perPagina?: (pagina: number) => void;
}

/** Header and footer on every page, drawn last so the footer knows how many pages there are. */
function kaderTekenen(doc: Pdf, k: Kader): void {
  const { start, count } = doc.bufferedPageRange();
  const rechtsUitgelijnd = (tekst: string, y: number) => doc.text(tekst, RECHTS - doc.widthOfString(tekst), y, { lineBreak: false });
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not make pdfkit start another page.
    const marges = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    if (k.artefact) doc.markContent('Artifact', { type: 'Pagination' });

    stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs).text(k.penvoerder, LINKS, KOP_Y, { lineBreak: false });
    stijl(doc, 'vet', GROOTTE.label + 0.5, KLEUR.accent).text(k.bestandsnaam, LINKS, KOP_Y + 11, { lineBreak: false });
    stijl(doc, 'regular', GROOTTE.klein, KLEUR.grijs);
    rechtsUitgelijnd(k.titel, KOP_Y);
    rechtsUitgelijnd(k.datum, KOP_Y + 11.5);
    lijn(doc, KOPLIJN_Y, KLEUR.accent, 0.6);
    k.perPagina?.(i);

    lijn(doc, VOETLIJN_Y, KLEUR.lijn, 0.5);
    stijl(doc, 'regular', GROOTTE.voet, KLEUR.grijs).text(VERTROUWELIJK, LINKS, VOETLIJN_Y + 6, { lineBreak: false });
    doc.text(k.voet, LINKS, VOETLIJN_Y + 16, { lineBreak: false });
    stijl(doc, 'vet', GROOTTE.voet, KLEUR.tekst);
    rechtsUitgelijnd(`Pagina ${i - start + 1} van ${count}`, VOETLIJN_Y + 16);

    if (k.artefact) doc.endMarkedContent();
    doc.page.margins = marges;
  }
}

/**
 * An A4 document of the house style, built in memory: the fonts registered, `bouw` writes the content,
 * then the frame on every page. Metadata names the document and the controller, never a person (art. 21.1).
 */
function pdfMaken(
  opties: { info: PDFKit.DocumentInfo; tagged?: boolean },
  bouw: (doc: Pdf) => Kader,
): Promise<Buffer> {
  const fonts = lettertypen();
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: BOVEN, bottom: ONDER, left: LINKS, right: LINKS },
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'nl-NL',
      ...(opties.tagged ? { tagged: true } : {}),
      displayTitle: true,
      info: { Creator: 'Ketenbestand Mensenhandel', ...opties.info },
    });
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    try {
      doc.registerFont('regular', fonts.regular);
      doc.registerFont('vet', fonts.vet);
      doc.registerFont('cursief', fonts.cursief);
      kaderTekenen(doc, bouw(doc));
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

/** A creation date from an ISO string; the epoch when it is none. */
export const aanmaakdatum = (iso: string): Date => new Date(Date.parse(iso) || 0);

export function overlegPdf(d: OverlegDocument): Promise<Buffer> {
  return pdfMaken(
    { tagged: true, info: { Title: `${titel(d)} ${langeDatum(d.overleg.datum).replace(/^\S+ /, '')}`, Author: d.penvoerder, Subject: `${d.bestandsnaam} — vertrouwelijk`, CreationDate: aanmaakdatum(d.gegenereerdOp) } },
    (doc) => {
      // Tagged (a structure tree under one Document, the frame an artefact), so a screen reader reads
      // headings, paragraphs and tables in order (issue 11 §7), as the other documents of the programme.
      const hoofd = doc.struct('Document');
      doc.addStructure(hoofd);
      kopblok(doc, d, hoofd);
      deelnemers(doc, d, hoofd);
      const vervolg: Vervolg = { punt: null, perPagina: new Map() };
      doc.on('pageAdded', () => {
        if (vervolg.punt) vervolg.perPagina.set(doc.bufferedPageRange().count - 1, vervolg.punt);
      });
      const besluiten = d.soort === 'besluitenlijst';
      const punten = doc.struct('Sect');
      hoofd.add(punten);
      // The section's heading stays with its first point's heading and first lines.
      sectie(doc, besluiten ? 'Besluiten' : 'Agendapunten', punten, d.punten[0] ? puntBegin(doc, d.punten[0]) : 2 * TEKSTREGEL);
      if (d.punten.length === 0) {
        getagd(doc, punten, 'P', () => stijl(doc, 'cursief', GROOTTE.tekst, KLEUR.grijs).text(besluiten ? 'Geen besluiten vastgelegd.' : 'Geen agendapunten.', LINKS, doc.y, { width: BREEDTE }));
      }
      for (const p of d.punten) punt(doc, p, besluiten, vervolg, punten);
      punten.end();
      hoofd.end();
      return {
        artefact: true,
        penvoerder: d.penvoerder,
        bestandsnaam: d.bestandsnaam,
        titel: titel(d),
        datum: korteDatum(d.overleg.datum),
        voet: `controlegetal auditlog ${korteKop(d.auditKop)} · gegenereerd ${gegenereerd(d.gegenereerdOp)}`,
        perPagina: (i) => {
          const doorlopend = vervolg.perPagina.get(i);
          if (!doorlopend) return;
          const tekst = `Vervolg van punt ${doorlopend.nummer}: ${doorlopend.titel}`;
          stijl(doc, 'cursief', GROOTTE.klein, KLEUR.grijs);
          // One line; a long title is shortened rather than run into the content below.
          let regel = tekst;
          while (regel.length > 20 && doc.widthOfString(regel) > BREEDTE) regel = `${regel.slice(0, -2).trimEnd()}…`;
          doc.text(regel, LINKS, KOPLIJN_Y + 9, { lineBreak: false });
        },
      };
    },
  );
}

/**
 * The house style for other documents made the same way (the inzage answer, art. 25.3): page, type,
 * colours, fonts and the drawing helpers, so every PDF of the programme looks and reads alike.
 */
export const PDF_STIJL = {
  PAGINA, LINKS, BREEDTE, RECHTS, KOP_Y, KOPLIJN_Y, BOVEN, VOETLIJN_Y, ONDER, KLEUR, GROOTTE, REGELAFSTAND, VERTROUWELIJK,
  lettertypen, stijl, ruimte, lijn, sectie, veld, korteKop, gegenereerd, pdfMaken,
} as const;
