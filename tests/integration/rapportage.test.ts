/**
 * The half-yearly report and analyses under a Stuurgroep decision (art. 12.2.3, 12.43, 19, 31.2; docs/ontwerp.md
 * §13) on a real SQLCipher file: the figures equal a naive recount of generated records wherever they are
 * shown, suppression holds in the figures, the CSV and the PDF text, the PDF is tagged with page numbers and
 * the confidentiality line, and an analysis beyond the report runs only under a decision that covers it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { maandenVan, type Rapportcijfers } from '@shared/domein/analyse';
import { pdfLezen } from '../fixtures/pdf-lezen';
import { aanroeper, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const BRONNEN = ['politie', 'zorgpartner', 'gemeente-veiligheid', 'szw-arbeidsinspectie', 'coa'];
const FASEN = ['signaal', 'dossier', 'besluit', 'overdracht'];
const VORMEN = ['seksuele-uitbuiting', 'sociaal-economische-uitbuiting', 'seksuele-uitbuiting,sociaal-economische-uitbuiting'];

interface Gegenereerd {
  maand: string;
  bronsoort: string;
  fase: string;
  soort: string;
}

describe('halfjaarrapportage (art. 12.2.3, 12.43, 31.2) en analyses onder een besluit (art. 19.2)', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const records: Gegenereerd[] = [];

  beforeAll(async () => {
    werk = await tijdelijkeMap('rapportage');
    router = maakRouter({ werkmap: werk });
    klokZetten('2026-12-02T10:00:00Z');
    await roep('bestand.maken', { map: 'centraal', naam: 'Proefregio Rapport', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: 'synthetisch-wachtwoord-1' });
    // Generated records straight into the store: skewed, so that many cells are small.
    let zaad = 11;
    const r = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kies = <T,>(xs: readonly T[], scheef = 1.6) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(r(), scheef) * xs.length))]!;
    const v = router.sessie.open!.v;
    await v.transactie(async () => {
      for (let i = 0; i < 420; i++) {
        const g = { maand: kies([...maandenVan('2026-H1'), ...maandenVan('2025-H2')], 1), bronsoort: kies(BRONNEN), fase: kies(FASEN), soort: kies(VORMEN) };
        records.push(g);
        await v.run(
          `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
             VALUES (?, ?, ?, 'horeca', ?, ?, '23-29', 'vrouw', 'NL', 'open', 'nog geen besluit')`,
          [1_000_000 + i * 7919, g.maand, g.soort, g.bronsoort, g.fase],
        );
      }
      for (let i = 0; i < 30; i++) {
        await v.run("INSERT INTO analyse_interventies (id, maand, partner, partnersoort, termijn) VALUES (?, '2026-03', ?, 'politie', ?)", [9_000_000 + i, i % 3 ? 'POLITIE' : 'OM', i % 4 ? 'op-tijd' : 'verlopen']);
      }
    });
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router.afsluiten();
    await opruimen(werk);
  });

  it('de cijfers zijn een naïeve hertelling waar ze getoond worden, en nergens onder de vijf', async () => {
    const c = await roep<Rapportcijfers>('rapportage.cijfers', { periode: '2026-H1' });
    const inPeriode = records.filter((x) => x.maand >= '2026-01' && x.maand <= '2026-06');
    const bron = c.tabellen.find((t) => t.id === 'signalen-bron')!;
    expect(bron.rijen).toEqual(maandenVan('2026-H1'));
    let verborgen = 0;
    bron.rijen.forEach((m, a) =>
      bron.kolommen.forEach((k, b) => {
        const cel = bron.cellen[a]![b]!;
        if (cel === null) verborgen++;
        else expect(cel).toBe(inPeriode.filter((x) => x.maand === m && x.bronsoort === k).length);
      }),
    );
    expect(verborgen, 'de gegenereerde gegevens hebben kleine cellen').toBeGreaterThan(0);
    expect(bron.totaal).toBe(inPeriode.length);
    const trechter = c.tabellen.find((t) => t.id === 'trechter')!;
    trechter.rijen.forEach((f, a) => trechter.cellen[a]![0] !== null && expect(trechter.cellen[a]![0]).toBe(inPeriode.filter((x) => x.fase === f).length));
    expect(c.trend.at(-1)!.signalen).toBe(inPeriode.length);
    expect(c.trend.at(-2)!.signalen).toBe(records.length - inPeriode.length);
    for (const t of c.tabellen) {
      for (const c2 of [...t.cellen.flat(), ...t.rijtotalen, ...t.kolomtotalen, t.totaal]) if (c2 !== null) expect(c2, t.id).toBeGreaterThanOrEqual(5);
    }
    const iv = c.tabellen.find((t) => t.id === 'interventies')!;
    expect(iv.rijtotalen).toEqual([10, 20]);
  });

  it('één klik: PDF met grafieken en tabellen als CSV, kleine aantallen als "< 5"', async () => {
    await roep('rapportage.analyseOpslaan', { periode: '2026-H1', tekst: 'Het aantal signalen van de zorgpartners steeg.\n\nDe arbeidsinspectie meldde minder.' });
    const fout = await router.aanroepen('rapportage.zorgOpslaan', { periode: '2026-H1', tekst: 'x' });
    expect(fout, 'het deel van de zorgcoördinator schrijft zij zelf (art. 12.43)').toMatchObject({ ok: false, fout: { code: 'GEEN_TOEGANG' } });
    const doel = path.join(werk, 'stick');
    await fs.mkdir(doel);
    const { bestanden } = await roep<{ bestanden: Array<{ bestandsnaam: string; pad: string }> }>('rapportage.maken', { periode: '2026-H1', doelmap: doel });
    expect(bestanden.map((b) => b.bestandsnaam)).toContain('halfjaarrapportage-2026-h1.pdf');
    expect(bestanden.filter((b) => b.bestandsnaam.endsWith('.csv')).length).toBe(8);

    for (const b of bestanden.filter((x) => x.bestandsnaam.endsWith('.csv'))) {
      const csv = await fs.readFile(b.pad, 'utf8');
      for (const veld of csv.replace(/^\uFEFF/, '').split(/\r\n/).slice(1).flatMap((r) => r.split(';').slice(1))) {
        if (/^\d+$/.test(veld)) expect(Number(veld), `${b.bestandsnaam}: ${veld}`).toBeGreaterThanOrEqual(5);
      }
    }
    const bron = await fs.readFile(bestanden.find((b) => b.bestandsnaam.endsWith('signalen-bron.csv'))!.pad, 'utf8');
    expect(bron).toContain('< 5');

    const pdf = await pdfLezen(bestanden.find((b) => b.bestandsnaam.endsWith('.pdf'))!.pad, { afbeeldingen: { map: path.resolve('test-artifacts/rapportage'), naam: 'halfjaarrapportage' } });
    expect(pdf.getagd).toBe(true);
    expect(pdf.paginas.length).toBeGreaterThanOrEqual(3);
    expect(pdf.tekst).toContain('Halfjaarrapportage mensenhandel, eerste helft 2026');
    expect(pdf.tekst).toContain('Vertrouwelijk — geheimhoudingsplicht op grond van art. 21.1');
    expect(pdf.tekst).toContain(`Pagina 1 van ${pdf.paginas.length}`);
    expect(pdf.tekst).toContain('Het aantal signalen van de zorgpartners steeg.');
    expect(pdf.tekst).toContain('Nog geen bijdrage van de zorgcoördinator.');
    expect(pdf.tekst).toContain('< 5');
    // The table text: after the month every number shown is at least five (the chart's axis is one line of months).
    for (const p of pdf.paginas) {
      for (const regel of p.split('\n').filter((x) => /^2026-0[1-6]\s/.test(x) && (x.match(/2026-0/g) ?? []).length === 1)) {
        for (const getal of regel.replace(/^2026-0\d/, '').replace(/< 5/g, '').match(/\b\d+\b/g) ?? []) expect(Number(getal), regel).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('een analyse buiten het rapport alleen onder een besluit van de Stuurgroep dat haar dekt (art. 19.2)', async () => {
    const zonder = await router.aanroepen('analyse.uitvoeren', { besluitId: 99, rij: 'leeftijdsband', kolom: null });
    expect(zonder).toMatchObject({ ok: false, fout: { code: 'CONVENANTREGEL', artikel: 'art. 19.2' } });
    const { id } = await roep<{ id: number }>('stuurgroep.besluitVastleggen', {
      datum: '2026-11-20',
      kenmerk: 'SG-2026-07',
      dimensies: ['bronsoort', 'fase'],
      vorm: 'tabel',
      zichtbaarVoor: ['ketenregisseur', 'zorgcoordinator'],
    });
    const buiten = await router.aanroepen('analyse.uitvoeren', { besluitId: id, rij: 'bronsoort', kolom: 'sector' });
    expect(buiten).toMatchObject({ ok: false, fout: { code: 'CONVENANTREGEL', artikel: 'art. 19.2', meldingcode: 'analyse.buitenBesluit' } });
    const t = await roep<{ rijen: string[]; cellen: Array<Array<number | null>>; totaal: number | null }>('analyse.uitvoeren', { besluitId: id, rij: 'bronsoort', kolom: 'fase' });
    expect(t.totaal).toBe(records.length);
    t.cellen.flat().forEach((c) => c !== null && expect(c).toBeGreaterThanOrEqual(5));
    await roep('stuurgroep.besluitIntrekken', { id });
    const lijst = await roep<Array<{ id: number; geldig: boolean }>>('stuurgroep.besluiten');
    expect(lijst).toEqual([expect.objectContaining({ id, geldig: false })]);
    expect(await router.aanroepen('analyse.uitvoeren', { besluitId: id, rij: 'bronsoort', kolom: 'fase' })).toMatchObject({ ok: false, fout: { artikel: 'art. 19.2' } });
  });
});
