/**
 * `npm start` stopped by a service manager or `kill` (SIGTERM), not only by Ctrl+C (issue 9 §6): nothing
 * it started may keep running with the bestand open, and the bestand is locked on the way out —
 * anchored, written back from its WAL, and the lock in the audit log (art. 21.9: the log shows who
 * had it open until when). Browser mode, as on this machine (no Electron runtime, docs/ontwerp.md §8).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRouter } from '../../electron/backend/api';
import { Bestand } from '../../electron/backend/bestand/bestand';
import { auditLijst } from '../../electron/backend/bestand/audit';
import { adresVan, apiVan, REPO } from '../fixtures/brug';
import { bestandMaken, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

/** Every process below `pid`, from /proc (Linux; the test machine). */
function nakomelingen(pid: number): number[] {
  const ouders = new Map<number, number[]>();
  for (const naam of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${naam}/stat`, 'utf8');
      const ouder = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      ouders.set(ouder, [...(ouders.get(ouder) ?? []), Number(naam)]);
    } catch {
      // gone meanwhile
    }
  }
  const uit: number[] = [];
  const open = [pid];
  while (open.length) {
    for (const kind of ouders.get(open.pop()!) ?? []) {
      uit.push(kind);
      open.push(kind);
    }
  }
  return uit;
}

function leeft(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function allesWeg(pids: number[], ms = 20_000): Promise<number[]> {
  const tot = Date.now() + ms;
  while (Date.now() < tot && pids.some(leeft)) await new Promise((r) => setTimeout(r, 100));
  return pids.filter(leeft);
}

function commandoVan(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

describe('npm start stopt met SIGTERM: alles wat het startte stopt, en het bestand is vergrendeld', () => {
  let werk: string;
  let werkmap: string;
  let kind: ChildProcess | undefined;
  let achtergebleven: number[] = [];

  beforeEach(async () => {
    werk = await tijdelijkeMap('stoppen');
    werkmap = path.join(werk, 'werkmap');
    const router = maakRouter({ werkmap });
    await bestandMaken(router, { map: 'centraal' });
    await router.afsluiten();
  });
  afterEach(async () => {
    // Whatever a failed test left running is ended here, by its own id.
    for (const pid of achtergebleven.filter(leeft)) process.kill(pid, 'SIGKILL');
    if (kind && kind.exitCode === null) kind.kill('SIGKILL');
    await opruimen(werk);
  });

  async function starten(commando: string, args: string[]): Promise<{ api: ReturnType<typeof apiVan>; pids: number[] }> {
    const env: NodeJS.ProcessEnv = { ...process.env, KETENBESTAND_WERKMAP: werkmap, KETENBESTAND_KDF_KOSTEN: '14' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    kind = spawn(commando, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const api = apiVan(await adresVan(kind));
    expect((await api('bestand.openen', { map: 'centraal' })).ok).toBe(true);
    expect((await api('sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD })).ok).toBe(true);
    const pids = nakomelingen(kind.pid!);
    achtergebleven = pids;
    expect(pids.map(commandoVan).join('\n')).toContain('electron/bridge/main.ts');
    return { api, pids };
  }

  async function vergrendeldBijStoppen(): Promise<void> {
    const map = path.join(werkmap, 'centraal');
    // Written back from the WAL: nothing of the session waits in bestand.db-wal.
    const wal = path.join(map, 'bestand.db-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const b = await Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD);
    try {
      const { regels } = await auditLijst(b.v, { actie: 'sessie.', limiet: 10 });
      expect(regels.map((r) => r.actie)).toContain('sessie.vergrendeld-bij-stoppen');
    } finally {
      await b.sluiten();
    }
  }

  it('SIGTERM aan npm start (niet Ctrl+C): npm, start.mjs en de brug stoppen allemaal', async () => {
    // An old renderer build makes npm start build it anew, here under vitest's NODE_ENV=test.
    const index = path.join(REPO, 'dist', 'renderer', 'index.html');
    if (fs.existsSync(index)) fs.utimesSync(index, new Date(0), new Date(0));
    const { pids } = await starten('npm', ['start', '--silent']);
    // What it built is the production build, whatever NODE_ENV the shell had: React's development build
    // (with its warnings) made a search in the UI twice as slow.
    const bundel = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(fs.readFileSync(index, 'utf8'))?.[1];
    expect(bundel).toBeDefined();
    expect(fs.readFileSync(path.join(REPO, 'dist', 'renderer', bundel!), 'utf8')).not.toContain('Each child in a list should have a unique');
    expect(pids.map(commandoVan).join('\n')).toContain('scripts/start.mjs');
    kind!.kill('SIGTERM');
    const over = await allesWeg([kind!.pid!, ...pids]);
    expect(over.map((p) => `${p}: ${commandoVan(p)}`)).toEqual([]);
    await vergrendeldBijStoppen();
  });

  it('start.mjs hard gestopt (SIGKILL, geen kans op opruimen): de brug merkt het en vergrendelt zelf', async () => {
    const { pids } = await starten(process.execPath, ['scripts/start.mjs']);
    kind!.kill('SIGKILL');
    const over = await allesWeg(pids);
    expect(over.map((p) => `${p}: ${commandoVan(p)}`)).toEqual([]);
    await vergrendeldBijStoppen();
  });
});
