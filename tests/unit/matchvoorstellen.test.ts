/**
 * ADR 0034: a match proposal a careful person would trust. The number shown is the share of the
 * evidence a full match would give, so a spelling variant or a missing fact never reads 100%; the
 * usual surname-first notation is not called a swap; pairs that share a person are one proposal
 * (union-find), so no signal is on two cards. All names synthetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUNTEN_VOLLEDIG, vergelijkPersonen, type PersoonGegevens } from '../../electron/backend/keten/naamvergelijking';
import { clusteren } from '@shared/matchclusters';

const P = (naam: string, geboortedatum = '', adres = '', woonplaats = ''): PersoonGegevens => ({ naam, geboortedatum, adres, woonplaats });
const procent = (a: PersoonGegevens, b: PersoonGegevens) => Math.floor(vergelijkPersonen(a, b).bewijs * 100);

describe('bewijs: het getal dat de gebruiker ziet', () => {
  it('100% alleen als naam, geboortedatum, adres en woonplaats exact gelijk zijn', () => {
    expect(procent(P('Maria Popescu', '1994-02-11', 'Kade 4', 'Havendorp'), P('Maria Popescu', '1994-02-11', 'Kade 4', 'Havendorp'))).toBe(100);
    expect(PUNTEN_VOLLEDIG).toBe(10);
  });

  it('een spellingsvariant is geen 100%, ook niet met alle andere gegevens gelijk', () => {
    const a = P('Maria Popescu', '1994-02-11', 'Kade 4', 'Havendorp');
    const b = P('Marija Popesku', '1994-02-11', 'Kade 4', 'Havendorp');
    expect(vergelijkPersonen(a, b).redenen).toContain('match.naamOpSpelling');
    expect(procent(a, b)).toBe(95);
    // The logistic score it replaced read 100% here.
    expect(Math.round(vergelijkPersonen(a, b).score * 100)).toBe(100);
  });

  it('minder bewijs, lager getal: naam alleen < naam + datum < naam + datum + adres', () => {
    expect(procent(P('Piet Jansen'), P('Piet Jansen'))).toBe(45);
    expect(procent(P('Piet Jansen', '1990-03-14'), P('Piet Jansen', '1990-03-14'))).toBe(75);
    expect(procent(P('Jakob Janssen', '1990-03-14'), P('Jacob Jansen', '1990-03-14'))).toBe(70);
    expect(procent(P('P. Jansen', '1990-03-14'), P('Piet Jansen', '1990-03-14'))).toBe(55);
  });

  it('bewijs ligt altijd tussen 0 en 1 en is symmetrisch', () => {
    const naam = fc.constantFrom('Piet Jansen', 'Jansen, Piet', 'Maria Popescu', 'POPESCU Maria', 'Ana', 'Ahmet Celik', '');
    const datum = fc.constantFrom('', '1990-03-14', '1990-14-03', '1994-02-11');
    fc.assert(
      fc.property(naam, datum, naam, datum, (na, da, nb, db) => {
        const x = vergelijkPersonen(P(na, da), P(nb, db)).bewijs;
        return x >= 0 && x <= 1 && x === vergelijkPersonen(P(nb, db), P(na, da)).bewijs;
      }),
    );
  });
});

describe('achternaam eerst is de gewone volgorde, geen verwisseling', () => {
  it.each([
    ['POPESCU, M.', 'Maria Popescu', 'match.voorletter'],
    ['Popescu, Maria', 'Maria Popescu', 'match.naamGelijk'],
    ['POPESCU Maria', 'Maria Popescu', 'match.naamGelijk'],
    ['VAN DER BERG, Jan', 'Jan van der Berg', 'match.naamGelijk'],
  ])('%s / %s', (a, b, reden) => {
    const r = vergelijkPersonen(P(a, '1994-02-11'), P(b, '1994-02-11'));
    expect(r.redenen).toContain(reden);
    expect(r.redenen).not.toContain('match.verwisseld');
    expect(r.waarschijnlijk).toBe(true);
  });

  it('een echte verwisseling zonder komma of hoofdletters blijft zo benoemd', () => {
    expect(vergelijkPersonen(P('Popescu Maria'), P('Maria Popescu')).redenen).toContain('match.verwisseld');
  });
});

describe('clusteren: één voorstel per persoon', () => {
  const paar = (persoonId: number, kandidaatId: number) => ({ persoonId, kandidaatId });

  it('overlappende paren worden één cluster; losse paren blijven los', () => {
    const c = clusteren([paar(1, 2), paar(3, 4), paar(2, 5), paar(5, 1)]);
    expect(c.map((x) => x.personen)).toEqual([
      [1, 2, 5],
      [3, 4],
    ]);
    expect(c[0]!.paren).toEqual([paar(1, 2), paar(2, 5), paar(5, 1)]);
  });

  it('een keten A–B, C–D, B–C wordt één cluster, welke volgorde ook', () => {
    for (const volgorde of [[paar(1, 2), paar(3, 4), paar(2, 3)], [paar(2, 3), paar(1, 2), paar(3, 4)], [paar(3, 4), paar(2, 3), paar(1, 2)]]) {
      expect(clusteren(volgorde).map((x) => x.personen)).toEqual([[1, 2, 3, 4]]);
    }
  });

  it('leeg blijft leeg', () => {
    expect(clusteren([])).toEqual([]);
  });

  it('eigenschap: elk paar in precies één cluster, elke persoon in precies één cluster, en clusters hangen samen', () => {
    const paren = fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).filter(([a, b]) => a !== b), { maxLength: 20 });
    fc.assert(
      fc.property(paren, (ruw) => {
        const lijst = ruw.map(([a, b]) => paar(a, b));
        const c = clusteren(lijst);
        const allePersonen = c.flatMap((x) => x.personen);
        if (new Set(allePersonen).size !== allePersonen.length) return false;
        if (c.reduce((n, x) => n + x.paren.length, 0) !== lijst.length) return false;
        for (const x of c) {
          // Connected: a walk over its own pairs from its first person reaches every person.
          const bereikt = new Set([x.personen[0]!]);
          let groeit = true;
          while (groeit) {
            groeit = false;
            for (const p of x.paren) {
              if (bereikt.has(p.persoonId) !== bereikt.has(p.kandidaatId)) {
                bereikt.add(p.persoonId).add(p.kandidaatId);
                groeit = true;
              }
            }
          }
          if (bereikt.size !== x.personen.length) return false;
        }
        return true;
      }),
    );
  });
});
