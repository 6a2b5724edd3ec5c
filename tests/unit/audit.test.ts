/**
 * The hash-chained audit log (docs/ontwerp.md §5): each entry holds the hash of the one before, so a changed,
 * removed or reordered entry breaks the chain, and `auditVerifieren` names the first entry that does
 * not fit. Each tampering below runs inside a transaction that is rolled back, on one real file.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { auditKop, auditSchrijven, auditVerifieren, BEGINHASH, canoniek, regelHash } from '../../electron/backend/bestand/audit';
import { migreren } from '../../electron/backend/bestand/migreren';
import type { Verbinding } from '../../electron/backend/bestand/verbinding';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const AANTAL = 8;
const KOLOMMEN = ['tijd', 'gebruiker', 'actie', 'onderwerp', 'details'] as const;

describe('auditketen', () => {
  let werk: string;
  let v: Verbinding;
  let kop: string;

  beforeAll(async () => {
    werk = await tijdelijkeMap('audit');
    v = await openMetSleutel(path.join(werk, 'audit.db'), crypto.randomBytes(32));
    await migreren(v);
    for (let i = 1; i <= AANTAL; i++) {
      kop = await auditSchrijven(
        v,
        { gebruiker: i % 2 ? 'regisseur' : 'privacy', actie: `proef.actie-${i}`, onderwerp: `partner:${i}`, details: { nummer: i, lijst: [i, 'x'], genest: { b: 2, a: 1 } } },
        new Date(Date.UTC(2026, 0, 1, 9, i)),
      );
    }
  });
  afterAll(async () => {
    await v?.sluiten();
    await opruimen(werk);
  });

  /** Runs `knoei` on the live table, verifies, and rolls the change back. */
  async function verifieerNa(knoei: () => Promise<unknown>) {
    await v.exec('BEGIN');
    try {
      await knoei();
      return await auditVerifieren(v);
    } finally {
      await v.exec('ROLLBACK');
    }
  }

  it('toevoegen en verifiëren: een ongeschonden keten is geldig, met het aantal en de kop', async () => {
    const uitkomst = await auditVerifieren(v);
    expect(uitkomst).toEqual({ geldig: true, aantal: AANTAL, kop, eersteFout: null, ankers: [] });
    expect(await auditKop(v)).toEqual({ volgnr: AANTAL, hash: kop });
    const eerste = await v.get<{ vorige_hash: string }>('SELECT vorige_hash FROM audit WHERE volgnr = 1');
    expect(eerste!.vorige_hash).toBe(BEGINHASH);
  });

  it('details worden canoniek opgeslagen: sleutels gesorteerd, dus altijd dezelfde hash', async () => {
    const rij = await v.get<{ details: string }>('SELECT details FROM audit WHERE volgnr = 1');
    expect(rij!.details).toBe('{"genest":{"a":1,"b":2},"lijst":[1,"x"],"nummer":1}');
    expect(canoniek({ b: 1, a: { d: 1, c: 2 } })).toBe(canoniek({ a: { c: 2, d: 1 }, b: 1 }));
  });

  it.each<[string, string, number, RegExp]>([
    ['een gewijzigde regel', "UPDATE audit SET onderwerp = 'partner:99' WHERE volgnr = 3", 3, /inhoud van regel 3 is gewijzigd/],
    ['een gewijzigde tijd', "UPDATE audit SET tijd = '2025-01-01T00:00:00.000Z' WHERE volgnr = 5", 5, /inhoud van regel 5/],
    ['gewijzigde details (andere waarde)', `UPDATE audit SET details = '{"genest":{"a":1,"b":2},"lijst":[1,"x"],"nummer":42}' WHERE volgnr = 4`, 4, /inhoud van regel 4/],
    ['gewijzigde details (veld toegevoegd)', `UPDATE audit SET details = json_set(details, '$.extra', 'x') WHERE volgnr = 6`, 6, /inhoud van regel 6/],
    ['onleesbare details', "UPDATE audit SET details = '{kapot' WHERE volgnr = 2", 2, /Regel 2 is onleesbaar/],
    ['een verwijderde regel in het midden', 'DELETE FROM audit WHERE volgnr = 4', 5, /Regel 4 ontbreekt/],
    ['een verwijderde regel met hernummering erna', 'DELETE FROM audit WHERE volgnr = 4; UPDATE audit SET volgnr = volgnr - 1 WHERE volgnr > 4', 4, /sluit niet aan/],
    ['de eerste regel verwijderd', 'DELETE FROM audit WHERE volgnr = 1', 2, /Regel 1 ontbreekt/],
  ])('%s wordt gevonden, bij de eerste regel die niet klopt', async (_, sql, volgnr, reden) => {
    const uitkomst = await verifieerNa(() => v.exec(sql));
    expect(uitkomst.geldig).toBe(false);
    expect(uitkomst.eersteFout?.volgnr).toBe(volgnr);
    expect(uitkomst.eersteFout?.reden).toMatch(reden);
  });

  it.each([
    ['alleen de inhoud (hashes blijven staan)', KOLOMMEN],
    ['de hele regel met zijn hashes', [...KOLOMMEN, 'vorige_hash', 'hash']],
  ])('twee regels van plaats verwisseld — %s — breekt de keten bij de eerste van het paar', async (_, kolommen) => {
    const uitkomst = await verifieerNa(async () => {
      const [zes, zeven] = await v.all<Record<string, string>>('SELECT * FROM audit WHERE volgnr IN (6, 7) ORDER BY volgnr');
      const zet = `UPDATE audit SET ${kolommen.map((k) => `${k} = ?`).join(', ')} WHERE volgnr = ?`;
      await v.run(zet, [...kolommen.map((k) => zeven![k]!), 6]);
      await v.run(zet, [...kolommen.map((k) => zes![k]!), 7]);
      const na = await v.all<{ actie: string }>('SELECT actie FROM audit WHERE volgnr IN (6, 7) ORDER BY volgnr');
      expect(na.map((r) => r.actie)).toEqual(['proef.actie-7', 'proef.actie-6']);
    });
    expect(uitkomst.geldig).toBe(false);
    expect(uitkomst.eersteFout?.volgnr).toBe(6);
  });

  it('een gewijzigde regel waarvan ook de hash opnieuw is berekend, valt op bij de regel erna', async () => {
    const uitkomst = await verifieerNa(async () => {
      const r = await v.get<{ volgnr: number; tijd: string; gebruiker: string; actie: string; onderwerp: string; details: string; vorige_hash: string }>(
        'SELECT * FROM audit WHERE volgnr = 3',
      );
      const vervalst = { ...r!, onderwerp: 'partner:vervalst', details: JSON.parse(r!.details) as Record<string, unknown> };
      await v.run('UPDATE audit SET onderwerp = ?, hash = ? WHERE volgnr = 3', [vervalst.onderwerp, regelHash(r!.vorige_hash, vervalst)]);
    });
    expect(uitkomst.eersteFout?.volgnr).toBe(4);
    expect(uitkomst.eersteFout?.reden).toMatch(/sluit niet aan/);
  });

  it('de laatste regel weghalen laat een geldige, kortere keten achter: alleen de kop verraadt het (daarom gaat de kop mee in rapporten en bundels)', async () => {
    const uitkomst = await verifieerNa(() => v.exec(`DELETE FROM audit WHERE volgnr = ${AANTAL}`));
    expect(uitkomst.geldig).toBe(true);
    expect(uitkomst.kop).not.toBe(kop);
  });

  it('elke wijziging van één veld van één regel wordt bij precies die regel gevonden', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: AANTAL }), fc.constantFrom(...KOLOMMEN), fc.string({ minLength: 1, maxLength: 12 }), async (volgnr, kolom, tekst) => {
        const waarde = kolom === 'details' ? canoniek({ vervalst: tekst }) : `vervalst:${tekst}`;
        const uitkomst = await verifieerNa(() => v.run(`UPDATE audit SET ${kolom} = ? WHERE volgnr = ?`, [waarde, volgnr]));
        expect(uitkomst.eersteFout?.volgnr).toBe(volgnr);
      }),
      { numRuns: 40 },
    );
    expect((await auditVerifieren(v)).geldig).toBe(true); // every change was rolled back
  });
});
