/**
 * Browser mode (docs/ontwerp.md §4, §8): the same router over HTTP on 127.0.0.1, for machines without the
 * Electron runtime and for end-to-end tests. A random token, handed over only in the URL fragment
 * that the starter opens, guards every call; the Host and Origin headers are checked against
 * DNS rebinding. The adapter has no logic of its own: it parses, calls the router, answers.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Router } from '../backend/api';
import { KetenFout, type Foutcode } from '@shared/fouten';
import { melding, type Melding } from '@shared/meldingen';

export interface Brug {
  poort: number;
  token: string;
  /** The address to open: the token travels in the fragment, which never reaches a server log. */
  adres: string;
  stoppen(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** The same policy as the Electron window (docs/ontwerp.md §7); MUI's emotion needs inline styles. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MAX_BODY = 5 * 1024 * 1024;

type Antwoorder = (status: number, body: string | Buffer, type?: string) => void;

/**
 * The bridge's own refusals are refusals like any other (ADR 0027): a `Fout` with a code and a message
 * code, which the renderer's adapter words in the user's language; never a bare sentence.
 */
function weigering(code: Foutcode, m: Melding): string {
  return JSON.stringify({ ok: false, fout: new KetenFout(code, m).naarFout() });
}

const ONGELDIG_ADRES = weigering('ONGELDIGE_INVOER', melding('brug.ongeldigAdres'));

/** `decodeURIComponent` throws on a broken escape such as `%E0%A4%A`; that is bad input, not a crash. */
function decoderen(tekst: string): string | undefined {
  try {
    return decodeURIComponent(tekst);
  } catch {
    return undefined;
  }
}

export async function startBrug(router: Router, opties: { poort?: number; rendererMap: string }): Promise<Brug> {
  const token = crypto.randomBytes(32).toString('hex');
  const tokenBuf = Buffer.from(token);
  let poort = 0;

  const beveiligingskoppen = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };

  async function behandelen(req: http.IncomingMessage, antwoord: Antwoorder): Promise<void> {
    const eigenHosts = [`127.0.0.1:${poort}`, `localhost:${poort}`];
    if (!eigenHosts.includes(req.headers.host ?? '')) return antwoord(421, weigering('GEEN_TOEGANG', melding('brug.onbekendeHost')));
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${poort}`);
    } catch {
      return antwoord(400, ONGELDIG_ADRES);
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return antwoord(405, weigering('ONGELDIGE_INVOER', melding('brug.alleenPost')));
      const origin = req.headers.origin;
      if (origin && !eigenHosts.map((h) => `http://${h}`).includes(origin)) return antwoord(403, weigering('GEEN_TOEGANG', melding('brug.vreemdeHerkomst')));
      const gegeven = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (gegeven.length !== tokenBuf.length || !crypto.timingSafeEqual(gegeven, tokenBuf)) {
        return antwoord(401, weigering('GEEN_TOEGANG', melding('brug.onbekendToken')));
      }
      const delen: Buffer[] = [];
      let grootte = 0;
      for await (const deel of req) {
        grootte += (deel as Buffer).length;
        if (grootte > MAX_BODY) return antwoord(413, weigering('ONGELDIGE_INVOER', melding('brug.teGroot', { mb: MAX_BODY / (1024 * 1024) })));
        delen.push(deel as Buffer);
      }
      let invoer: unknown;
      try {
        invoer = delen.length ? JSON.parse(Buffer.concat(delen).toString('utf8')) : {};
      } catch {
        return antwoord(400, weigering('ONGELDIGE_INVOER', melding('brug.geenJson')));
      }
      const kanaal = decoderen(url.pathname.slice('/api/'.length));
      if (kanaal === undefined) return antwoord(400, ONGELDIG_ADRES);
      return antwoord(200, JSON.stringify(await router.aanroepen(kanaal, invoer)));
    }

    if (req.method !== 'GET') return antwoord(405, '');
    const gedecodeerd = decoderen(url.pathname);
    if (gedecodeerd === undefined) return antwoord(400, 'Ongeldig adres', 'text/plain; charset=utf-8');
    const relatief = url.pathname === '/' ? 'index.html' : gedecodeerd.replace(/^\/+/, '');
    const bestand = path.resolve(opties.rendererMap, relatief);
    if (!bestand.startsWith(path.resolve(opties.rendererMap) + path.sep)) return antwoord(404, '');
    try {
      const inhoud = await fs.readFile(bestand);
      return antwoord(200, inhoud, MIME[path.extname(bestand)] ?? 'application/octet-stream');
    } catch {
      return antwoord(404, 'Niet gevonden', 'text/plain; charset=utf-8');
    }
  }

  // Every request is handled on its own: whatever one does (an undecodable path, a body that breaks
  // off mid-upload, a client that hangs up), it ends that request only and never the bridge.
  const server = http.createServer((req, res) => {
    req.on('error', () => res.destroy());
    res.on('error', () => undefined);
    const antwoord: Antwoorder = (status, body, type = 'application/json; charset=utf-8') => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(status, { ...beveiligingskoppen, 'Content-Type': type });
      res.end(body);
    };
    behandelen(req, antwoord).catch(() => {
      // Mostly a request that failed on its way in (aborted, reset), before the router saw it.
      if (req.destroyed || req.readableAborted) res.destroy();
      else antwoord(400, weigering('ONGELDIGE_INVOER', melding('brug.onleesbaar')));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opties.poort ?? 0, '127.0.0.1', () => resolve());
  });
  poort = (server.address() as { port: number }).port;
  return {
    poort,
    token,
    adres: `http://127.0.0.1:${poort}/#token=${token}`,
    stoppen: async () => {
      // Lock first: an open browser tab keeps its connection, and must not keep the bestand open.
      const gesloten = new Promise<void>((resolve) => server.close(() => resolve()));
      await router.afsluiten();
      server.closeAllConnections();
      await gesloten;
    },
  };
}
