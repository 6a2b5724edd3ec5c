/**
 * Benchmark of docs/ontwerp.md §9's bundle row: a dossier-like bundle of 200 synthetic signals, signed and
 * encrypted, then decrypted and verified, with openpgp as the app does it, against `gpg` doing the
 * same on the same JSON with the same Curve25519 keys, in the same run. Budget: ≤ 1.5×.
 *
 * gpg is measured as a user runs it: one process per operation, start-up included. Its time for a
 * 1-byte message is printed too, so the reader sees how much of it is process and agent overhead.
 * openpgp runs in-process, from the JSON bytes in memory to the encrypted bytes and back. Warm-up
 * once, then the median of three. Prints figures; asserts nothing.
 *
 *   node --import tsx bench/bundels.ts
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as openpgp from 'openpgp';
import { ketenbundelSchema } from '@shared/domein/bundel';
import { berichtLezen, documentCoderen, ontsleutelen, PGP_CONFIG, SLEUTELTYPE, verzegelen } from '../electron/backend/bundels/formaat';
import { signaalFormulier, willekeur } from '../electron/backend/demo/synthetisch';

const SIGNALEN = 200;
const RONDES = 3;
const BUDGET = 1.5;

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function meet(werk: () => Promise<unknown>): Promise<number> {
  await werk();
  const tijden: number[] = [];
  for (let i = 0; i < RONDES; i++) {
    const t = performance.now();
    await werk();
    tijden.push(performance.now() - t);
  }
  return mediaan(tijden);
}

function gpg(home: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn('gpg', ['--batch', '--yes', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], { env: { ...process.env, GNUPGHOME: home } });
    let uit = '';
    let fout = '';
    p.stdout.on('data', (d: Buffer) => (uit += d.toString()));
    p.stderr.on('data', (d: Buffer) => (fout += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(uit) : reject(new Error(`gpg ${args.join(' ')}: ${code}\n${fout}`))));
  });
}

/** A signalen bundle as the centraal bestand would send 200 signals of one dossier. */
function dossierDocument() {
  const r = willekeur(20261128);
  const indicatorIds = Array.from({ length: 40 }, (_, i) => i + 1);
  const signalen = Array.from({ length: SIGNALEN }, (_, i) => ({
    nummer: `S-2026-${String(i + 1).padStart(4, '0')}`,
    formulier: signaalFormulier(r, { bronPartnerId: 1 + (i % 16), indicatorIds }) as unknown as Record<string, unknown>,
  }));
  return ketenbundelSchema.parse({
    formaat: 'ketenbundel/1',
    id: crypto.randomUUID(),
    soort: 'signalen',
    van: { partner: 'GEM-VEILIGHEID', bestandId: crypto.randomUUID() },
    aan: ['POLITIE'],
    aangemaakt: new Date().toISOString(),
    kop: 'a'.repeat(64),
    inhoud: { dossier: 'D-2026-0007', signalen },
  });
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

export async function benchBundels(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-bundels-'));
  const home = path.join(werk, 'gnupg');
  await fs.mkdir(home, { mode: 0o700 });
  try {
    const json = documentCoderen(dossierDocument());
    const [afzender, ontvanger] = await Promise.all(
      ['Proefbestand Voorbeeldstad (centraal)', 'Politie Proefeenheid (partner)'].map(async (name) =>
        (await openpgp.generateKey({ ...SLEUTELTYPE, userIDs: [{ name }], format: 'object', config: PGP_CONFIG })).privateKey,
      ),
    );
    const a = afzender!;
    const o = ontvanger!;

    // The same keys in gpg: "equivalent" in the strictest sense.
    const sleutels = path.join(werk, 'sleutels.asc');
    await fs.writeFile(sleutels, a.armor() + o.armor());
    await gpg(home, ['--import', sleutels]);
    const bestanden = { json: path.join(werk, 'dossier.json'), gpg: path.join(werk, 'dossier.json.gpg'), terug: path.join(werk, 'terug.json'), een: path.join(werk, 'een.txt'), eenGpg: path.join(werk, 'een.txt.gpg'), eenTerug: path.join(werk, 'een-terug.txt') };
    await fs.writeFile(bestanden.json, json);
    await fs.writeFile(bestanden.een, 'x');
    const [af, aan] = [a.getFingerprint(), o.getFingerprint()];
    const gpgVersleutel = (van: string, naar: string) => gpg(home, ['--trust-model', 'always', '--local-user', af, '--recipient', aan, '--sign', '--encrypt', '--output', naar, van]);
    const gpgOntsleutel = async (van: string, naar: string) => {
      const status = await gpg(home, ['--status-fd', '1', '--output', naar, '--decrypt', van]);
      if (!status.includes(`[GNUPG:] VALIDSIG ${af.toUpperCase()}`)) throw new Error('gpg: geen geldige handtekening');
    };

    const pgpVersleutel = () => verzegelen(json, a, [o.toPublic()]);
    const versleuteld = await pgpVersleutel();
    const pgpOntsleutel = async () => {
      const { data, handtekeningen } = await ontsleutelen(await berichtLezen(versleuteld), [o], [a.toPublic()]);
      if (!handtekeningen[0]?.geldig || data.length !== json.length) throw new Error('openpgp: geen geldige handtekening');
    };

    const pgp = { versleutel: await meet(pgpVersleutel), ontsleutel: await meet(pgpOntsleutel) };
    const gnupg = {
      versleutel: await meet(() => gpgVersleutel(bestanden.json, bestanden.gpg)),
      ontsleutel: await meet(() => gpgOntsleutel(bestanden.gpg, bestanden.terug)),
    };
    const leeg = {
      versleutel: await meet(() => gpgVersleutel(bestanden.een, bestanden.eenGpg)),
      ontsleutel: await meet(() => gpgOntsleutel(bestanden.eenGpg, bestanden.eenTerug)),
    };
    if (!(await fs.readFile(bestanden.terug)).equals(Buffer.from(json))) throw new Error('gpg gaf een ander document terug');

    const pgpTotaal = pgp.versleutel + pgp.ontsleutel;
    const gpgTotaal = gnupg.versleutel + gnupg.ontsleutel;
    const leegTotaal = leeg.versleutel + leeg.ontsleutel;
    const verhouding = pgpTotaal / gpgTotaal;
    const gpgKb = (await fs.stat(bestanden.gpg)).size / 1024;
    return [
      `Bundel van ${SIGNALEN} synthetische signalen: JSON ${(json.length / 1024).toFixed(0)} kB → openpgp ${(versleuteld.length / 1024).toFixed(0)} kB, gpg ${gpgKb.toFixed(0)} kB (${gpgKb * 1024 < json.length / 1.5 ? 'gecomprimeerd' : 'ongecomprimeerd, zoals de sleutelvoorkeuren van de ontvanger vragen'})`,
      `                               ondertekenen+versleutelen   ontsleutelen+controleren      samen`,
      `openpgp (in het proces)         ${ms(pgp.versleutel)}                  ${ms(pgp.ontsleutel)}          ${ms(pgpTotaal)}`,
      `gpg (een proces per handeling)  ${ms(gnupg.versleutel)}                  ${ms(gnupg.ontsleutel)}          ${ms(gpgTotaal)}`,
      `gpg, bericht van 1 byte         ${ms(leeg.versleutel)}                  ${ms(leeg.ontsleutel)}          ${ms(leegTotaal)}   (opstarten van gpg en de agent)`,
      `openpgp / gpg: ${verhouding.toFixed(2)}× (budget ≤ ${BUDGET}×) ${verhouding <= BUDGET ? 'binnen budget' : 'BOVEN BUDGET'}; tegen gpg zonder opstarttijd: ${(pgpTotaal / Math.max(gpgTotaal - leegTotaal, 0.1)).toFixed(2)}×`,
    ];
  } finally {
    await new Promise<void>((resolve) => spawn('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home } }).on('close', () => resolve()).on('error', () => resolve()));
    await fs.rm(werk, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const regel of await benchBundels()) console.log(regel);
}
