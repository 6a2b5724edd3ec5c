/**
 * docs/ontwerp.md §7 and house style (VS Code, Element): every IPC message is checked for its sender frame and
 * its shape before the router sees it; the preload forwards only the contract's channel names; the
 * window is sandboxed and cannot navigate, open windows or get permissions. The Electron runtime does
 * not exist on these machines, so 'electron' is replaced by a fake and only that module is faked.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { kanaalNamen } from '@shared/api';
import type { Resultaat } from '@shared/fouten';
import { IPC_KANAAL, IPC_KIEZEN, VENSTER_SLEUTEL, type VensterApi } from '@shared/venster';
import { registreerIpc, registreerKiezer, type Afzenderframe, type IpcAanroep, type IpcHoofd } from '../../electron/main/ipc';
import { standaardWerkmap } from '../../electron/backend/werkmap';

type Luisteraar = (event: IpcAanroep, ...args: unknown[]) => Promise<Resultaat<unknown>>;

/** A fake `ipcMain` that keeps its handlers, so a test can play the part of a renderer. */
function nepIpcMain() {
  const handlers = new Map<string, Luisteraar>();
  const ipc: IpcHoofd = {
    handle: (kanaal, luisteraar) => {
      if (handlers.has(kanaal)) throw new Error(`dubbele handler voor ${kanaal}`);
      handlers.set(kanaal, luisteraar);
    },
    removeHandler: (kanaal) => void handlers.delete(kanaal),
  };
  return { ipc, handlers };
}

const eigenFrame: Afzenderframe = { url: 'app://ketenbestand/index.html', parent: null };
const nepRouter = () => ({ aanroepen: vi.fn(async (kanaal: string, invoer: unknown) => ({ ok: true as const, waarde: { kanaal, invoer } })) });

describe('registreerIpc: afzender en vorm worden gecontroleerd vóór de router', () => {
  let router: ReturnType<typeof nepRouter>;
  let roep: (event: IpcAanroep, ...args: unknown[]) => Promise<Resultaat<unknown>>;
  let afmelden: () => void;
  let handlers: Map<string, Luisteraar>;

  beforeEach(() => {
    router = nepRouter();
    const nep = nepIpcMain();
    handlers = nep.handlers;
    afmelden = registreerIpc(nep.ipc, router, (frame) => frame === eigenFrame);
    roep = (event, ...args) => handlers.get(IPC_KANAAL)!(event, ...args);
  });

  it('registreert precies één kanaal, IPC_KANAAL, en kan zich weer afmelden', () => {
    expect([...handlers.keys()]).toEqual([IPC_KANAAL]);
    afmelden();
    expect(handlers.size).toBe(0);
  });

  it('een geldig bericht uit het eigen venster bereikt de router en krijgt diens antwoord', async () => {
    const antwoord = await roep({ senderFrame: eigenFrame }, { kanaal: 'sessie.status', invoer: { a: 1 } });
    expect(router.aanroepen).toHaveBeenCalledExactlyOnceWith('sessie.status', { a: 1 });
    expect(antwoord).toEqual({ ok: true, waarde: { kanaal: 'sessie.status', invoer: { a: 1 } } });
  });

  it('een fout van de router gaat als zijn eigen antwoord terug, niet als exceptie', async () => {
    router.aanroepen.mockResolvedValueOnce({ ok: false, fout: { code: 'NIET_AANGEMELD', melding: 'Meld u eerst aan.' } } as never);
    expect(await roep({ senderFrame: eigenFrame }, { kanaal: 'partners.lijst', invoer: {} })).toEqual({
      ok: false,
      fout: { code: 'NIET_AANGEMELD', melding: 'Meld u eerst aan.' },
    });
    router.aanroepen.mockRejectedValueOnce(new Error('geheim: BSN 123456782'));
    const gegooid = await roep({ senderFrame: eigenFrame }, { kanaal: 'partners.lijst', invoer: {} });
    expect(gegooid).toMatchObject({ ok: false, fout: { code: 'INTERNE_FOUT' } });
    expect(JSON.stringify(gegooid)).not.toContain('123456782');
  });

  // [what, the frame, what main.ts's identity check says about it]
  const vreemdeAfzenders: Array<[string, Afzenderframe | null, boolean]> = [
    ['geen frame (weggenavigeerd of vernietigd)', null, true],
    ['een frame van een ander venster', { url: 'app://ketenbestand/index.html', parent: null }, false],
    ['een subframe van het eigen venster', { ...eigenFrame, parent: eigenFrame }, true],
    ['het eigen frame op een ander adres', { url: 'https://example.org/', parent: null }, true],
    ['het eigen frame op file://', { url: 'file:///work/main/dist/renderer/index.html', parent: null }, true],
    ['het eigen frame op een gelijkend adres', { url: 'app://ketenbestand.example.org/', parent: null }, true],
  ];
  it.each(vreemdeAfzenders)('weigert %s met GEEN_TOEGANG', async (_naam, frame, isEigen) => {
    const nep = nepIpcMain();
    const r = nepRouter();
    registreerIpc(nep.ipc, r, () => isEigen);
    const antwoord = await nep.handlers.get(IPC_KANAAL)!({ senderFrame: frame }, { kanaal: 'sessie.status', invoer: {} });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'GEEN_TOEGANG' } });
    expect((antwoord as { fout: { melding: string } }).fout.melding).toMatch(/geweigerd/);
    expect(r.aanroepen).not.toHaveBeenCalled();
  });

  const misvormd: Array<[string, unknown[]]> = [
    ['geen bericht', []],
    ['null', [null]],
    ['een string', ['sessie.status']],
    ['een array', [['sessie.status', {}]]],
    ['kanaal geen string', [{ kanaal: 42, invoer: {} }]],
    ['leeg kanaal', [{ kanaal: '', invoer: {} }]],
    ['te lang kanaal', [{ kanaal: 'x'.repeat(101), invoer: {} }]],
    ['extra velden', [{ kanaal: 'sessie.status', invoer: {}, sessie: 'beheerder' }]],
    ['twee berichten', [{ kanaal: 'sessie.status', invoer: {} }, { kanaal: 'bestand.demo', invoer: {} }]],
  ];
  it.each(misvormd)('weigert een misvormd bericht (%s) met ONGELDIGE_INVOER', async (_naam, args) => {
    const antwoord = await roep({ senderFrame: eigenFrame }, ...args);
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(router.aanroepen).not.toHaveBeenCalled();
  });

  it('controleert de afzender vóór de vorm', async () => {
    expect(await roep({ senderFrame: null }, 'onzin')).toMatchObject({ fout: { code: 'GEEN_TOEGANG' } });
  });
});

// ── The fake Electron: only this module is replaced; everything else (router aside) is real. ──────
const nep = vi.hoisted(() => {
  const volgorde: string[] = [];
  const appLuisteraars = new Map<string, (...args: unknown[]) => unknown>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const vensters: Array<{ opties: Record<string, unknown>; webContents: { mainFrame: Record<string, unknown> }; loadURL: (url: string) => Promise<void> }> = [];
  let protocolHandler: ((req: { url: string; method: string }) => Promise<Response>) | undefined;
  const sessie = {
    setPermissionRequestHandler: (() => {}) as (h: unknown) => void,
    permissieVerzoek: undefined as undefined | ((...a: unknown[]) => void),
    permissieCheck: undefined as undefined | ((...a: unknown[]) => boolean),
    apparaatCheck: undefined as undefined | ((...a: unknown[]) => boolean),
    verzoekFilter: undefined as undefined | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  };
  return { volgorde, appLuisteraars, ipcHandlers, vensters, sessie, protocol: () => protocolHandler, zetProtocol: (h: typeof protocolHandler) => (protocolHandler = h) };
});

vi.mock('electron', () => {
  let frameTeller = 0;
  class BrowserWindow {
    opties: Record<string, unknown>;
    webContents: { mainFrame: Record<string, unknown> };
    loadURL = vi.fn(async () => {});
    constructor(opties: Record<string, unknown>) {
      nep.volgorde.push('BrowserWindow');
      this.opties = opties;
      frameTeller += 1;
      this.webContents = { mainFrame: { url: 'app://ketenbestand/', parent: null, processId: 3, routingId: frameTeller } };
      nep.vensters.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    once() {}
    on() {}
    show() {}
    focus() {}
    restore() {}
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(() => nep.volgorde.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(() => nep.volgorde.push('quit')),
      getAppPath: () => '/app',
      getPath: (naam: string) => `/gebruiker/${naam}`,
      getVersion: () => '0.1.0',
      on: (naam: string, f: (...args: unknown[]) => unknown) => nep.appLuisteraars.set(naam, f),
      whenReady: () => {
        nep.volgorde.push('whenReady');
        return Promise.resolve();
      },
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => nep.volgorde.push('registerSchemesAsPrivileged')),
      handle: vi.fn((_schema: string, h: Parameters<typeof nep.zetProtocol>[0]) => nep.zetProtocol(h)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: (...a: unknown[]) => void) => (nep.sessie.permissieVerzoek = h),
        setPermissionCheckHandler: (h: (...a: unknown[]) => boolean) => (nep.sessie.permissieCheck = h),
        setDevicePermissionHandler: (h: (...a: unknown[]) => boolean) => (nep.sessie.apparaatCheck = h),
        webRequest: { onBeforeRequest: (h: typeof nep.sessie.verzoekFilter) => (nep.sessie.verzoekFilter = h) },
      },
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    dialog: { showMessageBox: vi.fn() },
    ipcMain: {
      handle: (kanaal: string, h: (...args: unknown[]) => unknown) => nep.ipcHandlers.set(kanaal, h),
      removeHandler: (kanaal: string) => nep.ipcHandlers.delete(kanaal),
    },
    BrowserWindow,
    // for the preload
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, waarde: 'van main' })) },
  };
});

const router = vi.hoisted(() => ({
  maakRouter: undefined as unknown,
  aanroepen: undefined as unknown as import('vitest').Mock,
  afsluiten: undefined as unknown as import('vitest').Mock,
}));
vi.mock('../../electron/backend/api', () => {
  router.aanroepen = vi.fn(async () => ({ ok: true, waarde: 'router' }));
  router.afsluiten = vi.fn(async () => {});
  router.maakRouter = vi.fn(() => ({ aanroepen: router.aanroepen, afsluiten: router.afsluiten }));
  return { maakRouter: router.maakRouter };
});

describe('registreerKiezer: de native dialoog alleen voor het eigen venster, alleen met soort, titel en begin (ADR 0036)', () => {
  it('geeft het gekozen pad terug, weigert een vreemd frame en een andere vorm zonder de dialoog te openen', async () => {
    const nep = nepIpcMain();
    const kiezen = vi.fn(async () => '/media/demo/USB');
    const afmelden = registreerKiezer(nep.ipc, kiezen, (frame) => frame === eigenFrame);
    const roep = nep.handlers.get(IPC_KIEZEN)!;
    expect(await roep({ senderFrame: eigenFrame }, { soort: 'map', titel: 'Map kiezen', begin: '/home' })).toEqual({ ok: true, waarde: '/media/demo/USB' });
    expect(kiezen).toHaveBeenCalledExactlyOnceWith({ soort: 'map', titel: 'Map kiezen', begin: '/home' });
    kiezen.mockClear();
    const vreemd: Afzenderframe = { url: 'https://voorbeeld.invalid/', parent: null };
    expect(await roep({ senderFrame: vreemd }, { soort: 'map', titel: 'x' })).toMatchObject({ ok: false, fout: { code: 'GEEN_TOEGANG' } });
    expect(await roep({ senderFrame: eigenFrame }, { soort: 'map', titel: 'x', properties: ['multiSelections'] })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', meldingcode: 'ipc.kiesvorm' } });
    expect(await roep({ senderFrame: eigenFrame }, { soort: 'map', titel: 'x' }, 'extra')).toMatchObject({ ok: false });
    expect(kiezen).not.toHaveBeenCalled();
    afmelden();
    expect(nep.handlers.size).toBe(0);
  });
});

describe('preload: alleen kanalen uit het contract (Element-stijl)', () => {
  let api: VensterApi;
  let electron: typeof import('electron');

  beforeAll(async () => {
    electron = await import('electron');
    await import('../../electron/preload/preload');
    const aanroep = vi.mocked(electron.contextBridge.exposeInMainWorld).mock.calls[0]!;
    expect(aanroep[0]).toBe(VENSTER_SLEUTEL);
    api = aanroep[1] as VensterApi;
  });
  beforeEach(() => vi.mocked(electron.ipcRenderer.invoke).mockClear());

  // Updated deliberately for ADR 0036: the one object now also holds the native dialog, `kiezen`.
  it('stelt één object met aanroepen, kiezen en de Electron-versie beschikbaar', () => {
    expect(Object.keys(api).sort()).toEqual(['aanroepen', 'electron', 'kiezen']);
    expect(typeof api.electron).toBe('string');
  });

  it('stuurt een kanaal uit het contract door over IPC_KANAAL als { kanaal, invoer }', async () => {
    const antwoord = await api.aanroepen('partners.lijst', { zoek: 'Politie' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_KANAAL, { kanaal: 'partners.lijst', invoer: { zoek: 'Politie' } });
    expect(antwoord).toEqual({ ok: true, waarde: 'van main' });
  });

  it.each(['fs.lezen', 'bestand.verwijderAlles', '__proto__', 'constructor', 'toString', '', 'ketenbestand:api'])(
    'stuurt het onbekende kanaal %j niet door',
    async (kanaal) => {
      const antwoord = await api.aanroepen(kanaal, {});
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
      expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONBEKEND_KANAAL' } });
    },
  );

  it('kiezen: alleen { soort, titel, begin } gaat over IPC_KIEZEN; elke andere vorm wordt in de preload geweigerd', async () => {
    await api.kiezen({ soort: 'map', titel: 'Map kiezen' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_KIEZEN, { soort: 'map', titel: 'Map kiezen' });
    vi.mocked(electron.ipcRenderer.invoke).mockClear();
    for (const fout of [{ soort: 'alles', titel: 'x' }, { soort: 'map', titel: 'x', properties: ['openFile', 'multiSelections'] }, { soort: 'map', titel: 'x'.repeat(201) }, { soort: 'map', titel: 'x', begin: 'a\0b' }, null, 'map']) {
      expect(await api.kiezen(fout as never)).toMatchObject({ ok: false, fout: { meldingcode: 'ipc.kiesvorm' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('de gebouwde preload (esbuild, zoals dist/electron/preload.cjs) doet hetzelfde met alle kanalen van het contract', async () => {
    const bouwScript: string = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/build-electron.mjs')).href;
    const { bouwPreload } = await import(bouwScript);
    const { tekst, kanaalNamen: ingebouwd } = (await bouwPreload({ schrijf: false })) as { tekst: string; kanaalNamen: string[] };
    expect([...ingebouwd].sort()).toEqual([...kanaalNamen].sort());
    expect(tekst).not.toMatch(/zod/i); // the names only, not the schemas

    let blootgesteld: VensterApi | undefined;
    const invoke = vi.fn(async () => ({ ok: true, waarde: null }));
    const nepRequire = (naam: string) => {
      if (naam !== 'electron') throw new Error(`sandbox: require('${naam}') bestaat niet`);
      return { contextBridge: { exposeInMainWorld: (_k: string, v: VensterApi) => (blootgesteld = v) }, ipcRenderer: { invoke } };
    };
    new Function('require', 'process', tekst)(nepRequire, { versions: { electron: '45.5.0' } });
    expect(blootgesteld?.electron).toBe('45.5.0');
    for (const kanaal of kanaalNamen) await blootgesteld!.aanroepen(kanaal, { x: 1 });
    expect(invoke).toHaveBeenCalledTimes(kanaalNamen.length);
    expect(await blootgesteld!.aanroepen('hasOwnProperty', {})).toMatchObject({ fout: { code: 'ONBEKEND_KANAAL' } });
    expect(invoke).toHaveBeenCalledTimes(kanaalNamen.length);
  });
});

describe('main.ts: één gesandboxt venster op app://ketenbestand/ (docs/ontwerp.md §7)', () => {
  let electron: typeof import('electron');
  type Venster = (typeof nep.vensters)[number];
  let venster: Venster;

  const eerdereNativeMap = process.env.KETENBESTAND_NATIVE_DIR;
  afterAll(() => {
    if (eerdereNativeMap === undefined) delete process.env.KETENBESTAND_NATIVE_DIR;
    else process.env.KETENBESTAND_NATIVE_DIR = eerdereNativeMap;
  });

  beforeAll(async () => {
    delete process.env.KETENBESTAND_NATIVE_DIR;
    electron = await import('electron');
    await import('../../electron/main/main');
    await new Promise((r) => setTimeout(r, 0)); // let whenReady().then(...) run
    expect(nep.vensters).toHaveLength(1);
    venster = nep.vensters[0]!;
  });

  it('registreert app:// als standaard en veilig schema vóór ready, en zet de sandbox voor alle pagina’s aan', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(nep.volgorde.indexOf('registerSchemesAsPrivileged')).toBeLessThan(nep.volgorde.indexOf('whenReady'));
    expect(nep.volgorde).toContain('enableSandbox');
  });

  it('het venster: contextIsolation, sandbox, geen nodeIntegration, webSecurity, de gebouwde preload.cjs', () => {
    const voorkeuren = venster.opties.webPreferences as Record<string, unknown>;
    expect(voorkeuren).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(path.basename(String(voorkeuren.preload))).toBe('preload.cjs');
    expect(venster.loadURL).toHaveBeenCalledWith('app://ketenbestand/');
  });

  it('de werkmap is die van npm run demo en de brug (ADR 0019); de Electron-build van SQLCipher komt uit de app, niet uit de werkdirectory', () => {
    expect(router.maakRouter).toHaveBeenCalledWith(expect.objectContaining({ werkmap: standaardWerkmap() }));
    expect(standaardWerkmap({}, '/thuis')).toBe(path.resolve('/thuis', '.ketenbestand'));
    expect(standaardWerkmap({ KETENBESTAND_WERKMAP: '/elders/werkmap' }, '/thuis')).toBe(path.resolve('/elders/werkmap'));
    expect(process.env.KETENBESTAND_NATIVE_DIR).toBe(path.join('/app', 'native', 'electron'));
  });

  it('IPC: het hoofdframe van het venster bereikt de router; een ander venster of adres niet', async () => {
    const handler = nep.ipcHandlers.get(IPC_KANAAL)!;
    router.aanroepen.mockClear();
    expect(await handler({ senderFrame: venster.webContents.mainFrame }, { kanaal: 'sessie.status', invoer: {} })).toEqual({ ok: true, waarde: 'router' });
    expect(router.aanroepen).toHaveBeenCalledExactlyOnceWith('sessie.status', {});

    const anderVenster = { url: 'app://ketenbestand/', parent: null, processId: 3, routingId: 999 };
    expect(await handler({ senderFrame: anderVenster }, { kanaal: 'sessie.status', invoer: {} })).toMatchObject({ fout: { code: 'GEEN_TOEGANG' } });
    venster.webContents.mainFrame.url = 'https://aanvaller.example/';
    expect(await handler({ senderFrame: venster.webContents.mainFrame }, { kanaal: 'sessie.status', invoer: {} })).toMatchObject({ fout: { code: 'GEEN_TOEGANG' } });
    venster.webContents.mainFrame.url = 'app://ketenbestand/';
    expect(router.aanroepen).toHaveBeenCalledTimes(1);
  });

  it('blokkeert navigatie, nieuwe vensters en webviews in elke webContents', () => {
    const luisteraars = new Map<string, (e: { preventDefault: () => void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (naam: string, f: (e: { preventDefault: () => void }) => void) => luisteraars.set(naam, f),
      setWindowOpenHandler: (f: () => unknown) => (openHandler = f),
    };
    nep.appLuisteraars.get('web-contents-created')!({}, contents);
    for (const naam of ['will-navigate', 'will-frame-navigate', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      luisteraars.get(naam)!(e);
      expect(e.preventDefault, naam).toHaveBeenCalled();
    }
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('weigert elke permissie en alle inhoud van buiten app://ketenbestand/', () => {
    const antwoord = vi.fn();
    nep.sessie.permissieVerzoek!({}, 'media', antwoord, {});
    expect(antwoord).toHaveBeenCalledWith(false);
    expect(nep.sessie.permissieCheck!({}, 'notifications', 'app://ketenbestand', {})).toBe(false);
    expect(nep.sessie.apparaatCheck!({})).toBe(false);
    const filter = (url: string) => {
      let cancel: boolean | undefined;
      nep.sessie.verzoekFilter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(filter('https://fonts.googleapis.com/css')).toBe(true);
    expect(filter('http://127.0.0.1:8080/api')).toBe(true);
    expect(filter('file:///etc/passwd')).toBe(true);
    expect(filter('app://ketenbestand/assets/app.js')).toBe(false);
  });

  it('het protocol zet de CSP van de brug op elk antwoord', async () => {
    const { CSP } = await import('../../electron/bridge/server');
    const antwoord = await nep.protocol()!({ url: 'app://ketenbestand/bestaat-niet.js', method: 'GET' });
    expect(antwoord.headers.get('content-security-policy')).toBe(CSP);
  });

  it('sluit het bestand (router.afsluiten) voordat de app stopt', async () => {
    const e = { preventDefault: vi.fn() };
    nep.appLuisteraars.get('will-quit')!(e);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(router.afsluiten).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    // the second will-quit (from that app.quit) lets the app go
    const tweede = { preventDefault: vi.fn() };
    nep.appLuisteraars.get('will-quit')!(tweede);
    expect(tweede.preventDefault).not.toHaveBeenCalled();
    expect(router.afsluiten).toHaveBeenCalledTimes(1);
  });
});
