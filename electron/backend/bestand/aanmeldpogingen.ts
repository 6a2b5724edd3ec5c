/**
 * Throttling of passphrase attempts (docs/ontwerp.md §5; ADR 0012). The count must survive a restart and hold
 * across processes, yet no key is known before the passphrase is checked; so it lives in a small file
 * beside the bestand that holds only slot labels (hashes), kinds and times — never a typed name or
 * passphrase. Every attempt is recorded as failed *before* the key derivation, under a lock file that
 * serialises attempts on this bestand across processes, and cleared only when it succeeds: so sixteen
 * simultaneous attempts are sixteen records and each finds the wait the one before it set.
 *
 * Reusable for every kind of secret that opens a bestand: `soort` keeps separate counters (and audit
 * actions) for logins, restores and — later — the recovery key.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { schrijfAtomisch } from '../schrijven';
import { metLock } from './lock';

const BESTAND = 'aanmeldpogingen.json';
const LOCK = 'aanmeldpogingen.lock';

export type Soort = 'aanmelden' | 'herstel' | 'herstelsleutel';

/** The audit action under which the failures of each kind are written once someone signs in. */
export const AUDITACTIE: Record<Soort, string> = {
  aanmelden: 'sessie.aanmelden-mislukt',
  herstel: 'herstel.mislukt',
  herstelsleutel: 'herstelsleutel.mislukt',
};

/** Individual times kept per counter; older ones are only counted (item 7: the file must not grow without end). */
export const MAX_TIJDEN = 20;
/** Counters for names that have no key slot; beyond this the oldest are folded into one summary per kind. */
export const MAX_ONBEKEND = 32;

interface Teller {
  soort: Soort;
  label: string;
  /** False for a name without a key slot: such counters are capped, a real account's never. */
  bekend: boolean;
  aantal: number;
  wachtTot: number;
  laatste: number;
  /** Attempts not yet audited: the last MAX_TIJDEN times, plus how many earlier ones were dropped. */
  tijden: string[];
  weggelaten: number;
}

interface Samenvatting {
  aantal: number;
  namen: number;
  eerste: string;
  laatste: string;
}

interface Pogingen {
  versie: 2;
  tellers: Record<string, Teller>;
  /** Folded counters of made-up names, per kind, until audited. */
  samengevat: Partial<Record<Soort, Samenvatting>>;
}

export interface Poging {
  soort: Soort;
  /** The slot label (a hash of bestand id and name), never the typed name. */
  label: string;
  /** Whether the label has a key slot; unknown names are capped and summarised. Default true. */
  bekend?: boolean;
}

/** What the next successful sign-in writes to the audit; `tijden` or a summary when there were many. */
export interface TeAuditen {
  soort: Soort;
  label: string | null;
  tijden: string[];
  aantal: number;
  eerste: string;
  laatste: string;
  namen?: number;
}

const sleutel = (p: Poging) => `${p.soort}:${p.label}`;
const leeg = (): Pogingen => ({ versie: 2, tellers: {}, samengevat: {} });

async function lees(map: string): Promise<Pogingen> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(map, BESTAND), 'utf8')) as Partial<Pogingen>;
    // A file of the first version (label → counter) is dropped: it held at most a wait of minutes.
    return data.versie === 2 ? { versie: 2, tellers: data.tellers ?? {}, samengevat: data.samengevat ?? {} } : leeg();
  } catch {
    return leeg();
  }
}

async function schrijf(map: string, p: Pogingen): Promise<void> {
  await schrijfAtomisch(path.join(map, BESTAND), JSON.stringify(p));
}

/** Runs a read-modify-write of the counter file under the lock beside the bestand. */
async function bewerk<T>(map: string, stap: (p: Pogingen) => { uitkomst: T; gewijzigd: boolean }): Promise<T> {
  return metLock(path.join(map, LOCK), async () => {
    const p = await lees(map);
    const { uitkomst, gewijzigd } = stap(p);
    if (gewijzigd) await schrijf(map, p);
    return uitkomst;
  });
}

/** Seconds to wait after the n-th attempt in a row that did not succeed: 1, 2, 4, … up to five minutes. */
export const wachttijd = (aantal: number): number => Math.min(2 ** Math.max(0, aantal - 1), 300);

function teVeel(wachtTot: number, nu: number): KetenFout {
  const sec = Math.max(1, Math.ceil((wachtTot - nu) / 1000));
  return new KetenFout('TE_VEEL_POGINGEN', sec === 1 ? melding('aanmelding.teVeelPogingen1') : melding('aanmelding.teVeelPogingen', { sec }));
}

/** Folds the oldest counters of made-up names into one summary per kind, so such names cannot grow the file. */
function begrenzen(p: Pogingen): void {
  const onbekend = Object.entries(p.tellers).filter(([, t]) => !t.bekend).sort(([, a], [, b]) => a.laatste - b.laatste);
  for (const [k, t] of onbekend.slice(0, Math.max(0, onbekend.length - MAX_ONBEKEND))) {
    delete p.tellers[k];
    const aantal = t.tijden.length + t.weggelaten;
    if (aantal === 0) continue;
    const s = p.samengevat[t.soort];
    const eerste = t.tijden[0] ?? new Date(t.laatste).toISOString();
    const laatste = t.tijden.at(-1) ?? eerste;
    p.samengevat[t.soort] = s
      ? { aantal: s.aantal + aantal, namen: s.namen + 1, eerste: s.eerste < eerste ? s.eerste : eerste, laatste: s.laatste > laatste ? s.laatste : laatste }
      : { aantal, namen: 1, eerste, laatste };
  }
}

/**
 * Records one attempt, before any key derivation. During a running wait it is refused with
 * TE_VEEL_POGINGEN — and still counted (and later audited), so a burst lengthens the next wait.
 * Returns the time under which it was recorded, for `geslaagd`.
 */
export async function pogingVastleggen(map: string, poging: Poging, klok?: number): Promise<string> {
  // The time is taken under the lock, so that the attempts are recorded in the order they hold it.
  let nu = 0;
  let tijd = '';
  const wachtTot = await bewerk(map, (p) => {
    nu = klok ?? Date.now();
    tijd = new Date(nu).toISOString();
    const k = sleutel(poging);
    const t: Teller = p.tellers[k] ?? { soort: poging.soort, label: poging.label, bekend: poging.bekend ?? true, aantal: 0, wachtTot: 0, laatste: 0, tijden: [], weggelaten: 0 };
    const liep = nu < t.wachtTot ? t.wachtTot : null;
    t.aantal += 1;
    // A refused attempt makes the next wait longer, not the running one: a user who presses again
    // while waiting is not shut out for longer, but a burst of attempts is paid for after it.
    if (liep === null) t.wachtTot = nu + wachttijd(t.aantal) * 1000;
    t.laatste = nu;
    t.tijden.push(tijd);
    if (t.tijden.length > MAX_TIJDEN) {
      t.weggelaten += t.tijden.length - MAX_TIJDEN;
      t.tijden = t.tijden.slice(-MAX_TIJDEN);
    }
    p.tellers[k] = t;
    begrenzen(p);
    return { uitkomst: liep === null ? null : t.wachtTot, gewijzigd: true };
  });
  if (wachtTot !== null) throw teVeel(wachtTot, nu);
  return tijd;
}

/** The attempt recorded at `tijd` succeeded: it is no failure, and this counter starts again. */
export async function geslaagd(map: string, poging: Poging, tijd: string): Promise<void> {
  await bewerk(map, (p) => {
    const t = p.tellers[sleutel(poging)];
    if (!t) return { uitkomst: undefined, gewijzigd: false };
    const i = t.tijden.lastIndexOf(tijd);
    if (i >= 0) t.tijden.splice(i, 1);
    t.aantal = 0;
    t.wachtTot = 0;
    if (t.tijden.length === 0 && t.weggelaten === 0) delete p.tellers[sleutel(poging)];
    return { uitkomst: undefined, gewijzigd: true };
  });
}

/**
 * The one entry point for a guarded secret: records the attempt, runs `controle` (the key
 * derivation), and clears the record only if it succeeds. Any failure stays counted.
 */
export async function afgeremd<T>(map: string, poging: Poging, controle: () => Promise<T>, nu?: number): Promise<T> {
  const tijd = await pogingVastleggen(map, poging, nu);
  const uitkomst = await controle();
  await geslaagd(map, poging, tijd);
  return uitkomst;
}

/**
 * After a successful sign-in: the failures not yet audited (of every kind and account) are returned
 * and forgotten, while the counters keep their waits. Many failures of one name come back as one
 * summary; made-up names (`bekend` = false) as one summary per kind.
 */
export async function teAuditen(map: string, bekendeLabels: ReadonlySet<string>): Promise<TeAuditen[]> {
  const p0 = await lees(map);
  const iets = Object.values(p0.tellers).some((t) => t.tijden.length + t.weggelaten > 0) || Object.keys(p0.samengevat).length > 0;
  if (!iets) return [];
  return bewerk(map, (p) => {
    const uit: TeAuditen[] = [];
    const onbekend = new Map<Soort, Samenvatting>(Object.entries(p.samengevat) as Array<[Soort, Samenvatting]>);
    for (const [k, t] of Object.entries(p.tellers)) {
      const aantal = t.tijden.length + t.weggelaten;
      if (aantal > 0) {
        const eerste = t.tijden[0] ?? new Date(t.laatste).toISOString();
        const laatste = t.tijden.at(-1) ?? eerste;
        if (bekendeLabels.has(t.label)) {
          uit.push({ soort: t.soort, label: t.label, tijden: t.weggelaten === 0 ? [...t.tijden] : [], aantal, eerste, laatste });
        } else {
          const s = onbekend.get(t.soort);
          onbekend.set(t.soort, s
            ? { aantal: s.aantal + aantal, namen: s.namen + 1, eerste: s.eerste < eerste ? s.eerste : eerste, laatste: s.laatste > laatste ? s.laatste : laatste }
            : { aantal, namen: 1, eerste, laatste });
        }
      }
      t.tijden = [];
      t.weggelaten = 0;
      // Nothing left to audit and nothing to throttle: the counter goes.
      if (t.aantal === 0) delete p.tellers[k];
    }
    for (const [soort, s] of onbekend) uit.push({ soort, label: null, tijden: [], ...s });
    p.samengevat = {};
    return { uitkomst: uit, gewijzigd: true };
  });
}
