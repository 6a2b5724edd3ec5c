/**
 * The source of the signal list's short summaries (ADR 0047, migration 0480): a narrow copy of each
 * form's summary, melder and bron in `signaal_samenvattingen`, kept by triggers on `signaal_formulieren`.
 * The list reads that copy, never the forms; the copy follows every write of a form (saving, changing,
 * bulk import, SQL straight on the form) and goes with the signal when it is deleted, with
 * `secure_delete` on. Existing forms are copied by the migration. The redaction itself is unchanged
 * (tests/integration/anonimisering.test.ts). Real encrypted bestand, synthetic signals; no timings.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { MIGRATIES } from '../../electron/backend/bestand/migraties';
import { migreren } from '../../electron/backend/bestand/migreren';
import { korteBronnenSql } from '../../electron/backend/keten/anoniemeVorm';
import { signalenImporteren } from '../../electron/backend/keten/bulkimport';
import { signaalVerwijderen, verwijderen } from '../../electron/backend/keten/verwijderen';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { aanroeper, bestandMaken, opruimen, partnerId, tijdelijkeMap } from '../fixtures/omgeving';

describe('de korte samenvattingen komen uit hun eigen smalle tabel (ADR 0047)', () => {
  let werk: string;
  let router: Router;
  let politie: number;
  const roep = <T = Record<string, unknown>>(kanaal: string, invoer: unknown = {}) => aanroeper(router)<T>(kanaal, invoer);
  const v = () => router.sessie.aangemeld().v;
  const bron = (id: number) => v().get<Record<string, unknown>>('SELECT samenvatting, melder_naam, melder_telefoon, bron_naam, bron_telefoon FROM signaal_samenvattingen WHERE signaal_id = ?', [id]);
  const formulier = (samenvatting: string, slachtoffer = 'Synthetische Xqlotte Veldhuis'): FormatCasus =>
    formatCasusSchema.parse({
      datumTijd: '2026-11-02T10:00',
      melder: { contactpersoon: 'Xqmelder Brouwer', telefoon: '06-12345678', partnerId: politie },
      bron: { naam: 'Xqbron Kuiper', telefoon: '010-7654321', partnerId: politie },
      slachtoffer: { naam: slachtoffer, geboortedatum: '1999-04-12' },
      samenvatting,
      vermoedens: ['sociaal-economische-uitbuiting'],
      fase: 1,
      indicatoren: [1],
      delen: 'identificeerbaar',
    });
  const korte = async (id: number) => (await roep<{ rijen: Array<{ id: number; samenvattingKort: string }> }>('signalen.lijst', { limiet: 500 })).rijen.find((r) => r.id === id)?.samenvattingKort;

  beforeAll(async () => {
    werk = await tijdelijkeMap('korte-samenvattingen');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'centraal' });
    politie = await partnerId(router, 'POLITIE');
  });
  afterAll(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  it('de lijst leest de bron van een korte samenvatting uit signaal_samenvattingen, niet uit de formulieren', async () => {
    const plan = (await v().all<{ detail: string }>(`EXPLAIN QUERY PLAN ${korteBronnenSql(3)}`, [1, 2, 3])).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/^SEARCH signaal_samenvattingen USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan.join('\n')).not.toContain('signaal_formulieren');
  });

  it('opslaan, wijzigen en SQL op het formulier houden de bron bij; de lijst toont hem geredigeerd', async () => {
    const f = formulier('Xqmelder Brouwer belde over Xqlotte in een nagelstudio, bel 06-12345678.');
    const { id } = await roep<{ id: number }>('signalen.opslaan', { formulier: f, indienen: true });
    expect(await bron(id)).toEqual({
      samenvatting: f.samenvatting,
      melder_naam: 'Xqmelder Brouwer',
      melder_telefoon: '06-12345678',
      bron_naam: 'Xqbron Kuiper',
      bron_telefoon: '010-7654321',
    });
    // Redacted exactly as before: melder, the victim's name part and the phone number are gone.
    const kort = await korte(id);
    expect(kort).toMatch(/nagelstudio/);
    for (const spoor of ['Xqmelder', 'Brouwer', 'Xqlotte', '12345678']) expect(kort).not.toContain(spoor);

    const { formulier: opgeslagen } = await roep<{ formulier: Record<string, unknown> }>('signalen.detail', { id, vorm: 'identificeerbaar' });
    await roep('signalen.opslaan', { id, formulier: { ...opgeslagen, samenvatting: 'Gewijzigd: een tuinbouwkas.', bron: { naam: 'Xqandere Bron', telefoon: '', partnerId: politie } }, indienen: true });
    expect(await bron(id)).toMatchObject({ samenvatting: 'Gewijzigd: een tuinbouwkas.', bron_naam: 'Xqandere Bron', bron_telefoon: '' });
    expect(await korte(id)).toBe('Gewijzigd: een tuinbouwkas.');

    await v().run("UPDATE signaal_formulieren SET formulier = json_set(formulier, '$.samenvatting', 'Rechtstreeks gewijzigd.') WHERE signaal_id = ?", [id]);
    expect(await bron(id)).toMatchObject({ samenvatting: 'Rechtstreeks gewijzigd.' });
    expect(await korte(id)).toBe('Rechtstreeks gewijzigd.');
  });

  it('de bulkimport vult de bron voor elk signaal', async () => {
    const { eerste, laatste } = await signalenImporteren(router.sessie.aangemeld(), [formulier('Import een.'), formulier('Import twee.')], 'test');
    const rijen = await v().all<{ signaal_id: number; samenvatting: string }>('SELECT signaal_id, samenvatting FROM signaal_samenvattingen WHERE signaal_id BETWEEN ? AND ? ORDER BY signaal_id', [eerste, laatste]);
    expect(rijen).toEqual([
      { signaal_id: eerste, samenvatting: 'Import een.' },
      { signaal_id: laatste, samenvatting: 'Import twee.' },
    ]);
  });

  it('een verwijderd concept en een opgeschoond signaal nemen hun bron mee, met secure_delete aan (art. 16.7)', async () => {
    expect((await v().get<{ secure_delete: number }>('PRAGMA secure_delete'))!.secure_delete).toBe(1);
    const { id: concept } = await roep<{ id: number }>('signalen.opslaan', { formulier: formulier('Concept over Xqconcept.'), indienen: false });
    expect(await bron(concept)).toBeTruthy();
    await roep('signalen.conceptVerwijderen', { id: concept });
    expect(await bron(concept)).toBeUndefined();

    // Every purge of a submitted signal goes through signaalVerwijderen inside verwijderen (ADR 0009).
    const { id: ingediend } = await roep<{ id: number }>('signalen.opslaan', { formulier: formulier('Ingediend over Xqweg.'), indienen: true });
    expect(await bron(ingediend)).toBeTruthy();
    await verwijderen(router.sessie.aangemeld(), () => signaalVerwijderen(v(), ingediend));
    expect(await bron(ingediend)).toBeUndefined();
    expect((await v().get<{ n: number }>('SELECT count(*) AS n FROM signaal_samenvattingen s LEFT JOIN signaal_formulieren f USING (signaal_id) WHERE f.signaal_id IS NULL'))!.n).toBe(0);
  });

  it('migratie 480 kopieert de bron van formulieren die er al waren', async () => {
    const db = await openMetSleutel(path.join(werk, 'oud.db'), crypto.randomBytes(32));
    try {
      await migreren(db, MIGRATIES.filter((m) => m.versie < 480));
      const { lastID } = await db.run("INSERT INTO signalen (nummer, status, aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES ('S-OUD', 'ingediend', '', 'p', '', 'p')");
      await db.run('INSERT INTO signaal_formulieren (signaal_id, formulier) VALUES (?, ?)', [lastID, JSON.stringify({ samenvatting: 'Van vóór 480.', melder: { contactpersoon: 'Xqoude Melder' }, bron: {} })]);
      await migreren(db);
      expect(await db.get('SELECT samenvatting, melder_naam, melder_telefoon, bron_naam, bron_telefoon FROM signaal_samenvattingen WHERE signaal_id = ?', [lastID])).toEqual({
        samenvatting: 'Van vóór 480.',
        melder_naam: 'Xqoude Melder',
        melder_telefoon: '',
        bron_naam: '',
        bron_telefoon: '',
      });
    } finally {
      await db.sluiten();
    }
  });
});
