/**
 * Anonymisation of free text (art. 6.2, 9.5, 21.4; ADR 0032): the redaction of what the bestand knows
 * and the detector for what still looks identifying.
 */
import { describe, expect, it } from 'vitest';
import { detecteer, elfproef, maakRedactor, redigeer, SIDECODES, telefoonnummer } from '../../electron/backend/keten/redactie';

const piet = { naam: 'Piet Jansen', geboortedatum: '1990-03-12', adres: 'Kerkstraat 12a, 1234 AB Havendorp', eigen: true };
const r = maakRedactor([piet, { naam: 'Anna van den Berg', geboortedatum: '1985-11-02', adres: 'Molenlaan 7' }, { naam: 'Ivan Bakker', geboortedatum: '' }]);
const rood = (t: string) => redigeer(t, r).tekst;

describe('namen en hun spellingsvarianten', () => {
  it.each([
    ['Piet Jansen werkt daar', '[naam] werkt daar'],
    ['JANSEN, P. werkt daar', '[naam] werkt daar'],
    ['P. Janssen werkt daar', '[naam] werkt daar'],
    ['Jansen Piet werkt daar', '[naam] werkt daar'],
    ['gezien door Janssen. De politie kwam', 'gezien door [naam]. De politie kwam'],
    ['volgens jansen zelf', 'volgens [naam] zelf'],
    ['Anna van den Berg en Van den Berg, A.', '[naam] en [naam]'],
    ['Zus van Piet heet Ana vd Berg', 'Zus [naam] heet [naam]'],
    ['De Bakker heeft een auto', '[naam] heeft een auto'],
  ])('%s', (invoer, uit) => {
    expect(rood(invoer)).toBe(uit);
  });

  it('een naam van een ander alleen met hoofdletter, en een stopwoord of beroep blijft', () => {
    expect(rood('werkt bij een bakker in de stad')).toBe('werkt bij een bakker in de stad');
    expect(rood('Ivan komt uit Havendorp')).toBe('[naam] komt uit Havendorp');
    expect(rood('Hansen is een ander')).toBe('Hansen is een ander');
  });

  it('telt per soort', () => {
    expect(redigeer('Piet Jansen (12-03-1990), 06-12345678, Kerkstraat 12a', r).aantallen).toEqual({ naam: 1, geboortedatum: 1, telefoon: 1, adres: 1 });
  });
});

describe('geboortedatum in de gangbare Nederlandse notaties', () => {
  it.each(['12-03-1990', '12 maart 1990', '1990-03-12', '12/3/90', '12.03.1990', '12 mrt. 1990', "12 maart '90", '12-3-1990'])('%s', (d) => {
    expect(rood(`geboren ${d} in Polen`)).toBe('geboren [geboortedatum] in Polen');
  });
  it('een andere datum blijft', () => {
    expect(rood('sinds 12-03-2025 en 13-03-1990')).toBe('sinds 12-03-2025 en 13-03-1990');
  });
});

describe('telefoonnummers', () => {
  it.each(['06-12345678', '0612345678', '06 1234 5678', '06 12 34 56 78', '+31 6 12345678', '+31 (0)6-12 34 56 78', '0031 6 1234 5678', '010-1234567', '+48 601 234 567'])('%s', (n) => {
    expect(rood(`bel ${n} na vijven`)).toBe('bel [telefoon] na vijven');
  });
  it('één notatie', () => {
    expect(telefoonnummer('+31 (0)6-12 34 56 78')).toBe('0612345678');
    expect(telefoonnummer('0031612345678')).toBe('0612345678');
    expect(telefoonnummer('12345678')).toBeNull();
  });
  it('bedragen en jaartallen blijven', () => {
    expect(rood('€ 1.250.000 in 2025-2026, art. 273f Sr')).toBe('€ 1.250.000 in 2025-2026, art. 273f Sr');
  });
});

describe('adres', () => {
  it.each(['Kerkstraat 12a', 'Kerkstr. 12-A', 'kerkstraat 12 a', '1234 AB', '1234ab'])('%s', (a) => {
    expect(rood(`woont op ${a} bij haar oom`)).toBe('woont op [adres] bij haar oom');
  });
  it('een ander huisnummer blijft, maar wordt gemarkeerd', () => {
    expect(rood('woont op Kerkstraat 14')).toBe('woont op Kerkstraat 14');
    expect(detecteer('woont op Kerkstraat 14')).toEqual([{ soort: 'adres', tekst: 'Kerkstraat 14' }]);
  });
});

describe('detector', () => {
  it('BSN met de 11-proef', () => {
    expect(elfproef('111222333')).toBe(true);
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(elfproef('000000000')).toBe(false);
    expect(detecteer('BSN 1112.22.333 en 123456789')).toEqual([{ soort: 'bsn', tekst: '1112.22.333' }]);
  });

  it.each([
    ['LL-DD-DD', 'AB-12-34'], ['DD-DD-LL', '12-34-AB'], ['DD-LL-DD', '12-AB-34'], ['LL-DD-LL', 'AB-12-CD'], ['LL-LL-DD', 'AB-CD-12'],
    ['DD-LL-LL', '12-AB-CD'], ['DD-LLL-D', '12-ABC-3'], ['D-LLL-DD', '1-ABC-23'], ['LL-DDD-L', 'AB-123-C'], ['L-DDD-LL', 'A-123-BC'],
    ['LLL-DD-L', 'ABC-12-D'], ['L-DD-LLL', 'A-12-BCD'], ['D-LL-DDD', '1-AB-234'], ['DDD-LL-D', '123-AB-4'],
  ])('kenteken zijcode %s: %s', (code, kenteken) => {
    expect(SIDECODES).toContain(code);
    expect(detecteer(`rijdt in ${kenteken}.`)).toEqual([{ soort: 'kenteken', tekst: kenteken }]);
  });

  it('geen kenteken in een datum of een artikel', () => {
    expect(detecteer('op 12-03-2025, art. 273f Sr')).toEqual([]);
  });

  it('naamachtige woordparen, niet de stopwoorden', () => {
    expect(detecteer('Slachtoffer noemt Kees de Groot en T. Kowalczyk')).toEqual([
      { soort: 'naam', tekst: 'Kees de Groot' },
      { soort: 'naam', tekst: 'T. Kowalczyk' },
    ]);
    expect(detecteer('De Politie en het COA spraken met [naam] in Nieuwe Sluis')).toEqual([]);
  });

  it('een naam na een stopwoord met hoofdletter aan het begin van een zin', () => {
    expect(detecteer('Verhoor afgesproken. Ook Kees de Groot horen.')).toEqual([{ soort: 'naam', tekst: 'Kees de Groot' }]);
    expect(detecteer('Met Piet Bakker gesproken.')).toEqual([{ soort: 'naam', tekst: 'Piet Bakker' }]);
    expect(detecteer('Ook De Politie')).toEqual([]);
  });

  it('een telefoonnummer dat niet te lezen was', () => {
    expect(detecteer('bel 06 1234 567 of +44 20')).toEqual([{ soort: 'telefoon', tekst: '06 1234 567' }]);
  });

  it('niets in geredigeerde tekst met alleen markers', () => {
    expect(detecteer(rood('Piet Jansen, 12-03-1990, 06-12345678, Kerkstraat 12a'))).toEqual([]);
  });
});

describe('een naamdeel dat ook een gewoon woord is', () => {
  const zwak = maakRedactor([{ naam: 'Synthetisch Slachtoffer BD', eigen: true }]);
  it('telt alleen naast een echt naamdeel', () => {
    expect(redigeer('Slachtoffer lijkt onder druk te staan', zwak).tekst).toBe('Slachtoffer lijkt onder druk te staan');
    expect(redigeer('Gesproken met Synthetisch Slachtoffer BD zelf', zwak).tekst).toBe('Gesproken met [naam] zelf');
  });
});

describe('de geanonimiseerde vorm van een heel formulier', () => {
  it('elk vrijetekstveld geredigeerd, personalia leeg, de vondsten met hun veld', async () => {
    const { anoniemFormulier } = await import('../../electron/backend/keten/anoniemeVorm');
    const { formatCasusSchema } = await import('@shared/domein/signaal');
    const f = formatCasusSchema.parse({
      melder: { contactpersoon: 'Mila Verhoef', telefoon: '06 11112222' },
      slachtoffer: { naam: 'Piet Jansen', geboortedatum: '1990-03-12', adres: 'Kerkstraat 12a' },
      samenvatting: 'Janssen (12 maart 1990) belt 06-12345678',
      vraag1: { waar: 'Kerkstr. 12a', wieOpDeHoogte: 'melder Mila Verhoef' },
      vraag2: { waar: 'bij P. Jansen thuis' },
      dwang: { waaruitBlijkt: 'JANSEN, P. zegt het zelf' },
      handhaving: { welkeEnDoorWie: 'door Jansen en Kees de Groot, auto 12-ABC-3' },
      hulpverlening: { welkeInstanties: 'BSN 111222333 bij de gemeente' },
    });
    const { formulier, afgeschermd, redactie } = anoniemFormulier(f, maakRedactor([]));
    expect(afgeschermd).toEqual(expect.arrayContaining(['slachtoffer.naam', 'melder.contactpersoon', 'melder.telefoon']));
    expect(JSON.stringify(formulier)).not.toMatch(/Jansen|Janssen|JANSEN|1990|12345678|Kerkstr|Mila|Verhoef/);
    expect(formulier.samenvatting).toBe('[naam] ([geboortedatum]) belt [telefoon]');
    expect(formulier.vraag1.wieOpDeHoogte).toBe('melder [naam]');
    expect(redactie.aantallen).toEqual({ naam: 5, geboortedatum: 1, adres: 1, telefoon: 1 });
    expect(redactie.gemarkeerd).toEqual([
      { veld: 'handhaving.welkeEnDoorWie', soort: 'kenteken', tekst: '12-ABC-3' },
      { veld: 'handhaving.welkeEnDoorWie', soort: 'naam', tekst: 'Kees de Groot' },
      { veld: 'hulpverlening.welkeInstanties', soort: 'bsn', tekst: '111222333' },
    ]);
  });
});

describe('de redactor van het bestand, eenmaal opgebouwd per naam en adres (ADR 0046)', () => {
  it('dezelfde naam of hetzelfde adres vaker geeft dezelfde tabellen; een naam die later eigen blijkt, telt als eigen', () => {
    const jan = { naam: 'Jan Jansen', geboortedatum: '1990-03-12', adres: 'Dorpsstraat 12, 1234 AB Voorbeeldstad' };
    const een = maakRedactor([jan]);
    const vaak = maakRedactor([jan, jan, { ...jan, geboortedatum: '1991-04-13' }, jan]);
    expect([...vaak.naamdelen]).toEqual([...een.naamdelen]);
    expect([...vaak.adressen]).toEqual([...een.adressen]);
    expect([...vaak.postcodes]).toEqual([...een.postcodes]);
    expect([...vaak.datums].sort()).toEqual(['1990-03-12', '1991-04-13']);
    expect(een.naamdelen.get('jansen')).toBe(false);
    // Lower-case "jansen" is redacted only for a person of the signal shown (eigen).
    const laterEigen = maakRedactor([jan, { ...jan, eigen: true }]);
    expect(laterEigen.naamdelen.get('jansen')).toBe(true);
    expect(redigeer('gesprek met jansen', laterEigen).tekst).toBe('gesprek met [naam]');
    expect(redigeer('gesprek met jansen', een).tekst).toBe('gesprek met jansen');
  });
});
