/**
 * Issue 9 §1: the repository carries its own design (docs/ontwerp.md, docs/beslissingen/). A clone has no
 * folder beside it, so no file may point outside the repository the way the code once pointed at the
 * product design it was handed; shared/ of this repository is imported as `@shared/…` (tsconfig paths).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Written in two parts, so that this file does not name what it looks for. */
const BUITEN = ['..', 'shared', ''].join('/');
const OVERSLAAN = new Set(['node_modules', 'dist', 'release', 'native', 'test-artifacts', '.git', '.vite', 'reports']);

/** The tracked files; outside a git checkout (a tarball) every file below the root but the build output. */
function bestanden(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: WORTEL, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\0').filter(Boolean);
  } catch {
    const uit: string[] = [];
    const lopen = (map: string) => {
      for (const e of fs.readdirSync(path.join(WORTEL, map), { withFileTypes: true })) {
        if (OVERSLAAN.has(e.name)) continue;
        const rel = path.join(map, e.name);
        if (e.isDirectory()) lopen(rel);
        else if (e.isFile()) uit.push(rel);
      }
    };
    lopen('');
    return uit;
  }
}

describe('eigen documentatie', () => {
  it(`geen bestand in de repository verwijst naar ${BUITEN} buiten de repository`, () => {
    const lijst = bestanden();
    expect(lijst.length).toBeGreaterThan(300);
    const treffers: string[] = [];
    for (const rel of lijst) {
      const pad = path.join(WORTEL, rel);
      if (!fs.existsSync(pad)) continue; // deleted in the working tree, not yet committed
      const inhoud = fs.readFileSync(pad);
      if (inhoud.includes(0)) continue; // binary (images, fonts)
      inhoud
        .toString('utf8')
        .split('\n')
        .forEach((regel, i) => {
          if (regel.includes(BUITEN)) treffers.push(`${rel}:${i + 1}`);
        });
    }
    expect(treffers).toEqual([]);
  });
});
