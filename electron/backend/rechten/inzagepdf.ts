/**
 * The inzage answer as PDF (art. 25.3; ADR 0023), in the house style of the meeting documents
 * (overleg/pdf.ts): A4, the penvoerder in the header, the confidentiality line and "Pagina X van Y" in the
 * footer, DejaVu Sans. Unlike those it is tagged (a structure tree with headings, paragraphs and lists,
 * header and footer as artefacts), because it goes to a member of the public who may read it with a
 * screen reader. Built in memory; the caller decides where the bytes go.
 */
import type { InzageDocument, InzageOnderdeel } from '@shared/domein/inzage';
import { aanmaakdatum, langeDatum, PDF_STIJL } from '../overleg/pdf';

const { LINKS, BREEDTE, BOVEN, KLEUR, GROOTTE, REGELAFSTAND } = PDF_STIJL;
const { stijl, ruimte, lijn, korteKop, gegenereerd, pdfMaken } = PDF_STIJL;

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const TITEL = 'Overzicht van uw gegevens';

const SECTIES: Array<[InzageOnderdeel['soort'], string, string]> = [
  ['persoon', 'Uw persoonsgegevens', 'Zo staat u in het bestand. Als een melder uw naam anders schreef, staat elke schrijfwijze hier apart.'],
  ['signaal', 'Signalen over u', 'Een signaal is een melding van een organisatie dat er mogelijk sprake is van mensenhandel.'],
  ['dossier', 'Dossiers', 'Signalen over dezelfde zaak worden samen in een dossier gezet.'],
  ['besluit', 'Besluiten in overleggen', 'Wat het zorgoverleg of casusoverleg over de zaak heeft besloten.'],
  ['interventie', 'Acties van organisaties', 'Wat een organisatie naar aanleiding van het overleg moest doen.'],
  ['navraag', 'Navragen', 'Vragen aan organisaties wat zij over de zaak weten, en hun antwoorden.'],
  ['toestemming', 'Toestemmingen', 'Toestemmingen die nodig waren om gegevens te mogen delen.'],
  ['verstrekking', 'Aan wie uw gegevens zijn gegeven', 'Elke keer dat gegevens over u aan een organisatie zijn gegeven: wanneer, waarvoor en op grond van welk artikel van het convenant.'],
];

function alinea(doc: Pdf, ouder: Struct, tekst: string, opties: { letter?: 'regular' | 'vet' | 'cursief'; grootte?: number; kleur?: string; tag?: string; na?: number } = {}): void {
  stijl(doc, opties.letter ?? 'regular', opties.grootte ?? GROOTTE.tekst, opties.kleur ?? KLEUR.tekst);
  ruimte(doc, Math.min(doc.heightOfString(tekst, { width: BREEDTE, lineGap: REGELAFSTAND }), 40));
  ouder.add(
    doc.struct(opties.tag ?? 'P', {}, () => {
      stijl(doc, opties.letter ?? 'regular', opties.grootte ?? GROOTTE.tekst, opties.kleur ?? KLEUR.tekst).text(tekst, LINKS, doc.y, { width: BREEDTE, lineGap: REGELAFSTAND });
    }),
  );
  doc.y += opties.na ?? 3;
}

function kop(doc: Pdf, ouder: Struct, tekst: string, tag: 'H1' | 'H2' | 'H3'): void {
  if (tag === 'H2') {
    ruimte(doc, 70);
    doc.moveDown(0.6);
  } else ruimte(doc, 50);
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

/** A label and its value as one paragraph, so a screen reader reads them together. */
function veld(doc: Pdf, ouder: Struct, label: string, waarde: string): void {
  const labelBreedte = 125;
  stijl(doc, 'regular', GROOTTE.tekst);
  const h = doc.heightOfString(waarde, { width: BREEDTE - labelBreedte, lineGap: REGELAFSTAND });
  ruimte(doc, Math.min(h, 3 * GROOTTE.tekst * 1.4));
  const y = doc.y;
  ouder.add(
    doc.struct('P', {}, () => {
      stijl(doc, 'regular', GROOTTE.label, KLEUR.grijs).text(`${label}: `, LINKS, y + 0.8, { width: labelBreedte - 8 });
      const naLabel = doc.y;
      stijl(doc, 'regular', GROOTTE.tekst).text(waarde, LINKS + labelBreedte, y, { width: BREEDTE - labelBreedte, lineGap: REGELAFSTAND });
      // A label that wraps must not run into the next field.
      doc.y = Math.max(doc.y, naLabel);
    }),
  );
  doc.y += 3;
}

function onderdeel(doc: Pdf, ouder: Struct, o: InzageOnderdeel): void {
  const deel = doc.struct('Div');
  ouder.add(deel);
  kop(doc, deel, o.titel, 'H3');
  if (o.achtergehouden) {
    const a = o.achtergehouden;
    alinea(doc, deel, `Niet opgenomen op grond van ${a.artikel}: ${a.uitleg}.${a.toelichting ? ` ${a.toelichting}` : ''}`, { letter: 'cursief', kleur: KLEUR.grijs });
  }
  for (const v of o.velden) veld(doc, deel, v.label, v.waarde);
  if (o.opmerking) alinea(doc, deel, o.opmerking, { letter: 'cursief', grootte: GROOTTE.tekst - 0.5, kleur: KLEUR.grijs });
  deel.end();
  doc.y += 6;
}

function lijstMetPunten(doc: Pdf, ouder: Struct, regels: readonly string[]): void {
  const l = doc.struct('L');
  ouder.add(l);
  for (const r of regels) alinea(doc, l, `•  ${r}`, { tag: 'LI' });
  l.end();
}

/** What the tagged documents' frame names on every page: the controller, the bestand, the document and its date. */
export interface Kader {
  penvoerder: string;
  bestandsnaam: string;
  /** Right in the header, e.g. "Overzicht van uw gegevens (art. 25.3)". */
  titel: string;
  gemaaktOp: string;
  auditkop: string;
}

/**
 * A tagged document in the house style (the meeting documents' frame, marked as an artefact so a screen
 * reader skips it): `bouw` fills the structure under the root `Document` element. Metadata names the
 * document and the controller, never a person (art. 21.1).
 */
export function getagdePdf(titel: string, k: Kader, bouw: (doc: Pdf, hoofd: Struct) => void): Promise<Buffer> {
  return pdfMaken({ tagged: true, info: { Title: titel, Author: k.penvoerder, Subject: `${k.bestandsnaam} — vertrouwelijk`, CreationDate: aanmaakdatum(k.gemaaktOp) } }, (doc) => {
    const hoofd = doc.struct('Document');
    doc.addStructure(hoofd);
    doc.y = BOVEN;
    bouw(doc, hoofd);
    hoofd.end();
    return {
      penvoerder: k.penvoerder,
      bestandsnaam: k.bestandsnaam,
      titel: k.titel,
      datum: langeDatum(k.gemaaktOp),
      voet: `controlegetal auditlog ${korteKop(k.auditkop)} · gemaakt ${gegenereerd(k.gemaaktOp)}`,
      artefact: true,
    };
  });
}

export function inzagePdf(d: InzageDocument, auditkop: string): Promise<Buffer> {
  return getagdePdf(TITEL, { penvoerder: d.penvoerder, bestandsnaam: d.bestandsnaam, titel: `${TITEL} (art. 25.3)`, gemaaktOp: d.gemaaktOp, auditkop }, (doc, hoofd) => {
    kop(doc, hoofd, TITEL, 'H1');
    alinea(doc, hoofd, `U heeft gevraagd welke gegevens de ketensamenwerking mensenhandel over u heeft. Dit is het antwoord van ${d.penvoerder}, de penvoerder van het bestand (art. 25.3 van het convenant). Het overzicht is gemaakt op ${langeDatum(d.gemaaktOp)}.`, { na: 6 });
    if (d.aantalAchtergehouden > 0) {
      alinea(doc, hoofd, `${d.aantalAchtergehouden === 1 ? 'Eén onderdeel is' : `${d.aantalAchtergehouden} onderdelen zijn`} niet opgenomen. Dat mag alleen om de redenen van art. 25.4 van het convenant; bij elk onderdeel staat welke reden geldt. U kunt daartegen bezwaar maken bij de penvoerder.`, { letter: 'vet', na: 6 });
    }
    const inleiding = doc.struct('Sect');
    hoofd.add(inleiding);
    kop(doc, inleiding, 'Waarom wij deze gegevens hebben', 'H2');
    lijstMetPunten(doc, inleiding, d.doelen);
    kop(doc, inleiding, 'Welke soorten gegevens', 'H2');
    lijstMetPunten(doc, inleiding, d.categorieen.map((c) => `${c.naam}: ${c.uitleg}`));
    kop(doc, inleiding, 'Van wie de gegevens komen', 'H2');
    lijstMetPunten(doc, inleiding, d.bronnen.length ? d.bronnen : ['Geen bron vastgelegd.']);
    inleiding.end();
    for (const [soort, titel, uitleg] of SECTIES) {
      const hier = d.onderdelen.filter((o) => o.soort === soort);
      if (!hier.length && soort !== 'verstrekking') continue;
      const sect = doc.struct('Sect');
      hoofd.add(sect);
      kop(doc, sect, titel, 'H2');
      alinea(doc, sect, uitleg, { grootte: GROOTTE.klein, kleur: KLEUR.grijs, na: 6 });
      if (!hier.length) alinea(doc, sect, 'Er zijn geen gegevens over u aan anderen gegeven.');
      for (const o of hier) onderdeel(doc, sect, o);
      sect.end();
    }
  });
}
