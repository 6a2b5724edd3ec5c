/**
 * The retention rule table (shared/domein/bewaring.ts, electron/backend/bewaring/regels.ts; ADR 0020):
 * every rule names an article and a profile, each profile has its rules, and the backend carries out
 * exactly the rules the screens and the CLI name — no more, no fewer.
 */
import { describe, expect, it } from 'vitest';
import { BEWAARREGELS, REGEL_IDS } from '@shared/domein/bewaring';
import { PROFIELEN } from '@shared/rollen';
import { dagenErbij } from '@shared/datum';
import { REGELS } from '../../electron/backend/bewaring/regels';
import { nl } from '../../renderer/i18n/nl';
import { en } from '../../renderer/i18n/en';

describe('de tabel van bewaarregels', () => {
  it('elke regel heeft een artikel, een profiel, wat en wanneer; elk profiel heeft regels', () => {
    expect(BEWAARREGELS.map((r) => r.id)).toEqual([...REGEL_IDS]);
    for (const r of BEWAARREGELS) {
      expect(r.artikel).toMatch(/^art\. \d+\.\d+/);
      expect(r.wat.length).toBeGreaterThan(10);
      expect(r.wanneer.length).toBeGreaterThan(5);
    }
    for (const p of PROFIELEN) expect(BEWAARREGELS.some((r) => r.profiel === p)).toBe(true);
  });

  it('de backend voert precies de benoemde regels uit, met hetzelfde artikel en profiel', () => {
    expect(REGELS.map((r) => [r.id, r.artikel, r.profiel])).toEqual(BEWAARREGELS.map((r) => [r.id, r.artikel, r.profiel]));
  });

  it('de artikelen die het convenant voor verwijderen noemt, staan erin', () => {
    const artikelen = BEWAARREGELS.map((r) => r.artikel).join(' ');
    for (const a of ['16.3', '16.8', '22.1', '22.4', '22.5']) expect(artikelen).toContain(a);
  });

  it('elk scherm kent elke regel, in beide talen', () => {
    for (const id of REGEL_IDS) {
      expect(nl.bewaring.regel[id]).toBeTruthy();
      expect(en.bewaring.regel[id]).toBeTruthy();
      expect(nl.bewaring.wanneer[id]).toBeTruthy();
      expect(en.bewaring.wanneer[id]).toBeTruthy();
    }
  });

  it('dagen erbij tellen over maand- en jaargrenzen', () => {
    expect(dagenErbij('2027-01-10', 14)).toBe('2027-01-24');
    expect(dagenErbij('2027-12-20', 14)).toBe('2028-01-03');
    expect(dagenErbij('2028-02-28', 1)).toBe('2028-02-29');
    expect(dagenErbij('2027-03-01', -1)).toBe('2027-02-28');
  });
});
