import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Writes a file atomically: a temp file in the target folder, flushed, then renamed over the
 * target (docs/ontwerp.md §6). A failure midway removes the temp file, so no half file is ever left.
 */
export async function schrijfAtomisch(doel: string, inhoud: string | Uint8Array): Promise<void> {
  const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tijdelijk, 'wx', 0o600);
    await handle.writeFile(inhoud);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tijdelijk, doel);
    await mapVastleggen(path.dirname(doel));
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tijdelijk, { force: true });
    throw err;
  }
}

/**
 * The rename itself lives in the folder: without an fsync of the folder a power cut can undo it. That
 * matters where a later step relies on the file, e.g. the key-replacement journal in sleutels.json
 * before `PRAGMA rekey` (ADR 0011). Windows cannot open a folder for this; NTFS journals the rename.
 */
async function mapVastleggen(map: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(map, 'r');
    await handle.sync();
  } catch {
    // not supported here (Windows, some network file systems): nothing more can be done
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
