/**
 * docs/ontwerp.md §7: the window's pages come from app://ketenbestand/, served out of dist/renderer only, each
 * response under the same Content-Security-Policy as browser mode. Real files in a temp folder, with
 * a secret beside it that no URL may reach.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../electron/bridge/server';
import { APP_HERKOMST, maakBestandsdienst, type Bestandsdienst } from '../../electron/main/protocol';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenbestand-protocol-'));
const renderer = path.join(tmp, 'renderer');
let dien: Bestandsdienst;
const GEHEIM = 'GEHEIM-dit-mag-de-pagina-nooit-zien';

beforeAll(() => {
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Ketenbestand</title><div id="root"></div>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app-1234.js'), 'console.log("app")');
  fs.writeFileSync(path.join(renderer, 'assets', 'stijl.css'), 'body{}');
  fs.writeFileSync(path.join(tmp, 'geheim.txt'), GEHEIM);
  // A sibling whose name starts like the renderer folder: a naive startsWith check would let it through.
  fs.mkdirSync(path.join(tmp, 'renderer-oud'));
  fs.writeFileSync(path.join(tmp, 'renderer-oud', 'geheim.txt'), GEHEIM);
  fs.symlinkSync(path.join(tmp, 'geheim.txt'), path.join(renderer, 'assets', 'link.txt'));
  dien = maakBestandsdienst({ rendererMap: renderer, csp: CSP });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const get = (url: string) => dien({ url, method: 'GET' });

describe('app://ketenbestand/ (docs/ontwerp.md §7)', () => {
  it('serveert index.html op / met de CSP van de brug', async () => {
    const antwoord = await get(APP_HERKOMST);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(antwoord.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(antwoord.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await antwoord.text()).toContain('<div id="root">');
  });

  it('serveert bestanden uit de renderermap met het juiste type', async () => {
    const js = await get(`${APP_HERKOMST}assets/app-1234.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app")');
    const css = await get(`${APP_HERKOMST}assets/stijl.css?v=1#x`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    `${APP_HERKOMST}../geheim.txt`,
    `${APP_HERKOMST}%2e%2e/geheim.txt`,
    `${APP_HERKOMST}..%2fgeheim.txt`,
    `${APP_HERKOMST}assets/..%2f..%2fgeheim.txt`,
    `${APP_HERKOMST}%2e%2e%2fgeheim.txt`,
    `${APP_HERKOMST}..%5cgeheim.txt`,
    `${APP_HERKOMST}..%2frenderer-oud%2fgeheim.txt`,
    `${APP_HERKOMST}%2F${encodeURIComponent(path.join(tmp, 'geheim.txt').slice(1))}`,
    `${APP_HERKOMST}assets/link.txt`,
    `${APP_HERKOMST}index.html%00.png`,
    `${APP_HERKOMST}%E0%A4%A`,
  ])('weigert %s en lekt niets van buiten de map', async (url) => {
    const antwoord = await get(url);
    expect(antwoord.status).toBeGreaterThanOrEqual(400);
    expect(antwoord.headers.get('content-security-policy')).toBe(CSP);
    expect(await antwoord.text()).not.toContain(GEHEIM);
  });

  it('weigert een andere host, een ander schema en schrijvende methodes', async () => {
    expect((await get('app://anders/index.html')).status).toBe(404);
    expect((await get('file:///etc/passwd')).status).toBe(404);
    expect((await get('niet een adres')).status).toBe(400);
    expect((await dien({ url: APP_HERKOMST, method: 'POST' })).status).toBe(405);
  });

  it('geeft 404 (met CSP) voor wat niet bestaat of een map is', async () => {
    for (const url of [`${APP_HERKOMST}bestaat-niet.js`, `${APP_HERKOMST}assets`, `${APP_HERKOMST}assets/`]) {
      const antwoord = await get(url);
      expect(antwoord.status).toBe(404);
      expect(antwoord.headers.get('content-security-policy')).toBe(CSP);
    }
  });
});
