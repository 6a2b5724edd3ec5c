/**
 * The defect of issue 11 §1, on the real demo bestand (SQLCipher): a dossier whose casusoverleg assigned
 * interventions to the Politie and the Arbeidsinspectie showed "Geweigerd (art. 16.5) — heeft geen
 * interventie" in every cell of the handover matrix, because the task came from a checkbox nobody had
 * ticked. The task now comes from the interventions (beleid/nodig.ts, docs/beslissingen/0031-…).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DEMO_WACHTWOORD, demoMaken } from '../../electron/backend/demo';
import { aanroeper, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

process.env.KETENBESTAND_KDF_KOSTEN = '14';

interface Matrixrij {
  code: string;
  heeftTaak: boolean;
  beslissingen: Array<{ sleutel: string; toegestaan: boolean; artikel: string; reden: string }>;
}

describe('de verstrekkingsmatrix op het demobestand', () => {
  let werk: string;
  let router: Router;
  let c: ReturnType<typeof aanroeper>;

  beforeAll(async () => {
    werk = await tijdelijkeMap('nodig-demo');
    await demoMaken(path.join(werk, 'demo'));
    router = maakRouter({ werkmap: werk });
    c = aanroeper(router);
    await c('bestand.openen', { map: 'demo' });
    await c('sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: DEMO_WACHTWOORD });
  }, 240_000);
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('een partner met een interventie heeft een taak; de matrix weigert hem niet met "geen interventie"', async () => {
    const interventies = await c<Array<{ dossierId: number; partner: { naam: string } }>>('interventies.lijst', { open: true });
    const politie = interventies.find((i) => i.partner.naam.toLowerCase().includes('politie'))!;
    expect(politie).toBeDefined();
    const dossierId = politie.dossierId;
    expect(interventies.filter((i) => i.dossierId === dossierId).length).toBeGreaterThanOrEqual(2);

    const matrix = await c<{ ontvangers: Matrixrij[] }>('beleid.matrix', { dossierId, doel: 'overdracht' });
    for (const code of ['POLITIE', 'SZW-AI']) {
      const rij = matrix.ontvangers.find((o) => o.code === code)!;
      expect(rij.heeftTaak).toBe(true);
      expect(rij.beslissingen.filter((b) => b.reden.includes('geen interventie'))).toEqual([]);
      expect(rij.beslissingen.some((b) => b.toegestaan)).toBe(true);
    }
    // A partner without an intervention still has none (art. 16.5).
    const ind = matrix.ontvangers.find((o) => o.code === 'IND')!;
    expect(ind.heeftTaak).toBe(false);
    expect(ind.beslissingen.every((b) => !b.toegestaan && b.artikel === 'art. 16.5')).toBe(true);
  });
});
