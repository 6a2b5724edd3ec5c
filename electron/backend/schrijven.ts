import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Writes a file atomically: a temp file in the target folder, flushed, then renamed over the
 * target (DESIGN §6). A failure midway removes the temp file, so no half file is ever left.
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
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tijdelijk, { force: true });
    throw err;
  }
}
