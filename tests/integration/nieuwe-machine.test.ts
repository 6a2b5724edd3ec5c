/**
 * The newcomer's path of the README on a fresh machine (issue 9 §6): `npm run demo`, then `npm start`,
 * then sign in with a printed demo account. The demo command and the bridge of `npm start` must find
 * the same folder — KETENBESTAND_WERKMAP, else ~/.ketenbestand — whatever folder the user stands in,
 * and the demo command speaks to a person, not in JSON.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../fixtures/cli';
import { brugStarten, type BrugProces } from '../fixtures/brug';
import { opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { DEMO_GEBRUIKERS, DEMO_WACHTWOORD } from '../../electron/backend/demo';
import { nl } from '../../renderer/i18n/nl';

const uitvoeren = promisify(execFile);

/** A clean environment as on a new machine: no werkmap chosen unless the test chooses one. */
function omgeving(thuis: string, werkmap?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: thuis, USERPROFILE: thuis, KETENBESTAND_KDF_KOSTEN: '14' };
  delete env.KETENBESTAND_WERKMAP;
  if (werkmap) env.KETENBESTAND_WERKMAP = werkmap;
  return env;
}

async function demo(env: NodeJS.ProcessEnv, cwd: string, ...args: string[]): Promise<string> {
  const r = await uitvoeren(process.execPath, [CLI, 'demo', ...args], { env, cwd });
  return r.stdout;
}

/** The role names as the screens show them: the command line uses the same words. */
const ROLNAMEN: Record<string, string> = nl.rollen;

describe('een nieuwe machine: npm run demo en npm start vinden dezelfde map', () => {
  let werk: string;
  let brug: BrugProces | undefined;

  beforeAll(async () => {
    werk = await tijdelijkeMap('nieuwe-machine');
  });
  afterAll(async () => {
    await brug?.stoppen();
    await opruimen(werk);
  });

  it('met KETENBESTAND_WERKMAP: het demobestand komt daar, niet in de map waar men staat, en de brug toont het met naam en demo-accounts', async () => {
    const thuis = path.join(werk, 'thuis-a');
    const werkmap = path.join(werk, 'eigen-werkmap');
    const hier = path.join(werk, 'ergens');
    fs.mkdirSync(thuis);
    fs.mkdirSync(hier);
    const env = omgeving(thuis, werkmap);
    const uit = await demo(env, hier);

    expect(fs.existsSync(path.join(werkmap, 'demo', 'sleutels.json'))).toBe(true);
    expect(fs.existsSync(path.join(hier, 'demo'))).toBe(false);
    expect(fs.existsSync(path.join(thuis, '.ketenbestand'))).toBe(false);

    // For people: where the demo is, who can sign in with which role; no JSON.
    expect(uit.trimStart().startsWith('{')).toBe(false);
    expect(uit).not.toMatch(/[{}[\]]/);
    expect(uit).toContain(path.join(werkmap, 'demo'));
    for (const g of DEMO_GEBRUIKERS) expect(uit).toMatch(new RegExp(`${g.naam.replace('.', '\\.')}\\s+${ROLNAMEN[g.rol]}`));
    // The only passphrase it prints is the demo's own, synthetic one (also shown on the demo screen).
    expect(uit).toContain(DEMO_WACHTWOORD);
    expect(uit).toContain('npm start');
    // The politie's installation that received the demo's bundle: where it is and its account.
    expect(uit).toContain(path.join(werkmap, 'demo-politie'));
    expect(uit).toMatch(/demo\.politie\s+Partnermedewerker/);

    // What `npm start` starts: the bridge, with the same environment and no --werkmap.
    brug = await brugStarten(env);
    const lijst = await brug.api('bestand.lijst');
    // Beside the demo the politie's own installation (issue 11 §5); a real bestand's name is encrypted, so its folder.
    expect(lijst.waarde).toEqual(
      expect.arrayContaining([
        { map: path.join(werkmap, 'demo'), naam: 'Demo Ketenbestand Regio Voorbeeld' },
        { map: path.join(werkmap, 'demo-politie'), naam: expect.any(String) },
      ]),
    );
    expect(lijst.waarde).toHaveLength(2);
    expect((await brug.api('bestand.openen', { map: 'demo' })).ok).toBe(true);
    const status = (await brug.api('sessie.status')).waarde as { bestand: { naam: string; demo: { gebruikers: Array<{ naam: string }>; wachtwoord: string } | null } };
    // The login screen names the bestand, not its folder, and on every visit hints at the demo accounts.
    expect(status.bestand.naam).toBe('Demo Ketenbestand Regio Voorbeeld');
    expect(status.bestand.demo?.gebruikers.map((g) => g.naam)).toEqual(DEMO_GEBRUIKERS.map((g) => g.naam));
    expect(status.bestand.demo?.wachtwoord).toBe(DEMO_WACHTWOORD);
    const aangemeld = await brug.api('sessie.aanmelden', { gebruiker: 'demo.regisseur', wachtwoord: DEMO_WACHTWOORD });
    expect(aangemeld.ok, JSON.stringify(aangemeld.fout)).toBe(true);
    await brug.stoppen();
    brug = undefined;

    // A second run finds the demo and says so, again for people; --json stays for scripts.
    const json = JSON.parse(await demo(env, hier, '--json')) as { map: string; gebruikers: unknown[] };
    expect(json.map).toBe(path.join(werkmap, 'demo'));
    expect(json.gebruikers).toHaveLength(DEMO_GEBRUIKERS.length);
  });

  it('zonder KETENBESTAND_WERKMAP: het demobestand komt in ~/.ketenbestand, waar de brug kijkt', async () => {
    const thuis = path.join(werk, 'thuis-b');
    const hier = path.join(werk, 'ergens-anders');
    fs.mkdirSync(thuis);
    fs.mkdirSync(hier);
    const env = omgeving(thuis);
    const uit = await demo(env, hier);
    const verwacht = path.join(thuis, '.ketenbestand', 'demo');
    expect(fs.existsSync(path.join(verwacht, 'sleutels.json'))).toBe(true);
    expect(fs.existsSync(path.join(hier, 'demo'))).toBe(false);
    expect(uit).toContain(verwacht);

    brug = await brugStarten(env);
    const lijst = (await brug.api('bestand.lijst')).waarde as Array<{ map: string }>;
    expect(lijst.map((b) => b.map).sort()).toEqual([verwacht, path.join(thuis, '.ketenbestand', 'demo-politie')]);
  });
});
