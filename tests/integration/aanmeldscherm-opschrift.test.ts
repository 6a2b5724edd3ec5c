/**
 * What the login screen knows of a bestand before anyone signs in (issue 9 §6, ADR 0019). A real
 * bestand's name is encrypted like everything else (docs/ontwerp.md §5): the screen gets its folder and
 * no name, and nothing beside the file gives the name away. Only the demo — made-up name, made-up
 * accounts — is marked beside its key slots, so its accounts show on every visit. A mark that is not
 * what it should be is ignored and never stops a bestand from opening.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { bestandMaken, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const NAAM = 'Ketenbestand Regio Oost (synthetisch)';

describe('het aanmeldscherm en de naam van het bestand', () => {
  let werk: string;
  let router: Router;

  beforeEach(async () => {
    werk = await tijdelijkeMap('opschrift');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'regio-oost', naam: NAAM });
    await ok(router, 'sessie.sluiten', {});
  });
  afterEach(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  it('een echt bestand: vóór het aanmelden alleen de map, geen naam en geen demo-accounts; daarna de naam', async () => {
    expect(await ok(router, 'bestand.lijst', {})).toEqual([{ map: path.join(werk, 'regio-oost'), naam: 'regio-oost' }]);
    await ok(router, 'bestand.openen', { map: 'regio-oost' });
    expect((await ok(router, 'sessie.status', {})).bestand).toEqual({ map: path.join(werk, 'regio-oost'), naam: null, demo: null });
    expect(await fs.readFile(path.join(werk, 'regio-oost', 'sleutels.json'), 'utf8')).not.toContain('Regio Oost');
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
    expect((await ok(router, 'sessie.status', {})).bestand?.naam).toBe(NAAM);
  });

  it('een opschrift dat niet klopt wordt genegeerd, en het bestand gaat gewoon open', async () => {
    const pad = path.join(werk, 'regio-oost', 'sleutels.json');
    const origineel = JSON.parse(await fs.readFile(pad, 'utf8')) as Record<string, unknown>;
    for (const opschrift of [{ demo: 'ja' }, { demo: 1 }, 'demo', [true], null]) {
      await fs.writeFile(pad, JSON.stringify({ ...origineel, opschrift }));
      await ok(router, 'bestand.openen', { map: 'regio-oost' });
      expect((await ok(router, 'sessie.status', {})).bestand).toMatchObject({ naam: null, demo: null });
    }
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  });
});
