/**
 * ADR 0013: which storage driver runs is decided per platform, never by the user's environment; only the
 * test runner may pick one (KETENBESTAND_DRIVER), as with KETENBESTAND_KDF_KOSTEN. Errors look alike on both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { driverFout, driverVoorkeur } from '../../electron/backend/bestand/driver';

describe('opslagdriver kiezen', () => {
  const bewaard = { VITEST: process.env.VITEST, KETENBESTAND_DRIVER: process.env.KETENBESTAND_DRIVER };
  afterEach(() => {
    for (const [k, w] of Object.entries(bewaard)) {
      if (w === undefined) delete process.env[k];
      else process.env[k] = w;
    }
  });
  const platform = process.platform === 'win32' ? ['multiple-ciphers'] : ['sqlcipher', 'multiple-ciphers'];

  it('onder de testrunner kiest KETENBESTAND_DRIVER één driver', () => {
    process.env.KETENBESTAND_DRIVER = 'multiple-ciphers';
    expect(driverVoorkeur()).toEqual(['multiple-ciphers']);
    process.env.KETENBESTAND_DRIVER = 'sqlcipher';
    expect(driverVoorkeur()).toEqual(['sqlcipher']);
  });

  it('buiten de testrunner telt KETENBESTAND_DRIVER niet: Windows krijgt multiple-ciphers, de rest SQLCipher met multiple-ciphers als terugval', () => {
    delete process.env.VITEST;
    process.env.KETENBESTAND_DRIVER = process.platform === 'win32' ? 'sqlcipher' : 'multiple-ciphers';
    expect(driverVoorkeur()).toEqual(platform);
  });

  it('een onbekende naam wordt genegeerd', () => {
    process.env.KETENBESTAND_DRIVER = 'sqlite-zonder-versleuteling';
    expect(driverVoorkeur()).toEqual(platform);
  });

  it('een fout van de synchrone driver krijgt de vorm van de andere: primaire code, melding begint ermee', () => {
    const ruw = Object.assign(new Error('UNIQUE constraint failed: t.w'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    const fout = driverFout(ruw) as Error & { code: string };
    expect(fout.code).toBe('SQLITE_CONSTRAINT');
    expect(fout.message).toBe('SQLITE_CONSTRAINT: UNIQUE constraint failed: t.w');
    expect(fout.cause).toBe(ruw);
    const gewoon = new Error('geen SQLite');
    expect(driverFout(gewoon)).toBe(gewoon);
  });
});
