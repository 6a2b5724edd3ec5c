/**
 * Agenda and decision list as PDF (docs/ontwerp.md §3 "Overleggen"), read back the way a recipient would: the text
 * as PDF.js extracts it, page by page. The meeting, its people and cases are synthetic.
 * Both documents are also rendered to PNG in test-artifacts/pdf/ (git-ignored) to look at.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OverlegDocument } from '../../electron/backend/overleg/documenttypen';
import { langeDatum, overlegPdf } from '../../electron/backend/overleg/pdf';
import { pdfLezen, type GelezenPdf } from '../fixtures/pdf-lezen';

const ARTEFACTEN = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'pdf');
const VERTROUWELIJK = 'Vertrouwelijk — geheimhoudingsplicht op grond van art. 21.1 van het Convenant Ketensamenwerking Mensenhandel';
const AUDITKOP = '3f2a6b0e4c8d1a7f5e2b9c0d3a6f8e1b2c4d7a9e0f1b3c5d7e9a2b4c6d8e9c1d';

const LANGE_SAMENVATTING = [
  'Uit drie signalen van de Arbeidsinspectie en de gemeente blijkt dat op een tuinbouwbedrijf aan de rand van Voorbeeldstad een groep van ongeveer twaalf arbeidsmigranten werkt die volgens omwonenden in een loods op het terrein overnachten. De werknemers zouden hun identiteitspapieren bij aankomst hebben moeten afgeven aan een bemiddelaar, die ook het vervoer van en naar het werk regelt.',
  'Bij een controle in november trof de Arbeidsinspectie werkroosters aan van meer dan zestig uur per week. Volgens twee werknemers wordt er € 450 per maand ingehouden voor huisvesting en € 120 voor vervoer, waardoor er van het loon weinig overblijft. Een van hen is later door de zorgcoördinator gesproken en heeft aangegeven bang te zijn voor de bemiddelaar, die dreigt met ontslag en met het informeren van familie in het land van herkomst.',
  'De GGD meldt dat een werknemer met een arbeidsongeval niet naar de huisarts mocht en pas na tussenkomst van een collega is behandeld. De politie heeft kennis van eerdere meldingen over dezelfde bemiddelaar in een andere gemeente, maar die zijn destijds niet tot een dossier gekomen. De zorgcoördinator heeft via het zorgoverleg navraag gedaan naar beschikbare opvangplaatsen; er zijn op dit moment twee plaatsen beschikbaar bij een regionale opvanginstelling.',
  'Het voorbereidingsteam stelt voor het dossier te wegen als mogelijke arbeidsuitbuiting en de interventies te verdelen over Arbeidsinspectie, politie en zorgcoördinator, met als eerste stap een gezamenlijke controle en het aanbieden van opvang aan de werknemers die dat willen. Daarbij moet rekening worden gehouden met de positie van de werknemers: een controle mag niet leiden tot het verlies van huisvesting zonder dat opvang beschikbaar is.',
  'Ideeën uit het vorige casusoverleg: een geïnterviewde medewerker van een café in de buurt heeft verklaard dat de groep ’s avonds wordt opgehaald door een busje met een buitenlands kenteken. De coördinatie van de opvolging ligt bij de ketenregisseur.',
].join('\n\n');

function document(soort: OverlegDocument['soort'], ontvanger: OverlegDocument['ontvanger']): OverlegDocument {
  const besluiten = soort === 'besluitenlijst';
  const besluit = <T extends object>(x: T): T | Record<string, never> => (besluiten ? x : {});
  return {
    soort,
    penvoerder: 'College van B&W van de gemeente Voorbeeldstad',
    bestandsnaam: 'Ketensamenwerking Mensenhandel Regio Voorbeeld',
    overleg: { soort: 'casusoverleg', datum: '2026-01-15', tijd: '09:30 – 11:30', locatie: 'Stadskantoor Voorbeeldstad, zaal 4.12', voorzitter: 'mr. A.M. de Vries (ketenregisseur)' },
    ontvanger,
    deelnemers: [
      { naam: 'mr. A.M. de Vries', organisatie: 'Gemeente Voorbeeldstad, Directie Veiligheid', aanwezig: besluiten ? true : null },
      { naam: 'Fatma Yıldız', organisatie: 'Zorgcoördinatie Regio Voorbeeld', aanwezig: besluiten ? true : null },
      { naam: 'Noëlle Brouwer', organisatie: 'Openbaar Ministerie, Arrondissementsparket Voorbeeld', aanwezig: besluiten ? true : null },
      { naam: 'Sjoerd Kuiper', organisatie: 'Politie Eenheid Voorbeeld', aanwezig: besluiten ? true : null },
      { naam: 'Zoë van Dijk', organisatie: 'GGD Regio Voorbeeld', aanwezig: besluiten ? false : null },
      { naam: 'Bram Hendriks', organisatie: 'Nederlandse Arbeidsinspectie', aanwezig: besluiten ? true : null },
      { naam: 'dr. Ștefan Popescu', organisatie: 'Universiteit Voorbeeld', deskundige: true, geheimhoudingGetekend: '2026-01-12', aanwezig: besluiten ? true : null },
      { naam: 'Łucja Nowak', organisatie: 'Tolkencentrum Voorbeeld', deskundige: true, geheimhoudingGetekend: null, aanwezig: null },
    ],
    punten: [
      {
        nummer: 1,
        titel: 'Dossier D-2026-003 — mogelijke arbeidsuitbuiting in een champignonkwekerij',
        soort: 'dossier',
        samenvatting: 'Werknemers wonen op het bedrijfsterrein en geven aan dat zij hun paspoort hebben afgegeven; er is sprake van schulden bij de werkgever.',
        aantalSignalen: 4,
        bronnen: ['Nederlandse Arbeidsinspectie', 'Politie Eenheid Voorbeeld'],
        indicatoren: ['Identiteitspapieren ingenomen', 'Schuld bij werkgever of bemiddelaar', 'Huisvesting via werkgever'],
        voorgesteldePartners: ['Nederlandse Arbeidsinspectie', 'Politie Eenheid Voorbeeld'],
        afgeschermd: ontvanger ? ['2 signalen van de Belastingdienst (art. 18.2)'] : [],
        ...besluit({
          kwalificatie: 'arbeidsuitbuiting',
          besluit: 'Interventies toegewezen',
          interventies: [
            { partner: 'Nederlandse Arbeidsinspectie', omschrijving: 'Bedrijfscontrole', deadline: '2026-02-13' },
            { partner: 'Politie Eenheid Voorbeeld', omschrijving: 'Verhoor bemiddelaar', deadline: '2026-02-27' },
          ],
          notities: 'Opvang vooraf afstemmen met de zorgcoördinator.',
        }),
      },
      {
        nummer: 2,
        titel: 'Signaal S-2026-0141 — minderjarige in een massagesalon',
        soort: 'signaal',
        samenvatting: 'Een medewerker van de GGD zag bij een intake een meisje dat zegt 19 te zijn maar jonger lijkt; zij betaalt € 80 per dag voor een kamer.',
        aantalSignalen: 1,
        bronnen: ['GGD Regio Voorbeeld'],
        indicatoren: ['Jeugdprostitutie (jonger dan 23, voetnoot 13)'],
        voorgesteldePartners: ['Bureau Jeugdzorg', 'Politie Eenheid Voorbeeld'],
        afgeschermd: [],
        ...besluit({ kwalificatie: 'seksuele uitbuiting', besluit: 'Terug naar dossiervorming', interventies: [], notities: '' }),
      },
      {
        nummer: 3,
        titel: 'Spoedbesluit van 12 januari — opvang voor twee slachtoffers',
        soort: 'spoed',
        samenvatting: 'Ter bevestiging: de ketenregisseur en de zorgcoördinator hebben op 12 januari opvang geregeld zonder het casusoverleg af te wachten.',
        aantalSignalen: 2,
        bronnen: ['Zorgcoördinatie Regio Voorbeeld'],
        indicatoren: [],
        voorgesteldePartners: [],
        afgeschermd: ontvanger ? ['1 antwoord op navraag van het Openbaar Ministerie (art. 21.8)'] : [],
        ...besluit({ besluit: 'Spoedbesluit bevestigd' }),
      },
      {
        nummer: 4,
        titel: 'Dossier D-2025-118 — tuinbouwbedrijf, huisvesting en inhoudingen op het loon van arbeidsmigranten',
        soort: 'dossier',
        samenvatting: LANGE_SAMENVATTING,
        aantalSignalen: 7,
        bronnen: ['Nederlandse Arbeidsinspectie', 'Gemeente Voorbeeldstad', 'GGD Regio Voorbeeld', 'Politie Eenheid Voorbeeld'],
        indicatoren: ['Identiteitspapieren ingenomen', 'Buitensporige werktijden', 'Inhoudingen op het loon', 'Huisvesting via werkgever', 'Bedreiging van familie', 'Geen toegang tot medische zorg'],
        voorgesteldePartners: ['Nederlandse Arbeidsinspectie', 'Politie Eenheid Voorbeeld', 'Zorgcoördinatie Regio Voorbeeld'],
        afgeschermd: ontvanger ? ['3 signalen van de Belastingdienst (art. 18.2)', '1 signaal van de zorgcoördinator zonder instemming (art. 21.5)'] : [],
        ...besluit({
          kwalificatie: 'arbeidsuitbuiting',
          besluit: 'Interventies toegewezen',
          interventies: [
            { partner: 'Nederlandse Arbeidsinspectie', omschrijving: 'Gezamenlijke controle met de politie', deadline: '2026-01-30' },
            { partner: 'Politie Eenheid Voorbeeld', omschrijving: 'Onderzoek naar de bemiddelaar en het vervoer, met navraag bij de eenheid waar eerdere meldingen zijn gedaan', deadline: '2026-03-16' },
            { partner: 'Zorgcoördinatie Regio Voorbeeld', omschrijving: 'Opvang aanbieden', deadline: '2026-01-29' },
          ],
          notities: 'Terugmelding van alle partners in het casusoverleg van maart; de positie van de werknemers weegt zwaar (art. 21.6).',
        }),
      },
    ],
    auditKop: AUDITKOP,
    gegenereerdOp: '2026-01-08T09:12:00.000Z',
  };
}

const ONTVANGER = { naam: 'Sjoerd Kuiper', organisatie: 'Politie Eenheid Voorbeeld' };

let werk: string;
const gelezen = new Map<string, GelezenPdf>();

/** Writes the PDF to the test's temp dir (as a recipient gets it), reads it back, renders PNGs to look at. */
async function lees(naam: string, pdf: Buffer, afbeeldingen = false): Promise<GelezenPdf> {
  const bestand = path.join(werk, `${naam}.pdf`);
  await fsp.writeFile(bestand, pdf);
  if (afbeeldingen) {
    await fsp.mkdir(ARTEFACTEN, { recursive: true });
    for (const oud of await fsp.readdir(ARTEFACTEN)) if (oud.startsWith(`${naam}-`)) await fsp.rm(path.join(ARTEFACTEN, oud));
  }
  return pdfLezen(bestand, afbeeldingen ? { afbeeldingen: { map: ARTEFACTEN, naam, schaal: 0.8 } } : {});
}
const plat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  werk = await fsp.mkdtemp(path.join(os.tmpdir(), 'kb-overleg-pdf-'));
  gelezen.set('agenda', await lees('agenda', await overlegPdf(document('agenda', ONTVANGER)), true));
  gelezen.set('besluitenlijst', await lees('besluitenlijst', await overlegPdf(document('besluitenlijst', null)), true));
}, 120_000);
afterAll(async () => {
  if (werk) await fsp.rm(werk, { recursive: true, force: true });
});

describe.each(['agenda', 'besluitenlijst'] as const)('%s van een casusoverleg', (soort) => {
  const pdf = () => gelezen.get(soort)!;

  it(`titel, datum voluit, tijd, locatie en voorzitter`, () => {
    expect(pdf().tekst).toContain(soort === 'agenda' ? 'Agenda casusoverleg' : 'Besluitenlijst casusoverleg');
    expect(pdf().tekst).toContain('donderdag 15 januari 2026');
    expect(pdf().tekst).toContain('09:30 – 11:30');
    expect(pdf().tekst).toContain('Stadskantoor Voorbeeldstad, zaal 4.12');
    expect(pdf().tekst).toContain('mr. A.M. de Vries (ketenregisseur)');
    expect(pdf().tekst).toContain('College van B&W van de gemeente Voorbeeldstad');
    expect(pdf().tekst).toContain('Ketensamenwerking Mensenhandel Regio Voorbeeld');
  });

  it('art. 21.1: op elke pagina de geheimhoudingsregel, "Pagina X van N" en het controlegetal van het auditlog in woorden', () => {
    const { paginas } = pdf();
    expect(paginas.length, 'het lange agendapunt loopt door op een volgende pagina').toBeGreaterThanOrEqual(2);
    paginas.forEach((p, i) => {
      expect(plat(p)).toContain(VERTROUWELIJK);
      expect(plat(p)).toContain(`Pagina ${i + 1} van ${paginas.length}`);
      expect(plat(p)).toContain('controlegetal auditlog 3f2a…9c1d');
      expect(plat(p)).not.toContain('auditkop');
    });
  });

  it('art. 21.3: deskundigen gemarkeerd, met of zonder getekende geheimhoudingsverklaring', () => {
    expect(pdf().tekst).toMatch(/Universiteit Voorbeeld dr\. Ștefan Popescu \(deskundige, geheimhouding getekend 12-01-2026/);
    expect(pdf().tekst).toMatch(/Tolkencentrum Voorbeeld Łucja Nowak \(deskundige, geheimhouding nog niet getekend\)/);
    expect(pdf().tekst).toContain('(art. 21.3)');
  });

  it('agendapunten genummerd, met samenvatting, aantal signalen, bronnen, indicatoren en voorgestelde partners', () => {
    const t = pdf().tekst;
    expect(t).toContain('1. Dossier D-2026-003 — mogelijke arbeidsuitbuiting');
    expect(t).toContain('2. Signaal S-2026-0141');
    expect(t).toContain('3. Spoedbesluit van 12 januari');
    expect(t).toMatch(/Signalen 4 Bronnen Nederlandse Arbeidsinspectie, Politie Eenheid Voorbeeld/);
    expect(t).toContain('Identiteitspapieren ingenomen; Schuld bij werkgever of bemiddelaar');
    expect(t).toContain('spoed (art. 12.21)');
    // The long item runs on to a later page, in full.
    expect(t).toContain('De coördinatie van de opvolging ligt bij de ketenregisseur.');
  });

  it('Nederlandse tekst en namen van elders in Europa komen met de juiste letters terug', () => {
    for (const woord of ['Zoë van Dijk', 'Noëlle', 'Fatma Yıldız', 'Ștefan', 'Łucja', 'Ideeën', 'geïnterviewde', 'café', 'coördinatie', '€ 450', '€ 80']) {
      expect(pdf().tekst).toContain(woord);
    }
  });

  it('bevat niets wat niet in de documentgegevens staat (controle op de controle)', () => {
    expect(pdf().tekst).not.toContain('Wilhelmina Oranje');
    expect(pdf().tekst).not.toContain('undefined');
    expect(pdf().tekst).not.toContain('null');
  });

  it('metadata: titel en penvoerder, geen persoonsgegevens', () => {
    const { titel, auteur, paginaformaat } = pdf();
    expect(titel).toMatch(/^(Agenda|Besluitenlijst) casusoverleg 15 januari 2026$/);
    expect(auteur).toBe('College van B&W van de gemeente Voorbeeldstad');
    expect(paginaformaat.map((x) => x.toFixed(2))).toEqual(['595.28', '841.89']);
    for (const naam of ['Kuiper', 'Yıldız', 'Popescu', 'de Vries', 'Dijk']) expect(`${titel} ${auteur}`).not.toContain(naam);
  });
});

describe('de versie voor een deelnemer (art. 9.4)', () => {
  it('noemt de ontvanger', () => {
    expect(gelezen.get('agenda')!.tekst).toContain('Versie voor: Sjoerd Kuiper, Politie Eenheid Voorbeeld');
    expect(gelezen.get('besluitenlijst')!.tekst).toContain('Volledige versie (voorzitter)');
  });

  it('noemt bij het punt zelf wat is weggelaten, met het artikel (art. 18.2, 21.5, 21.8; issue 11 §7)', () => {
    const t = gelezen.get('agenda')!.tekst;
    // Directly under the point's heading, before its summary: the point's own omissions.
    expect(t).toMatch(/1\. Dossier D-2026-003 [^]*?Weggelaten: 2 signalen van de Belastingdienst, art\. 18\.2 Werknemers wonen op het bedrijfsterrein/);
    expect(t).toMatch(/3\. Spoedbesluit van 12 januari [^]*?Weggelaten: 1 antwoord op navraag van het Openbaar Ministerie, art\. 21\.8 Ter bevestiging/);
    expect(t).toMatch(/4\. Dossier D-2025-118 [^]*?Weggelaten: 3 signalen van de Belastingdienst, art\. 18\.2 Weggelaten: 1 signaal van de zorgcoördinator zonder instemming, art\. 21\.5 Uit drie signalen/);
    expect(t).not.toMatch(/2\. Signaal S-2026-0141 [^]*?Weggelaten[^]*?3\. Spoedbesluit/);
    expect(t).toContain('wat is weggelaten staat bij het agendapunt zelf');
    expect(gelezen.get('besluitenlijst')!.tekst).not.toContain('Weggelaten');
  });

  it('een geanonimiseerde samenvatting zegt bij het punt wat eruit is vervangen (art. 6.2)', async () => {
    const d = document('agenda', ONTVANGER);
    const punten = [{ ...d.punten[1]!, samenvatting: '[naam] (geb. [geboortedatum]) belt vanaf [telefoon] en werkt in de kas.' }];
    const { tekst } = await lees('agenda-geanonimiseerd', await overlegPdf({ ...d, punten }));
    expect(tekst).toContain('Weggelaten: namen, geboortedata, telefoonnummers uit de samenvatting (geanonimiseerd), art. 6.2');
  });

  it('een ontvanger zonder aparte persoonsnaam staat er één keer', async () => {
    const pdf = await overlegPdf({ ...document('agenda', { naam: 'Politie Eenheid Voorbeeld', organisatie: 'Politie Eenheid Voorbeeld' }), punten: [] });
    const { tekst } = await lees('agenda-organisatie', pdf);
    expect(tekst).toContain('Versie voor: Politie Eenheid Voorbeeld ');
    expect(tekst).not.toContain('Versie voor: Politie Eenheid Voorbeeld, Politie Eenheid Voorbeeld');
    expect(tekst).toContain('Geen agendapunten.');
  });
});

describe('besluitenlijst (art. 12.11)', () => {
  const ruw = () => gelezen.get('besluitenlijst')!.paginas.join('\n');
  const t = () => gelezen.get('besluitenlijst')!.tekst;

  it('kwalificatie, besluit en notities per punt', () => {
    expect(t()).toContain('Kwalificatie arbeidsuitbuiting');
    expect(t()).toContain('Besluit Interventies toegewezen');
    expect(t()).toContain('Besluit Terug naar dossiervorming');
    expect(t()).toContain('Besluit Spoedbesluit bevestigd');
    expect(t()).toContain('Notities Opvang vooraf afstemmen met de zorgcoördinator.');
  });

  it.each([
    ['Nederlandse Arbeidsinspectie', 'Bedrijfscontrole', '13-02-2026'],
    ['Politie Eenheid Voorbeeld', 'Verhoor bemiddelaar', '27-02-2026'],
    ['Nederlandse Arbeidsinspectie', 'Gezamenlijke controle met de politie', '30-01-2026'],
    ['Zorgcoördinatie Regio Voorbeeld', 'Opvang aanbieden', '29-01-2026'],
  ])('interventietabel: %s — %s — %s', (partner, omschrijving, deadline) => {
    // One row of the table is one line of the page: partner, description and Dutch due date side by side.
    expect(ruw()).toMatch(new RegExp(`${partner}\\s{2,}${omschrijving}\\s{2,}${deadline}`));
  });

  it('een punt dat doorloopt op een nieuwe pagina zegt daar van welk punt het een vervolg is', () => {
    const { paginas } = gelezen.get('besluitenlijst')!;
    const metVervolg = paginas.map((p, i) => [i + 1, plat(p).includes('Vervolg van punt 4: Dossier D-2025-118')] as const).filter(([, ja]) => ja);
    expect(metVervolg.length).toBeGreaterThanOrEqual(1);
    expect(metVervolg.map(([n]) => n)).not.toContain(1);
    expect(plat(paginas[0]!)).not.toContain('Vervolg van punt');
  });

  it('aanwezigheid per deelnemer', () => {
    expect(t()).toContain('GGD Regio Voorbeeld Zoë van Dijk (afwezig)');
    expect(t()).toContain('Politie Eenheid Voorbeeld Sjoerd Kuiper (aanwezig)');
  });
});

describe('titel per soort document en overleg', () => {
  it.each([
    ['agenda', 'zorgoverleg', 'Agenda zorgoverleg'],
    ['besluitenlijst', 'zorgoverleg', 'Besluitenlijst zorgoverleg'],
    ['agenda', 'stuurgroep', 'Agenda stuurgroep'],
    ['besluitenlijst', 'zorggroep', 'Besluitenlijst zorggroep'],
  ] as const)('%s %s → "%s"', async (soort, overlegsoort, titel) => {
    const d = document(soort, null);
    const pdf = await overlegPdf({ ...d, overleg: { ...d.overleg, soort: overlegsoort, datum: '2026-02-03' }, punten: d.punten.slice(0, 1) });
    const { tekst } = await lees(`titel-${soort}-${overlegsoort}`, pdf);
    expect(tekst).toContain(`${titel} Datum dinsdag 3 februari 2026`);
  });
});

describe('lange datum', () => {
  it.each([
    ['2026-01-15', 'donderdag 15 januari 2026'],
    ['2028-02-29', 'dinsdag 29 februari 2028'],
    ['2026-12-31', 'donderdag 31 december 2026'],
    ['2027-03-01', 'maandag 1 maart 2027'],
  ])('%s → %s', (iso, lang) => expect(langeDatum(iso)).toBe(lang));
});

describe('docs/ontwerp.md §5: geen platte tekst op schijf', () => {
  it('overlegPdf maakt geen bestanden, ook geen tijdelijke', async () => {
    const leeg = await fsp.mkdtemp(path.join(os.tmpdir(), 'kb-overleg-pdf-tmp-'));
    const cwdVoor = fs.readdirSync(process.cwd()).sort();
    const tmpdirVoor = process.env.TMPDIR;
    process.env.TMPDIR = leeg;
    const schrijvers = [
      ...(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream', 'mkdtemp', 'mkdtempSync', 'copyFile', 'copyFileSync', 'rename', 'renameSync'] as const).map((m) =>
        vi.spyOn(fs, m),
      ),
      ...(['writeFile', 'appendFile', 'mkdtemp', 'copyFile', 'rename'] as const).map((m) => vi.spyOn(fs.promises, m)),
    ];
    try {
      const pdf = await overlegPdf(document('besluitenlijst', ONTVANGER));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      for (const spion of schrijvers) expect(spion).not.toHaveBeenCalled();
      expect(fs.readdirSync(leeg)).toEqual([]);
      expect(fs.readdirSync(process.cwd()).sort()).toEqual(cwdVoor);
    } finally {
      for (const spion of schrijvers) spion.mockRestore();
      if (tmpdirVoor === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdirVoor;
      await fsp.rm(leeg, { recursive: true, force: true });
    }
  });
});

/**
 * Issue 11 §7: no heading as the last thing on a page. Agendas of six points whose first summary grows a
 * line at a time move every heading (the section's, each point's, "Interventies") past the bottom of a
 * page once; each page must end in content, never in a heading that waits for its text on the next.
 */
describe('geen kop als laatste regel van een pagina', () => {
  const KOPPEN = new Set(['Genodigden', 'Deelnemers', 'Agendapunten', 'Besluiten', 'Interventies']);
  const isKop = (regel: string) => KOPPEN.has(regel.trim()) || /^\d+\. \S/.test(regel.trim());

  it.each(['agenda', 'besluitenlijst'] as const)('%s: bij elke lengte van deelnemerslijst en eerste punt', async (soort) => {
    const basis = document(soort, ONTVANGER);
    const zin = 'Een regel tekst over de situatie op het bedrijf, zoals de melder haar beschreef. ';
    let paginas = 0;
    // Longer lists of participants move the section heading down the first page; longer first points move the rest.
    for (let n = 0; n <= 26; n += 2) {
      const punten = [...basis.punten, ...basis.punten.slice(0, 2)].map((p, i) => ({ ...p, nummer: i + 1, ...(i === 0 ? { samenvatting: zin.repeat(n % 7) } : {}) }));
      const deelnemers = [...basis.deelnemers, ...Array.from({ length: n * 2 }, (_, i) => ({ naam: `Deelnemer ${i + 1}`, organisatie: `Partner ${i + 1}`, aanwezig: null }))];
      const gelezen = await pdfLezen(await overlegPdf({ ...basis, punten, deelnemers }));
      paginas = Math.max(paginas, gelezen.paginas.length);
      gelezen.paginas.slice(0, -1).forEach((pagina, i) => {
        const inhoud = pagina.split('\n').filter((r) => r.trim() && !r.includes('Vertrouwelijk — geheimhoudingsplicht') && !r.includes('controlegetal auditlog'));
        expect(isKop(inhoud.at(-1)!), `${soort}, eerste punt ${n} regels: pagina ${i + 1} eindigt in de kop "${inhoud.at(-1)}"`).toBe(false);
      });
    }
    expect(paginas).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe('getagde PDF (toegankelijkheid)', () => {
  it.each(['agenda', 'besluitenlijst'] as const)('%s: structuurboom en MarkInfo', async (soort) => {
    const pdf = await overlegPdf(document(soort, ONTVANGER));
    const ruw = pdf.toString('latin1');
    expect(ruw).toContain('/StructTreeRoot');
    expect(ruw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(ruw).toMatch(/\/Marked true/);
    expect(ruw).toContain('/S /H3');
    expect(ruw).toContain('/S /H1');
    expect(ruw).toContain('/S /H2');
    expect((await pdfLezen(pdf)).getagd).toBe(true);
  });
});
