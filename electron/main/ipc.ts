/**
 * The Electron IPC adapter (docs/ontwerp.md §4, §7): one channel, `IPC_KANAAL`, carrying `{ kanaal, invoer }`.
 * Like VS Code's main process it first checks who sent the message — only the top frame of our own
 * window, showing a page of `app://ketenbestand/` — then the shape of the message, and hands the rest
 * to the router, which validates the input against the contract and checks the session and role.
 * No logic of its own beyond those two checks.
 */
import { IPC_KANAAL, IPC_KIEZEN, isKiesopdracht, type Kiesopdracht } from '@shared/venster';
import { KetenFout, type Resultaat } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { APP_HERKOMST } from './protocol';

/** The part of Electron's `WebFrameMain` the checks read. */
export interface Afzenderframe {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of Electron's `IpcMainInvokeEvent` the adapter reads. */
export interface IpcAanroep {
  readonly senderFrame: Afzenderframe | null;
}

/** The part of Electron's `ipcMain` the adapter uses, so tests pass a fake. */
export interface IpcHoofd {
  handle(kanaal: string, luisteraar: (event: IpcAanroep, ...args: unknown[]) => Promise<Resultaat<unknown>>): void;
  removeHandler(kanaal: string): void;
}

export interface IpcRouter {
  aanroepen(kanaal: string, invoer: unknown): Promise<Resultaat<unknown>>;
}

/** Decides whether a frame is the top frame of the main window (main.ts compares frame ids). */
export type IsEigenFrame = (frame: Afzenderframe) => boolean;

const MAX_KANAALNAAM = 100;

// The IPC gate's own refusals carry a message code like any refusal (ADR 0027).
const geenToegang: Resultaat<never> = { ok: false, fout: new KetenFout('GEEN_TOEGANG', melding('ipc.nietUitVenster')).naarFout() };
const ongeldigBericht: Resultaat<never> = { ok: false, fout: new KetenFout('ONGELDIGE_INVOER', melding('ipc.vorm')).naarFout() };

export function isVanEigenVenster(frame: Afzenderframe | null, isEigenFrame: IsEigenFrame): boolean {
  if (!frame) return false; // the frame navigated away or was destroyed while the message travelled
  return frame.parent === null && isEigenFrame(frame) && frame.url.startsWith(APP_HERKOMST);
}

export function isBericht(args: readonly unknown[]): args is [{ kanaal: string; invoer?: unknown }] {
  if (args.length !== 1) return false;
  const bericht = args[0];
  if (typeof bericht !== 'object' || bericht === null || Array.isArray(bericht)) return false;
  if (Object.keys(bericht).some((sleutel) => sleutel !== 'kanaal' && sleutel !== 'invoer')) return false;
  const { kanaal } = bericht as { kanaal?: unknown };
  return typeof kanaal === 'string' && kanaal.length > 0 && kanaal.length <= MAX_KANAALNAAM;
}

/** Registers the one handler; returns a function that removes it again. */
export function registreerIpc(ipcMain: IpcHoofd, router: IpcRouter, isEigenFrame: IsEigenFrame): () => void {
  ipcMain.handle(IPC_KANAAL, async (event, ...args) => {
    if (!isVanEigenVenster(event.senderFrame, isEigenFrame)) return geenToegang;
    if (!isBericht(args)) return ongeldigBericht;
    const [{ kanaal, invoer }] = args;
    try {
      return await router.aanroepen(kanaal, invoer);
    } catch {
      // The router answers every failure itself; this only keeps a thrown error (and whatever data
      // it carries) from crossing into the page as a rejected promise.
      return {
        ok: false,
        fout: new KetenFout('INTERNE_FOUT', melding('api.intern')).naarFout(),
      };
    }
  });
  return () => ipcMain.removeHandler(IPC_KANAAL);
}

/** Opens the native dialog for the window (main.ts passes Electron's `dialog.showOpenDialog`). */
export type Kiezer = (opdracht: Kiesopdracht) => Promise<string | null>;

const ongeldigeKeuze: Resultaat<never> = { ok: false, fout: new KetenFout('ONGELDIGE_INVOER', melding('ipc.kiesvorm')).naarFout() };

/**
 * The second channel (ADR 0036): the native file or folder dialog. The same sender check as the API;
 * the request may name a kind, a title and a start folder and nothing else. The chosen path goes back
 * to the page, which passes it to a channel of the contract like any typed path, so every check of
 * the backend (absolute, no `..`, the folder exists) still applies.
 */
export function registreerKiezer(ipcMain: IpcHoofd, kiezen: Kiezer, isEigenFrame: IsEigenFrame): () => void {
  ipcMain.handle(IPC_KIEZEN, async (event, ...args) => {
    if (!isVanEigenVenster(event.senderFrame, isEigenFrame)) return geenToegang;
    if (args.length !== 1 || !isKiesopdracht(args[0])) return ongeldigeKeuze;
    const { soort, titel, begin } = args[0];
    try {
      return { ok: true, waarde: await kiezen({ soort, titel, ...(begin ? { begin } : {}) }) };
    } catch {
      return { ok: false, fout: new KetenFout('INTERNE_FOUT', melding('api.intern')).naarFout() };
    }
  });
  return () => ipcMain.removeHandler(IPC_KIEZEN);
}
