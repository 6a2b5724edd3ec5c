/**
 * The browser-mode bridge (docs/ontwerp.md §4, §8) must survive whatever reaches its port: a request that
 * cannot be decoded, a body that breaks off mid-upload, random paths and headers, with or without
 * the token. None of them may stop the bridge or change the bestand; the next honest call is answered.
 * The bridge runs as its own process, as in real use, so a crash shows as an exited process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('de brug blijft staan, wat er ook binnenkomt', () => {
  let werk: string;
  let kind: ChildProcess;
  let poort: number;
  let token: string;
  let stderr = '';

  async function api(kanaal: string, invoer: unknown = {}): Promise<{ ok: boolean; waarde?: unknown; fout?: { code: string } }> {
    const r = await fetch(`http://127.0.0.1:${poort}/api/${kanaal}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(invoer),
    });
    return (await r.json()) as { ok: boolean; waarde?: unknown; fout?: { code: string } };
  }

  /**
   * Sends raw bytes over one connection and waits until the bridge answers or closes it, or until
   * `breekAf` ms have passed, after which the connection is torn down mid-request.
   */
  function rauw(verzoek: Buffer | string, breekAf = 200): Promise<void> {
    return new Promise((resolve) => {
      const s = net.connect(poort, '127.0.0.1');
      const klaar = () => {
        clearTimeout(timer);
        s.destroy();
        resolve();
      };
      const timer = setTimeout(klaar, breekAf);
      s.on('error', klaar);
      s.on('close', klaar);
      s.on('data', () => undefined);
      s.write(verzoek);
    });
  }

  async function leeftNog(): Promise<void> {
    expect(kind.exitCode, `de brug stopte:\n${stderr}`).toBeNull();
    expect(kind.signalCode).toBeNull();
    const s = await api('sessie.status');
    expect(s.ok, `de brug antwoordde niet meer:\n${stderr}`).toBe(true);
  }

  const kop = (extra = '') => `Host: 127.0.0.1:${poort}\r\n${extra}`;

  // A fresh bridge and bestand for each test, so that one crash does not hide the next.
  beforeEach(async () => {
    stderr = '';
    werk = await tijdelijkeMap('brug');
    const renderer = path.join(werk, 'renderer');
    await fs.mkdir(renderer);
    await fs.writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Ketenbestand</title>');
    kind = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/main.ts', '--werkmap', path.join(werk, 'bestanden'), '--renderer', renderer], {
      cwd: REPO,
      env: { ...process.env, KETENBESTAND_KDF_KOSTEN: '14' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kind.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const adres = await new Promise<string>((resolve, reject) => {
      let uit = '';
      kind.stdout?.on('data', (d: Buffer) => {
        uit += d.toString();
        const m = /KETENBESTAND_ADRES=(\S+)/.exec(uit);
        if (m?.[1]) resolve(m[1]);
      });
      kind.once('exit', (code) => reject(new Error(`de brug stopte (code ${code}):\n${stderr}`)));
    });
    const url = new URL(adres);
    poort = Number(url.port);
    token = url.hash.replace(/^#token=/, '');
    const gemaakt = await api('bestand.maken', {
      map: 'centraal',
      naam: 'Proefbestand Gemeente Voorbeeldstad',
      penvoerder: 'College van B&W van Voorbeeldstad (synthetisch)',
      profiel: 'centraal',
      gebruiker: 'regisseur',
      weergavenaam: 'Regisseur Proef',
      wachtwoord: WACHTWOORD,
    });
    expect(gemaakt.ok).toBe(true);
    // Art. 21.2 (ADR 0043): the first account acknowledges before it may read case data.
    const status = (await api('sessie.status')) as { ok: boolean; waarde?: { geheimhouding?: { versie: number } | null } };
    const tekst = status.waarde?.geheimhouding;
    if (tekst) expect((await api('geheimhouding.bevestigen', { versie: tekst.versie })).ok).toBe(true);
  });
  afterEach(async () => {
    if (kind && kind.exitCode === null) {
      const weg = new Promise((resolve) => kind.once('exit', resolve));
      kind.kill('SIGTERM');
      await weg;
    }
    await opruimen(werk);
  });

  it('een pad dat niet te decoderen is, zonder token, stopt de brug niet', async () => {
    await rauw(`GET /%E0%A4%A HTTP/1.1\r\n${kop()}\r\n`);
    await leeftNog();
  });

  it('een kanaalnaam die niet te decoderen is, met token, geeft een weigering en stopt de brug niet', async () => {
    const r = await fetch(`http://127.0.0.1:${poort}/api/%E0%A4%A`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { fout: { code: string } }).fout.code).toBe('ONGELDIGE_INVOER');
    await leeftNog();
  });

  it('een verzoek dat halverwege de upload afbreekt stopt de brug niet', async () => {
    await rauw(`POST /api/partners.lijst HTTP/1.1\r\n${kop(`Authorization: Bearer ${token}\r\nContent-Length: 100000\r\n`)}\r\n{"a":"${'x'.repeat(5000)}`, 300);
    await leeftNog();
  });

  it('willekeurige paden, koppen en afgebroken bodies: de brug blijft antwoorden en het bestand blijft heel', async () => {
    const partnersVoor = await api('partners.lijst');
    expect(partnersVoor.ok).toBe(true);
    const methode = fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE');
    const padDeel = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('api/', '%', '%E0%A4%A', '%FF', '%00', '..', '%2e%2e/', '//', 'sessie.status', 'partners.lijst', 'gebruikers.verwijderen', '?x=%ZZ', '#'),
    );
    const pad = fc.array(padDeel, { maxLength: 5 }).map((d) => `/${d.join('')}`);
    const koppen = fc.array(
      fc.tuple(
        fc.constantFrom('Origin', 'Content-Type', 'Content-Length', 'Transfer-Encoding', 'Authorization', 'Host', 'X-Willekeurig', 'Expect'),
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('chunked', '-1', '99999999', 'http://evil.example', '100-continue', `Bearer ${'0'.repeat(64)}`)),
      ),
      { maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(
        methode,
        pad,
        koppen,
        fc.boolean(),
        fc.string({ maxLength: 200 }),
        fc.nat({ max: 400 }),
        async (m, p, k, metToken, body, afkap) => {
          const regels = [`${m} ${p} HTTP/1.1`, `Host: 127.0.0.1:${poort}`];
          if (metToken) regels.push(`Authorization: Bearer ${token}`);
          for (const [naam, waarde] of k) regels.push(`${naam}: ${waarde.replace(/[\r\n]/g, '')}`);
          regels.push(`Content-Length: ${Buffer.byteLength(body) + afkap}`);
          // `afkap` bytes are promised but never sent: the body breaks off and the connection is torn down.
          await rauw(`${regels.join('\r\n')}\r\n\r\n${body}`, 30);
          expect(kind.exitCode, `de brug stopte na ${m} ${p}:\n${stderr}`).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
    await leeftNog();
    const partnersNa = await api('partners.lijst');
    expect(partnersNa).toEqual(partnersVoor);
    const keten = await api('audit.verifieren');
    expect(keten.ok).toBe(true);
    expect((keten.waarde as { geldig: boolean }).geldig).toBe(true);
  });
});
