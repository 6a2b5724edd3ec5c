import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = path.resolve(__dirname, '../../shared');

function bestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bestanden(path.join(map, e.name)) : e.name.endsWith('.ts') ? [path.join(map, e.name)] : []));
}

/**
 * A schema's own message must be a catalogue code (`veldcode('veld.…')`): a Dutch sentence there is
 * replaced by the generic wording of its kind (ADR 0015), so the user would lose what the schema meant
 * to say, and the English UI could not word it at all.
 */
describe('zod-meldingen zijn codes', () => {
  it('no schema in shared/ carries a sentence as its message', () => {
    const zinnen: string[] = [];
    for (const b of bestanden(SHARED).filter((f) => !f.includes(`${path.sep}meldingen${path.sep}`))) {
      fs.readFileSync(b, 'utf8')
        .split('\n')
        .forEach((regel, i) => {
          if (/message:\s*'[A-Z]/.test(regel) || /\.(min|max|regex|email|length)\((?:[^()]|\([^()]*\))*,\s*'[A-Z]/.test(regel) || /z\.email\('[A-Z]/.test(regel)) {
            zinnen.push(`${path.relative(SHARED, b)}:${i + 1}: ${regel.trim().slice(0, 100)}`);
          }
        });
    }
    expect(zinnen).toEqual([]);
  });
});
