/**
 * The folder browser of browser mode (issue 11 §6, ADR 0036): the page has no file dialog of its own,
 * so the backend lists folders — but only inside the user's home folder and on removable drives. Every
 * path is resolved to its real path first (so neither `..` nor a symbolic link leads outside), and a
 * link inside that points outside is left out of the listing. Hidden names are not shown.
 */
import fs from 'node:fs/promises';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { ligtBinnen, padmodule, verwisselbareSchijven, type Systeem } from './schijven';

export interface Wortel {
  pad: string;
  naam: string;
  soort: 'thuis' | 'verwisselbaar';
}

export interface Bladerinhoud {
  /** The folder shown (its real path), or null for the list of places only. */
  pad: string | null;
  /** One folder up, or null at a place's top. */
  ouder: string | null;
  wortels: Wortel[];
  items: Array<{ naam: string; pad: string; map: boolean }>;
  /** True when the folder held more entries than are shown. */
  afgekapt: boolean;
}

export interface Bladeromgeving {
  systeem: Systeem;
  thuis: string;
  realpath?: (p: string) => Promise<string>;
}

const MAX_ITEMS = 1000;

/** Outside the places one may browse (also a relative path or one with a NUL): one refusal, in Dutch. */
const buiten = (pad: string) => new KetenFout('ONVEILIG_PAD', melding('bladeren.buiten', { pad }));
const geenMap = (pad: string) => new KetenFout('NIET_GEVONDEN', melding('bladeren.geenMap', { pad }));

/** The places one may browse: the home folder, then each removable drive. */
export async function wortels(o: Bladeromgeving): Promise<Wortel[]> {
  const schijven = await verwisselbareSchijven(o.systeem);
  return [{ pad: o.thuis, naam: padmodule(o.systeem.platform).basename(o.thuis) || o.thuis, soort: 'thuis' as const }, ...schijven.map((s) => ({ pad: s.pad, naam: s.naam, soort: 'verwisselbaar' as const }))];
}

export async function bladeren(invoer: { pad?: string | undefined; soort: 'map' | 'bestand' }, o: Bladeromgeving): Promise<Bladerinhoud> {
  const p = padmodule(o.systeem.platform);
  const realpath = o.realpath ?? ((x: string) => fs.realpath(x));
  const plaatsen = await wortels(o);
  if (invoer.pad === undefined || invoer.pad.trim() === '') return { pad: null, ouder: null, wortels: plaatsen, items: [], afgekapt: false };
  const gevraagd = invoer.pad.trim();
  if (!p.isAbsolute(gevraagd) || gevraagd.includes('\0')) throw buiten(gevraagd);
  // Checked on the requested path first, so a path outside is refused before anything is read there.
  const echteWortels = (await Promise.all(plaatsen.map(async (w) => realpath(w.pad).catch(() => null)))).filter((x): x is string => x !== null);
  const binnen = (x: string) => echteWortels.find((w) => ligtBinnen(x, w, o.systeem.platform)) ?? null;
  if (!binnen(p.resolve(gevraagd)) && !plaatsen.some((w) => ligtBinnen(gevraagd, w.pad, o.systeem.platform))) {
    throw buiten(gevraagd);
  }
  const echt = await realpath(gevraagd).catch(() => null);
  if (echt === null) throw geenMap(gevraagd);
  const wortel = binnen(echt);
  if (!wortel) throw buiten(gevraagd);
  const stat = await fs.stat(echt).catch(() => null);
  if (!stat?.isDirectory()) throw geenMap(gevraagd);

  const items: Bladerinhoud['items'] = [];
  let afgekapt = false;
  for (const e of await fs.readdir(echt, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const pad = p.join(echt, e.name);
    let map = e.isDirectory();
    if (e.isSymbolicLink()) {
      // A link is shown only when it stays inside a place one may browse.
      const doel = await realpath(pad).catch(() => null);
      if (!doel || !binnen(doel)) continue;
      map = (await fs.stat(doel).catch(() => null))?.isDirectory() ?? false;
    } else if (!map && !e.isFile()) continue;
    if (!map && invoer.soort === 'map') continue;
    if (items.length >= MAX_ITEMS) {
      afgekapt = true;
      break;
    }
    items.push({ naam: e.name, pad, map });
  }
  items.sort((a, b) => (a.map === b.map ? a.naam.localeCompare(b.naam, 'nl') : a.map ? -1 : 1));
  const boven = p.dirname(echt);
  return { pad: echt, ouder: echt !== wortel && boven !== echt && binnen(boven) ? boven : null, wortels: plaatsen, items, afgekapt };
}
