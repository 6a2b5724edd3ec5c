import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';

/**
 * Every path that comes from a user or a bundle goes through here (house style, after SecureDrop):
 * a name is one plain path segment, never absolute, never `..`, never a hidden or device name.
 */
export function veiligeNaam(naam: string): string {
  const n = naam.trim();
  if (
    n === '' ||
    n === '.' ||
    n === '..' ||
    n.startsWith('.') ||
    /[/\\:\0]/.test(n) ||
    n.length > 120 ||
    /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(n)
  ) {
    throw new KetenFout('ONVEILIG_PAD', melding('pad.ongeldigeMapnaam', { naam }));
  }
  return n;
}

/** Joins a user-chosen name below a base folder and proves the result stays inside it. */
export function padBinnen(basis: string, naam: string): string {
  const doel = path.resolve(basis, veiligeNaam(naam));
  const rel = path.relative(path.resolve(basis), doel);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new KetenFout('ONVEILIG_PAD', melding('pad.buiten', { naam, basis }));
  }
  return doel;
}

/**
 * A folder the user names in full (a backup target on a USB stick): must be absolute and normalised,
 * so that no `..` can steer it somewhere the user did not see.
 */
export function absoluteMap(invoer: string): string {
  const p = invoer.trim();
  if (!path.isAbsolute(p) || p.split(/[/\\]/).includes('..') || p.includes('\0')) {
    throw new KetenFout('ONVEILIG_PAD', melding('pad.geenVolledigMappad', { invoer }));
  }
  return path.normalize(p);
}
