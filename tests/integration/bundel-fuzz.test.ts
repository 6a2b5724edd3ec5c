/**
 * Whatever arrives on a stick, the import answers with a KetenFout and never with another exception
 * (docs/ontwerp.md §6): random bytes, random armor, flipped bits and truncations of a real bundle, an oversized
 * file, and random JSON correctly signed by a trusted partner. Nothing is ever read in, and no
 * promise is left rejected behind the import's back.
 */
import fc from 'fast-check';
import * as openpgp from 'openpgp';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KetenFout } from '@shared/fouten';
import { MAX_BUNDELBYTES } from '@shared/domein/bundel';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { bundelLezen } from '../../electron/backend/bundels/inlezen';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { geheimeSleutelVoorTest } from '../../electron/backend/bundels/sleutels';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { aantallen, type Aantallen, document, PARTNERCODE, partnerIdVan, publiekeSleutel, tweeBestanden, verzegeldeJson, VOORBEELDINHOUD } from './bundel-hulp';

describe('fuzzing van het inlezen', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;
  let geldig: Uint8Array;
  let geldigId: string;
  let voor: Aantallen;
  const onafgehandeld: unknown[] = [];
  const bijOnafgehandeld = (reden: unknown) => onafgehandeld.push(reden);

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-fuzz');
    ({ centraal, partner } = await tweeBestanden(werk));
    const stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
    const b = await bundelMaken(centraal, { soort: 'agendapakket', aan: [await partnerIdVan(centraal, PARTNERCODE)], inhoud: VOORBEELDINHOUD.agendapakket, doelmap: stick });
    geldig = new Uint8Array(await fs.readFile(b.pad));
    geldigId = b.id;
    voor = await aantallen(partner);
    process.on('unhandledRejection', bijOnafgehandeld);
  });
  afterAll(async () => {
    process.off('unhandledRejection', bijOnafgehandeld);
    await centraal?.sluiten();
    await partner?.sluiten();
    await opruimen(werk);
  });

  /** A KetenFout with a Dutch message, or — only for an untouched bundle — a preview of it. */
  async function alleenKetenFout(bytes: Uint8Array, magLukken = false): Promise<void> {
    try {
      const v = await bundelLezen(partner, bytes);
      if (!magLukken) throw new Error(`onverwacht gelezen: ${v.id}`);
      expect(v.id).toBe(geldigId);
    } catch (err) {
      if (!(err instanceof KetenFout)) throw new Error(`geen KetenFout maar ${(err as Error)?.name}: ${(err as Error)?.message}`, { cause: err });
      expect(err.message.length).toBeGreaterThan(10);
    }
  }

  it('de ongeschonden bundel wordt gelezen (controle: de weigeringen hieronder komen niet van een kapotte opstelling)', async () => {
    expect((await bundelLezen(partner, geldig)).id).toBe(geldigId);
  });

  it('willekeurige bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) => alleenKetenFout(bytes)), { numRuns: 100 });
  });

  it('willekeurige armor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), (bytes) =>
        alleenKetenFout(new TextEncoder().encode(openpgp.armor(openpgp.enums.armor.message, bytes))),
      ),
      { numRuns: 50 },
    );
  });

  it('omgedraaide bits in een echte bundel', async () => {
    const bits = geldig.length * 8;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat(bits - 1), { minLength: 1, maxLength: 8 }), async (posities) => {
        const kopie = new Uint8Array(geldig);
        for (const p of posities) kopie[p >> 3]! ^= 1 << (p & 7);
        // A flip may land where OpenPGP does not look (a reserved bit); then the bundle is still itself.
        await alleenKetenFout(kopie, true);
      }),
      { numRuns: 100 },
    );
  });

  it('afgebroken echte bundels (een USB-stick die te vroeg werd losgetrokken)', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(geldig.length - 1), (lengte) => alleenKetenFout(geldig.slice(0, lengte))), { numRuns: 60 });
  });

  it('willekeurige JSON, correct ondertekend door een vertrouwde partner en aan ons versleuteld', async () => {
    const sleutel = await openpgp.readPrivateKey({ armoredKey: await geheimeSleutelVoorTest(centraal) });
    const aan = [await publiekeSleutel(partner)];
    const basis = await document(centraal);
    const willekeurigeInhoud = fc.record({ soort: fc.constantFrom('overdracht', 'terugmelding', 'signalen', 'agendapakket', 'ontvangstbevestiging', 'verwijderverzoek', 'x'), inhoud: fc.jsonValue({ maxDepth: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), willekeurigeInhoud.map((w) => ({ ...basis, ...w }))), async (json) => alleenKetenFout(await verzegeldeJson(json, sleutel, aan))),
      { numRuns: 50 },
    );
  });

  it('een te groot bestand wordt niet eens ontleed: BUNDEL_TE_GROOT', async () => {
    await expect(bundelLezen(partner, new Uint8Array(MAX_BUNDELBYTES + 1))).rejects.toMatchObject({ code: 'BUNDEL_TE_GROOT' });
  });

  it('niets is ingelezen en geen belofte bleef onafgehandeld', async () => {
    const na = await aantallen(partner);
    expect({ ...na, audit: 0 }).toEqual({ ...voor, audit: 0 });
    // Refusals of OpenPGP messages are audited; random bytes that are no OpenPGP message are no bundle
    // and leave nothing, not even their hash.
    expect(na.audit).toBeGreaterThan(voor.audit);
    const stappen = await partner.v.all<{ stap: number }>("SELECT json_extract(details, '$.stap') AS stap FROM audit WHERE actie = 'bundel.geweigerd'");
    expect(stappen.every((r) => r.stap >= 2)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(onafgehandeld).toEqual([]);
  });
});
