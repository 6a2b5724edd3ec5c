/**
 * The `app://ketenbestand/` protocol (docs/ontwerp.md §7): the window loads the built renderer from
 * dist/renderer through this handler rather than from `file://`, so the page has a real origin, a
 * Content-Security-Policy header on every response and no reach into the rest of the disk. Kept free
 * of Electron imports so that it is tested with plain `Request`-like objects.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEMA = 'app';
export const APP_HOST = 'ketenbestand';
/** Every page and IPC sender must start with this; the IPC adapter checks it too. */
export const APP_HERKOMST = `${APP_SCHEMA}://${APP_HOST}/`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BestandsdienstOpties {
  /** The folder with the built renderer (dist/renderer); nothing outside it is ever served. */
  rendererMap: string;
  /** The policy of electron/bridge/server.ts, so the window and browser mode run under the same CSP. */
  csp: string;
}

/** The part of a fetch `Request` the handler reads; Electron's `protocol.handle` passes a full one. */
export interface Verzoek {
  url: string;
  method: string;
}

export type Bestandsdienst = (verzoek: Verzoek) => Promise<Response>;

export function maakBestandsdienst(opties: BestandsdienstOpties): Bestandsdienst {
  const basis = path.resolve(opties.rendererMap);
  const koppen = (type: string): Record<string, string> => ({
    'Content-Type': type,
    'Content-Security-Policy': opties.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  const weiger = (status: number, tekst: string) =>
    new Response(tekst, { status, headers: koppen('text/plain; charset=utf-8') });

  // Resolved once and cached: a symlink placed inside dist/renderer must not lead outside it.
  let echteBasis: Promise<string> | undefined;

  return async function dienBestand(verzoek: Verzoek): Promise<Response> {
    let url: URL;
    try {
      url = new URL(verzoek.url);
    } catch {
      return weiger(400, 'Ongeldig adres');
    }
    if (url.protocol !== `${APP_SCHEMA}:` || url.host !== APP_HOST) return weiger(404, 'Niet gevonden');
    if (verzoek.method !== 'GET' && verzoek.method !== 'HEAD') return weiger(405, 'Alleen lezen');

    const relatief = relatiefPad(url.pathname);
    if (relatief === null) return weiger(403, 'Geweigerd');
    const doel = path.resolve(basis, relatief);
    if (!binnen(basis, doel)) return weiger(403, 'Geweigerd');

    try {
      echteBasis ??= fs.realpath(basis);
      const [echtDoel, echtBasis] = await Promise.all([fs.realpath(doel), echteBasis]);
      if (!binnen(echtBasis, echtDoel)) return weiger(403, 'Geweigerd');
      const stat = await fs.stat(echtDoel);
      if (!stat.isFile()) return weiger(404, 'Niet gevonden');
      const inhoud = verzoek.method === 'HEAD' ? null : await fs.readFile(echtDoel);
      return new Response(inhoud, {
        status: 200,
        headers: koppen(MIME[path.extname(echtDoel).toLowerCase()] ?? 'application/octet-stream'),
      });
    } catch {
      echteBasis = undefined;
      return weiger(404, 'Niet gevonden');
    }
  };
}

/**
 * The URL path as a relative file path, or null when it tries to leave the folder. Chromium already
 * folds `..` segments of a standard scheme, but an encoded slash (`..%2f`) survives that, so every
 * decoded segment is checked again here.
 */
function relatiefPad(pathname: string): string | null {
  let gedecodeerd: string;
  try {
    gedecodeerd = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (gedecodeerd.includes('\0') || gedecodeerd.includes('\\')) return null;
  const delen = gedecodeerd.split('/').filter((deel) => deel !== '');
  if (delen.some((deel) => deel === '..' || deel === '.' || /^[a-zA-Z]:/.test(deel))) return null;
  return delen.length === 0 ? 'index.html' : delen.join('/');
}

function binnen(basis: string, doel: string): boolean {
  const rel = path.relative(basis, doel);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
