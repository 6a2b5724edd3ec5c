/**
 * Small-cell suppression and the bands of the analysis store (art. 19, 22.6; docs/ontwerp.md §13, ADR 0039):
 * every shown number is at least five, and no row, column or total line has exactly one hidden entry —
 * otherwise it could be computed from the others and its total.
 */
import { describe, expect, it } from 'vitest';
import { doorlooptijdband, lijstOnderdrukken, maandenVan, onderdrukken, periodeVan, sectorVan, termijnVan, vorigePeriode, type OnderdruktTabel } from '@shared/domein/analyse';

/** Every line of the table with its total: the entries that add up. */
function lijnen(t: OnderdruktTabel) {
  const uit = t.rijen.map((_, r) => [...t.cellen[r]!, t.rijtotalen[r]!]);
  t.kolommen.forEach((_, k) => uit.push([...t.cellen.map((rij) => rij[k]!), t.kolomtotalen[k]!]));
  uit.push([...t.rijtotalen, t.totaal], [...t.kolomtotalen, t.totaal]);
  return uit;
}

function veilig(t: OnderdruktTabel): void {
  for (const lijn of lijnen(t)) {
    for (const c of lijn) if (c !== null) expect(c).toBeGreaterThanOrEqual(5);
    expect(lijn.filter((c) => c === null).length, JSON.stringify(lijn)).not.toBe(1);
  }
}

describe('onderdrukken (kleine aantallen)', () => {
  it('verbergt elk aantal onder de vijf, en een tweede in dezelfde rij en kolom', () => {
    const t = onderdrukken({ rijen: ['a', 'b', 'c'], kolommen: ['x', 'y', 'z'], cellen: [[3, 10, 12], [20, 30, 40], [15, 16, 17]] });
    expect(t.cellen[0]![0]).toBeNull();
    // Row a would give 3 away from its total 25 minus 10 and 12: one more cell in row a and in column x goes.
    expect(t.cellen[0]!.filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
    expect(t.cellen.map((r) => r[0]).filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
    expect(t.rijtotalen[0]).toBe(25);
    expect(t.totaal).toBe(163);
    veilig(t);
  });

  it('een lijst met totaal: één klein aantal trekt het kleinste andere mee', () => {
    const l = lijstOnderdrukken(['a', 'b', 'c'], [2, 40, 9]);
    expect(l.aantallen).toEqual([null, 40, null]);
    expect(l.totaal).toBe(51);
  });

  it('nul telt als klein; een totaal onder de vijf verbergt ook de cellen die het verraden', () => {
    const t = onderdrukken({ rijen: ['a', 'b'], kolommen: ['x', 'y'], cellen: [[0, 3], [10, 12]] });
    expect(t.rijtotalen[0]).toBeNull();
    expect(t.cellen[0]).toEqual([null, null]);
    veilig(t);
  });

  it('houdt stand op duizend willekeurige tabellen', () => {
    let zaad = 7;
    const r = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 1000; i++) {
      const R = 1 + Math.floor(r() * 7);
      const K = 1 + Math.floor(r() * 6);
      const cellen = Array.from({ length: R }, () => Array.from({ length: K }, () => (r() < 0.4 ? Math.floor(r() * 5) : Math.floor(r() * 60))));
      const t = onderdrukken({ rijen: [...Array(R).keys()].map(String), kolommen: [...Array(K).keys()].map(String), cellen });
      veilig(t);
      // What is shown is the true number.
      t.cellen.forEach((rij, a) => rij.forEach((c, b) => c !== null && expect(c).toBe(cellen[a]![b])));
    }
  });
});

describe('banden en perioden', () => {
  it('doorlooptijd van signaal tot besluit', () => {
    expect(doorlooptijdband('2026-01-01', '2026-01-15')).toBe('0-14 dagen');
    expect(doorlooptijdband('2026-01-01', '2026-01-16T10:00')).toBe('15-30 dagen');
    expect(doorlooptijdband('2026-01-01', '2026-04-01')).toBe('31-90 dagen');
    expect(doorlooptijdband('2026-01-01', '2026-04-02')).toBe('meer dan 90 dagen');
    expect(doorlooptijdband('2026-01-01', null)).toBe('nog geen besluit');
  });
  it('sector uit de woorden, alleen als code', () => {
    expect(sectorVan('Oogsten in de kassen', false)).toBe('land- en tuinbouw');
    expect(sectorVan('Werkt in een slachterij', false)).toBe('vleesverwerking');
    expect(sectorVan('', true)).toBe('seksbranche');
    expect(sectorVan('iets anders', false)).toBe('overig');
    expect(sectorVan('', false)).toBe('onbekend');
  });
  it('interventie tegen haar termijn', () => {
    expect(termijnVan('uitgevoerd', '2026-03-01', '2026-02-28T10:00:00Z', '2026-06-01')).toBe('op-tijd');
    expect(termijnVan('uitgevoerd', '2026-03-01', '2026-03-02T10:00:00Z', '2026-06-01')).toBe('te-laat');
    expect(termijnVan('toegewezen', '2026-03-01', '', '2026-06-01')).toBe('verlopen');
    expect(termijnVan('in-uitvoering', '2026-09-01', '', '2026-06-01')).toBe('lopend');
  });
  it('halve jaren', () => {
    expect(periodeVan('2026-07-01')).toBe('2026-H2');
    expect(periodeVan('2026-06-30')).toBe('2026-H1');
    expect(maandenVan('2026-H2')).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(vorigePeriode('2026-H1')).toBe('2025-H2');
  });
});
