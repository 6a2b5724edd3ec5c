/**
 * Files on a stick: reading what a user points at (an absolute path without `..`, a regular file, a
 * size cap, read through one handle so it cannot be swapped halfway) and a Dutch message when writing
 * fails. Writing itself is `schrijfAtomisch`: a temp file in the target folder, then a rename.
 */
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { absoluteMap } from '../paden';

/** A file the user names in full: the same rule as a folder (absolute, normalised, no `..`). */
export function gekozenBestand(invoer: string): string {
  try {
    return absoluteMap(invoer);
  } catch {
    throw new KetenFout('ONVEILIG_PAD', melding('pad.geenVolledigBestandspad', { invoer }), { velden: [veldfout('pad', melding('veld.volledigPad'))] });
  }
}

/** A folder the user names in full, which must exist. */
export async function gekozenMap(invoer: string, veld: string): Promise<string> {
  const map = absoluteMap(invoer);
  const stat = await fs.stat(map).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new KetenFout('SCHRIJFFOUT', melding('schijf.mapBestaatNiet', { map }), { velden: [veldfout(veld, melding('veld.mapBestaatNiet'))] });
  }
  return map;
}

export async function bestandLezen(invoer: string, max: number, teGroot: () => KetenFout): Promise<Uint8Array> {
  const pad = gekozenBestand(invoer);
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: a named pipe put where a bundle should be must not hang the app.
    handle = await fs.open(pad, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw new KetenFout('NIET_GEVONDEN', melding('schijf.bestandNietLeesbaar', { pad }), { velden: [veldfout('pad', melding('veld.bestandNietGevonden'))] });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new KetenFout('ONGELDIGE_INVOER', melding('schijf.geenGewoonBestand', { pad }), { velden: [veldfout('pad', melding('veld.kiesBestand'))] });
    if (stat.size > max) throw teGroot();
    const buffer = Buffer.alloc(Math.min(stat.size, max) + 1);
    let gelezen = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, gelezen, buffer.length - gelezen, gelezen);
      if (bytesRead === 0) break;
      gelezen += bytesRead;
      if (gelezen > max) throw teGroot();
      if (gelezen === buffer.length) break;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, gelezen);
  } finally {
    await handle.close();
  }
}

/** Why a write to a stick failed, in words the user can act on; no half file remains (schrijfAtomisch). */
export function schrijffout(err: unknown, map: string, wat: string): KetenFout {
  if (err instanceof KetenFout) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const reden =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'de USB-stick of schijf is vol' :
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'er mag niet naar deze map geschreven worden (schrijfbeveiliging?)' :
    code === 'ENOENT' ? 'de map bestaat niet meer (is de USB-stick verwijderd?)' :
    code === 'EIO' ? 'de USB-stick gaf een leesfout of schrijffout' :
    'het besturingssysteem weigerde';
  return new KetenFout('SCHRIJFFOUT', melding('schijf.schrijven', { wat, map, reden }));
}
