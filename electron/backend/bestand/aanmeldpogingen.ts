/**
 * Throttling of failed logins (issue: growing delay, audited). The count must survive a restart and
 * work across CLI processes, yet no key is known before login; so it lives in a small file beside
 * the bestand that holds only slot labels (hashes) and times — never a typed name or passphrase.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { KetenFout } from '../../../shared/fouten';
import { schrijfAtomisch } from '../schrijven';

const BESTAND = 'aanmeldpogingen.json';

interface Pogingen {
  [label: string]: { aantal: number; wachtTot: number; tijden: string[] };
}

async function lees(map: string): Promise<Pogingen> {
  try {
    return JSON.parse(await fs.readFile(path.join(map, BESTAND), 'utf8')) as Pogingen;
  } catch {
    return {};
  }
}

/** Seconds to wait after the n-th failure in a row: 1, 2, 4, … up to five minutes. */
export const wachttijd = (aantal: number): number => Math.min(2 ** Math.max(0, aantal - 1), 300);

export async function controleerWachttijd(map: string, label: string, nu = Date.now()): Promise<void> {
  const p = (await lees(map))[label];
  if (p && nu < p.wachtTot) {
    const sec = Math.ceil((p.wachtTot - nu) / 1000);
    throw new KetenFout('TE_VEEL_POGINGEN', `Te veel mislukte pogingen. Probeer het over ${sec} seconde${sec === 1 ? '' : 'n'} opnieuw.`);
  }
}

export async function mislukt(map: string, label: string, nu = Date.now()): Promise<void> {
  const alle = await lees(map);
  const p = alle[label] ?? { aantal: 0, wachtTot: 0, tijden: [] };
  p.aantal += 1;
  p.wachtTot = nu + wachttijd(p.aantal) * 1000;
  p.tijden = [...p.tijden, new Date(nu).toISOString()].slice(-100);
  alle[label] = p;
  await schrijfAtomisch(path.join(map, BESTAND), JSON.stringify(alle));
}

/**
 * After a successful login by `label`: its own delay is reset; the failures not yet audited (of any
 * account) are returned for the audit and forgotten, while other accounts keep their delay.
 */
export async function geslaagd(map: string, label: string): Promise<Array<{ label: string; tijden: string[] }>> {
  const alle = await lees(map);
  const teAuditen = Object.entries(alle)
    .filter(([, p]) => p.tijden.length > 0)
    .map(([l, p]) => ({ label: l, tijden: p.tijden }));
  const over: Pogingen = {};
  for (const [l, p] of Object.entries(alle)) {
    if (l !== label && p.aantal > 0) over[l] = { ...p, tijden: [] };
  }
  if (Object.keys(alle).length) await schrijfAtomisch(path.join(map, BESTAND), JSON.stringify(over));
  return teAuditen;
}
