/**
 * What the CLI takes from its environment (docs/ontwerp.md §5, §10): a passphrase in KETENBESTAND_WACHTWOORD
 * is taken out of the environment as soon as it is read, so nothing later in the process (or a child
 * it starts) finds it there; and KETENBESTAND_KDF_KOSTEN, which makes key slots cheap so tests stay
 * fast, is honoured only under the test runner: a slot made in production is never cheaper than N = 2^17.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const uitvoeren = promisify(execFile);
const CLI = path.resolve('bin/ketenbestand.mjs');

/** Loaded before the CLI: when the process ends it writes which passphrase variables are still set. */
const VERKLIKKER = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
process.on('exit', () => {
  const over = ['KETENBESTAND_WACHTWOORD', 'KETENBESTAND_NIEUW_WACHTWOORD'].filter((n) => n in process.env);
  fs.writeFileSync(process.env.KB_TEST_VERKLIKKER, JSON.stringify(over));
});
`)}`;

async function ketenbestand(args: string[], env: Record<string, string | undefined>) {
  try {
    const r = await uitvoeren(process.execPath, ['--import', VERKLIKKER, CLI, ...args], { env: env as NodeJS.ProcessEnv });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('de omgeving van de opdrachtregel', () => {
  let werk: string;
  let verklikker: string;
  const onderTest = (): Record<string, string | undefined> => ({ ...process.env, KETENBESTAND_KDF_KOSTEN: '14', KETENBESTAND_WACHTWOORD: WACHTWOORD, KB_TEST_VERKLIKKER: verklikker });

  beforeAll(async () => {
    werk = await tijdelijkeMap('cli-omgeving');
    verklikker = path.join(werk, 'verklikker.json');
  });
  afterAll(() => opruimen(werk));

  it('haalt KETENBESTAND_WACHTWOORD en KETENBESTAND_NIEUW_WACHTWOORD uit de omgeving zodra ze gelezen zijn', async () => {
    const map = path.join(werk, 'wachtwoord');
    const init = await ketenbestand(['init', '--bestand', map, '--gebruiker', 'regisseur', '--naam', 'Gemeente Proefdorp'], onderTest());
    expect(init.stderr).toBe('');
    expect(JSON.parse(await fs.readFile(verklikker, 'utf8'))).toEqual([]);
    // Art. 21.2 (ADR 0043): the account acknowledges the duty of confidentiality before anything else.
    expect((await ketenbestand(['geheimhouding', 'bevestigen', '--bestand', map, '--gebruiker', 'regisseur'], onderTest())).stderr).toBe('');

    const toevoegen = await ketenbestand(['gebruiker', 'toevoegen', 'zorg.een', '--rol', 'zorgcoordinator', '--bestand', map, '--gebruiker', 'regisseur'], {
      ...onderTest(),
      KETENBESTAND_NIEUW_WACHTWOORD: 'ander-synthetisch-wachtwoord',
    });
    expect(toevoegen.stderr).toBe('');
    expect(JSON.parse(await fs.readFile(verklikker, 'utf8'))).toEqual([]);

    expect(
      (await ketenbestand(['geheimhouding', 'bevestigen', '--bestand', map, '--gebruiker', 'zorg.een'], { ...onderTest(), KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord' })).stderr,
    ).toBe('');
    // Changing one's own passphrase reads the current one twice (sign-in and check): still from one read.
    const wijzigen = await ketenbestand(['gebruiker', 'wachtwoord', '--bestand', map, '--gebruiker', 'zorg.een'], {
      ...onderTest(),
      KETENBESTAND_WACHTWOORD: 'ander-synthetisch-wachtwoord',
      KETENBESTAND_NIEUW_WACHTWOORD: 'derde-synthetisch-wachtwoord',
    });
    expect(wijzigen.stderr).toBe('');
    expect(wijzigen.code).toBe(0);
    expect(JSON.parse(await fs.readFile(verklikker, 'utf8'))).toEqual([]);
    const lijst = await ketenbestand(['api', 'sessie.status', '--bestand', map, '--gebruiker', 'zorg.een'], { ...onderTest(), KETENBESTAND_WACHTWOORD: 'derde-synthetisch-wachtwoord' });
    expect(lijst.code, lijst.stderr).toBe(0);
  });

  it('KETENBESTAND_KDF_KOSTEN verlaagt de kosten alleen onder de testrunner; daarbuiten kost een slot N = 2^17', async () => {
    const slotKosten = async (map: string) =>
      (JSON.parse(await fs.readFile(path.join(map, 'sleutels.json'), 'utf8')) as { slots: Array<{ kdf: { kosten: number } }> }).slots.map((s) => s.kdf.kosten);

    const test = path.join(werk, 'kdf-test');
    expect((await ketenbestand(['init', '--bestand', test, '--gebruiker', 'regisseur', '--naam', 'Gemeente Proefdorp'], onderTest())).stderr).toBe('');
    // The account's slot and the recovery key's slot (ADR 0010).
    expect(await slotKosten(test)).toEqual([14, 14]);

    // The same command as an administrator would run it: no VITEST in the environment.
    const productie = path.join(werk, 'kdf-productie');
    const { VITEST: _vitest, VITEST_MODE: _modus, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...zonderVitest } = onderTest();
    expect((await ketenbestand(['init', '--bestand', productie, '--gebruiker', 'regisseur', '--naam', 'Gemeente Proefdorp'], zonderVitest)).stderr).toBe('');
    expect(await slotKosten(productie)).toEqual([17, 17]);
  });
});
