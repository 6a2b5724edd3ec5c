/**
 * The printed form of the recovery key (ADR 0010): 8 groups of 6 digits, each with a Damm check
 * digit, so that a typing error is named — which group — before any KDF runs.
 */
import { describe, expect, it } from 'vitest';
import { codeLezen, dammCijfer, groepKlopt, groepMaken, herstelcodeSchema } from '@shared/domein/herstelsleutel';
import { nieuweCode } from '../../electron/backend/bestand/herstelsleutel';

describe('herstelsleutel: vorm en controlecijfer', () => {
  it('een nieuwe code heeft 8 groepen van 6 cijfers, elk met een kloppend controlecijfer, en is elke keer anders', () => {
    const codes = new Set(Array.from({ length: 50 }, () => nieuweCode()));
    expect(codes.size).toBe(50);
    for (const code of codes) {
      expect(code).toMatch(/^\d{6}(-\d{6}){7}$/);
      expect(code.split('-').every(groepKlopt)).toBe(true);
      expect(codeLezen(code)).toEqual({ ok: true, groepen: code.split('-'), code });
    }
  });

  it('Damm: het bekende voorbeeld 572 krijgt controlecijfer 4', () => {
    expect(dammCijfer('572')).toBe(4);
    expect(groepMaken('57200')).toHaveLength(6);
    expect(dammCijfer(groepMaken('12345'))).toBe(0);
  });

  it('elk verkeerd cijfer en elke verwisseling van twee buren in een groep wordt gevonden', () => {
    for (let n = 0; n < 2000; n++) {
      const groep = groepMaken(String(n * 37 % 100000).padStart(5, '0'));
      for (let i = 0; i < 6; i++) {
        for (let c = 0; c <= 9; c++) {
          if (String(c) === groep[i]) continue;
          expect(groepKlopt(groep.slice(0, i) + c + groep.slice(i + 1))).toBe(false);
        }
        if (i < 5 && groep[i] !== groep[i + 1]) {
          expect(groepKlopt(groep.slice(0, i) + groep[i + 1] + groep[i] + groep.slice(i + 2))).toBe(false);
        }
      }
    }
  });

  it('spaties, streepjes en punten tussen de cijfers mogen; de vorm wordt de gedrukte vorm', () => {
    const code = nieuweCode();
    const getypt = ` ${code.replace(/-/g, ' ').slice(0, 20)}.${code.replace(/-/g, '').slice(18)} `;
    expect(codeLezen(getypt)).toMatchObject({ ok: true, code });
    expect(herstelcodeSchema.parse(code.replace(/-/g, ''))).toBe(code);
  });

  it('een typefout noemt de groep, in het Nederlands', () => {
    const groepen = nieuweCode().split('-');
    const fout = (g: string) => g.slice(0, 2) + String((Number(g[2]) + 1) % 10) + g.slice(3);
    const een = [...groepen];
    een[2] = fout(een[2]!);
    expect(codeLezen(een.join('-'))).toMatchObject({ ok: false, melding: expect.stringMatching(/^Groep 3 klopt niet: daar zit een typefout in/) });
    een[6] = fout(een[6]!);
    expect(codeLezen(een.join('-'))).toMatchObject({ ok: false, melding: expect.stringMatching(/^De groepen 3 en 7 kloppen niet/) });
  });

  it('te kort, te lang of met letters: een eigen melding', () => {
    const code = nieuweCode();
    expect(codeLezen(code.slice(0, -7))).toMatchObject({ ok: false, melding: expect.stringContaining('u typte er 42') });
    expect(codeLezen(`${code}-1`)).toMatchObject({ ok: false, melding: expect.stringContaining('u typte er 49') });
    expect(codeLezen(code.replace(/^\d/, 'O'))).toMatchObject({ ok: false, melding: expect.stringContaining('alleen uit cijfers') });
    const r = herstelcodeSchema.safeParse('123');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('8 groepen van 6 cijfers');
  });
});
