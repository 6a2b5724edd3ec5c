import type { Migratie } from './migratie';
import { migratie as m0010 } from './0010-instellingen';
import { migratie as m0020 } from './0020-gebruikers';
import { migratie as m0030 } from './0030-audit';
import { migratie as m0040 } from './0040-partners';

/** In order; a test checks that the numbers only go up. Append, never edit a released one. */
export const MIGRATIES: readonly Migratie[] = [m0010, m0020, m0030, m0040];

export const SCHEMAVERSIE = MIGRATIES[MIGRATIES.length - 1]!.versie;
