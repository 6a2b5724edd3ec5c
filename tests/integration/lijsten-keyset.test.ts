/**
 * Keyset paging of the signal and dossier lists (ADR 0016, docs/ontwerp.md §9). A page is asked for
 * after or before a row's sort key instead of at an offset, so the end of 100,000 signals is as near as
 * the start. What a user sees must not change: the same rows in the same order as by offset, none twice
 * and none skipped, also where many signals share one date (the sort key ties) and with a filter and a
 * search. Every signal stays without names in the list (art. 6.2). Real encrypted bestand; no timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { formatCasusSchema } from '@shared/domein/signaal';
import { signalenImporteren } from '../../electron/backend/keten/bulkimport';
import path from 'node:path';
import { Bestand } from '../../electron/backend/bestand/bestand';
import { aanroeper, bestandMaken, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD, weigeraar } from '../fixtures/omgeving';

const AANTAL = 230;
/** Five moments for 230 signals: most sort keys tie, so only the id keeps the order total. */
const MOMENTEN = ['2026-10-01T10:00', '2026-10-01T10:00', '2026-09-12T08:15', '2026-11-30T17:40', '2025-03-02T09:00'];

type Rij = { id: number; nummer: string; datumTijd: string; fase: number | null };
type Pagina = { rijen: Rij[]; totaal: number };

describe('lijsten per sleutel bladeren: eerste, volgende en laatste pagina (art. 6.2, ADR 0016)', () => {
  let werk: string;
  let router: Router;
  const lijst = (invoer: Record<string, unknown>) => aanroeper(router)<Pagina>('signalen.lijst', invoer);
  const cursor = (r: Rij) => ({ datumTijd: r.datumTijd, id: r.id });

  beforeAll(async () => {
    werk = await tijdelijkeMap('keyset');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'centraal' });
    const politie = await partnerId(router, 'POLITIE');
    const formulieren = Array.from({ length: AANTAL }, (_, i) =>
      formatCasusSchema.parse({
        datumTijd: MOMENTEN[i % MOMENTEN.length],
        melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
        bron: { naam: 'Synthetische Bron', partnerId: politie, telefoon: '088 000 00 00' },
        slachtoffer: { naam: `Synthetisch Slachtoffer ${i}`, geboortedatum: '1999-04-12' },
        samenvatting: i % 3 === 0 ? 'Arbeidsuitbuiting in een tuinbouwkas.' : 'Signaal over een uitzendbureau.',
        vermoedens: ['sociaal-economische-uitbuiting'],
        fase: 1 + (i % 4),
        indicatoren: [],
        delen: 'identificeerbaar',
      }),
    );
    await signalenImporteren(router.sessie.aangemeld(), formulieren, 'test');
  });
  afterAll(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  /** Walks the whole list forwards by cursor, `per` rows a page. */
  async function vooruit(filter: Record<string, unknown>, per: number): Promise<Rij[]> {
    const uit: Rij[] = [];
    let pagina = await lijst({ ...filter, limiet: per });
    while (pagina.rijen.length) {
      uit.push(...pagina.rijen);
      if (uit.length > AANTAL) throw new Error('de cursor komt niet verder: dezelfde rijen opnieuw');
      pagina = await lijst({ ...filter, limiet: per, na: cursor(pagina.rijen.at(-1)!) });
    }
    return uit;
  }

  it('de volgende pagina na een rij geeft dezelfde volgorde als bladeren op offset, ook bij gelijke datums', async () => {
    const alles = await lijst({ limiet: 500 });
    expect(alles.totaal).toBe(AANTAL);
    const perSleutel = await vooruit({}, 37);
    expect(perSleutel.map((r) => r.id)).toEqual(alles.rijen.map((r) => r.id));
    expect(new Set(perSleutel.map((r) => r.id)).size).toBe(AANTAL);
  });

  it('de laatste pagina komt van het eind, en de pagina daarvoor met een cursor ervoor', async () => {
    const alles = (await lijst({ limiet: 500 })).rijen;
    const laatste = await lijst({ vanafEinde: true, limiet: 30 });
    expect(laatste.totaal).toBe(AANTAL);
    expect(laatste.rijen.map((r) => r.id)).toEqual(alles.slice(-30).map((r) => r.id));
    const daarvoor = await lijst({ voor: cursor(laatste.rijen[0]!), limiet: 30 });
    expect(daarvoor.rijen.map((r) => r.id)).toEqual(alles.slice(-60, -30).map((r) => r.id));
    // An offset counted from the end: the page that holds rows 100–129 from the end, in list order.
    const midden = await lijst({ vanafEinde: true, offset: 100, limiet: 30 });
    expect(midden.rijen.map((r) => r.id)).toEqual(alles.slice(-130, -100).map((r) => r.id));
    // Before the first row there is nothing; after the last neither.
    expect((await lijst({ voor: cursor(alles[0]!), limiet: 30 })).rijen).toEqual([]);
    expect((await lijst({ na: cursor(alles.at(-1)!), limiet: 30 })).rijen).toEqual([]);
  });

  it('filter en zoekterm blijven gelden langs de cursor', async () => {
    const filter = { zoek: 'tuinbouwkas', fase: 2 };
    const alles = await lijst({ ...filter, limiet: 500 });
    expect(alles.totaal).toBeGreaterThan(10);
    expect(alles.rijen.every((r) => r.fase === 2)).toBe(true);
    expect((await vooruit(filter, 7)).map((r) => r.id)).toEqual(alles.rijen.map((r) => r.id));
    const eind = await lijst({ ...filter, vanafEinde: true, limiet: 5 });
    expect(eind.totaal).toBe(alles.totaal);
    expect(eind.rijen.map((r) => r.id)).toEqual(alles.rijen.slice(-5).map((r) => r.id));
  });

  it('zoeken vindt dezelfde signalen in dezelfde volgorde als een volledige scan', async () => {
    const v = router.sessie.aangemeld().v;
    const verwacht = await v.all<{ id: number }>(
      "SELECT s.id FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE s.id IN (SELECT signaal_id FROM signaal_personen sp JOIN personen p ON p.id = sp.persoon_id WHERE p.naam LIKE '%Slachtoffer 12%') ORDER BY s.datum_tijd DESC, s.id DESC",
    );
    // "Slachtoffer 12" as words: 12 and the prefix 12… (120–129) under the FTS prefix rule.
    const gevonden = await lijst({ zoek: 'slachtoffer 12', limiet: 500 });
    expect(gevonden.rijen.map((r) => r.id)).toEqual(verwacht.map((r) => r.id));
    expect(gevonden.totaal).toBe(verwacht.length);
    expect(JSON.stringify(gevonden)).not.toContain('Slachtoffer');
  });

  it('een veelvoorkomend woord: langs de datumindex dezelfde rijen en volgorde als een volledige scan (ADR 0030)', async () => {
    const v = router.sessie.aangemeld().v;
    // Two thirds of the signals: enough matches that the page walks the date index instead of sorting them.
    const verwacht = (
      await v.all<{ id: number }>(
        "SELECT s.id FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE f.formulier LIKE '%uitzendbureau%' ORDER BY s.datum_tijd DESC, s.id DESC",
      )
    ).map((r) => r.id);
    expect(verwacht.length).toBeGreaterThan(100);
    const filter = { zoek: 'uitzendbureau' };
    expect((await lijst({ ...filter, limiet: 500 })).rijen.map((r) => r.id)).toEqual(verwacht);
    expect((await vooruit(filter, 9)).map((r) => r.id)).toEqual(verwacht);
    const eind = await lijst({ ...filter, vanafEinde: true, limiet: 9 });
    expect(eind.totaal).toBe(verwacht.length);
    expect(eind.rijen.map((r) => r.id)).toEqual(verwacht.slice(-9));
    const midden = await lijst({ ...filter, offset: 40, limiet: 9 });
    expect(midden.rijen.map((r) => r.id)).toEqual(verwacht.slice(40, 49));
    // Within a date range (the index holds the date): still the same rows.
    const binnen = await lijst({ ...filter, vanaf: '2026-09-01', tot: '2026-10-31', limiet: 500 });
    const verwachtBinnen = (
      await v.all<{ id: number }>(
        "SELECT s.id FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE f.formulier LIKE '%uitzendbureau%' AND s.datum_tijd >= '2026-09-01' AND s.datum_tijd < '2026-10-31' ORDER BY s.datum_tijd DESC, s.id DESC",
      )
    ).map((r) => r.id);
    expect(verwachtBinnen.length).toBeGreaterThan(0);
    expect(binnen.rijen.map((r) => r.id)).toEqual(verwachtBinnen);
  });

  it('een cursor ervoor en erna tegelijk is een fout die zegt waarom', async () => {
    const eerste = (await lijst({ limiet: 2 })).rijen;
    const fout = await weigeraar(router)('signalen.lijst', { na: cursor(eerste[0]!), voor: cursor(eerste[1]!) });
    expect(fout.code).toBe('ONGELDIGE_INVOER');
    expect(fout.melding).toMatch(/cursor/i);
  });

  it('dossiers bladeren per sleutel, ook als ze op hetzelfde moment zijn aangemaakt', async () => {
    const v = router.sessie.aangemeld().v;
    const ids = (await lijst({ limiet: 12 })).rijen.map((r) => r.id);
    for (let i = 0; i < 12; i += 2) await ok(router, 'dossiers.maken', { signaalIds: [ids[i]!, ids[i + 1]!], titel: `Dossier ${i / 2}` });
    await v.run("UPDATE dossiers SET aangemaakt = '2026-10-02T12:00:00.000Z' WHERE id % 2 = 0");
    const alle = await ok(router, 'dossiers.lijst', {});
    expect(alle).toHaveLength(6);
    // The paged list's filter chips: counts per phase without the rows.
    expect(await ok(router, 'dossiers.aantallen', {})).toEqual([{ fase: alle[0]!.fase, aantal: 6 }]);
    const eerste = await ok(router, 'dossiers.lijst', { limiet: 4 });
    expect(eerste.map((d) => d.id)).toEqual(alle.slice(0, 4).map((d) => d.id));
    const laatste = eerste.at(-1)!;
    const volgende = await ok(router, 'dossiers.lijst', { limiet: 4, na: { aangemaakt: laatste.aangemaakt, id: laatste.id } });
    expect(volgende.map((d) => d.id)).toEqual(alle.slice(4).map((d) => d.id));
    // Ties in `aangemaakt` are ordered by id, newest first, so the order is total.
    for (let i = 1; i < alle.length; i++) {
      const [a, b] = [alle[i - 1]!, alle[i]!];
      expect(a.aangemaakt > b.aangemaakt || (a.aangemaakt === b.aangemaakt && a.id > b.id)).toBe(true);
    }
  });

  it('het onthouden aantal volgt elke wijziging: eigen schrijven, een teruggedraaide transactie, een andere verbinding (ADR 0024)', async () => {
    const v = router.sessie.aangemeld().v;
    const fase5 = async () => (await lijst({ fase: 5, limiet: 1 })).totaal;
    const eind = async () => (await lijst({ vanafEinde: true, limiet: 1 })).totaal;
    expect(await fase5()).toBe(0); // the import gave phases 1–4 only
    expect(await eind()).toBe(AANTAL);
    expect(await eind()).toBe(AANTAL); // remembered: the same answer

    // A write on this connection.
    const ids = (await lijst({ limiet: 3 })).rijen.map((r) => r.id);
    await v.run('UPDATE signalen SET fase = 5 WHERE id = ?', [ids[0]!]);
    expect(await fase5()).toBe(1);

    // Counted while a transaction is open, then rolled back: the rolled-back rows must not stay counted
    // (total_changes() and data_version do not move on a rollback).
    await v
      .transactie(async () => {
        await v.run('UPDATE signalen SET fase = 5 WHERE id IN (?, ?)', [ids[1]!, ids[2]!]);
        expect(await fase5()).toBe(3); // the connection sees its own open transaction
        throw new Error('terugdraaien');
      })
      .catch(() => undefined);
    expect(await fase5()).toBe(1);

    // A commit by another connection to the same file (the CLI, a second window).
    const ander = await Bestand.ontgrendelen(path.join(werk, 'centraal'), 'regisseur', WACHTWOORD);
    try {
      await ander.v.run('UPDATE signalen SET fase = 5 WHERE id = ?', [ids[1]!]);
    } finally {
      await ander.sluiten();
    }
    expect(await fase5()).toBe(2);
    await v.run('UPDATE signalen SET fase = 1 WHERE id IN (?, ?)', [ids[0]!, ids[1]!]);
    expect(await fase5()).toBe(0);
    expect(await eind()).toBe(AANTAL);
  });

  it('een anker van de auditketen laat de stand staan, het eerste (dat zijn begin vastlegt) en elk volgend (ADR 0047)', async () => {
    const b = router.sessie.aangemeld();
    await lijst({ zoek: 'schoonmaak', limiet: 5 });
    await b.v.run("DELETE FROM instellingen WHERE sleutel = 'ankerSinds'");
    const voor = await b.v.stand();
    await b.ankeren();
    expect((await b.v.get<{ n: number }>("SELECT count(*) AS n FROM instellingen WHERE sleutel = 'ankerSinds'"))!.n).toBe(1);
    expect(await b.v.stand()).toBe(voor);
    await b.ankeren();
    expect(await b.v.stand()).toBe(voor);
  });

  it('de startpagina laat de stand staan als er niets bij te werken is, dus de volgende zoekvraag bouwt niets opnieuw (ADR 0047)', async () => {
    const b = router.sessie.aangemeld();
    await ok(router, 'rapportage.overzicht', {}); // brings the analysis records up to date, if there is anything
    const voor = await b.v.stand();
    await ok(router, 'rapportage.overzicht', {});
    expect(await b.v.stand()).toBe(voor);
  });

  it('een zoekvraag schrijft zijn auditregel, maar laat het onthouden aantal en de samenvattingen staan; opslaan niet (ADR 0046)', async () => {
    const b = router.sessie.aangemeld();
    const voor = await b.v.stand();
    const zoek = await lijst({ zoek: 'tuinbouwkas', limiet: 5 });
    expect(zoek.totaal).toBe(Math.ceil(AANTAL / 3));
    const gezocht = await b.v.get<{ n: number }>("SELECT count(*) AS n FROM audit WHERE actie = 'signalen.gezocht'");
    expect(gezocht!.n).toBeGreaterThan(0);
    expect(await b.v.stand()).toBe(voor);
    // A changed signal does move it: the list shows the new summary at once.
    const id = zoek.rijen[0]!.id;
    await b.v.run("UPDATE signaal_formulieren SET formulier = json_set(formulier, '$.samenvatting', 'Nieuwe samenvatting over een nagelstudio.') WHERE signaal_id = ?", [id]);
    expect(await b.v.stand()).not.toBe(voor);
    const na = await lijst({ zoek: 'tuinbouwkas', limiet: 5 });
    expect(na.rijen.find((r) => r.id === id)).toMatchObject({ samenvattingKort: 'Nieuwe samenvatting over een nagelstudio.' });
  });
});
