/**
 * A/B of the cipher and pragma choices for the bulk insert (ADR 0024), rounds interleaved so that a busy
 * machine slows every variant alike; the first round is warm-up. Prints per-variant medians and the ratio
 * to plain better-sqlite3. Not part of `npm run bench` (it takes long); run it alone:
 *
 *   node --import tsx bench/bulk-ab.ts                       (AB=gewoon,nu,normal RONDES=4 to choose)
 *
 * Variants: `nu` the app's pragmas (WAL, secure_delete ON, 64 MiB cache); `normal` + synchronous=NORMAL;
 * `cache256` a 256 MiB cache; `geenSpill` cache_spill OFF; `memsecOn` cipher_memory_security ON (SQLCipher
 * 4.14 has it OFF by default; this shows what turning it on would cost). ADR 0030: `laag` the same layer on an
 * unencrypted file, `secureDeleteUit` secure_delete OFF (only to attribute cost; it stays ON), `mc` the
 * multiple-ciphers driver (one row per statement since ADR 0048), `mcEnkel` the same forced, `mcMeer` there
 * 250 rows per statement; ADR 0048: `eenVoorEen` the runs awaited one by one instead of queued, `gewoonMeer` better-sqlite3 with the
 * app's 250-row statements, `p25`/`p50`/`p100`/`groot` rows per statement, `json` one JSON text per 5,000
 * rows through json_each; ADR 0050: `terugrol` the app's large transaction (rollback journal), `gewoonTerugrol`
 * better-sqlite3 under the same journal (its ratio is against `gewoon`, in WAL). Besides the wall clock each variant prints its CPU time, which a busy machine
 * disturbs far less.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { meerdereRijenInvoegen, Verbinding, type DriverNaam } from '../electron/backend/bestand/verbinding';
import { KOLOMMEN, SCHEMA, rijenMaken } from './bestand';

const rijen = rijenMaken();
const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-ab-'));
let n = 0;
const APP_PRAGMAS = 'PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA cache_size = -65536';
const weg = async (pad: string) => {
  for (const f of [pad, `${pad}-wal`, `${pad}-shm`, `${pad}-journal`]) await fs.rm(f, { force: true });
};

/** One insert through the app's layer: `vooraf` before the key, `extra` after the app's pragmas; the insert alone is timed. */
async function viaLaag(o: { sleutel?: boolean; driver?: DriverNaam; vooraf?: string; pragmas?: string; extra?: string; groot?: boolean }, invoegen: (v: Verbinding) => Promise<void>): Promise<number> {
  const pad = path.join(werk, `v${n++}.db`);
  const v = await Verbinding.openen(pad, {}, o.driver ?? 'sqlcipher');
  try {
    if (o.vooraf) await v.exec(o.vooraf);
    if (o.sleutel ?? true) await v.sleutelen(crypto.randomBytes(32));
    await v.exec(o.pragmas ?? APP_PRAGMAS);
    if (o.extra) await v.exec(o.extra);
    await v.exec(SCHEMA);
    const t = performance.now();
    await v.transactie(() => invoegen(v), { groot: o.groot ?? false });
    return performance.now() - t;
  } finally {
    await v.sluiten();
    await weg(pad);
  }
}
const versl = (extra: string, vooraf = '', keuze: Parameters<typeof meerdereRijenInvoegen>[4] = {}, driver: DriverNaam = 'sqlcipher') =>
  viaLaag({ extra, vooraf, driver }, (v) => meerdereRijenInvoegen(v, 'bench_signalen', KOLOMMEN, rijen, keuze));
/** The same layer on an unencrypted file: the binding's share without the cipher's. */
const laag = () => viaLaag({ sleutel: false, pragmas: 'PRAGMA journal_mode = WAL; PRAGMA secure_delete = ON; PRAGMA cache_size = -65536' }, (v) => meerdereRijenInvoegen(v, 'bench_signalen', KOLOMMEN, rijen));
/** Probe: the rows as one JSON text per 5,000, unpacked by SQLite's json_each (one parameter per statement). */
const json = () =>
  viaLaag({}, (v) =>
    v.herhaald(`INSERT INTO bench_signalen (${KOLOMMEN.join(',')}) SELECT ${KOLOMMEN.map((_, i) => `value->>${i}`).join(',')} FROM json_each(?)`, (function* () {
      for (let i = 0; i < rijen.length; i += 5000) yield [JSON.stringify(rijen.slice(i, i + 5000))];
    })()),
  );

/** ADR 0048's old way: the 250-row statement's runs awaited one by one (now the driver keeps 16 queued). */
const eenVoorEen = () =>
  viaLaag({}, async (v) => {
    const per = v.rijenPerStatement(KOLOMMEN.length);
    const st = await v.voorbereiden(`INSERT INTO bench_signalen (${KOLOMMEN.join(',')}) VALUES ${Array.from({ length: per }, () => `(${KOLOMMEN.map(() => '?').join(',')})`).join(',')}`);
    try {
      for (let i = 0; i < rijen.length; i += per) await st.run(rijen.slice(i, i + per).flat());
    } finally {
      await st.sluiten();
    }
  });

/** Plain better-sqlite3, `per` rows per statement (1: the baseline; 250: the app's statement shape). */
async function zonderLaag(per: number, journaal: 'WAL' | 'DELETE' = 'WAL'): Promise<number> {
  const pad = path.join(werk, `g${n++}.db`);
  const db = new Database(pad);
  db.pragma(`journal_mode = ${journaal}`);
  db.exec(SCHEMA);
  const st = db.prepare(`INSERT INTO bench_signalen (${KOLOMMEN.join(',')}) VALUES ${Array.from({ length: per }, () => `(${KOLOMMEN.map(() => '?').join(',')})`).join(',')}`);
  const t = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rijen.length; i += per) st.run(per === 1 ? rijen[i]! : rijen.slice(i, i + per).flat());
  })();
  const ms = performance.now() - t;
  db.close();
  await weg(pad);
  return ms;
}
const gewoon = () => zonderLaag(1);
/** better-sqlite3 with the app's multi-row statements (250 rows): is the statement shape the cost? */
const gewoonMeer = () => zonderLaag(250);
const varianten: Record<string, () => Promise<number>> = {
  gewoonMeer,
  p25: () => versl('', '', { perStatement: 25 }),
  p50: () => versl('', '', { perStatement: 50 }),
  p100: () => versl('', '', { perStatement: 100 }),
  mcEnkel: () => versl('', '', { perStatement: 1 }, 'multiple-ciphers'),
  json,
  laag,
  mc: () => versl('', '', {}, 'multiple-ciphers'),
  mcMeer: () => versl('', '', { perStatement: 250 }, 'multiple-ciphers'),
  eenVoorEen,
  secureDeleteUit: () => versl('PRAGMA secure_delete = OFF'),
  gewoon,
  nu: () => versl(''),
  terugrol: () => viaLaag({ groot: true }, (v) => meerdereRijenInvoegen(v, 'bench_signalen', KOLOMMEN, rijen)),
  gewoonTerugrol: () => zonderLaag(1, 'DELETE'),
  normal: () => versl('PRAGMA synchronous = NORMAL'),
  cache256: () => versl('PRAGMA cache_size = -262144'),
  geenSpill: () => versl('PRAGMA cache_spill = OFF'),
  memsecOn: () => versl('PRAGMA cipher_memory_security = ON'),
  groot: () => versl('', '', { perStatement: 1000 }),
};
const keuze = (process.env.AB ?? 'gewoon,nu,normal,cache256,geenSpill').split(',');
const uit: Record<string, number[]> = {};
const RONDES = Number(process.env.RONDES ?? 4);
// CPU time of the whole process (the binding's worker threads included) beside the wall clock: on a
// machine shared with other work the wall clock of one round varies 4×, the work done far less.
const cpu: Record<string, number[]> = {};
for (let r = 0; r < RONDES; r++) {
  for (const k of keuze) {
    const c0 = process.cpuUsage();
    const ms = await varianten[k]!();
    const c = process.cpuUsage(c0);
    (uit[k] ??= []).push(ms);
    (cpu[k] ??= []).push((c.user + c.system) / 1000);
    console.log(r, k, ms.toFixed(0), 'ms, cpu', ((c.user + c.system) / 1000).toFixed(0), 'ms');
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const k of keuze) {
  console.log(k, 'mediaan', med(uit[k]!.slice(1)).toFixed(0), 'ratio', (med(uit[k]!.slice(1)) / med(uit.gewoon!.slice(1))).toFixed(2), uit[k]!.map((x) => x.toFixed(0)).join('/'),
    '| cpu mediaan', med(cpu[k]!.slice(1)).toFixed(0), 'ratio', (med(cpu[k]!.slice(1)) / med(cpu.gewoon!.slice(1))).toFixed(2));
}
await fs.rm(werk, { recursive: true, force: true });
