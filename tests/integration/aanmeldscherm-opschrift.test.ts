/**
 * Before anyone signs in, the login screen names the bestand by its own name, not by its folder
 * (issue 9 §6). That name is the label beside the key slots (ADR 0019): readable without a
 * passphrase, so it holds nothing else, and a label that is not what it should be never stops the
 * bestand from opening — the folder name stands in.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { bestandMaken, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

describe('het aanmeldscherm noemt het bestand', () => {
  let werk: string;
  let router: Router;

  beforeEach(async () => {
    werk = await tijdelijkeMap('opschrift');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'regio-oost', naam: 'Ketenbestand Regio Oost (synthetisch)' });
    await ok(router, 'sessie.sluiten', {});
  });
  afterEach(async () => {
    await router.afsluiten();
    await opruimen(werk);
  });

  it('met de naam van het bestand, in de lijst en na het kiezen; geen demo-accounts bij een echt bestand', async () => {
    expect(await ok(router, 'bestand.lijst', {})).toEqual([{ map: path.join(werk, 'regio-oost'), naam: 'Ketenbestand Regio Oost (synthetisch)' }]);
    await ok(router, 'bestand.openen', { map: 'regio-oost' });
    const status = await ok(router, 'sessie.status', {});
    expect(status.bestand).toEqual({ map: path.join(werk, 'regio-oost'), naam: 'Ketenbestand Regio Oost (synthetisch)', demo: null });
    // The label is not the key: signing in works as before.
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  });

  it('een opschrift dat niet klopt (te lang, geen tekst) of ontbreekt: de mapnaam, en het bestand gaat gewoon open', async () => {
    const pad = path.join(werk, 'regio-oost', 'sleutels.json');
    const origineel = JSON.parse(await fs.readFile(pad, 'utf8')) as Record<string, unknown>;
    for (const opschrift of [{ naam: 'x'.repeat(201) }, { naam: 42 }, 'tekst', undefined]) {
      await fs.writeFile(pad, JSON.stringify({ ...origineel, opschrift }));
      await ok(router, 'bestand.openen', { map: 'regio-oost' });
      expect((await ok(router, 'sessie.status', {})).bestand).toMatchObject({ naam: 'regio-oost', demo: null });
    }
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  });
});
