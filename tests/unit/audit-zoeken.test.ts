/**
 * The audit log (docs/ontwerp.md §5) as the privacy officer searches it — filters by user, action (prefix) and
 * period, newest first, in pages — and the chain's exact values, computed here by hand (sha256 of a
 * written-out line) rather than with the functions under test. Found by mutation testing
 * (docs/mutatietests.md): none of this was asserted. One real encrypted file.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKop, auditLijst, auditSchrijven, auditVerifieren, BEGINHASH, canoniek, regelHash } from '../../electron/backend/bestand/audit';
import { openMetSleutel } from '../../electron/backend/bestand/bestand';
import { migreren } from '../../electron/backend/bestand/migreren';
import type { Verbinding } from '../../electron/backend/bestand/verbinding';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const sha256 = (tekst: string) => crypto.createHash('sha256').update(tekst).digest('hex');

/** Ten entries, one a day from 1 to 10 March 2026, 09:00 UTC; odd ones by the regisseur. */
const REGELS = Array.from({ length: 10 }, (_, i) => ({
  volgnr: i + 1,
  tijd: new Date(Date.UTC(2026, 2, i + 1, 9)),
  gebruiker: i % 2 === 0 ? 'regisseur' : 'privacy',
  actie: i < 4 ? 'signaal.bekeken' : i < 7 ? 'signaal.gewijzigd' : 'bundel.ingelezen',
}));

describe('auditLijst: zoeken en bladeren', () => {
  let werk: string;
  let v: Verbinding;

  beforeAll(async () => {
    werk = await tijdelijkeMap('audit-zoeken');
    v = await openMetSleutel(path.join(werk, 'audit.db'), crypto.randomBytes(32));
    await migreren(v);
    for (const r of REGELS) await auditSchrijven(v, { gebruiker: r.gebruiker, actie: r.actie, onderwerp: `signaal:${r.volgnr}`, details: { n: r.volgnr } }, r.tijd);
  });
  afterAll(async () => {
    await v?.sluiten();
    await opruimen(werk);
  });

  const volgnrs = async (f: Parameters<typeof auditLijst>[1]) => {
    const { regels, totaal } = await auditLijst(v, f);
    return { volgnrs: regels.map((r) => r.volgnr), totaal };
  };

  it('zonder filter: alles, nieuwste eerst, tot de limiet; het totaal telt alles', async () => {
    expect(await volgnrs({ limiet: 3 })).toEqual({ volgnrs: [10, 9, 8], totaal: 10 });
    expect(await volgnrs({ limiet: 50 })).toEqual({ volgnrs: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], totaal: 10 });
  });

  it('een regel komt terug zoals hij is geschreven, met zijn details als object', async () => {
    const { regels } = await auditLijst(v, { limiet: 1 });
    expect(regels).toEqual([
      {
        volgnr: 10,
        tijd: '2026-03-10T09:00:00.000Z',
        gebruiker: 'privacy',
        actie: 'bundel.ingelezen',
        onderwerp: 'signaal:10',
        details: { n: 10 },
        hash: (await auditKop(v)).hash,
      },
    ]);
  });

  it('op gebruiker: precies die gebruiker', async () => {
    expect(await volgnrs({ gebruiker: 'regisseur', limiet: 50 })).toEqual({ volgnrs: [9, 7, 5, 3, 1], totaal: 5 });
    expect(await volgnrs({ gebruiker: 'regis', limiet: 50 })).toEqual({ volgnrs: [], totaal: 0 });
  });

  it('op actie: een voorvoegsel ("signaal" vindt signaal.bekeken en signaal.gewijzigd)', async () => {
    expect(await volgnrs({ actie: 'signaal', limiet: 50 })).toEqual({ volgnrs: [7, 6, 5, 4, 3, 2, 1], totaal: 7 });
    expect(await volgnrs({ actie: 'signaal.gewijzigd', limiet: 50 })).toEqual({ volgnrs: [7, 6, 5], totaal: 3 });
    expect(await volgnrs({ actie: 'ingelezen', limiet: 50 })).toEqual({ volgnrs: [], totaal: 0 });
  });

  it('op periode: vanaf is inbegrepen, tot niet', async () => {
    expect(await volgnrs({ vanaf: '2026-03-03T09:00:00.000Z', limiet: 50 })).toEqual({ volgnrs: [10, 9, 8, 7, 6, 5, 4, 3], totaal: 8 });
    expect(await volgnrs({ tot: '2026-03-03T09:00:00.000Z', limiet: 50 })).toEqual({ volgnrs: [2, 1], totaal: 2 });
    expect(await volgnrs({ vanaf: '2026-03-03', tot: '2026-03-06', limiet: 50 })).toEqual({ volgnrs: [5, 4, 3], totaal: 3 });
  });

  it('filters samen: alle voorwaarden tegelijk', async () => {
    expect(await volgnrs({ gebruiker: 'privacy', actie: 'signaal', vanaf: '2026-03-02', tot: '2026-03-07', limiet: 50 })).toEqual({ volgnrs: [6, 4, 2], totaal: 3 });
  });

  it('bladeren: "voor" geeft de regels vóór een volgnummer; het totaal blijft dat van het hele filter', async () => {
    expect(await volgnrs({ limiet: 3, voor: 8 })).toEqual({ volgnrs: [7, 6, 5], totaal: 10 });
    expect(await volgnrs({ limiet: 3, voor: 2 })).toEqual({ volgnrs: [1], totaal: 10 });
    expect(await volgnrs({ actie: 'signaal', limiet: 2, voor: 6 })).toEqual({ volgnrs: [5, 4], totaal: 7 });
    expect(await volgnrs({ gebruiker: 'privacy', limiet: 10, voor: 1 })).toEqual({ volgnrs: [], totaal: 5 });
  });

  it('alle pagina’s na elkaar geven elke regel precies één keer', async () => {
    const gezien: number[] = [];
    let voor: number | undefined;
    for (;;) {
      const { regels } = await auditLijst(v, { limiet: 4, ...(voor !== undefined ? { voor } : {}) });
      if (regels.length === 0) break;
      gezien.push(...regels.map((r) => r.volgnr));
      voor = regels.at(-1)!.volgnr;
    }
    expect(gezien).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('de keten, met de hand nagerekend', () => {
  let werk: string;
  let v: Verbinding;

  beforeAll(async () => {
    werk = await tijdelijkeMap('audit-keten');
    v = await openMetSleutel(path.join(werk, 'audit.db'), crypto.randomBytes(32));
    await migreren(v);
  });
  afterAll(async () => {
    await v?.sluiten();
    await opruimen(werk);
  });

  it('canoniek: sleutels gesorteerd, undefined weggelaten, null en lijsten zoals JSON', () => {
    expect(canoniek({ b: 1, a: { d: [1, 'x', null], c: true }, weg: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
    expect(canoniek(undefined)).toBe('null');
    expect(canoniek(null)).toBe('null');
    expect(canoniek('tekst "met" aanhalingstekens')).toBe('"tekst \\"met\\" aanhalingstekens"');
    expect(canoniek([{ b: 2, a: 1 }])).toBe('[{"a":1,"b":2}]');
    expect(canoniek({})).toBe('{}');
  });

  it('een lege keten is geldig, met de beginhash als kop', async () => {
    expect(BEGINHASH).toBe('0'.repeat(64));
    expect(await auditKop(v)).toEqual({ volgnr: 0, hash: BEGINHASH });
    expect(await auditVerifieren(v)).toEqual({ geldig: true, aantal: 0, kop: BEGINHASH, eersteFout: null, ankers: [] });
  });

  it('de hash van een regel is sha256(vorige hash, regeleinde, de regel als canonieke JSON)', async () => {
    const tijd = new Date(Date.UTC(2026, 2, 1, 9));
    const eerste = await auditSchrijven(v, { gebruiker: 'regisseur', actie: 'proef.een', onderwerp: 'signaal:1', details: { b: 2, a: 1 } }, tijd);
    const verwacht1 = sha256(
      `${'0'.repeat(64)}\n{"actie":"proef.een","details":{"a":1,"b":2},"gebruiker":"regisseur","onderwerp":"signaal:1","tijd":"2026-03-01T09:00:00.000Z","volgnr":1}`,
    );
    expect(eerste).toBe(verwacht1);
    const tweede = await auditSchrijven(v, { gebruiker: 'privacy', actie: 'proef.twee', onderwerp: 'signaal:2' }, tijd);
    const verwacht2 = sha256(`${verwacht1}\n{"actie":"proef.twee","details":{},"gebruiker":"privacy","onderwerp":"signaal:2","tijd":"2026-03-01T09:00:00.000Z","volgnr":2}`);
    expect(tweede).toBe(verwacht2);
    expect(regelHash(verwacht1, { volgnr: 2, tijd: '2026-03-01T09:00:00.000Z', gebruiker: 'privacy', actie: 'proef.twee', onderwerp: 'signaal:2', details: {} })).toBe(verwacht2);
    const rijen = await v.all<Record<string, unknown>>('SELECT * FROM audit ORDER BY volgnr');
    expect(rijen).toEqual([
      { volgnr: 1, tijd: '2026-03-01T09:00:00.000Z', gebruiker: 'regisseur', actie: 'proef.een', onderwerp: 'signaal:1', details: '{"a":1,"b":2}', vorige_hash: BEGINHASH, hash: verwacht1 },
      { volgnr: 2, tijd: '2026-03-01T09:00:00.000Z', gebruiker: 'privacy', actie: 'proef.twee', onderwerp: 'signaal:2', details: '{}', vorige_hash: verwacht1, hash: verwacht2 },
    ]);
    expect(await auditKop(v)).toEqual({ volgnr: 2, hash: verwacht2 });
    expect(await auditVerifieren(v)).toEqual({ geldig: true, aantal: 2, kop: verwacht2, eersteFout: null, ankers: [] });
  });

  it('zonder tijd schrijft auditSchrijven het huidige moment', async () => {
    const voor = Date.now();
    await auditSchrijven(v, { gebruiker: 'regisseur', actie: 'proef.nu', onderwerp: 'signaal:3' });
    const { regels } = await auditLijst(v, { limiet: 1 });
    const t = Date.parse(regels[0]!.tijd);
    expect(t).toBeGreaterThanOrEqual(voor - 1);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('een gebroken keten: de uitkomst noemt aantal, kop en de eerste fout in één Nederlandse zin', async () => {
    const kop = (await auditKop(v)).hash;
    await v.exec('BEGIN');
    try {
      await v.exec('DELETE FROM audit WHERE volgnr = 2');
      expect(await auditVerifieren(v)).toEqual({ geldig: false, aantal: 2, kop, eersteFout: { volgnr: 3, reden: 'Regel 2 ontbreekt: na regel 1 volgt regel 3' }, ankers: [] });
    } finally {
      await v.exec('ROLLBACK');
    }
    await v.exec('BEGIN');
    try {
      await v.exec("UPDATE audit SET onderwerp = 'signaal:9' WHERE volgnr = 2");
      expect((await auditVerifieren(v)).eersteFout).toEqual({ volgnr: 2, reden: 'De inhoud van regel 2 is gewijzigd' });
      await v.exec("UPDATE audit SET details = 'kapot' WHERE volgnr = 1");
      expect((await auditVerifieren(v)).eersteFout).toEqual({ volgnr: 1, reden: 'Regel 1 is onleesbaar' });
      await v.exec(`UPDATE audit SET vorige_hash = '${'1'.repeat(64)}' WHERE volgnr = 1`);
      expect((await auditVerifieren(v)).eersteFout).toEqual({ volgnr: 1, reden: 'Regel 1 sluit niet aan op de regel ervoor (verwijderd of van volgorde veranderd)' });
    } finally {
      await v.exec('ROLLBACK');
    }
    expect((await auditVerifieren(v)).geldig).toBe(true);
  });
});
