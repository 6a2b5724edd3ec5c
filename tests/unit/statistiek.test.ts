/**
 * The statistiek bundle's content and the merge of the national picture (art. 19, 22.6, 31; ADR 0041): what a
 * merged cell shows, that a bundle cannot carry a small number or a leaking line, and — over many random
 * regions — that after merging no line lets a hidden figure be computed and every exact figure is the true sum.
 */
import { describe, expect, it } from 'vitest';
import { onderdrukken, ONDERDREMPEL } from '../../shared/domein/analyse';
import {
  isExact,
  landelijkBeeld,
  lekkendeLijn,
  samenCelTekst,
  statistiekInhoudSchema,
  type SamenCel,
  type StatistiekInhoud,
  type Statistiektabel,
} from '../../shared/domein/statistiek';
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
});
