/**
 * A backup that was interrupted (stick pulled, power cut) leaves its `.ketenbestand-backup-*.tmp`
 * folder behind: an encrypted copy of the whole bestand (docs/ontwerp.md §5). The next backup of the same
 * bestand to that target clears it away; folders that are no interrupted backup of this bestand stay.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { centraalVoorAlle, ok } from '../fixtures/omgeving';

describe('restanten van een afgebroken backup', () => {
  const o = centraalVoorAlle('backup-restanten');

  it('de volgende backup naar dezelfde stick ruimt de .tmp-mappen van dit bestand op, en niets anders', async () => {
    const stick = path.join(o.werk, 'stick');
    await fs.mkdir(stick);
    const id = o.router.sessie.aangemeld().instellingen.bestandId.slice(0, 8);
    const restanten = [`.ketenbestand-backup-${id}-20261201-101010.tmp`, `.ketenbestand-backup-${id}-20261202-030303.tmp`];
    for (const r of restanten) {
      await fs.mkdir(path.join(stick, r));
      await fs.writeFile(path.join(stick, r, 'bestand.db'), Buffer.alloc(4096, 7));
    }
    const anders = ['.ketenbestand-backup-00000000-20261201-101010.tmp', 'eigen-map.tmp', 'notities.txt'];
    await fs.mkdir(path.join(stick, anders[0]!));
    await fs.mkdir(path.join(stick, anders[1]!));
    await fs.writeFile(path.join(stick, anders[2]!), 'synthetisch');

    const { map } = await ok(o.router, 'beheer.backupMaken', { doelmap: stick });
    expect((await fs.readdir(stick)).sort()).toEqual([...anders, path.basename(map)].sort());
  });
});
