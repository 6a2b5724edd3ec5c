/**
 * docs/ontwerp.md §6: a USB stick that fills up while a bundle is written leaves no half file, the user is
 * told in Dutch, and nothing is recorded as sent. A real, tiny tmpfs plays the full stick.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { faaltMet, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { PARTNERCODE, partnerIdVan, tweeBestanden, VOORBEELDINHOUD } from './bundel-hulp';

describe('bundel schrijven naar een volle stick', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-vol');
    ({ centraal, partner } = await tweeBestanden(werk));
  });
  afterAll(async () => {
    await centraal?.sluiten();
    await partner?.sluiten();
    await opruimen(werk);
  });

  it('SCHRIJFFOUT, geen half bestand, niets als verzonden vastgelegd', async (ctx) => {
    const stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k,mode=0700', 'tmpfs', stick], { stdio: 'pipe' });
    } catch (err) {
      ctx.skip(`tmpfs aankoppelen mag hier niet (${(err as Error).message.split('\n')[0]})`);
    }
    try {
      // Fill the stick to the last block, so the bundle cannot fit.
      await fs.writeFile(path.join(stick, 'vulsel'), Buffer.alloc(12 * 1024)).catch(() => undefined);
      const voor = await fs.readdir(stick);
      const verzondenVoor = (await centraal.v.get<{ n: number }>('SELECT count(*) AS n FROM uitgaande_bundels'))!.n;
      const groot = { ...VOORBEELDINHOUD.agendapakket, agendapunten: Array.from({ length: 40 }, (_, i) => ({ nummer: `S-2026-${i}`, tekst: 'x'.repeat(400) })) };
      const fout = await faaltMet(bundelMaken(centraal, { soort: 'agendapakket', aan: [await partnerIdVan(centraal, PARTNERCODE)], inhoud: groot, doelmap: stick }), 'SCHRIJFFOUT');
      expect(fout.message).toMatch(/vol|ruimte/i);
      expect(await fs.readdir(stick)).toEqual(voor);
      expect((await centraal.v.get<{ n: number }>('SELECT count(*) AS n FROM uitgaande_bundels'))!.n).toBe(verzondenVoor);
    } finally {
      execFileSync('umount', [stick]);
    }
  });
});
