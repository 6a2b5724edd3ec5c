import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');

/**
 * Windows and macOS ignore case in file names: two tracked files that differ only in case
 * (`verborgen.ts` beside `Verborgen.tsx` resolving as one module, `ActieKnop` beside `Actieknop`)
 * check out as one, and a bundler may resolve an import to the wrong one.
 */
describe('bestandsnamen', () => {
  it('no two files in one folder have names that differ only in case or extension', () => {
    const bestanden = execFileSync('git', ['ls-files'], { cwd: REPO, encoding: 'utf8' }).split('\n').filter(Boolean);
    const gezien = new Map<string, string>();
    const botsingen: string[] = [];
    for (const b of bestanden) {
      const map = path.posix.dirname(b);
      const naam = path.posix.basename(b).replace(/\.(tsx?|mjs|js)$/, '');
      // Same folder and same base name, ignoring case and the source extension: one module to a resolver.
      const sleutel = `${map}/${naam}`.toLowerCase();
      const eerder = gezien.get(sleutel);
      if (eerder && /\.(tsx?|mjs|js)$/.test(b) && /\.(tsx?|mjs|js)$/.test(eerder)) botsingen.push(`${eerder} ~ ${b}`);
      gezien.set(sleutel, b);
    }
    expect(botsingen).toEqual([]);
  });
});
