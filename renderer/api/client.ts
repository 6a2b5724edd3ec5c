/**
 * The renderer's only way to the backend (docs/ontwerp.md §4): one typed call per channel of shared/api.ts.
 * In Electron the preload's `window.ketenbestand` carries it over IPC; in browser mode it goes to
 * the local HTTP bridge with the per-run token. Either way the answer is a `Resultaat`, never a throw.
 */
import type { Invoer, KanaalNaam, Uitvoer } from '@shared/api';
import { KetenFout, type Fout, type Resultaat } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { VensterApi } from '@shared/venster';

declare global {
  interface Window {
    ketenbestand?: VensterApi;
  }
}

const TOKENSLEUTEL = 'ketenbestand.token';

/**
 * The bridge hands its token over in the URL fragment (never sent to a server, never in a log).
 * We keep it for this tab only and take it out of the address bar at once.
 */
export function tokenOvernemen(): void {
  const m = /(?:^#|&)token=([0-9a-fA-F]+)/.exec(window.location.hash);
  if (!m?.[1]) return;
  try {
    sessionStorage.setItem(TOKENSLEUTEL, m[1]);
  } catch {
    // without sessionStorage the token lives only in this module
  }
  geheugenToken = m[1];
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

let geheugenToken: string | null = null;

function token(): string {
  try {
    return sessionStorage.getItem(TOKENSLEUTEL) ?? geheugenToken ?? '';
  } catch {
    return geheugenToken ?? '';
  }
}

type Luisteraar = (fout: Fout, kanaal: KanaalNaam) => void;
const luisteraars = new Set<Luisteraar>();

/** Lets the session store react to NIET_AANGEMELD from any call, wherever it was made. */
export function bijFout(luisteraar: Luisteraar): () => void {
  luisteraars.add(luisteraar);
  return () => luisteraars.delete(luisteraar);
}

/** No answer at all is a refusal like the bridge's own (ADR 0027): a code FoutMelding words in the current language. */
function verbindingsfout(): Resultaat<never> {
  return { ok: false, fout: new KetenFout('INTERNE_FOUT', melding('brug.nietBereikbaar')).naarFout() };
}

async function viaBrug(kanaal: KanaalNaam, invoer: unknown): Promise<Resultaat<unknown>> {
  try {
    const antwoord = await fetch(`api/${encodeURIComponent(kanaal)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}` },
      body: JSON.stringify(invoer ?? {}),
      cache: 'no-store',
    });
    const tekst = await antwoord.text();
    const json = JSON.parse(tekst) as Partial<Resultaat<unknown>>;
    if (typeof json.ok !== 'boolean') return verbindingsfout();
    return json as Resultaat<unknown>;
  } catch {
    return verbindingsfout();
  }
}

export async function roep<K extends KanaalNaam>(kanaal: K, invoer: Invoer<K>): Promise<Resultaat<Uitvoer<K>>> {
  let uitkomst: Resultaat<unknown>;
  if (window.ketenbestand) {
    try {
      uitkomst = await window.ketenbestand.aanroepen(kanaal, invoer);
    } catch {
      uitkomst = verbindingsfout();
    }
  } else {
    uitkomst = await viaBrug(kanaal, invoer);
  }
  if (!uitkomst.ok) for (const l of luisteraars) l(uitkomst.fout, kanaal);
  return uitkomst as Resultaat<Uitvoer<K>>;
}
