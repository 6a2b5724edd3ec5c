/**
 * The statistiek bundle's content and the merge of the national picture (art. 19, 22.6, 31; ADR 0041): what a
 * merged cell shows, that a bundle cannot carry a small number or a leaking line, and — over many random
 * regions — that after merging no line lets a hidden figure be computed and every exact figure is the true sum.
 */
import { describe, expect, it } from 'vitest';
import { onderdrukken, ONDERDREMPEL } from '@shared/domein/analyse';
import {
  grafiekVan,
  isExact,
  regioSchema,
  landelijkBeeld,
  lekkendeLijn,
  samenCelTekst,
  statistiekInhoudSchema,
  type SamenCel,
  type StatistiekInhoud,
  type Statistiektabel,
} from '@shared/domein/statistiek';
import { ontleed, opdrachtNaarKanaal } from '../../electron/cli/opdrachten';

const KERN = { signalen: 40, dossiers: 12, besluiten: 7, overdrachten: ONDERDREMPEL, interventies: 9, opTijd: 6 } as const;

function tabel(rijen: string[], kolommen: string[], cellen: number[][], id = 't'): Statistiektabel {
  const o = onderdrukken({ rijen, kolommen, cellen });
  const c = (x: number | null) => (x === null ? ONDERDREMPEL : x);
  return { id, titel: id, rijkop: 'rij', rijen, kolommen, cellen: o.cellen.map((r) => r.map(c)), rijtotalen: o.rijtotalen.map(c), kolomtotalen: o.kolomtotalen.map(c), totaal: c(o.totaal) };
}

const inhoud = (regio: string, tabellen: Statistiektabel[], periode = '2026-H1'): StatistiekInhoud => ({ versie: 1, regio, periode, kerncijfers: { ...KERN }, tabellen, artikel: 'art. 19, 22.6, 31' });
const bron = (code: string, i: StatistiekInhoud, aangemaakt = '2026-07-01T10:00:00Z') => ({
  bundelId: `${code}-${aangemaakt}`,
  van: { code, naam: code },
  vingerafdruk: 'ABCD',
  aangemaakt,
  ingelezenOp: aangemaakt,
  inhoud: i,
});

describe('samengevoegde cel (ADR 0041)', () => {
  it.each<[SamenCel, string]>([
    [{ som: 17, verborgen: 0, ontbreekt: 0 }, '17'],
    [{ som: 0, verborgen: 0, ontbreekt: 0 }, '< 5'],
    [{ som: 12, verborgen: 1, ontbreekt: 0 }, '≥ 12'],
    [{ som: 0, verborgen: 1, ontbreekt: 0 }, '< 5'],
    [{ som: 0, verborgen: 3, ontbreekt: 0 }, '< 5'],
    [{ som: 0, verborgen: 0, ontbreekt: 1 }, 'onbekend'],
    [{ som: 9, verborgen: 0, ontbreekt: 1 }, '≥ 9'],
  ])('%o toont %s', (c, tekst) => expect(samenCelTekst(c)).toBe(tekst));
});

describe('inhoud van een statistiekbundel (art. 19, 22.6)', () => {
  const goed = tabel(['a', 'b'], ['x', 'y'], [
    [10, 2],
    [8, 9],
  ]);
  it('een onderdrukte tabel past', () => expect(statistiekInhoudSchema.safeParse(inhoud('R', [goed])).success).toBe(true));
  it('een getoond getal onder de vijf wordt geweigerd', () => {
    const t = structuredClone(goed);
    t.cellen[0]![1] = 2 as never;
    expect(statistiekInhoudSchema.safeParse(inhoud('R', [t])).success).toBe(false);
  });
  it('een regel met precies één verborgen cel wordt geweigerd', () => {
    const t = structuredClone(goed);
    t.cellen = [
      [10, ONDERDREMPEL],
      [8, 9],
    ];
    t.rijtotalen = [12, 17];
    t.kolomtotalen = [18, 11];
    t.totaal = 29;
    expect(statistiekInhoudSchema.safeParse(inhoud('R', [t])).success).toBe(false);
  });
  it('geen vrije velden: een extra veld in de inhoud wordt geweigerd', () => expect(statistiekInhoudSchema.safeParse({ ...inhoud('R', [goed]), namen: ['x'] }).success).toBe(false));
});

describe('landelijk beeld', () => {
  it('exact waar alles bekend is, een ondergrens waar een regio verborg, 0 waar een regio een rij niet had', () => {
    const a = tabel(['POLITIE', 'OM', 'IND'], ['op-tijd', 'te-laat'], [
      [10, 6],
      [7, 8],
      [6, 5],
    ]);
    // B hides IND and COA whole (1 and 2 primary, 9 and 8 complementary).
    const b = tabel(['POLITIE', 'IND', 'COA'], ['op-tijd', 'te-laat'], [
      [20, 6],
      [9, 1],
      [8, 2],
    ]);
    expect(b.cellen[1]).toEqual([ONDERDREMPEL, ONDERDREMPEL]);
    const p = landelijkBeeld([bron('A', inhoud('Regio A', [a])), bron('B', inhoud('Regio B', [b]))]).perioden[0]!;
    const t = p.tabellen[0]!;
    expect(t.rijen).toEqual(['POLITIE', 'OM', 'IND', 'COA']);
    expect(samenCelTekst(t.cellen[0]![0]!)).toBe('30');
    expect(samenCelTekst(t.cellen[1]![0]!)).toBe('7');
    expect(samenCelTekst(t.cellen[2]![0]!)).toBe('≥ 6');
    expect(samenCelTekst(t.cellen[3]![1]!)).toBe('< 5');
    expect(samenCelTekst(t.totaal)).toBe('88');
    expect(samenCelTekst(p.kerncijfers.signalen)).toBe('80');
    expect(samenCelTekst(p.kerncijfers.overdrachten)).toBe('< 5');
  });

  it('de nieuwste bundel van een regio telt; de oudere staat als vervangen', () => {
    const t = tabel(['a'], ['x'], [[10]]);
    const p = landelijkBeeld([bron('A', inhoud('A', [t]), '2026-07-01T10:00:00Z'), bron('A', inhoud('A', [tabel(['a'], ['x'], [[12]])]), '2026-07-02T10:00:00Z')]).perioden[0]!;
    expect(p.bronnen.map((b) => b.vervangen)).toEqual([true, false]);
    expect(p.tabellen[0]!.totaal).toEqual({ som: 12, verborgen: 0, ontbreekt: 0 });
  });

  it('per regiocode telt één bundel, ook als twee regio\'s onder dezelfde partnercode tekenen (ADR 0041, addendum)', () => {
    const v2 = (regiocode: string, n: number) => ({ ...inhoud(`Regio ${regiocode}`, [tabel(['a'], ['x'], [[n]])]), versie: 2 as const, regiocode });
    // Noord and Zuid both sign as GEM-VEILIGHEID (the default); Noord sent twice, a day apart.
    const p = landelijkBeeld([
      { ...bron('GEM-VEILIGHEID', v2('NOORD', 10), '2026-07-01T10:00:00Z'), bundelId: 'n1' },
      { ...bron('GEM-VEILIGHEID', v2('ZUID', 20), '2026-07-01T11:00:00Z'), bundelId: 'z1' },
      { ...bron('GEM-VEILIGHEID', v2('NOORD', 12), '2026-07-02T10:00:00Z'), bundelId: 'n2' },
    ]).perioden[0]!;
    expect(p.bronnen.map((b) => [b.bundelId, b.regiocode, b.vervangenDoor])).toEqual([
      ['n1', 'NOORD', 'n2'],
      ['n2', 'NOORD', null],
      ['z1', 'ZUID', null],
    ]);
    expect(p.tabellen[0]!.totaal).toEqual({ som: 32, verborgen: 0, ontbreekt: 0 });
    // A version 1 bundle has no region code and counts for the partner code it was signed under.
    const oud = landelijkBeeld([bron('A', inhoud('A', [tabel(['a'], ['x'], [[10]])])), bron('B', inhoud('B', [tabel(['a'], ['x'], [[10]])]))]).perioden[0]!;
    expect(oud.bronnen.map((b) => b.regiocode)).toEqual(['A', 'B']);
    expect(oud.tabellen[0]!.totaal.som).toBe(20);
  });

  it('versie 2 noemt een geldige regiocode, versie 1 geen', () => {
    const t = [tabel(['a'], ['x'], [[10]])];
    expect(statistiekInhoudSchema.safeParse({ ...inhoud('R', t), versie: 2, regiocode: 'NOORD-HOLLAND-NOORD' }).success).toBe(true);
    expect(statistiekInhoudSchema.safeParse({ ...inhoud('R', t), versie: 2 }).success).toBe(false);
    expect(statistiekInhoudSchema.safeParse({ ...inhoud('R', t), regiocode: 'NOORD' }).success).toBe(false);
    expect(statistiekInhoudSchema.safeParse({ ...inhoud('R', t), versie: 2, regiocode: 'noord holland' }).success).toBe(false);
  });

  it.each([
    ['NOORD', 'Noord', true],
    [' VR05 ', 'Veiligheidsregio 5', true],
    ['noord', 'Noord', false],
    ['-NOORD', 'Noord', false],
    ['NOORD HOLLAND', 'Noord', false],
    ['A'.repeat(31), 'Noord', false],
    ['NOORD', 'N', false],
  ])('regiocode %j met naam %j: geldig %s', (code, naam, geldig) => expect(regioSchema.safeParse({ code, naam }).success).toBe(geldig));

  it('een grafiek tekent nooit een verborgen getal: "< 5" en "onbekend" geen staaf, "≥ n" de bekende ondergrens', () => {
    const a = tabel(['m1', 'm2'], ['x', 'y'], [
      [10, 6],
      [7, 8],
    ]);
    const b = tabel(['m1', 'm2'], ['x', 'y'], [
      [2, 1],
      [9, 12],
    ]);
    const t = landelijkBeeld([bron('A', inhoud('A', [a])), bron('B', inhoud('B', [b]))]).perioden[0]!.tabellen[0]!;
    const { tabel: g, grenzen } = grafiekVan(t);
    // m1: B hid both cells (2 and 1, so its row too): x is ≥ 10, y ≥ 6 — the sums of what A showed.
    expect(g.cellen[0]).toEqual([10, 6]);
    expect(grenzen.cellen[0]).toEqual(['ondergrens', 'ondergrens']);
    // Every cell: a number only where the text shows one, and a lower bound exactly where it says "≥".
    t.cellen.forEach((rij, r) =>
      rij.forEach((c, k) => {
        const tekst = samenCelTekst(c);
        expect(g.cellen[r]![k]).toBe(/\d/.test(tekst) ? c.som : null);
        expect(grenzen.cellen[r]![k] === 'ondergrens').toBe(tekst.startsWith('≥'));
      }),
    );
    // Only hidden parts: no number at all.
    const alleenVerborgen = grafiekVan({ ...t, cellen: [[{ som: 0, verborgen: 2, ontbreekt: 0 }]], rijen: ['m1'], kolommen: ['x'] });
    expect(alleenVerborgen.tabel.cellen[0]).toEqual([null]);
    expect(alleenVerborgen.grenzen.cellen[0]).toEqual(['exact']);
    const onbekend = grafiekVan({ ...t, cellen: [[{ som: 0, verborgen: 0, ontbreekt: 1 }]], rijen: ['m1'], kolommen: ['x'] });
    expect(onbekend.tabel.cellen[0]).toEqual([null]);
    expect(onbekend.grenzen.cellen[0]).toEqual(['onbekend']);
  });

  it('over 300 keer drie willekeurige regio\'s: geen verborgen cel terug te rekenen, elk exact getal de echte som', () => {
    let zaad = 4242;
    const w = () => (zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let ronde = 0; ronde < 300; ronde++) {
      const rijen = ['r1', 'r2', 'r3', 'r4'];
      const kolommen = ['k1', 'k2', 'k3'];
      const echt = rijen.map(() => kolommen.map(() => 0));
      const bronnen = ['A', 'B', 'C'].map((code) => {
        const cellen = rijen.map(() => kolommen.map(() => Math.floor(Math.pow(w(), 2) * 14)));
        cellen.forEach((r, i) => r.forEach((n, j) => (echt[i]![j]! += n)));
        return bron(code, inhoud(code, [tabel(rijen, kolommen, cellen)]));
      });
      const t = landelijkBeeld(bronnen).perioden[0]!.tabellen[0]!;
      const c = (x: SamenCel) => (isExact(x) ? x.som : null);
      expect(lekkendeLijn({ cellen: t.cellen.map((r) => r.map(c)), rijtotalen: t.rijtotalen.map(c), kolomtotalen: t.kolomtotalen.map(c), totaal: c(t.totaal) })).toBeNull();
      t.cellen.forEach((r, i) =>
        r.forEach((x, j) => {
          if (isExact(x)) expect(x.som).toBe(echt[i]![j]);
          else expect(echt[i]![j]).toBeGreaterThanOrEqual(x.som);
          if (echt[i]![j]! < 5) expect(samenCelTekst(x)).not.toBe(String(echt[i]![j]));
        }),
      );
    }
  });
});

describe('opdrachtregel', () => {
  it('rapportage statistiek --partner ID --doel MAP [--periode] gaat naar statistiek.maken', () => {
    const r = opdrachtNaarKanaal(ontleed(['rapportage', 'statistiek', '--partner', '21', '--doel', '/media/stick', '--periode', '2026-H1']));
    expect(r).toEqual({ kanaal: 'statistiek.maken', invoer: { periode: '2026-H1', aan: 21, doelmap: '/media/stick' } });
  });

  it('rapportage regio --code CODE --naam NAAM gaat naar statistiek.regio; zonder een van beide een gebruiksregel', () => {
    expect(opdrachtNaarKanaal(ontleed(['rapportage', 'regio', '--code', 'NH-NOORD', '--naam', 'Regio Noord-Holland Noord']))).toEqual({
      kanaal: 'statistiek.regio',
      invoer: { code: 'NH-NOORD', naam: 'Regio Noord-Holland Noord' },
    });
    expect(() => opdrachtNaarKanaal(ontleed(['rapportage', 'regio', '--code', 'NH-NOORD']))).toThrow(/rapportage regio --code CODE --naam/);
  });
});
