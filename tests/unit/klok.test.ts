import { afterEach, describe, expect, it } from 'vitest';
import { klokZetten, KLOK_VARIABELE, nu, vandaag } from '../../electron/backend/klok';
import { datumVan, nlDatum, vandaag as nederlandseDag } from '@shared/datum';

describe('klok', () => {
  afterEach(() => {
    klokZetten(undefined);
    delete process.env[KLOK_VARIABELE];
  });

  it('follows the real clock by default', () => {
    const voor = Date.now();
    const t = nu().getTime();
    expect(t).toBeGreaterThanOrEqual(voor);
    expect(t - voor).toBeLessThan(5_000);
  });

  it('stands still at a set moment and returns to the real clock', () => {
    klokZetten('2031-03-04T10:00:00Z');
    expect(vandaag()).toBe('2031-03-04');
    klokZetten(undefined);
    expect(nu().getUTCFullYear()).toBe(new Date().getUTCFullYear());
  });

  it('reads the process variable, and the in-process setting wins over it', () => {
    process.env[KLOK_VARIABELE] = '2030-01-02T00:00:00Z';
    expect(vandaag()).toBe('2030-01-02');
    klokZetten('2029-05-06T00:00:00Z');
    expect(vandaag()).toBe('2029-05-06');
  });

  it('refuses a moment it cannot read', () => {
    expect(() => klokZetten('geen datum')).toThrow(/ongeldig moment/);
  });

  it('today is the Dutch calendar day, as in the screens: after midnight in Amsterdam it is already tomorrow', () => {
    // 23:30 UTC in December is 00:30 in Amsterdam; in summer 22:30 UTC is 00:30 there. The backend said
    // 'yesterday' in that hour while the renderer said 'today', and every date rule disagreed.
    klokZetten('2026-12-02T23:30:00Z');
    expect(vandaag()).toBe('2026-12-03');
    expect(vandaag()).toBe(nederlandseDag(nu()));
    klokZetten('2026-07-01T22:30:00Z');
    expect(vandaag()).toBe('2026-07-02');
    klokZetten('2026-12-02T22:59:00Z');
    expect(vandaag()).toBe('2026-12-02');
  });

  it('a stored moment counts on its Dutch day; a plain date stays as it is', () => {
    expect(datumVan('2026-12-02T23:30:00.000Z')).toBe('2026-12-03');
    expect(datumVan('2026-12-02T12:00:00.000Z')).toBe('2026-12-02');
    expect(datumVan('2026-12-02T23:30:00+01:00')).toBe('2026-12-02');
    expect(datumVan('2026-12-02')).toBe('2026-12-02');
    // A local date-time as typed in a form (no zone) is already Dutch.
    expect(datumVan('2026-12-02T23:30')).toBe('2026-12-02');
    expect(nlDatum('2026-12-02T23:30:00.000Z')).toBe('03-12-2026');
  });
});
