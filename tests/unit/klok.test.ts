import { afterEach, describe, expect, it } from 'vitest';
import { klokZetten, KLOK_VARIABELE, nu, vandaag } from '../../electron/backend/klok';

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
});
