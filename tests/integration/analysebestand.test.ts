/**
 * The analysis store (art. 19, 22.6; docs/ontwerp.md §13, ADR 0038) on a real SQLCipher file: a record per
 * signal from the moment it is submitted, updated as the case moves, and after every piece of case data
 * is deleted the records remain — while no name, birth date, address or summary word is left in any
 * decrypted page of the database or its WAL, and nothing links a record back to the signal it came from.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { klokZetten } from '../../electron/backend/klok';
import { databaseOntsleutelen, paginasMet, walOntsleutelen } from '../fixtures/sqlcipher-paginas';
import { aanroeper, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const PERSONEN = [
  { naam: 'Ysolde Kwartelveen', geboortedatum: '2004-03-17', adres: 'Kwartelsteeg 41', woonplaats: 'Xqdorp', woord: 'tulpenkwekerijloods' },
  { naam: 'Radomir Zwaluwhoek', geboortedatum: '1989-11-02', adres: 'Zwaluwpad 7', woonplaats: 'Xqstad', woord: 'champignonkwekerijhal' },
  { naam: 'Fenneke Ooievaarsnest', geboortedatum: '2009-07-23', adres: 'Ooievaarshof 3', woonplaats: 'Xqveen', woord: 'massagesalonkelder' },
];

describe('analysebestand (art. 19, 22.6)', () => {
  let werk: string;
  let router: Router;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  let pid: (code: string) => number;
  const v = () => router.sessie.open!.v;

  beforeAll(async () => {
    werk = await tijdelijkeMap('analysebestand');
    router = maakRouter({ werkmap: werk });
    klokZetten('2026-09-20T10:00:00Z');
    await roep('bestand.maken', { map: 'centraal', naam: 'Proefregio', penvoerder: 'B&W Proefdorp', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: 'synthetisch-wachtwoord-1' });
    const partners = await roep<Array<{ id: number; code: string }>>('partners.lijst');
    pid = (code) => partners.find((p) => p.code === code)!.id;
  });
  afterAll(async () => {
    klokZetten(undefined);
    await router.afsluiten();
    await opruimen(werk);
  });

  it('een record bij het vastleggen, bijgewerkt bij het besluit, en na alle verwijderingen geen spoor van een persoon', async () => {
    const ids: number[] = [];
    for (const [i, p] of PERSONEN.entries()) {
      const seksueel = i === 2;
      const { id } = await roep<{ id: number }>('signalen.opslaan', {
        formulier: {
          datumTijd: `2026-09-0${i + 1}T09:30`,
          melder: { contactpersoon: 'Synthetische Melder', partnerId: pid('POLITIE') },
          bron: { naam: 'Synthetische Bron', partnerId: pid('POLITIE') },
          slachtoffer: { naam: p.naam, geboortedatum: p.geboortedatum, geslacht: 'vrouw', nationaliteit: i === 1 ? 'Oekraïense' : 'Poolse', adres: p.adres, woonplaats: p.woonplaats },
          samenvatting: `${p.naam} werkt in de ${p.woord}.`,
          vermoedens: [seksueel ? 'seksuele-uitbuiting' : 'sociaal-economische-uitbuiting'],
          seksueleVormen: seksueel ? ['gedwongen-prostitutie'] : [],
          vraag2: seksueel ? {} : { watVoorWerk: `Oogsten in de ${p.woord}`, hoeUitgebuit: 'Loon ingehouden' },
          fase: 3,
        },
        indienen: true,
      });
      ids.push(id);
    }
    // A draft is no signal: it has no record.
    await roep('signalen.opslaan', { formulier: { samenvatting: 'Xqconceptwoord' }, indienen: false });

    const records = () => v().all<Record<string, string | number>>('SELECT * FROM analyse_signalen ORDER BY maand');
    let r = await records();
    expect(r).toHaveLength(3);
    expect(r.map((x) => x.maand)).toEqual(['2026-09', '2026-09', '2026-09']);
    expect(r.map((x) => x.leeftijdsband).sort()).toEqual(['18-22', '30-39', 'minderjarig']);
    expect(r.map((x) => x.nationaliteitsgroep).sort()).toEqual(['EU/EER', 'EU/EER', 'buiten EU/EER']);
    expect(r.map((x) => x.sector).sort()).toEqual(['land- en tuinbouw', 'land- en tuinbouw', 'seksbranche']);
    expect(r.every((x) => x.fase === 'signaal' && x.besluit === 'open' && x.doorlooptijd === 'nog geen besluit' && x.bronsoort === 'politie')).toBe(true);
    // The ids are random, not the order of recording.
    const koppelingen = await v().all<{ signaal_id: number; analyse_id: number }>('SELECT signaal_id, analyse_id FROM analyse_koppeling_signalen ORDER BY signaal_id');
    expect(koppelingen.map((k) => k.analyse_id).every((a) => a > 1_000_000)).toBe(true);

    // Moving: the decision updates the record (time from signal to decision in a band).
    klokZetten('2026-09-25T10:00:00Z');
    for (const id of ids) await roep('signalen.besluit', { id, besluit: 'geen-dossier', toelichting: `Geen aanwijzingen bij ${PERSONEN[0]!.naam}` });
    await roep('bewaring.plan', { dagen: 90 });
    await router.sessie.open!.v.transactie(async () => {
      const { analyseBijwerken } = await import('../../electron/backend/keten/analyse');
      await analyseBijwerken(v());
    });
    r = await records();
    expect(r.every((x) => x.besluit === 'geen-dossier')).toBe(true);
    expect(r.map((x) => x.doorlooptijd).sort()).toEqual(['15-30 dagen', '15-30 dagen', '15-30 dagen']);

    // Fourteen days later the decision is final and the retention sweep deletes every signal (art. 16.3, 22.4).
    klokZetten('2026-10-12T10:00:00Z');
    const uit = await roep<{ totaal: number }>('bewaring.uitvoeren');
    expect(uit.totaal).toBeGreaterThanOrEqual(3);
    expect(await v().get('SELECT count(*) AS n FROM signalen WHERE status = ?', ['ingediend'])).toEqual({ n: 0 });
    expect(await v().get('SELECT count(*) AS n FROM personen')).toEqual({ n: 0 });

    // The records stay, with their outcome; nothing leads back to a signal any more.
    r = await records();
    expect(r).toHaveLength(3);
    expect(r.every((x) => x.uitkomst === 'geen dossier' && x.geanonimiseerd === 1)).toBe(true);
    expect(await v().get('SELECT count(*) AS n FROM analyse_koppeling_signalen WHERE signaal_id IN (' + ids.join(',') + ')')).toEqual({ n: 0 });
    const oud = new Set(koppelingen.map((k) => k.analyse_id));
    expect(r.some((x) => oud.has(Number(x.id))), 'na het loskoppelen een nieuw willekeurig id').toBe(false);
    // Every column is a code from a fixed list or a month: no free text at all.
    for (const x of r) {
      for (const [k, w] of Object.entries(x)) {
        if (k === 'id' || k === 'geanonimiseerd') continue;
        expect(String(w), k).toMatch(/^[a-z0-9 ,/+<>-]*$|^EU\/EER$|^NL$|^buiten EU\/EER$/);
      }
    }

    // The decrypted pages of the database and the WAL: no name, birth date, address or summary word.
    const b = router.sessie.open!;
    await roep('signalen.lijst', {});
    const sleutel = b.bestandssleutel();
    const db = await fs.readFile(path.join(b.map, 'bestand.db'));
    const wal = await fs.readFile(path.join(b.map, 'bestand.db-wal')).catch(() => Buffer.alloc(0));
    const paginas = [...databaseOntsleutelen(db, sleutel), ...walOntsleutelen(wal, sleutel)];
    expect(paginasMet(paginas, 'land- en tuinbouw').length, 'positieve controle: de records zijn leesbaar').toBeGreaterThan(0);
    for (const p of PERSONEN) {
      for (const spoor of [p.naam, p.naam.split(' ')[1]!, p.naam.split(' ')[1]!.toLowerCase(), p.geboortedatum, p.adres, p.woonplaats, p.woord]) {
        expect(paginasMet(paginas, spoor), `"${spoor}" in de ontsleutelde pagina's`).toEqual([]);
      }
    }
  });
});
