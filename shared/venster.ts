/**
 * What the preload exposes to the page (Element-style: one small, explicit object). The renderer
 * gets this type from here and never imports Electron code.
 */
import type { Resultaat } from './fouten';

export interface VensterApi {
  /** Calls one channel of shared/api.ts; the main process checks the sender and the channel. */
  aanroepen(kanaal: string, invoer: unknown): Promise<Resultaat<unknown>>;
  /** The Electron version, so the page can say which mode it runs in. */
  readonly electron: string;
  /**
   * The native file or folder dialog (ADR 0036): the chosen absolute path, or null when cancelled.
   * Only in Electron; in browser mode the page browses through the channel `bestanden.bladeren`.
   */
  kiezen(opdracht: Kiesopdracht): Promise<Resultaat<string | null>>;
}

/** What the page may ask of the native dialog: a folder or a file, a title, where to start. Nothing else. */
export interface Kiesopdracht {
  soort: 'map' | 'bestand';
  titel: string;
  begin?: string;
}

/** The one shape a dialog request may have, checked in the preload and again in the main process. */
export function isKiesopdracht(x: unknown): x is Kiesopdracht {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== 'soort' && k !== 'titel' && k !== 'begin')) return false;
  if (o.soort !== 'map' && o.soort !== 'bestand') return false;
  if (typeof o.titel !== 'string' || o.titel.length > 200) return false;
  return o.begin === undefined || (typeof o.begin === 'string' && o.begin.length <= 4096 && !o.begin.includes('\0'));
}

export const VENSTER_SLEUTEL = 'ketenbestand';
/** The one IPC channel the preload uses; the channel name of the contract travels inside. */
export const IPC_KANAAL = 'ketenbestand:api';
/** The second and last IPC channel: the native file or folder dialog (ADR 0036). */
export const IPC_KIEZEN = 'ketenbestand:kiezen';
