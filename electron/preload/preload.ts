/**
 * The preload (docs/ontwerp.md §7; small and explicit, like Element Desktop's): the page gets one object,
 * `window.ketenbestand`, with one function that forwards a call of the contract over one IPC
 * channel, and one that opens the native file or folder dialog (ADR 0036). Only channel names that shared/api.ts declares leave the page; the main process checks the
 * sender frame and the router validates the input, so this is the first of three gates, not the only.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isKanaalNaam } from '@shared/api';
import type { Resultaat } from '@shared/fouten';
import type { Meldingcode } from '@shared/meldingen';
import { IPC_KANAAL, IPC_KIEZEN, isKiesopdracht, VENSTER_SLEUTEL, type VensterApi } from '@shared/venster';

const api: VensterApi = {
  aanroepen(kanaal: string, invoer: unknown): Promise<Resultaat<unknown>> {
    if (typeof kanaal !== 'string' || !isKanaalNaam(kanaal)) {
      return Promise.resolve({
        ok: false,
        // A code the renderer words (ADR 0027); only types come from shared/, so no schema library nor the
        // catalogue is bundled into the preload: the Dutch wording is the catalogue's, written out here.
        fout: { code: 'ONBEKEND_KANAAL', melding: `Onbekend kanaal "${String(kanaal).slice(0, 100)}".`, meldingcode: 'api.onbekendKanaal' satisfies Meldingcode, parameters: { kanaalNaam: String(kanaal).slice(0, 100) } },
      });
    }
    return ipcRenderer.invoke(IPC_KANAAL, { kanaal, invoer }) as Promise<Resultaat<unknown>>;
  },
  electron: process.versions.electron ?? '',
  // The second allow-listed call (ADR 0036): the native dialog, with a title and a start folder only.
  kiezen(opdracht) {
    if (!isKiesopdracht(opdracht)) {
      return Promise.resolve({ ok: false, fout: { code: 'ONGELDIGE_INVOER', melding: 'Het verzoek om een map of bestand te kiezen heeft niet de vorm { soort, titel, begin } en is geweigerd.', meldingcode: 'ipc.kiesvorm' satisfies Meldingcode, parameters: {} } });
    }
    return ipcRenderer.invoke(IPC_KIEZEN, { soort: opdracht.soort, titel: opdracht.titel, ...(opdracht.begin ? { begin: opdracht.begin } : {}) }) as Promise<Resultaat<string | null>>;
  },
};

contextBridge.exposeInMainWorld(VENSTER_SLEUTEL, api);
