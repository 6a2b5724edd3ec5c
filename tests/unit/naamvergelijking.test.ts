/**
 * Art. 7.2: signals about one person are proposed for combining. All names below are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { meldingenEn, meldingenNl } from '@shared/meldingen';
import {
  blokkeersleutels,
  DREMPEL_SCORE,
  jaroWinkler,
  klanksleutel,
  normaliseerNaam,
  vergelijkPersonen,
  vergelijkVoorbereid,
  voorbereiden,
  type PersoonGegevens,
} from '../../electron/backend/keten/naamvergelijking';

const P = (naam: string, geboortedatum = '', adres = '', woonplaats = ''): PersoonGegevens => ({ naam, geboortedatum, adres, woonplaats });

describe('normaliseerNaam', () => {
  it.each([
    ['Zoë Çelik', ['zoe', 'celik'], []],
    ['José María García', ['jose', 'maria', 'garcia'], []],
    ['Łukasz Wiśniewski', ['lukasz', 'wisniewski'], []],
    ['Yılmaz Şahin', ['yilmaz', 'sahin'], []],
    ['Ștefan Țurcanu', ['stefan', 'turcanu'], []],
    ['Øystein Strauß', ['oystein', 'strauss'], []],
    ['Иван Петров', ['ivan', 'petrov'], []],
    ['Anna-Maria Kowalska-Nowak', ['anna', 'maria', 'kowalska', 'nowak'], []],
    ['  Ahmed   EL-Amrani ', ['ahmed', 'amrani'], ['el']],
    ['Jan van der Berg', ['jan', 'berg'], ['van', 'der']],
    ["'t Hart", ['hart'], ["'t"]],
    ['Kees in ’t Veld', ['kees', 'veld'], ['in', "'t"]],
    ['Berg, Jan van der', ['jan', 'berg'], ['van', 'der']],
    ['J. v.d. Berg', ['j', 'berg'], ['vd']],
    ["Mario d'Ancona", ['mario', 'ancona'], ["d'"]],
    ['Nguyễn Văn Đức', ['nguyen', 'duc'], ['van']],
    // A particle that is the only word, or stands last, is a name (not before a surname).
    ['De', ['de'], []],
    ['Van der', ['van', 'der'], []],
    ['Jan de', ['jan', 'de'], []],
  ])('%s', (naam, tokens, tussenvoegsels) => {
    expect(normaliseerNaam(naam)).toEqual({ tokens, tussenvoegsels });
  });
});

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['jansen', 'hansen', 0.889],
    ['abc', 'abc', 1],
    ['', 'abc', 0],
    ['abc', 'xyz', 0],
  ])('%s ~ %s = %f', (a, b, verwacht) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(verwacht, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(verwacht, 3);
  });
});

describe('klanksleutel', () => {
  it.each([
    ['Jansen', 'Janssen'],
    ['Pieterse', 'Pietersen'], // toneless Dutch -en
    ['Vries', 'Fries'],
    ['Mohammed', 'Muhammad'],
    ['Mohamed', 'Mohamad'],
    ['Mohammed', 'Mohamed'],
    ['Jakob', 'Jacob'],
    ['Kowalski', 'Kovalski'],
    ['Nguyen', 'Nguien'],
    ['Yilmaz', 'Yılmaz'],
    ['Dijk', 'Dyk'],
    ['Dijk', 'Dijck'],
    ['Van Dijk', 'Van Dyk'],
    ['Aleksander', 'Alexander'],
    ['Katarzyna', 'Katarzina'],
    ['Ewa', 'Eva'],
    ['Youssef', 'Yusuf'],
    ['Khalid', 'Chalid'],
    ['Visscher', 'Visser'],
    ['Christiaan', 'Kristiaan'],
    ['Sarah', 'Sara'],
    ['Dimitrov', 'Dimitrow'],
    ['Andreea', 'Andrea'],
    // Chosen collisions: the score tells these apart.
    ['Bakker', 'Baker'],
    ['Maria', 'Mario'],
  ])('%s = %s', (a, b) => {
    expect(klanksleutel(a)).toBe(klanksleutel(b));
  });

  it.each([
    ['Jansen', 'Hansen'],
    ['Jansen', 'Jansens'], // a final s is another family (Janssens)
    ['Vries', 'Wit'],
    ['Kowalski', 'Nowak'],
    ['Popescu', 'Ionescu'],
    ['Ivanov', 'Petrov'],
  ])('%s ≠ %s', (a, b) => {
    expect(klanksleutel(a)).not.toBe(klanksleutel(b));
  });
});

/** Realistic synthetic pairs: the same person written by two partners. */
const zelfdePersoon: Array<[string, PersoonGegevens, PersoonGegevens, string[]?]> = [
  // ADR 0034: "Jansen, Piet" is the usual surname-first order, not a swap.
  ['Nederlands, achternaam eerst', P('Piet Jansen', '1990-03-14'), P('Jansen, Piet', '1990-03-14'), ['match.naamGelijk', 'match.geboortedatumGelijk']],
  ['Nederlands, verwisseld', P('Piet Jansen', '1990-03-14'), P('Jansen Piet', '1990-03-14'), ['match.verwisseld', 'match.geboortedatumGelijk']],
  ['Nederlands, v/f', P('Johanna de Vries'), P('Johanna de Fries', '1988-01-02'), ['match.naamOpSpelling']],
  ['Nederlands, dubbele s en c/k', P('Jakob Janssen', '1979-11-30'), P('Jacob Jansen', '1979-11-30'), ['match.naamOpSpelling']],
  ['Nederlands, ij/y', P('Jan van Dijk', '', 'Kerkstraat 12-A', 'Utrecht'), P('Jan van Dyk', '', 'Kerkstr. 12a', 'utrecht'), ['match.adresGelijk', 'match.woonplaatsGelijk']],
  ['Nederlands, tussenvoegsel', P('Marieke van der Berg'), P('Marieke van den Berg'), ['match.tussenvoegselAnders']],
  ['Nederlands, voorletter', P('P. Jansen', '1990-03-14'), P('Piet Jansen', '1990-03-14'), ['match.voorletter']],
  ['Nederlands, dag/maand verwisseld', P('Sanne Bakker', '1992-04-07'), P('Sanne Bakker', '1992-07-04'), ['match.geboortedatumVerwisseld']],
  ['Pools, y/i', P('Katarzyna Kowalska'), P('Katarzina Kowalska', '1990-01-01'), ['match.naamOpSpelling']],
  ['Pools, w/v en diakrieten', P('Ewa Wiśniewska', '1985-05-05'), P('Eva Wisniewska', '1985-05-05'), ['match.geboortedatumGelijk']],
  ['Pools, x/ks', P('Aleksander Nowak', '1991-12-01'), P('Alexander Nowak', '')],
  ['Pools, mannelijke vorm in register', P('Daria Kowalska', '1993-02-11'), P('Daria Kowalski', '1993-02-11'), ['match.achternaamGeslacht']],
  ['Turks, ı', P('Mehmet Yılmaz', '1987-08-19'), P('Mehmet Yilmaz', ''), ['match.naamGelijk']],
  ['Turks, ç en h', P('Ahmed Çelik'), P('Achmed Celik')],
  ['Arabisch, transliteratie', P('Mohammed El Amrani', '1995-06-01'), P('Muhammad Elamrani', '1995-06-01'), ['match.geboortedatumGelijk']],
  ['Arabisch, los geschreven', P('Youssef Benali', '2001-02-03'), P('Yusuf Ben Ali'), ['match.aaneen']],
  ['Arabisch, kh/ch', P('Khalid Mansour', '1983-03-03'), P('Chalid Mansur', '1983-03-03')],
  ['Vietnamees, y/i', P('Nguyen Van Minh'), P('Nguien Van Minh', '2000-10-10'), ['match.naamOpSpelling']],
  ['Vietnamees, westerse volgorde', P('Nguyen Thi Lan', '1999-09-09'), P('Lan Nguyen', '1999-09-09'), ['match.naamdeelOntbreekt', 'match.verwisseld']],
  ['Roemeens, diakrieten', P('Ionuț Stănescu', '1996-07-15'), P('Ionut Stanescu', '1996-07-15')],
  ['Roemeens, ee/e en aaneen', P('Andreea Maria Popescu'), P('Andrea Mariapopescu', '1998-04-22')],
  ['Bulgaars, cyrillisch', P('Георги Димитров', '1975-01-09'), P('Georgi Dimitrov', '1975-01-09')],
  ['Bulgaars, v/w', P('Georgi Dimitrow'), P('Georgi Dimitrov', '1975-01-09')],
  ['Bulgaars, vrouwelijke vorm ov/ova', P('Elena Ivanova', '1994-06-30'), P('Elena Ivanov', '1994-06-30')],
  ['Datum in Nederlandse notatie', P('Fatima Bouzid', '03-02-1997'), P('Fatima Bouzid', '1997-02-03'), ['match.geboortedatumGelijk']],
];

describe('art. 7.2: dezelfde persoon wordt voorgesteld', () => {
  it.each(zelfdePersoon)('%s', (_naam, a, b, redenen = []) => {
    const r = vergelijkPersonen(a, b);
    expect(r.waarschijnlijk, r.redenen.join('; ')).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(DREMPEL_SCORE);
    expect(r.redenen).toEqual(expect.arrayContaining(redenen));
    // The same answer whichever signal is compared first.
    expect(vergelijkPersonen(b, a).waarschijnlijk).toBe(true);
  });
});

const anderePersoon: Array<[string, PersoonGegevens, PersoonGegevens, string]> = [
  ['vader en zoon: zelfde naam en adres, andere geboortedatum', P('Piet Jansen', '1990-03-14', 'Kerkstraat 1', 'Utrecht'), P('Piet Jansen', '1965-03-14', 'Kerkstraat 1', 'Utrecht'), 'match.geboortedatumVerschilt'],
  ['zelfde naam, andere geboortedatum (Arabisch)', P('Mohammed El Amrani', '1995-06-01'), P('Mohamed El Amrani', '1999-11-23'), 'match.geboortedatumVerschilt'],
  ['zelfde naam, andere geboortedatum (Pools)', P('Katarzyna Kowalska', '1990-01-01'), P('Katarzyna Kowalska', '1990-01-02'), 'match.geboortedatumVerschilt'],
  ['zelfde naam, andere geboortedatum (Vietnamees)', P('Nguyen Van Minh', '2000-10-10'), P('Nguyen Van Minh', '2001-10-10'), 'match.geboortedatumVerschilt'],
  ['andere naam, zelfde geboortedatum', P('Piet Jansen', '1990-03-14'), P('Ahmet Çelik', '1990-03-14'), 'match.naamVerschilt'],
  ['Jansen/Hansen, zelfde geboortedatum', P('Piet Jansen', '1990-03-14'), P('Piet Hansen', '1990-03-14'), 'match.naamdeelVerschilt'],
  ['de Vries/de Wit, zelfde geboortedatum', P('Jan de Vries', '1980-05-05'), P('Jan de Wit', '1980-05-05'), 'match.naamdeelVerschilt'],
  ['tweeling met andere voornaam', P('Sanne Bakker', '2003-01-20', 'Dorpsweg 3', 'Breda'), P('Lotte Bakker', '2003-01-20', 'Dorpsweg 3', 'Breda'), 'match.naamdeelVerschilt'],
  ['tweeling Maria/Mario', P('Maria Popescu', '2000-01-01', 'Kerkstraat 1', 'Utrecht'), P('Mario Popescu', '2000-01-01', 'Kerkstr. 1', 'Utrecht'), 'match.voornaamGeslacht'],
  ['broer en zus Ivan/Ivana', P('Ivan Petrov', '1990-02-02'), P('Ivana Petrova', '1990-02-02'), 'match.voornaamGeslacht'],
  ['alleen een voornaam op hetzelfde adres', P('Ana', '', 'Dorpsweg 3', 'Breda'), P('Ana', '', 'Dorpsweg 3', 'Breda'), 'match.eenNaamdeel'],
  ['voorletter zonder geboortedatum', P('J. Jansen'), P('Jan Jansen'), 'match.voorletter'],
];

describe('art. 7.2: verschillende personen worden niet samengevoegd', () => {
  it.each(anderePersoon)('%s', (_naam, a, b, reden) => {
    const r = vergelijkPersonen(a, b);
    expect(r.waarschijnlijk, r.redenen.join('; ')).toBe(false);
    expect(r.score).toBeLessThan(DREMPEL_SCORE);
    expect(r.redenen).toContain(reden);
    expect(vergelijkPersonen(b, a).waarschijnlijk).toBe(false);
  });
});

describe('redenen', () => {
  it('art. 6.2: noemen geen namen, adressen of data', () => {
    for (const [, a, b] of [...zelfdePersoon, ...anderePersoon]) {
      // the codes and their wording in both languages (ADR 0015)
      const tekst = vergelijkPersonen(a, b).redenen.flatMap((r) => [r, meldingenNl[r], meldingenEn[r]]).join(' ');
      const woorden = [a, b].flatMap((p) => [...normaliseerNaam(p.naam).tokens, p.geboortedatum, p.adres]).filter((w) => w.length > 2);
      for (const w of woorden) expect(tekst).not.toContain(w);
    }
  });

  it('geboortedatum bij één onbekend is neutraal', () => {
    const met = vergelijkPersonen(P('Johanna de Vries', '1988-01-02'), P('Johanna de Vries', ''));
    const zonder = vergelijkPersonen(P('Johanna de Vries'), P('Johanna de Vries'));
    expect(met.score).toBe(zonder.score);
    expect(met.redenen).toContain('match.geboortedatumOnbekend');
  });

  it('score ligt tussen 0 en 1 en stijgt met meer bewijs', () => {
    const naam = vergelijkPersonen(P('Piet Jansen'), P('Piet Jansen'));
    const metDatum = vergelijkPersonen(P('Piet Jansen', '1990-03-14'), P('Piet Jansen', '1990-03-14'));
    const metAdres = vergelijkPersonen(P('Piet Jansen', '1990-03-14', 'Kerkstraat 1', 'Utrecht'), P('Piet Jansen', '1990-03-14', 'Kerkstraat 1', 'Utrecht'));
    expect(0 < naam.score && naam.score < metDatum.score && metDatum.score < metAdres.score && metAdres.score < 1).toBe(true);
  });

  it('adres in een andere woonplaats telt niet als gelijk', () => {
    const r = vergelijkPersonen(P('Piet Jansen', '', 'Kerkstraat 1', 'Utrecht'), P('Piet Jansen', '', 'Kerkstraat 1', 'Breda'));
    expect(r.redenen).not.toContain('match.adresGelijk');
  });

  it("'s-Gravenhage en Den Haag zijn dezelfde woonplaats", () => {
    expect(vergelijkPersonen(P('Piet Jansen', '', '', "'s-Gravenhage"), P('Piet Jansen', '', '', 'Den Haag')).redenen).toContain('match.woonplaatsGelijk');
  });

  it('vergelijkPersonen is vergelijkVoorbereid op voorbereide personen', () => {
    const [, a, b] = zelfdePersoon[0]!;
    expect(vergelijkVoorbereid(voorbereiden(a), voorbereiden(b))).toEqual(vergelijkPersonen(a, b));
  });
});

describe('blokkeersleutels', () => {
  const naamSleutels = (naam: string) =>
    new Set(blokkeersleutels({ naam, geboortedatum: '' }).filter((s) => s.soort === 'naam-token').map((s) => s.waarde));

  it.each([
    ['Piet Jansen', 'Jansen, Piet'],
    ['Johanna de Vries', 'Johanna de Fries'],
    ['Mohammed El Amrani', 'Muhammad Elamrani'],
    ['Katarzyna Kowalska', 'Katarzina Kowalski'],
    ['Mehmet Yılmaz', 'Mehmet Yilmaz'],
    ['Nguyen Thi Lan', 'Lan Nguien'],
    ['Ionuț Stănescu', 'Ionut Stanescu'],
    ['Георги Димитров', 'Georgi Dimitrow'],
    ['Jan van Dijck', 'J. van Dyk'],
  ])('%s en %s delen een naamsleutel', (a, b) => {
    const sa = naamSleutels(a);
    expect([...naamSleutels(b)].some((k) => sa.has(k))).toBe(true);
  });

  it('een sleutel per naamdeel, zonder voorletters en tussenvoegsels', () => {
    expect(blokkeersleutels({ naam: 'P. van der Berg', geboortedatum: '' })).toEqual([{ soort: 'naam-token', waarde: klanksleutel('berg') }]);
  });

  it('exacte sleutel alleen met geboortedatum, naamdelen gesorteerd', () => {
    expect(blokkeersleutels({ naam: 'Piet Jansen', geboortedatum: '' }).some((s) => s.soort === 'exact')).toBe(false);
    const met = blokkeersleutels({ naam: 'Piet Jansen', geboortedatum: '1990-03-14' });
    const omgekeerd = blokkeersleutels({ naam: 'Jansen, Piet', geboortedatum: '14-03-1990' });
    expect(met).toContainEqual({ soort: 'geboortedatum', waarde: '1990-03-14' });
    expect(met).toContainEqual({ soort: 'exact', waarde: 'jansen piet|1990-03-14' });
    expect(omgekeerd.find((s) => s.soort === 'exact')).toEqual({ soort: 'exact', waarde: 'jansen piet|1990-03-14' });
  });

  it('geen exacte sleutel zonder naam; een onleesbare datum telt als onbekend', () => {
    expect(blokkeersleutels({ naam: '', geboortedatum: '1990-03-14' })).toEqual([{ soort: 'geboortedatum', waarde: '1990-03-14' }]);
    expect(blokkeersleutels({ naam: 'Piet Jansen', geboortedatum: '1990-02-30' }).some((s) => s.soort !== 'naam-token')).toBe(false);
  });
});
