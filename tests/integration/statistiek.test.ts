/**
 * The national picture without pooling case data (art. 19, 22.6, 31; ADR 0041) on real SQLCipher files: three
 * regions' centraal bestanden with generated analysis records each make a `statistiek` bundle for the EMM; the
 * EMM's partner installation reads all three and merges them. Every merged figure shown as a number equals a
 * naive recount over the three regions' records; every other one brackets it; no number under five is shown
 * or can be computed from the totals after merging; and a tampered or misaddressed bundle is refused in Dutch.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { auditKop } from '../../electron/backend/bestand/audit';
import { huidigeGeheimeSleutel } from '../../electron/backend/bestand/eigensleutel';
import { identiteitInstellen } from '../../electron/backend/bundels/identiteit';
import { bundelInlezen } from '../../electron/backend/bundels/inlezen';
import { INLEESHANDLERS } from '../../electron/backend/overdracht/inleeshandlers';
import { landelijkBeeldLezen, regioInstellen, statistiekMaken } from '../../electron/backend/rapportage/statistiek';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { BUNDELFORMAAT } from '@shared/domein/bundel';
import { DREMPEL, maandenVan, ONDERDREMPEL } from '@shared/domein/analyse';
import { isExact, lekkendeLijn, samenCelTekst, type SamenCel, type SamengevoegdeTabel, type StatistiekInhoud } from '@shared/domein/statistiek';
import { bestandMaken as bestandViaApi, faaltMet, geweigerd, ok, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';
import { bestandMaken, partnerIdVan, publiekeSleutel, sleutelOvernemen, verzegeldeJson } from './bundel-hulp';

const PERIODE = '2026-H1';
const REGIO = [
  { code: 'GEM-NOORD', naam: 'Gemeente Noordstad, Directie Veiligheid (synthetisch)', bestand: 'Proefregio Noord', regio: { code: 'NOORD', naam: 'Regio Noord (synthetisch)' }, zaad: 7, aantal: 260 },
  { code: 'GEM-OOST', naam: 'Gemeente Oostdorp, Directie Veiligheid (synthetisch)', bestand: 'Proefregio Oost', regio: { code: 'OOST', naam: 'Regio Oost (synthetisch)' }, zaad: 19, aantal: 90 },
  { code: 'GEM-ZUID', naam: 'Gemeente Zuidhaven, Directie Veiligheid (synthetisch)', bestand: 'Proefregio Zuid', regio: { code: 'ZUID', naam: 'Regio Zuid (synthetisch)' }, zaad: 31, aantal: 150 },
] as const;
const BRONNEN = ['politie', 'zorgpartner', 'gemeente-veiligheid', 'szw-arbeidsinspectie', 'coa', 'ind'];
const FASEN = ['signaal', 'dossier', 'besluit', 'overdracht'];
const VORMEN = ['seksuele-uitbuiting', 'sociaal-economische-uitbuiting', 'seksuele-uitbuiting,sociaal-economische-uitbuiting', ''];
const SECTOREN = ['seksbranche', 'horeca', 'bouw', 'land- en tuinbouw', 'schoonmaak', 'onbekend'];
const PARTNERS = ['POLITIE', 'OM', 'SZW-AI', 'IND'];
const TERMIJNEN = ['op-tijd', 'te-laat', 'lopend', 'verlopen'];

interface Record_ {
  regio: string;
  maand: string;
  bronsoort: string;
  fase: string;
  soort: string;
  sector: string;
}
interface Interventie {
  regio: string;
  partner: string;
  termijn: string;
}

/** The registry as the Stuurgroep set it up: `code` a party since 2024 (a synthetic regional organisation). */
async function partijToevoegen(b: Bestand, code: string, naam: string): Promise<number> {
  await b.v.run("INSERT INTO partners (code, naam, soort, land, rol, toegetreden_op, toelichting) VALUES (?, ?, 'gemeente-veiligheid', 'NL', 'partij', '2024-01-01', 'synthetisch')", [code, naam]);
  return partnerIdVan(b, code);
}

const vorm = (s: string) =>
  s.includes('seksuele-uitbuiting') && s.includes('sociaal-economische')
    ? 'beide'
    : s.includes('seksuele-uitbuiting')
      ? 'seksuele uitbuiting'
      : s.includes('sociaal-economische')
        ? 'sociaal-economische uitbuiting'
        : 'onbekend';

describe('landelijk beeld uit statistiekbundels van drie regio\'s (art. 19, 22.6, 31; ADR 0041)', () => {
  let werk: string;
  let stick: string;
  const regio: Bestand[] = [];
  let emm: Bestand;
  const records: Record_[] = [];
  const interventies: Interventie[] = [];
  const bundels: Array<{ pad: string; inhoud: StatistiekInhoud }> = [];

  beforeAll(async () => {
    klokZetten('2026-12-02T10:00:00Z');
    werk = await tijdelijkeMap('statistiek');
    stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
    emm = await bestandMaken(path.join(werk, 'emm'), 'partner', 'EMM Proefinstallatie');
    await identiteitInstellen(emm, await partnerIdVan(emm, 'EMM'));
    for (const r of REGIO) {
      const b = await bestandMaken(path.join(werk, r.code.toLowerCase()), 'centraal', r.bestand);
      regio.push(b);
      await identiteitInstellen(b, await partijToevoegen(b, r.code, r.naam));
      await regioInstellen(b, r.regio);
      await partijToevoegen(emm, r.code, r.naam);
      await sleutelOvernemen(b, emm, 'EMM');
      await sleutelOvernemen(emm, b, r.code);
      // Generated records straight into the analysis store: skewed, so that many cells are small.
      let zaad: number = r.zaad;
      const w = () => (zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648;
      const kies = <T,>(xs: readonly T[], scheef = 1.7) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(w(), scheef) * xs.length))]!;
      await b.v.transactie(async () => {
        for (let i = 0; i < r.aantal; i++) {
          const g = { regio: r.code, maand: kies(maandenVan(PERIODE), 1), bronsoort: kies(BRONNEN), fase: kies(FASEN), soort: kies(VORMEN), sector: kies(SECTOREN) };
          records.push(g);
          await b.v.run(
            `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
               VALUES (?, ?, ?, ?, ?, ?, '23-29', 'vrouw', 'NL', 'open', 'nog geen besluit')`,
            [1_000_000 + i * 7919, g.maand, g.soort, g.sector, g.bronsoort, g.fase],
          );
        }
        for (let i = 0; i < r.aantal / 6; i++) {
          const g = { regio: r.code, partner: kies(PARTNERS, 2), termijn: kies(TERMIJNEN, 1.4) };
          interventies.push(g);
          await b.v.run("INSERT INTO analyse_interventies (id, maand, partner, partnersoort, termijn) VALUES (?, '2026-03', ?, 'politie', ?)", [9_000_000 + i, g.partner, g.termijn]);
        }
      });
      const gemaakt = await statistiekMaken(b, { periode: PERIODE, aan: await partnerIdVan(b, 'EMM'), doelmap: stick });
      const c = (await b.v.get<{ details: string }>("SELECT details FROM audit WHERE actie = 'statistiek.verstrekt' ORDER BY volgnr DESC LIMIT 1"))!;
      expect(JSON.parse(c.details)).toMatchObject({ periode: PERIODE, aan: ['EMM'], artikel: 'art. 19, 22.6, 31' });
      bundels.push({ pad: gemaakt.pad, inhoud: undefined as unknown as StatistiekInhoud });
    }
  }, 300_000);

  afterAll(async () => {
    klokZetten(undefined);
    for (const b of [...regio, emm]) await b?.sluiten().catch(() => undefined);
    await opruimen(werk);
  });

  it('elke regio stuurt alleen onderdrukte cijfers: geen getal onder de vijf, geen casusgegevens', async () => {
    expect(bundels).toHaveLength(3);
    for (const [n, b] of bundels.entries()) {
      // The EMM decrypts with its own key: what the bundle holds, before the app reads it.
      const bericht = await openpgp.readMessage({ binaryMessage: await fs.readFile(b.pad) });
      const { data } = await openpgp.decrypt({ message: bericht, decryptionKeys: (await huidigeGeheimeSleutel(emm)).sleutel, format: 'binary' });
      const document = JSON.parse(new TextDecoder().decode(data as Uint8Array)) as { soort: string; van: { partner: string }; inhoud: StatistiekInhoud };
      expect(document.soort).toBe('statistiek');
      expect(document.van.partner).toBe(REGIO[n]!.code);
      b.inhoud = document.inhoud;
      // The region as its beheerder named it (ADR 0041, addendum), not the name of its bestand.
      expect(document.inhoud).toMatchObject({ versie: 2, regio: REGIO[n]!.regio.naam, regiocode: REGIO[n]!.regio.code });
      const getallen = JSON.stringify(document.inhoud.tabellen).match(/(?<![\w-])\d+(?![\w-])/g)?.map(Number) ?? [];
      for (const t of document.inhoud.tabellen) for (const c of [...t.cellen.flat(), ...t.rijtotalen, ...t.kolomtotalen, t.totaal]) if (c !== ONDERDREMPEL) expect(c).toBeGreaterThanOrEqual(DREMPEL);
      expect(getallen.length).toBeGreaterThan(0);
      expect(JSON.stringify(document.inhoud)).not.toMatch(/S-20\d\d-|D-20\d\d-|naam|geboortedatum/);
    }
  });

  it('een gewijzigde of verkeerd geadresseerde statistiekbundel wordt met een Nederlandse reden geweigerd', async () => {
    const bevestigingen = path.join(werk, 'bevestigingen');
    await fs.mkdir(bevestigingen, { recursive: true });
    const noord = regio[0]!;
    const sleutelNoord = (await huidigeGeheimeSleutel(noord)).sleutel;
    const emmSleutel = await publiekeSleutel(emm);
    const doc = async (extra: Record<string, unknown>) => ({
      formaat: BUNDELFORMAAT,
      id: crypto.randomUUID(),
      soort: 'statistiek',
      van: { partner: 'GEM-NOORD', bestandId: noord.instellingen.bestandId },
      aan: ['EMM'],
      aangemaakt: new Date().toISOString(),
      kop: (await auditKop(noord.v)).hash,
      inhoud: bundels[0]!.inhoud,
      ...extra,
    });
    const voor = (await emm.v.get<{ n: number }>('SELECT count(*) AS n FROM statistiek_bundels'))!.n;

    // Changed on the way: one byte of the file.
    const echt = await fs.readFile(bundels[0]!.pad);
    const gewijzigd = Uint8Array.from(echt);
    gewijzigd[Math.floor(gewijzigd.length / 2)]! ^= 0x55;
    const fout1 = await bundelInlezen(emm, gewijzigd, INLEESHANDLERS, { bevestigingMap: bevestigingen }).then(
      () => null,
      (e: Error & { code: string }) => e,
    );
    expect(fout1?.code).toMatch(/^BUNDEL_/);
    expect(fout1?.message).toMatch(/bundel|bestand|bericht/i);

    // Signed by the region, but with a small number put back into a cell: refused at check 7.
    const inhoud = structuredClone(bundels[0]!.inhoud);
    const t = inhoud.tabellen.find((x) => x.id === 'signalen-bron')!;
    const plek = t.cellen.flat().findIndex((c) => c === ONDERDREMPEL);
    expect(plek, 'de gegenereerde gegevens hebben een verborgen cel').toBeGreaterThanOrEqual(0);
    (t.cellen[Math.floor(plek / t.kolommen.length)]! as unknown[])[plek % t.kolommen.length] = 3;
    const fout2 = await faaltMet(bundelInlezen(emm, await verzegeldeJson(await doc({ inhoud }), sleutelNoord, [emmSleutel]), INLEESHANDLERS, { bevestigingMap: bevestigingen }), 'BUNDEL_INHOUD_ONGELDIG');
    expect(fout2.message).toBe('De inhoud van deze bundel (statistiek) voldoet niet aan het formaat ketenbundel/1; er is niets ingelezen.');

    // A table in which one hidden cell could be computed from its row total: refused too.
    const lek = structuredClone(bundels[0]!.inhoud);
    const tr = lek.tabellen.find((x) => x.id === 'signalen-bron')!;
    const rij = tr.cellen.findIndex((r) => r.filter((c) => c === ONDERDREMPEL).length >= 2);
    expect(rij).toBeGreaterThanOrEqual(0);
    tr.cellen[rij] = tr.cellen[rij]!.map((c, i) => (c === ONDERDREMPEL && i !== tr.cellen[rij]!.indexOf(ONDERDREMPEL) ? 5 : c));
    tr.rijtotalen[rij] = 500;
    await faaltMet(bundelInlezen(emm, await verzegeldeJson(await doc({ inhoud: lek }), sleutelNoord, [emmSleutel]), INLEESHANDLERS, { bevestigingMap: bevestigingen }), 'BUNDEL_INHOUD_ONGELDIG');

    // Addressed to the RIEC, though encrypted for the EMM's key: refused at check 5.
    const fout3 = await faaltMet(
      bundelInlezen(emm, await verzegeldeJson(await doc({ aan: ['RIEC'] }), sleutelNoord, [emmSleutel]), INLEESHANDLERS, { bevestigingMap: bevestigingen }),
      'BUNDEL_NIET_AAN_ONS',
    );
    expect(fout3.message).toBe('Deze bundel is gericht aan RIEC, niet aan EMM (deze installatie). Hij wordt niet ingelezen.');

    // A region's own centraal bestand is no place for another region's figures (art. 19).
    await partijToevoegen(regio[1]!, 'GEM-NOORD', REGIO[0].naam);
    await sleutelOvernemen(regio[1]!, noord, 'GEM-NOORD');
    const fout4 = await faaltMet(
      bundelInlezen(regio[1]!, await verzegeldeJson(await doc({ aan: ['GEM-OOST'] }), sleutelNoord, [await publiekeSleutel(regio[1]!)]), INLEESHANDLERS, { bevestigingMap: bevestigingen }),
      'CONVENANTREGEL',
    );
    expect(fout4.message).toMatch(/^Deze statistiekbundel van GEM-NOORD wordt niet ingelezen/);
    expect(fout4.artikel).toBe('art. 19');

    expect((await emm.v.get<{ n: number }>('SELECT count(*) AS n FROM statistiek_bundels'))!.n).toBe(voor);
  });

  it('de EMM leest alle drie in; samengevoegd is elk getoond getal een naïeve hertelling en houdt de onderdrukking stand', async () => {
    const bevestigingen = path.join(werk, 'bevestigingen-emm');
    await fs.mkdir(bevestigingen);
    for (const b of bundels) await bundelInlezen(emm, await fs.readFile(b.pad), INLEESHANDLERS, { bevestigingMap: bevestigingen });
    const beeld = await landelijkBeeldLezen(emm);
    expect(beeld.perioden.map((p) => p.periode)).toEqual([PERIODE]);
    const p = beeld.perioden[0]!;
    // Each figure traceable: region, signer fingerprint, date, per read bundle.
    expect(p.bronnen.map((b) => b.van.code)).toEqual(REGIO.map((r) => r.code));
    expect(p.bronnen.map((b) => [b.regiocode, b.inhoud.regio])).toEqual(REGIO.map((r) => [r.regio.code, r.regio.naam]));
    for (const b of p.bronnen) {
      expect(b.vingerafdruk).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){9}$/);
      expect(b.vervangen).toBe(false);
    }
    expect(new Set(p.bronnen.map((b) => b.vingerafdruk)).size).toBe(3);
    expect((await emm.v.get<{ n: number }>("SELECT count(*) AS n FROM audit WHERE actie = 'statistiek.bekeken'"))!.n).toBe(1);

    // Naive recounts over all three regions' generated records.
    const tellingen: Record<string, (r: string, k: string) => number> = {
      'signalen-bron': (r, k) => records.filter((x) => x.maand === r && x.bronsoort === k).length,
      'signalen-vorm': (r, k) => records.filter((x) => x.maand === r && vorm(x.soort) === k).length,
      trechter: (r) => records.filter((x) => x.fase === r).length,
      sectoren: (r, k) => records.filter((x) => x.sector === r && vorm(x.soort) === k).length,
      interventies: (r, k) => interventies.filter((x) => x.partner === r && x.termijn === k).length,
    };
    let exact = 0;
    let ondergrenzen = 0;
    let verborgenTotaal = 0;
    const controle = (c: SamenCel, echt: number, waar: string) => {
      const tekst = samenCelTekst(c);
      if (echt < DREMPEL) expect(tekst, `${waar}: ${echt} mag niet te zien zijn`).not.toBe(String(echt));
      if (isExact(c)) {
        exact++;
        expect(c.som, waar).toBe(echt);
        expect(echt, waar).toBeGreaterThanOrEqual(DREMPEL);
        expect(tekst).toBe(String(echt));
      } else {
        expect(echt, waar).toBeGreaterThanOrEqual(c.som);
        expect(tekst, waar).toMatch(/^(< 5|≥ \d+)$/);
        if (tekst.startsWith('≥')) ondergrenzen++;
      }
    };
    for (const [id, tel] of Object.entries(tellingen)) {
      const t = p.tabellen.find((x) => x.id === id)!;
      expect(t, id).toBeDefined();
      t.rijen.forEach((r, a) => {
        t.kolommen.forEach((k, b) => controle(t.cellen[a]![b]!, tel(r, k), `${id} ${r}/${k}`));
        controle(t.rijtotalen[a]!, t.kolommen.reduce((s, k) => s + tel(r, k), 0), `${id} ${r}/totaal`);
      });
      t.kolommen.forEach((k, b) => controle(t.kolomtotalen[b]!, t.rijen.reduce((s, r) => s + tel(r, k), 0), `${id} totaal/${k}`));
      controle(t.totaal, t.rijen.reduce((s, r) => s + t.kolommen.reduce((u, k) => u + tel(r, k), 0), 0), `${id} totaal`);
      verborgenTotaal += t.cellen.flat().filter((c) => !isExact(c)).length;
      // After merging no line has exactly one figure not shown exactly: nothing hidden follows by subtraction.
      expect(lekkendeLijn(alsCellen(t)), `${id}: een verborgen cel is uit een totaal te berekenen`).toBeNull();
    }
    expect(exact, 'er zijn samengevoegde getallen').toBeGreaterThan(10);
    expect(ondergrenzen, 'er zijn ondergrenzen ("≥ n") waar een regio een kleine cel had').toBeGreaterThan(0);
    expect(verborgenTotaal).toBeGreaterThan(0);
    // The key figures: signals in the half year over the three regions.
    expect(p.kerncijfers.signalen).toEqual({ som: records.length, verborgen: 0, ontbreekt: 0 });
  });

  it('een nieuwere bundel van dezelfde regio en periode vervangt de oudere in het landelijk beeld', async () => {
    const oost = regio[1]!;
    const gemaakt = await statistiekMaken(oost, { periode: PERIODE, aan: await partnerIdVan(oost, 'EMM'), doelmap: stick });
    const map = path.join(werk, 'bevestigingen-2');
    await fs.mkdir(map);
    await bundelInlezen(emm, await fs.readFile(gemaakt.pad), INLEESHANDLERS, { bevestigingMap: map });
    const p = (await landelijkBeeldLezen(emm)).perioden[0]!;
    const oost2 = p.bronnen.filter((b) => b.regiocode === 'OOST');
    expect(oost2.map((b) => b.vervangen)).toEqual([true, false]);
    // Why it no longer counts: the newer signed bundle of the same region and half year.
    expect(oost2[0]!.vervangenDoor).toBe(gemaakt.id);
    expect(oost2[1]!.bundelId).toBe(gemaakt.id);
    expect(p.kerncijfers.signalen.som).toBe(records.length);
  });

  it('twee regio\'s onder dezelfde partnercode blijven apart; per regiocode telt alleen de nieuwste bundel', async () => {
    // West-A and West-B both sign as GEM-VEILIGHEID, every centraal bestand's code by default: before region codes
    // the EMM took the second for a newer bundle of the first and dropped one region.
    const west: Array<{ b: Bestand; code: string; aantal: number }> = [];
    for (const [code, aantal] of [['WEST-A', 11], ['WEST-B', 17]] as const) {
      const b = await bestandMaken(path.join(werk, code.toLowerCase()), 'centraal', `Proefregio ${code}`);
      regio.push(b);
      await identiteitInstellen(b, await partnerIdVan(b, 'GEM-VEILIGHEID'));
      await regioInstellen(b, { code, naam: `Regio ${code} (synthetisch)` });
      await sleutelOvernemen(b, emm, 'EMM');
      await sleutelOvernemen(emm, b, 'GEM-VEILIGHEID');
      await b.v.transactie(async () => {
        for (let i = 0; i < aantal; i++)
          await b.v.run(
            `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
               VALUES (?, '2025-09', 'seksuele-uitbuiting', 'horeca', 'politie', 'signaal', '23-29', 'vrouw', 'NL', 'open', 'nog geen besluit')`,
            [2_000_000 + i],
          );
      });
      west.push({ b, code, aantal });
    }
    const map = path.join(werk, 'bevestigingen-west');
    await fs.mkdir(map);
    const lees = async (b: Bestand) => {
      const g = await statistiekMaken(b, { periode: '2025-H2', aan: await partnerIdVan(b, 'EMM'), doelmap: stick });
      await bundelInlezen(emm, await fs.readFile(g.pad), INLEESHANDLERS, { bevestigingMap: map });
      return g.id;
    };
    const a1 = await lees(west[0]!.b);
    const b1 = await lees(west[1]!.b);
    klokZetten('2026-12-02T11:00:00Z');
    const a2 = await lees(west[0]!.b);
    const p = (await landelijkBeeldLezen(emm)).perioden.find((x) => x.periode === '2025-H2')!;
    expect(p.bronnen.map((b) => [b.bundelId, b.van.code, b.regiocode, b.vervangenDoor])).toEqual([
      [a1, 'GEM-VEILIGHEID', 'WEST-A', a2],
      [a2, 'GEM-VEILIGHEID', 'WEST-A', null],
      [b1, 'GEM-VEILIGHEID', 'WEST-B', null],
    ]);
    // Both regions counted once: 11 + 17, not 11 + 11 + 17 and not 11 alone.
    expect(p.kerncijfers.signalen).toEqual({ som: 28, verborgen: 0, ontbreekt: 0 });
    klokZetten('2026-12-02T10:00:00Z');
  });

  it('een tweede bestand dat de regiocode van een ander neemt, vervangt diens cijfers niet: de EMM weigert zijn bundel en zegt van wie de code is', async () => {
    // West-C takes WEST-A's code (a typing error, a copied setting). Its newer bundle would replace West-A's figures.
    const c = await bestandMaken(path.join(werk, 'west-c'), 'centraal', 'Proefregio WEST-C');
    regio.push(c);
    await identiteitInstellen(c, await partnerIdVan(c, 'GEM-VEILIGHEID'));
    await regioInstellen(c, { code: 'WEST-A', naam: 'Regio WEST-C (synthetisch)' });
    await sleutelOvernemen(c, emm, 'EMM');
    await sleutelOvernemen(emm, c, 'GEM-VEILIGHEID');
    await c.v.run(
      `INSERT INTO analyse_signalen (id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd)
         VALUES (3000000, '2025-09', 'seksuele-uitbuiting', 'horeca', 'politie', 'signaal', '23-29', 'vrouw', 'NL', 'open', 'nog geen besluit')`,
    );
    klokZetten('2026-12-02T12:00:00Z');
    const g = await statistiekMaken(c, { periode: '2025-H2', aan: await partnerIdVan(c, 'EMM'), doelmap: stick });
    const map = path.join(werk, 'bevestigingen-west-c');
    await fs.mkdir(map);
    const voor = (await emm.v.get<{ n: number }>('SELECT count(*) AS n FROM statistiek_bundels'))!.n;
    const fout = await faaltMet(bundelInlezen(emm, await fs.readFile(g.pad), INLEESHANDLERS, { bevestigingMap: map }), 'CONFLICT');
    expect(fout.message).toMatch(
      /^Deze statistiekbundel van GEM-VEILIGHEID noemt regiocode WEST-A, maar die code hoort hier bij een ander bestand: Regio WEST-A \(synthetisch\) \(ondertekend als GEM-VEILIGHEID\) stuurde op \d\d-\d\d-\d{4} de eerste bundel met die code\. .*Er is niets ingelezen\.$/,
    );
    expect((await emm.v.get<{ n: number }>('SELECT count(*) AS n FROM statistiek_bundels'))!.n).toBe(voor);
    // West-A's figures still count, once.
    const p = (await landelijkBeeldLezen(emm)).perioden.find((x) => x.periode === '2025-H2')!;
    expect(p.kerncijfers.signalen).toEqual({ som: 28, verborgen: 0, ontbreekt: 0 });
    expect(p.bronnen.filter((x) => !x.vervangen).map((x) => x.regiocode)).toEqual(['WEST-A', 'WEST-B']);
    klokZetten('2026-12-02T10:00:00Z');
  });
});

describe('de regio instellen (ADR 0041, addendum; art. 31)', () => {
  let werk: string;
  let router: Router;

  beforeAll(async () => {
    klokZetten('2026-12-02T10:00:00Z');
    werk = await tijdelijkeMap('statistiek-regio');
    router = maakRouter({ werkmap: werk });
    await bestandViaApi(router, { map: path.join(werk, 'regio') });
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('zonder regiocode geen statistiekbundel: een Nederlandse reden die naar de beheerder wijst', async () => {
    expect((await ok(router, 'sessie.status', {})).info?.regio).toBeNull();
    const fout = await geweigerd(router, 'statistiek.maken', { periode: '2026-H1', aan: await partnerId(router, 'EMM'), doelmap: werk }, 'CONVENANTREGEL');
    expect(fout.melding).toMatch(/^Deze installatie heeft nog geen regiocode en regionaam\..*de beheerder stelt ze in bij Instellingen/);
    expect(fout.artikel).toBe('art. 31');
  });

  it.each([
    [{ code: 'noord holland', naam: 'Noord-Holland' }, 'code', 'veld.regiocode', /^Een regiocode is 1 tot 30 hoofdletters/],
    [{ code: 'NH-NOORD', naam: 'N' }, 'naam', 'veld.regionaam', /^Een regionaam is 2 tot 100 tekens/],
    [{ code: '', naam: 'Noord-Holland Noord' }, 'code', 'veld.vulIn', /^Vul dit veld in/],
  ])('%j wordt geweigerd bij het veld %s (%s)', async (invoer, pad, meldingcode, tekst) => {
    const fout = await geweigerd(router, 'statistiek.regio', invoer, 'ONGELDIGE_INVOER');
    expect(fout.velden).toEqual([expect.objectContaining({ pad, meldingcode, melding: expect.stringMatching(tekst) })]);
  });

  it('de beheerder stelt de regio in; de sessie en het auditlog noemen haar', async () => {
    const info = await ok(router, 'statistiek.regio', { code: ' NH-NOORD ', naam: 'Noord-Holland Noord (synthetisch)' });
    expect(info.regio).toEqual({ code: 'NH-NOORD', naam: 'Noord-Holland Noord (synthetisch)' });
    expect((await ok(router, 'sessie.status', {})).info?.regio?.code).toBe('NH-NOORD');
    const audit = await ok(router, 'audit.lijst', {});
    expect(JSON.stringify(audit)).toContain('statistiek.regioIngesteld');
  });
});

/** A merged table as the cells a reader sees: a number where it is exact, hidden otherwise. */
function alsCellen(t: SamengevoegdeTabel) {
  const c = (x: SamenCel) => (isExact(x) ? x.som : null);
  return { cellen: t.cellen.map((r) => r.map(c)), rijtotalen: t.rijtotalen.map(c), kolomtotalen: t.kolomtotalen.map(c), totaal: c(t.totaal) };
}
