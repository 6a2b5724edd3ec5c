/**
 * Art. 7.2 ("mogelijk dezelfde persoon"), rule by rule. tests/unit/naamvergelijking.test.ts checks the
 * outcome at the threshold on realistic pairs; here every rule of electron/backend/keten/naamvergelijking.ts
 * is pinned on its own, with the exact key or the exact evidence points, so that turning one rule off,
 * or changing one weight, makes a test fail (mutation testing, docs/mutatietests.md). All names are synthetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blokkeersleutels,
  DREMPEL_PUNTEN,
  jaroWinkler,
  klanksleutel,
  normaliseerNaam,
  vergelijkPersonen,
  type PersoonGegevens,
} from '../../electron/backend/keten/naamvergelijking';

const P = (naam: string, geboortedatum = '', adres = '', woonplaats = ''): PersoonGegevens => ({ naam, geboortedatum, adres, woonplaats });
/** The evidence points behind a score: the score is the logistic of (points − DREMPEL_PUNTEN). */
const punten = (a: PersoonGegevens, b: PersoonGegevens): number => {
  const { score } = vergelijkPersonen(a, b);
  return Math.round((DREMPEL_PUNTEN + Math.log(score / (1 - score))) * 100) / 100;
};
const geboortesleutel = (geboortedatum: string) => blokkeersleutels({ naam: '', geboortedatum }).find((s) => s.soort === 'geboortedatum')?.waarde;

describe('klanksleutel: elke klankregel doet ertoe', () => {
  it.each([
    // name, key, the rule that makes it so (without that rule the key differs)
    ['Jansen', 'j*ns*', 'toonloze -en'],
    ['Aben', '*b*n', 'toonloze -en pas na drie letters'],
    ['Visscher', 'f*s*r', 'sch → s'],
    ['Chris', 'kr*s', 'ch vóór r/l → k'],
    ['Khan', 'g*n', 'kh → g'],
    ['Bach', 'b*g', 'ch → g'],
    ['Philip', 'f*l*p', 'ph → f'],
    ['Djamal', 'j*m*l', 'dj → j'],
    ['Sjaak', 's*k', 'sj → s'],
    ['Pijl', 'p*l', 'ij → i'],
    ['Yara', 'j*r*', 'y aan het begin vóór een klinker → j'],
    ['Meyer', 'm*r', 'y → i'],
    ['Maja', 'm*', 'j tussen klinkers → i'],
    ['Max', 'm*ks', 'x → ks'],
    ['Qadir', 'k*d*r', 'q → k'],
    ['Cees', 's*s', 'c vóór e/i → s'],
    ['Jacob', 'j*k*p', 'c → k'],
    ['Zara', 's*r*', 'z → s'],
    ['Thijs', 't*s', 'h na een medeklinker'],
    ['John', 'j*n', 'h die een lettergreep sluit'],
    ['Willem', 'f*l*m', 'w/v → f'],
    ['Smidt', 'sm*t', 'dt aan het eind → t'],
    ['Ahmed', '*m*t', 'd aan het eind → t'],
    ['Jakob', 'j*k*p', 'b aan het eind → p'],
    ['Aafke', '*fk*', 'een klinkerreeks is één teken'],
    ['Anna', '*n*', 'dubbele letters'],
  ])('%s → %s (%s)', (naam, sleutel) => {
    expect(klanksleutel(naam)).toBe(sleutel);
  });

  it('letters die NFD niet splitst, en cyrillisch, worden uitgeschreven', () => {
    expect(normaliseerNaam('ßøæœłıđðþħŀ абвгдежзийклмнопрстуфхцчшщъьюяёыэіїєґ').tokens).toEqual([
      'ssoaeoeliddthhl',
      'abvgdezhziyklmnoprstufhtschshshtayuyaeyeiieg',
    ]);
  });
});

describe('tussenvoegsels: elk telt als tussenvoegsel vóór een achternaam', () => {
  const losse = ['van', 'de', 'der', 'den', 'des', 'het', "'t", "'s", 'ter', 'ten', 'te', 'in', 'op', 'aan', 'bij', 'uit', 'vd', 'la', 'le', 'les', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'el', 'al', 'von', 'vom', 'zu', 'zum'];
  it.each(losse)('Jan %s Berg', (tv) => {
    expect(normaliseerNaam(`Jan ${tv} Berg`)).toEqual({ tokens: ['jan', 'berg'], tussenvoegsels: [tv] });
  });

  it.each([
    ["Mario d'Ancona", ['mario', 'ancona'], ["d'"]],
    ["Anne l'Orange", ['anne', 'orange'], ["l'"]],
    ["Sean O'Brien", ['sean', 'o', 'brien'], []], // another apostrophe splits, without a particle
    ['Jan v/d Berg', ['jan', 'berg'], ['vd']],
    ['Jan v. d. Berg', ['jan', 'berg'], ['vd']],
    // ADR 0034: surname first with a comma is the usual notation; the parts are kept as first name, surname.
    ['Berg, Jan', ['jan', 'berg'], []],
    ['POPESCU, M.', ['m', 'popescu'], []],
    ['POPESCU Maria', ['maria', 'popescu'], []], // surname in capitals, first: as on a passport
    ['VAN DER BERG Jan', ['jan', 'berg'], ['van', 'der']],
    ['PIET JANSEN', ['piet', 'jansen'], []], // all in capitals: the order as written
    ['Berg, van der', ['berg', 'van', 'der'], []], // nothing but particles after the comma: they are the name
    [', Jan', ['jan'], []],
    ['Jan,', ['jan'], []],
    ['Berg,Jan', ['jan', 'berg'], []],
    ["O'Neill, Sean", ['sean', 'o', 'neill'], []],
    ['Mario d`Ancona', ['mario', 'ancona'], ["d'"]], // every kind of apostrophe is one
    ['Mario d´Ancona', ['mario', 'ancona'], ["d'"]],
    ['Mario dʼAncona', ['mario', 'ancona'], ["d'"]],
    ['Kees in ‘t Veld', ['kees', 'veld'], ['in', "'t"]],
    ['Jan v / d Berg', ['jan', 'berg'], ['vd']],
    ['Jan V.D. Berg', ['jan', 'berg'], ['vd']],
    ['Jan van der Berg-de Vries', ['jan', 'berg', 'vries'], ['van', 'der', 'de']],
  ])('%s', (naam, tokens, tussenvoegsels) => {
    expect(normaliseerNaam(naam)).toEqual({ tokens, tussenvoegsels });
  });
});

describe('geboortedatum: alleen een echte datum telt', () => {
  it.each([
    ['1990-03-04', '1990-03-04'],
    ['1990-3-4', '1990-03-04'],
    ['4-3-1990', '1990-03-04'],
    ['04/03/1990', '1990-03-04'],
    ['4.3.1990', '1990-03-04'],
    [' 4 3 1990 ', '1990-03-04'],
    ['2000-02-29', '2000-02-29'], // leap year
    ['1990-04-30', '1990-04-30'],
    ['1990-12-31', '1990-12-31'],
    ['1990-01-01', '1990-01-01'],
  ])('%s → %s', (tekst, iso) => {
    expect(geboortesleutel(tekst)).toBe(iso);
  });

  it.each(['1990-13-01', '1990-00-10', '1990-04-31', '1990-04-00', '1900-02-29', '90-03-04', '04-03-90', '1990-03', 'gisteren', ''])(
    '%s is geen datum',
    (tekst) => {
      expect(geboortesleutel(tekst)).toBeUndefined();
    },
  );

  it('dag en maand verwisseld telt alleen binnen hetzelfde jaar', () => {
    expect(punten(P('Piet Jansen', '1990-03-04'), P('Piet Jansen', '1990-04-03'))).toBe(4.5 + 1);
    expect(punten(P('Piet Jansen', '1990-03-04'), P('Piet Jansen', '1991-04-03'))).toBe(4.5 - 6);
    expect(punten(P('Piet Jansen', '1990-03-04'), P('Piet Jansen', '1990-03-05'))).toBe(4.5 - 6);
    expect(punten(P('Piet Jansen', '1990-03-04'), P('Piet Jansen', '04-03-1990'))).toBe(4.5 + 3);
  });
});

describe('adres: afkortingen zijn gelijk, een ander huisnummer niet', () => {
  const adresPunten = (a: string, b: string, plaatsA = 'Utrecht', plaatsB = 'Utrecht') =>
    punten(P('Piet Jansen', '', a, plaatsA), P('Piet Jansen', '', b, plaatsB));
  it.each([
    ['Kerkstr. 1', 'Kerkstraat 1'],
    ['Dorpsln 2', 'Dorpslaan 2'],
    ['Marktpln 3', 'Marktplein 3'],
    ['Dijkwg 4', 'Dijkweg 4'],
    ['Burg. Jansenstraat 5', 'Burgemeester Jansenstraat 5'],
    ['Kerk straat 1', 'Kerkstraat 1'],
    ['Kerkstraat 12-A', 'Kerkstraat 12a'],
  ])('%s = %s', (a, b) => {
    expect(adresPunten(a, b)).toBe(4.5 + 2 + 0.5);
  });

  it.each([
    ['Kerkstraat 1', 'Kerkstraat 12'],
    ['Kerkstraat 1a', 'Kerkstraat 1b'],
    ['1 Kerkstraat', 'Kerkstraat 1'],
    ['Maastr 1', 'Maastraat 1'], // "str" after "aa" is not written out
  ])('%s ≠ %s', (a, b) => {
    expect(adresPunten(a, b)).toBe(4.5 + 0.5);
    expect(vergelijkPersonen(P('Piet Jansen', '', a, 'Utrecht'), P('Piet Jansen', '', b, 'Utrecht')).redenen).toContain('match.adresVerschilt');
  });

  it('woonplaats: onbekend aan één kant laat het adres tellen; een andere plaats niet', () => {
    expect(adresPunten('Kerkstraat 1', 'Kerkstraat 1', 'Utrecht', '')).toBe(4.5 + 2);
    expect(adresPunten('Kerkstraat 1', 'Kerkstraat 1', 'Utrecht', 'Breda')).toBe(4.5);
    expect(adresPunten('', '', 'Utrecht', 'Utrecht')).toBe(4.5 + 0.5);
    expect(adresPunten('Kerkstraat 1', '', 'Utrecht', 'Utrecht')).toBe(4.5 + 0.5);
    expect(adresPunten('', '', "'s-Hertogenbosch", 'Den Bosch')).toBe(4.5 + 0.5);
    expect(adresPunten('', '', 'Utrecht', 'Breda')).toBe(4.5);
    expect(vergelijkPersonen(P('Piet Jansen', '', 'Kerkstraat 1', ''), P('Piet Jansen', '', '', '')).redenen).not.toContain('match.adresVerschilt');
  });
});

describe('naamsleutels: een naamdeel van twee letters heeft een sleutel, een voorletter niet', () => {
  it('Li Ng', () => {
    expect(blokkeersleutels({ naam: 'Li Ng', geboortedatum: '' })).toEqual([
      { soort: 'naam-token', waarde: 'l*' },
      { soort: 'naam-token', waarde: 'ng' },
    ]);
  });

  it('J. Li: de voorletter valt weg, Li blijft', () => {
    expect(blokkeersleutels({ naam: 'J. Li', geboortedatum: '' })).toEqual([{ soort: 'naam-token', waarde: 'l*' }]);
  });

  it('twee naamdelen met dezelfde klank geven één sleutel', () => {
    expect(blokkeersleutels({ naam: 'Jansen Janssen', geboortedatum: '' })).toEqual([{ soort: 'naam-token', waarde: 'j*ns*' }]);
  });
});

describe('de punten per soort naambewijs (PUNTEN)', () => {
  it.each([
    ['Piet Jansen', 'Piet Jansen', 4.5, 'match.naamGelijk'],
    ['Jansen, Piet', 'Piet Jansen', 4.5, 'match.naamGelijk'], // ADR 0034: the usual order, not a swap
    ['JANSEN, P.', 'Piet Jansen', 2.5, 'match.voorletter'],
    ['Ab Cd', 'Cd Ab', 4.5, 'match.verwisseld'],
    ['Jakob Janssen', 'Jacob Jansen', 4, 'match.naamOpSpelling'],
    ['Marhta Jansen', 'Martha Jansen', 4, 'match.naamOpSpelling'],
    ['Joanna Smit', 'Joanne Smit', 4, 'match.naamOpSpelling'],
    ['Daria Kowalska', 'Daria Kowalski', 4, 'match.achternaamGeslacht'],
    ['Ivan Petrov', 'Ivan Petrova', 4, 'match.achternaamGeslacht'],
    ['Youssef Benali', 'Yusuf Ben Ali', 4, 'match.aaneen'],
    ['Anamaria Pop', 'Ana Maria Pop', 4, 'match.aaneen'],
    ['P. Jansen', 'Piet Jansen', 2.5, 'match.voorletter'],
    ['J. v. Dijk', 'Jan van Dijk', 2.5, 'match.voorletter'],
    ['Piet Jansen', 'Piet Hendrik Jansen', 3, 'match.naamdeelOntbreekt'],
    ['Le Thi Hoa', 'Hoa Le', 3, 'match.naamdeelOntbreekt'],
    ['Jansen', 'Piet Jansen', 0.5, 'match.naamdeelOntbreekt'],
    ['Ana', 'Ana', 0.5, 'match.eenNaamdeel'],
    ['Piet Jansen', 'Kees Jansen', -3, 'match.naamdeelVerschilt'],
    ['Maria Popescu', 'Mario Popescu', -3, 'match.voornaamGeslacht'],
    ['Daniel Smit', 'Danielle Smit', -3, 'match.voornaamGeslacht'],
    ['Jean Smit', 'Jeanne Smit', -3, 'match.voornaamGeslacht'],
    ['Piet Jansen', 'Ahmet Celik', -5, 'match.naamVerschilt'],
    ['Piet Jansen', '', 0, 'match.naamOnbekend'],
    // Male and female forms: Slavic surnames pair (-ski/-ska, -cki/-cka, -zki/-zka, -ev/-eva, -ov/-ovova) …
    ['Anna Nowicki', 'Anna Nowicka', 4, 'match.achternaamGeslacht'],
    ['Anna Gradzki', 'Anna Gradzka', 4, 'match.achternaamGeslacht'],
    ['Anna Lewandowski', 'Anna Lewandowska', 4, 'match.achternaamGeslacht'],
    ['Anna Dimitrev', 'Anna Dimitreva', 4, 'match.achternaamGeslacht'],
    ['Anna Petrov', 'Anna Petrovova', 4, 'match.achternaamGeslacht'],
    // … -ski/-sky is a spelling, not a female form; first names in two forms are two people.
    ['Anna Kowalski', 'Anna Kowalsky', 4, 'match.naamOpSpelling'],
    ['Paulo Smit', 'Paula Smit', -3, 'match.voornaamGeslacht'],
    ['Mark Smit', 'Marko Smit', 4, 'match.naamOpSpelling'],
    ['Jo Smit', 'Ja Smit', 4, 'match.naamOpSpelling'], // too short to be a male/female pair
    ['P. Smit', 'Kees Smit', -3, 'match.naamdeelVerschilt'], // an initial that does not fit
    ['Jan Jan', 'Jan Jan', 4.5, 'match.naamGelijk'],
    // One first name, written as one part or two: still one name part, whichever signal comes first.
    ['Ana Maria', 'Anamaria', 0.5, 'match.eenNaamdeel'],
    ['Al Smit', 'Ala Smit', 0, 'match.tussenvoegselOntbreekt'], // "al" is a particle
  ])('%s / %s → %f (%s)', (a, b, verwacht, reden) => {
    expect(punten(P(a), P(b))).toBe(verwacht);
    expect(punten(P(b), P(a))).toBe(verwacht);
    expect(vergelijkPersonen(P(a), P(b)).redenen).toContain(reden);
  });

  it.each([
    ['Jan van Dijk', 'Jan Dijk', 4, 'match.tussenvoegselOntbreekt'],
    ['Jan van der Berg', 'Jan van den Berg', 4, 'match.tussenvoegselAnders'],
    ['Jan de Berg', 'Jan te Berg', 4, 'match.tussenvoegselAnders'],
    ['Jan van de Berg', 'Jan van Berg', 4, 'match.tussenvoegselAnders'],
    // Abbreviations of the same particles cost nothing.
    ['Jan vd Berg', 'Jan van der Berg', 4.5, 'match.tussenvoegselAnders'],
    ['Jan v. Berg', 'Jan van Berg', 4.5, 'match.naamGelijk'],
    ['Jan v d Berg', 'Jan van der Berg', 4.5, 'match.naamGelijk'],
    ['Jan van den Berg', 'Jan v.d. Berg', 4.5, 'match.tussenvoegselAnders'],
    ['Jan ten Berg', 'Jan te Berg', 4, 'match.tussenvoegselAnders'],
    ['Jan de la Cruz', 'Jan del Cruz', 4, 'match.tussenvoegselAnders'],
    ['Jan v. Dijk', 'Jan de Dijk', 2.5, 'match.naamdeelOntbreekt'],
    ["Jan 't Hart", 'Jan te Hart', 4.5, 'match.tussenvoegselAnders'], // 't abbreviates te
    ["Jan van 't Hof", 'Jan van het Hof', 4, 'match.tussenvoegselAnders'],
    ['Jan van de Berg', 'Jan vd Berg', 4.5, 'match.tussenvoegselAnders'],
    ['Jan van der Berg', 'Jan van Berg', 4, 'match.tussenvoegselAnders'],
    ["Jan d'Ancona", 'Jan de Ancona', 4.5, 'match.tussenvoegselAnders'],
  ])('tussenvoegsel: %s / %s → %f (%s)', (a, b, verwacht, reden) => {
    expect(punten(P(a), P(b))).toBe(verwacht);
    expect(punten(P(b), P(a))).toBe(verwacht);
    expect(vergelijkPersonen(P(a), P(b)).redenen).toContain(reden);
  });

  it('een tussenvoegsel weegt niet mee als de namen al verschillen', () => {
    expect(punten(P('Piet van Jansen'), P('Kees Jansen'))).toBe(-3);
  });

  it('waarschijnlijk precies vanaf DREMPEL_PUNTEN: een volledige naam alleen is genoeg, één naamdeel vraagt de geboortedatum', () => {
    expect(vergelijkPersonen(P('Ana', '1990-01-01'), P('Ana', '1990-01-01')).waarschijnlijk).toBe(true); // 0.5 + 3 = 3.5
    expect(vergelijkPersonen(P('Ana', '', 'Kerkstraat 1', 'Utrecht'), P('Ana', '', 'Kerkstraat 1', 'Utrecht')).waarschijnlijk).toBe(false); // 3
  });
});

/** Jaro-Winkler as the textbook gives it, written plainly: the oracle for the fast version. */
function jaroWinklerReferentie(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const venster = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const inA = new Array<boolean>(a.length).fill(false);
  const inB = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - venster); j < Math.min(b.length, i + venster + 1); j++) {
      if (!inB[j] && a[i] === b[j]) {
        inA[i] = inB[j] = true;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  const uitA = [...a].filter((_, i) => inA[i]);
  const uitB = [...b].filter((_, j) => inB[j]);
  const t = uitA.filter((c, k) => c !== uitB[k]).length / 2;
  const jaro = (m / a.length + m / b.length + (m - t) / m) / 3;
  if (jaro < 0.7) return jaro;
  let l = 0;
  while (l < 4 && l < a.length && l < b.length && a[l] === b[l]) l++;
  return jaro + l * 0.1 * (1 - jaro);
}

describe('jaroWinkler tegen de definitie', () => {
  it('willekeurige namen, ook langer dan de buffers (64 tekens), geven hetzelfde als de definitie', () => {
    const naam = fc.string({ unit: fc.constantFrom(...'aeijnorst'), maxLength: 90 });
    fc.assert(
      fc.property(naam, naam, (a, b) => {
        expect(jaroWinkler(a, b)).toBeCloseTo(jaroWinklerReferentie(a, b), 12);
      }),
      { numRuns: 400 },
    );
  });

  it('na een lange vergelijking telt een korte niets van de vorige mee', () => {
    jaroWinkler('a'.repeat(100), `${'a'.repeat(99)}b`);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(jaroWinklerReferentie('martha', 'marhta'), 12);
    expect(jaroWinkler(`${'ab'.repeat(40)}x`, `${'ba'.repeat(40)}y`)).toBeCloseTo(jaroWinklerReferentie(`${'ab'.repeat(40)}x`, `${'ba'.repeat(40)}y`), 12);
  });

  it('de voorvoegselbonus: hoogstens vier letters, alleen boven 0,7', () => {
    expect(jaroWinkler('abcdefgh', 'abcdefxy')).toBeCloseTo(jaroWinklerReferentie('abcdefgh', 'abcdefxy'), 12);
    expect(jaroWinkler('abcdefgh', 'abcdefxy')).toBeCloseTo(0.8333333333 + 4 * 0.1 * (1 - 0.8333333333), 6);
    expect(jaroWinkler('ab', 'ba')).toBe(0);
    expect(jaroWinkler('abc', 'axy')).toBeCloseTo((1 / 3 + 1 / 3 + 1) / 3, 12); // 0.556: below 0.7, no bonus
  });
});

describe('volgorde doet er niet toe', () => {
  const NAMEN = ['Ana', 'Ana Maria', 'Anamaria', 'Ana Maria Pop', 'Anamaria Pop', 'Benali', 'Ben Ali', 'Youssef Ben Ali', 'P. Jansen', 'Piet Jansen', 'Jansen, Piet', 'Jan van Dijk', 'J. v. Dijk', 'Le Thi Hoa', 'Hoa Le', 'Daria Kowalska', 'Kowalski', ''];
  it('welk signaal eerst komt, verandert punten noch redenen (elk paar uit een vaste lijst)', () => {
    for (const a of NAMEN) {
      for (const b of NAMEN) {
        const heen = vergelijkPersonen(P(a), P(b));
        const terug = vergelijkPersonen(P(b), P(a));
        expect(terug.score, `${a} / ${b}`).toBe(heen.score);
        expect([...terug.redenen].sort(), `${a} / ${b}`).toEqual([...heen.redenen].sort());
      }
    }
  });
});
