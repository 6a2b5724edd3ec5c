/**
 * A lock file beside the bestand, so that short read-modify-write steps on shared files (the attempt
 * counter) are serialised across the processes that may open the same bestand at once: the app, the
 * bridge and any number of CLI commands. Creating with O_EXCL ('wx') is atomic on every local file
 * system; no npm package is needed. A lock left behind by a crashed process is recognised (its process
 * is gone, or it is far older than any critical section may take) and broken by an atomic rename, so
 * that two processes breaking the same stale lock cannot both succeed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';

/** A critical section takes milliseconds; a lock this old belongs to a process that hung or died. */
const VEROUDERD_MS = 30_000;
/** How long a caller waits for the lock before it gives up with a clear message. */
const MAX_WACHTEN_MS = 20_000;

interface Houder {
  pid: number;
  host: string;
  sinds: number;
  id: string;
}

const slapen = (ms: number) => new Promise((r) => setTimeout(r, ms));

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stale: its holder on this machine is gone, or it is older than any critical section can be. */
async function verouderd(lockPad: string): Promise<string | null> {
  let inhoud: string;
  let mtime: number;
  try {
    inhoud = await fs.readFile(lockPad, 'utf8');
    mtime = (await fs.stat(lockPad)).mtimeMs;
  } catch {
    return null; // gone already: just try again
  }
  let houder: Houder | undefined;
  try {
    houder = JSON.parse(inhoud) as Houder;
  } catch {
    // Created but not yet written (or written by a crash): judge by its age alone.
  }
  const leeftijd = Date.now() - (houder?.sinds ?? mtime);
  const houderWeg = houder !== undefined && houder.host === os.hostname() && !leeft(houder.pid);
  return houderWeg || Math.abs(leeftijd) > VEROUDERD_MS ? inhoud : null;
}

/** Breaks a stale lock; when it turns out to be a fresh one (taken meanwhile), it is put back. */
async function verouderdBreken(lockPad: string, gezien: string): Promise<void> {
  const opzij = `${lockPad}.${crypto.randomBytes(6).toString('hex')}.verouderd`;
  try {
    await fs.rename(lockPad, opzij);
  } catch {
    return; // another process broke it first
  }
  const inhoud = await fs.readFile(opzij, 'utf8').catch(() => gezien);
  if (inhoud !== gezien) await fs.link(opzij, lockPad).catch(() => undefined);
  await fs.rm(opzij, { force: true });
}

/** Runs `werk` while holding the lock file `lockPad`; the folder must exist. */
export async function metLock<T>(lockPad: string, werk: () => Promise<T>): Promise<T> {
  const eigen = JSON.stringify({ pid: process.pid, host: os.hostname(), sinds: Date.now(), id: crypto.randomBytes(8).toString('hex') } satisfies Houder);
  const begin = Date.now();
  for (;;) {
    try {
      const h = await fs.open(lockPad, 'wx', 0o600);
      try {
        await h.writeFile(eigen);
      } finally {
        await h.close();
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const gezien = await verouderd(lockPad);
    if (gezien !== null) {
      await verouderdBreken(lockPad, gezien);
      continue;
    }
    if (Date.now() - begin > MAX_WACHTEN_MS) {
      throw new KetenFout('CONFLICT', melding('bestand.bezig'));
    }
    await slapen(5 + Math.floor(Math.random() * 20));
  }
  try {
    return await werk();
  } finally {
    // Only our own lock is removed; if it was broken as stale meanwhile, the new holder keeps his.
    if ((await fs.readFile(lockPad, 'utf8').catch(() => '')) === eigen) await fs.rm(lockPad, { force: true });
  }
}
