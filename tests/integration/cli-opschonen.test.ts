/**
 * `ketenbestand opschonen` (docs/ontwerp.md §10, §11): the preview names each deletion's date and article
 * and exits 0; `--uitvoeren` deletes what is due. KETENBESTAND_KLOK moves the backend clock of the
 * separate process, so the 14 days after a "geen dossier" decision (art. 16.3, ADR 0020) pass at once.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAanroeper } from '../fixtures/cli';

const ketenbestand = cliAanroeper('synthetisch-wachtwoord-cli-opschonen');

describe('ketenbestand opschonen', () => {
  let werk: string;
  let map: string;
  const als = ['--gebruiker', 'regisseur'];
  const op = (moment: string) => ({ KETENBESTAND_KLOK: moment });

  beforeAll(async () => {
    werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-opschonen-'));
    map = path.join(werk, 'bestand');
  });
  afterAll(async () => {
    await fs.rm(werk, { recursive: true, force: true });
  });

  it('toont het voorbeeld met datum en artikel, en verwijdert met --uitvoeren', { timeout: 400_000 }, async () => {
    expect((await ketenbestand(['init', '--bestand', map, ...als, '--naam', 'Gemeente Proefdorp'], op('2027-01-10T10:00:00Z'))).code).toBe(0);
    const partners = JSON.parse((await ketenbestand(['partner', 'lijst', '--json', '--bestand', map, ...als], op('2027-01-10T10:00:00Z'))).stdout) as Array<{ id: number; code: string }>;
    const politie = partners.find((x) => x.code === 'POLITIE')!.id;
    const formulier = {
      datumTijd: '2026-11-05T10:00',
      melder: { contactpersoon: 'Synthetische Melder', partnerId: politie },
      bron: { naam: 'Synthetische Bron', partnerId: politie },
      slachtoffer: { naam: 'Synthetische Opschoon' }, samenvatting: 'Synthetisch.', vermoedens: ['sociaal-economische-uitbuiting'], fase: 1 };
    const opgeslagen = await ketenbestand(['api', 'signalen.opslaan', JSON.stringify({ formulier, indienen: true }), '--json', '--bestand', map, ...als], op('2027-01-10T10:00:00Z'));
    expect(opgeslagen.stderr).toBe('');
    const { id } = JSON.parse(opgeslagen.stdout) as { id: number };
    expect((await ketenbestand(['api', 'signalen.besluit', JSON.stringify({ id, besluit: 'geen-dossier' }), '--bestand', map, ...als], op('2027-01-10T10:00:00Z'))).code).toBe(0);

    const plan = await ketenbestand(['opschonen', '--bestand', map, ...als], op('2027-01-11T10:00:00Z'));
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/24-01-2027\s+1\s+signalen met het besluit "geen dossier".*\(art\. 16\.3, 22\.4\)/);
    expect(plan.stdout).toContain('art. 22.5');

    const nu = await ketenbestand(['opschonen', '--uitvoeren', '--bestand', map, ...als], op('2027-01-25T10:00:00Z'));
    expect(nu.code).toBe(0);
    // Signing in deleted it already; the command says so, with the article, and then that nothing more was due.
    expect(nu.stdout).toMatch(/Bij het aanmelden verwijderd op 25-01-2027:\n\s+1\s+signalen met het besluit "geen dossier".*\(art\. 16\.3, 22\.4\)/);
    expect(nu.stdout).toContain('er is niets verwijderd');
    const lijst = await ketenbestand(['api', 'signalen.lijst', '{}', '--json', '--bestand', map, ...als], op('2027-01-25T10:00:00Z'));
    expect((JSON.parse(lijst.stdout) as { rijen: unknown[] }).rijen).toHaveLength(0);
  });
});
