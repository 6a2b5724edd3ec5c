/**
 * Deadline arithmetic of the rights of persons concerned (art. 23.1, 25.2, 25.5, 26.2–26.4, 27.2): four
 * weeks is 28 calendar days — weekends and holidays are not special, the covenant gives no extension —
 * and which deadline runs depends on where the request stands. Plus the rules a decision must meet.
 */
import { describe, expect, it } from 'vitest';
import {
  antwoordtermijn,
  besluitFout,
  dagenErbij,
  dagenTussen,
  grondArtikel,
  informeertermijn,
  lopendeTermijn,
  moetUitgevoerd,
  uitvoertermijn,
  vergoedingTerug,
  VERZOEKMACHINE,
  VERZOEKSTATUSSEN,
  type TermijnGegevens,
} from '@shared/domein/rechten';
import { magOvergaan, overgaan } from '@shared/overgang';

describe('vier weken', () => {
  it.each([
    ['2026-11-02', '2026-11-30', 'gewoon'],
    ['2026-12-10', '2027-01-07', 'over de jaargrens'],
    ['2028-02-01', '2028-02-29', 'schrikkeljaar: 29 februari bestaat'],
    ['2027-02-01', '2027-03-01', 'geen schrikkeljaar'],
    ['2026-10-10', '2026-11-07', 'over de wintertijd heen (UTC, geen uur verschoven)'],
    ['2026-11-07', '2026-12-05', 'ontvangen op zaterdag: de termijn eindigt op zaterdag, niet op maandag'],
  ])('%s → %s (%s)', (van, tot) => {
    expect(antwoordtermijn(van)).toBe(tot);
    expect(uitvoertermijn(van)).toBe(tot);
    expect(informeertermijn(van)).toBe(tot);
    expect(dagenTussen(van, tot)).toBe(28);
  });

  it('een tijdstip telt als zijn datum (informatieplicht vanaf het moment van vastleggen)', () => {
    expect(informeertermijn('2026-11-02T23:59:00.000Z')).toBe('2026-11-30');
  });

  it('weigert iets dat geen datum is', () => {
    expect(() => dagenErbij('2026-02-30', 1)).toThrow();
    expect(() => dagenErbij('30-11-2026', 1)).toThrow();
  });

  it('dagenTussen is negatief als de tweede datum eerder ligt', () => {
    expect(dagenTussen('2026-11-30', '2026-11-02')).toBe(-28);
    expect(dagenErbij('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('welke termijn loopt', () => {
  const basis: TermijnGegevens = { soort: 'correctie', status: 'ontvangen', termijn: '2026-11-30', besluit: null, uitvoerenVoor: null, uitgevoerdOp: null };

  it('vóór het besluit: beslissen vóór de antwoordtermijn; de laatste dag is nog op tijd, de dag erna te laat', () => {
    expect(lopendeTermijn(basis, '2026-11-02')).toEqual({ wat: 'beslissen', datum: '2026-11-30', artikel: 'art. 26.2, 26.4', dagenOver: 28, teLaat: false });
    expect(lopendeTermijn(basis, '2026-11-30')).toMatchObject({ dagenOver: 0, teLaat: false });
    expect(lopendeTermijn(basis, '2026-12-01')).toMatchObject({ dagenOver: -1, teLaat: true });
  });

  it('na het besluit: antwoorden binnen dezelfde termijn; daarna een toegewezen correctie uitvoeren binnen vier weken na het besluit (art. 26.3)', () => {
    const besloten = { ...basis, status: 'besloten' as const, besluit: 'toegewezen' as const, uitvoerenVoor: '2026-12-20' };
    expect(lopendeTermijn(besloten, '2026-11-25')).toMatchObject({ wat: 'antwoorden', datum: '2026-11-30' });
    const beantwoord = { ...besloten, status: 'beantwoord' as const };
    expect(lopendeTermijn(beantwoord, '2026-12-21')).toMatchObject({ wat: 'uitvoeren', datum: '2026-12-20', artikel: 'art. 26.3', teLaat: true });
    expect(lopendeTermijn({ ...beantwoord, uitgevoerdOp: '2026-12-01' }, '2026-12-21')).toBeNull();
  });

  it('een afgewezen correctie hoeft niet te worden uitgevoerd; een gegrond verzet wel (art. 27.2)', () => {
    expect(lopendeTermijn({ ...basis, status: 'beantwoord', besluit: 'afgewezen' }, '2026-12-01')).toBeNull();
    expect(moetUitgevoerd({ soort: 'verzet', besluit: 'toegewezen' })).toBe(true);
    expect(moetUitgevoerd({ soort: 'verzet', besluit: 'afgewezen' })).toBe(false);
    expect(moetUitgevoerd({ soort: 'inzage', besluit: 'toegewezen' })).toBe(false);
    expect(lopendeTermijn({ ...basis, soort: 'verzet', status: 'beantwoord', besluit: 'toegewezen', uitvoerenVoor: '2026-12-20' }, '2026-12-01')).toMatchObject({ wat: 'uitvoeren', artikel: 'art. 27.2' });
  });

  it('een ingetrokken verzoek heeft geen termijn meer', () => {
    expect(lopendeTermijn({ ...basis, status: 'ingetrokken' }, '2027-01-01')).toBeNull();
  });
});

describe('de status gaat door de ene bewaker', () => {
  it('van ontvangen via in behandeling en besloten naar beantwoord; niet terug, niet overslaan', () => {
    expect(magOvergaan(VERZOEKMACHINE, 'ontvangen', 'in-behandeling')).toBe(true);
    expect(magOvergaan(VERZOEKMACHINE, 'ontvangen', 'besloten')).toBe(false);
    expect(magOvergaan(VERZOEKMACHINE, 'besloten', 'ingetrokken')).toBe(false);
    expect(() => overgaan(VERZOEKMACHINE, 'beantwoord', 'in-behandeling')).toThrow(/laatste toestand/);
    for (const s of VERZOEKSTATUSSEN) expect(magOvergaan(VERZOEKMACHINE, s, s)).toBe(false);
  });
});

describe('een besluit en zijn gronden', () => {
  it('inzage weigeren alleen op een grond van art. 25.4, met motivering (25.5)', () => {
    expect(besluitFout('inzage', 'toegewezen', [], '')).toBeNull();
    expect(besluitFout('inzage', 'afgewezen', [], 'Lopend onderzoek.')).toBe('rechten.grondNodig');
    expect(besluitFout('inzage', 'deels', ['strafbare-feiten'], '')).toBe('rechten.motiveringNodig');
    expect(besluitFout('inzage', 'deels', ['onjuist'], 'Lopend onderzoek.')).toBe('rechten.grondNietBijSoort');
    expect(besluitFout('inzage', 'toegewezen', ['bescherming'], '')).toBe('rechten.grondNietBijSoort');
    expect(besluitFout('inzage', 'deels', ['strafbare-feiten'], 'Lopend onderzoek.')).toBeNull();
    expect(grondArtikel('strafbare-feiten', 'inzage')).toBe('art. 25.4 sub b');
    expect(grondArtikel('strafbare-feiten', 'informeren')).toBe('art. 23.2 sub b');
  });

  it('een correctie toewijzen op een grond van art. 26.2, afwijzen als geen ervan geldt', () => {
    expect(besluitFout('correctie', 'toegewezen', [], '')).toBe('rechten.grondNodig');
    expect(besluitFout('correctie', 'toegewezen', ['onvolledig'], '')).toBeNull();
    expect(besluitFout('correctie', 'afgewezen', ['geen-26.2'], 'De gegevens kloppen.')).toBeNull();
    expect(besluitFout('correctie', 'afgewezen', ['onjuist'], 'De gegevens kloppen.')).toBe('rechten.grondNietBijSoort');
    expect(grondArtikel('onvolledig', 'correctie')).toBe('art. 26.2 sub b');
  });

  it('verzet is gegrond of ongegrond, altijd gemotiveerd, en de vergoeding gaat terug bij gegrond (27.3)', () => {
    expect(besluitFout('verzet', 'deels', [], 'Bijzondere omstandigheden.')).toBe('rechten.deelsNietBijVerzet');
    expect(besluitFout('verzet', 'toegewezen', [], '')).toBe('rechten.motiveringNodig');
    expect(besluitFout('verzet', 'toegewezen', [], 'Bijzondere omstandigheden.')).toBeNull();
    expect(vergoedingTerug({ soort: 'verzet', besluit: 'toegewezen', vergoedingCent: 450, vergoedingBetaaldOp: '2026-11-01' })).toBe(true);
    expect(vergoedingTerug({ soort: 'verzet', besluit: 'afgewezen', vergoedingCent: 450, vergoedingBetaaldOp: '2026-11-01' })).toBe(false);
    expect(vergoedingTerug({ soort: 'verzet', besluit: 'toegewezen', vergoedingCent: 450, vergoedingBetaaldOp: null })).toBe(false);
    expect(vergoedingTerug({ soort: 'inzage', besluit: 'toegewezen', vergoedingCent: 450, vergoedingBetaaldOp: '2026-11-01' })).toBe(false);
  });
});
