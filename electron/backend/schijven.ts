/**
 * Removable drives (issue 11 §6, ADR 0036): where a USB stick shows up on each platform, as a pure
 * function of what the operating system reports, so it can be tested with a made-up mount table.
 *   Linux   the mount points under /media (Debian, Ubuntu: /media/$USER/LABEL) and /run/media/$USER
 *           (Fedora, Arch), read from /proc/self/mounts;
 *   macOS   every volume under /Volumes except the one that is the start disk (a link to /);
 *   Windows the drive letters whose drive type is "removable" (2).
 * A USB hard disk that Windows reports as a fixed drive (3) is not recognised: the warning then says
 * "not removable" and the user may write there anyway.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';

export interface Schijf {
  /** The mount point or drive root, absolute. */
  pad: string;
  /** What a person calls it: the volume label or the last part of the mount point. */
  naam: string;
}

/** What the detection reads from the system; tests pass their own. */
export interface Systeem {
  platform: NodeJS.Platform;
  gebruiker: string;
  /** Linux: the text of /proc/self/mounts. */
  mounttabel(): Promise<string>;
  /** macOS: the entries of /Volumes with the path each resolves to. */
  volumes(): Promise<Array<{ naam: string; echt: string }>>;
  /** Windows: the logical drives with their type (2 removable, 3 fixed, 4 network, 5 optical). */
  stations(): Promise<Array<{ letter: string; type: number; label: string }>>;
}

/** A field of /proc/mounts: spaces, tabs, newlines and backslashes are written as octal escapes. */
function mountveld(veld: string): string {
  return veld.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/** The removable mount points in a Linux mount table. */
export function linuxSchijven(mounttabel: string, gebruiker: string): Schijf[] {
  const uit: Schijf[] = [];
  for (const regel of mounttabel.split('\n')) {
    const velden = regel.trim().split(/\s+/);
    if (velden.length < 3) continue;
    const punt = mountveld(velden[1]!);
    const onderMedia = punt.startsWith('/media/') && punt.length > '/media/'.length;
    const onderRunMedia = gebruiker !== '' && punt.startsWith(`/run/media/${gebruiker}/`) && punt.length > `/run/media/${gebruiker}/`.length;
    if (!onderMedia && !onderRunMedia) continue;
    if (uit.some((s) => s.pad === punt)) continue;
    uit.push({ pad: punt, naam: path.posix.basename(punt) });
  }
  return uit;
}

/** The mounted volumes on macOS, without the start disk. */
export function macSchijven(volumes: ReadonlyArray<{ naam: string; echt: string }>): Schijf[] {
  return volumes.filter((v) => !v.naam.startsWith('.') && v.echt !== '/').map((v) => ({ pad: path.posix.join('/Volumes', v.naam), naam: v.naam }));
}

/** The removable drive letters on Windows. */
export function windowsSchijven(stations: ReadonlyArray<{ letter: string; type: number; label: string }>): Schijf[] {
  return stations
    .filter((s) => s.type === 2 && /^[A-Za-z]:?$/.test(s.letter))
    .map((s) => {
      const letter = s.letter.slice(0, 1).toUpperCase();
      return { pad: `${letter}:\\`, naam: s.label ? `${s.label} (${letter}:)` : `${letter}:` };
    });
}

export async function verwisselbareSchijven(systeem: Systeem): Promise<Schijf[]> {
  try {
    if (systeem.platform === 'win32') return windowsSchijven(await systeem.stations());
    if (systeem.platform === 'darwin') return macSchijven(await systeem.volumes());
    return linuxSchijven(await systeem.mounttabel(), systeem.gebruiker);
  } catch {
    return []; // no mount table, no PowerShell: then nothing counts as removable, and the user is warned
  }
}

/** The path module of the platform, so Windows paths are compared as Windows compares them. */
export function padmodule(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Whether `pad` is `basis` or lies below it (no `..` out; on Windows without regard to case). */
export function ligtBinnen(pad: string, basis: string, platform: NodeJS.Platform): boolean {
  const p = padmodule(platform);
  const gelijk = platform === 'win32' ? (x: string) => x.toLowerCase() : (x: string) => x;
  const rel = p.relative(gelijk(p.resolve(basis)), gelijk(p.resolve(pad)));
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}

/** The removable drive a path is on, or null: the warning before a bundle or backup is written. */
export function schijfVan(pad: string, schijven: readonly Schijf[], platform: NodeJS.Platform): Schijf | null {
  return schijven.find((s) => ligtBinnen(pad, s.pad, platform)) ?? null;
}

/** The system this process runs on. */
export function ditSysteem(): Systeem {
  return {
    platform: process.platform,
    gebruiker: os.userInfo().username,
    mounttabel: () => fs.readFile('/proc/self/mounts', 'utf8'),
    volumes: async () => {
      const namen = await fs.readdir('/Volumes');
      return Promise.all(namen.map(async (naam) => ({ naam, echt: await fs.realpath(path.join('/Volumes', naam)).catch(() => '') })));
    },
    stations: () =>
      new Promise((klaar, fout) => {
        execFile(
          'powershell.exe',
          ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName | ConvertTo-Json -Compress'],
          { timeout: 10_000, windowsHide: true },
          (err, stdout) => {
            if (err) return fout(err);
            const ruw = JSON.parse(stdout || '[]') as unknown;
            const lijst = (Array.isArray(ruw) ? ruw : [ruw]) as Array<{ DeviceID?: string; DriveType?: number; VolumeName?: string | null }>;
            klaar(lijst.map((d) => ({ letter: String(d.DeviceID ?? ''), type: Number(d.DriveType ?? 0), label: String(d.VolumeName ?? '') })));
          },
        );
      }),
  };
}
