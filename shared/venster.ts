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
}

export const VENSTER_SLEUTEL = 'ketenbestand';
/** The one IPC channel the preload uses; the channel name of the contract travels inside. */
export const IPC_KANAAL = 'ketenbestand:api';
