import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';

/**
 * The SQLCipher binding is built twice (docs/ontwerp.md §8): for Node (tests, CLI, bridge) in node_modules,
 * and for Electron's ABI in native/electron by `scripts/rebuild-sqlcipher-electron.mjs`. Chosen at
 * run time, so that rebuilding one never breaks the other.
 */
type SqlcipherModule = typeof import('@journeyapps/sqlcipher');

let geladen: SqlcipherModule | undefined;

export function laadSqlcipher(): SqlcipherModule {
  if (geladen) return geladen;
  const require = createRequire(import.meta.url);
  const electronVersie = (process.versions as Record<string, string | undefined>).electron;
  if (electronVersie) {
    const kandidaat = path.resolve(process.env.KETENBESTAND_NATIVE_DIR ?? path.join(process.cwd(), 'native', 'electron'), '@journeyapps', 'sqlcipher');
    if (fs.existsSync(kandidaat)) {
      geladen = require(kandidaat) as SqlcipherModule;
      return geladen;
    }
  }
  geladen = require('@journeyapps/sqlcipher') as SqlcipherModule;
  return geladen;
}
