/**
 * The Electron shell (docs/ontwerp.md §4, §7): one sandboxed window on `app://ketenbestand/`, one IPC channel
 * to the router, and nothing else reaching out — no navigation, no new windows, no permissions, no
 * remote content. Built by scripts/build-electron.mjs into dist/electron/main.cjs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type MenuItemConstructorOptions, type WebFrameMain } from 'electron';
import { maakRouter } from '../backend/api';
import { standaardWerkmap } from '../backend/werkmap';
import { CSP } from '../bridge/server';
import { registreerIpc, registreerKiezer, type Afzenderframe } from './ipc';
import { APP_HERKOMST, APP_SCHEMA, maakBestandsdienst } from './protocol';

const PRODUCTNAAM = 'Ketenbestand Mensenhandel';
// dist/electron/main.cjs sits beside dist/electron/preload.cjs and dist/renderer/.
const hier = path.dirname(fileURLToPath(import.meta.url));

// Before `ready`: a standard, secure scheme gets a real origin, so the CSP's 'self' means app://ketenbestand.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEMA, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// Two instances on one bestand would race on the same SQLCipher file and its key slots.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  // The Electron builds of the storage drivers (docs/ontwerp.md §8, ADR 0013): in development native/electron
  // beside the app; packaged, electron-builder rebuilt them in node_modules and native/ is not shipped.
  // Always set, so that neither bestand/sqlcipher.ts nor bestand/driver-multiple-ciphers.ts falls back to
  // ./native under the working directory — native code must not come from wherever the app is started.
  const nativeMap = path.join(app.getAppPath(), 'native', 'electron');
  process.env.KETENBESTAND_NATIVE_DIR = app.isPackaged ? nativeMap : (process.env.KETENBESTAND_NATIVE_DIR ?? nativeMap);

  // The same folder as `npm run demo` and the bridge (ADR 0019), so the demo made there is listed here.
  const router = maakRouter({ werkmap: standaardWerkmap() });
  let venster: BrowserWindow | null = null;

  const isEigenFrame = (frame: Afzenderframe): boolean => {
    const hoofd = venster && !venster.isDestroyed() ? venster.webContents.mainFrame : null;
    if (!hoofd) return false;
    const f = frame as Partial<Pick<WebFrameMain, 'processId' | 'routingId'>>;
    return frame === hoofd || (typeof f.routingId === 'number' && f.processId === hoofd.processId && f.routingId === hoofd.routingId);
  };
  registreerIpc(ipcMain, router, isEigenFrame);
  // The native file and folder dialogs (ADR 0036), attached to the window.
  registreerKiezer(
    ipcMain,
    async (o) => {
      if (!venster || venster.isDestroyed()) return null;
      const r = await dialog.showOpenDialog(venster, { title: o.titel, ...(o.begin ? { defaultPath: o.begin } : {}), properties: o.soort === 'map' ? ['openDirectory', 'createDirectory'] : ['openFile'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    isEigenFrame,
  );

  app.on('web-contents-created', (_event, contents) => {
    // docs/ontwerp.md §7: the page never leaves app://ketenbestand and never opens anything else.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('second-instance', () => {
    if (!venster) return;
    if (venster.isMinimized()) venster.restore();
    venster.focus();
  });

  app.on('window-all-closed', () => app.quit());

  // Lock and close the bestand before the process ends (the key leaves memory with the session).
  let afgesloten = false;
  app.on('will-quit', (event) => {
    if (afgesloten) return;
    event.preventDefault();
    router
      .afsluiten()
      .catch(() => process.stderr.write('ketenbestand: het bestand kon bij afsluiten niet netjes worden gesloten\n'))
      .finally(() => {
        afgesloten = true;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, _permissie, antwoord) => antwoord(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    // No remote content at all: anything but our own scheme (and the devtools in development) is cancelled.
    ses.webRequest.onBeforeRequest((details, antwoord) => {
      antwoord({ cancel: !isToegestaneBron(details.url) });
    });

    protocol.handle(APP_SCHEMA, maakBestandsdienst({ rendererMap: path.resolve(hier, '..', 'renderer'), csp: CSP }));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu(() => venster)));

    venster = new BrowserWindow({
      title: PRODUCTNAAM,
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: path.join(hier, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        // Chromium's spellchecker downloads dictionaries: that would be remote content.
        spellcheck: false,
        devTools: !app.isPackaged,
      },
    });
    venster.once('ready-to-show', () => venster?.show());
    venster.on('closed', () => {
      venster = null;
    });
    void venster.loadURL(APP_HERKOMST);
  });
}

function isToegestaneBron(url: string): boolean {
  if (url.startsWith(APP_HERKOMST) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return !app.isPackaged && url.startsWith('devtools://');
}

/** Dutch, and no more than the app needs; no item opens a website. */
function menu(venster: () => BrowserWindow | null): MenuItemConstructorOptions[] {
  return [
    { label: 'Bestand', submenu: [{ role: 'quit', label: 'Afsluiten' }] },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
        ...(app.isPackaged
          ? []
          : ([{ type: 'separator' }, { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: `Over ${PRODUCTNAAM}`,
          click: () => {
            const opties = {
              type: 'info' as const,
              title: `Over ${PRODUCTNAAM}`,
              message: `${PRODUCTNAAM} ${app.getVersion()}`,
              detail: `Centraal bestand en overdracht voor de ketensamenwerking mensenhandel.\nElectron ${process.versions.electron ?? ''} · Licentie EUPL-1.2`,
              buttons: ['Sluiten'],
            };
            const v = venster();
            void (v ? dialog.showMessageBox(v, opties) : dialog.showMessageBox(opties));
          },
        },
      ],
    },
  ];
}
