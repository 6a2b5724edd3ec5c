import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Verbinding } from './verbinding';
import type { Migratie } from './migraties/migratie';
import { MIGRATIES } from './migraties';

export async function schemaversie(v: Verbinding): Promise<number> {
  const rij = await v.get<{ user_version: number }>('PRAGMA user_version');
  return rij?.user_version ?? 0;
}

/**
 * Brings the bestand up to date in one transaction. A bestand written by a newer version of the
 * program is refused and left exactly as it is: we cannot know what its newer schema means.
 */
export async function migreren(v: Verbinding, migraties: readonly Migratie[] = MIGRATIES): Promise<{ van: number; naar: number }> {
  const van = await schemaversie(v);
  const laatste = migraties[migraties.length - 1]?.versie ?? 0;
  if (van > laatste) {
    throw new KetenFout(
      'BESTAND_TE_NIEUW',
      melding('bestand.teNieuw', { van, laatste }),
    );
  }
  const openstaand = migraties.filter((m) => m.versie > van);
  if (openstaand.length === 0) return { van, naar: van };
  await v.transactie(async () => {
    for (const m of openstaand) {
      await m.up(v);
      // PRAGMA takes no parameters; the value is an integer from our own table.
      await v.exec(`PRAGMA user_version = ${Math.trunc(m.versie)}`);
    }
  });
  return { van, naar: laatste };
}
