/**
 * Benchmarks of docs/ontwerp.md §9, each against its baseline in the same run. Prints figures and ratios; it
 * asserts nothing (timings are never test assertions). Warm-up once, then the median of five runs (the fsync of a
 * 49 MiB file makes single rounds on this machine vary by ±15 %).
 *
 *   npm run bench   (all benchmarks; this one alone: node --import tsx bench/bestand.ts)
 *
 * 1. Bulk insert of 100,000 signal-like rows into a real encrypted bestand through the repository
 *    layer (`meerdereRijenInvoegen` inside one large `transactie`, ADR 0050), against the same rows into
 *    unencrypted SQLite through better-sqlite3 under the same rollback journal (one prepared statement in
 *    one transaction). Budget ≤ 1.4× (docs/ontwerp.md §9). For reading the ratio: both sides in WAL mode
 *    (the way before ADR 0050), and the large transaction against WAL. Also per storage driver
 *    (ADR 0013): the same insert on a bare encrypted Verbinding with the app's pragmas, once on
 *    @journeyapps/sqlcipher and once on better-sqlite3-multiple-ciphers.
 * 2. Unlocking a bestand that holds those 100,000 rows, against the KDF alone with the slot's own
 *    parameters (the default, scrypt N = 2^17). Budget: KDF + ≤ 200 ms.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Bestand } from '../electron/backend/bestand/bestand';
import { bestandMaken } from '../electron/backend/keten/inrichten';
import { gebruikerToevoegen } from '../electron/backend/bestand/gebruikers';
import { afleiden, leesSleutelbestand, slotLabel } from '../electron/backend/bestand/sleutelslots';
import { meerdereRijenInvoegen, Verbinding, type DriverNaam, type SqlWaarde } from '../electron/backend/bestand/verbinding';

const AANTAL = 100_000;
const RONDES = 5;
const WACHTWOORD = 'bench-wachtwoord-synthetisch';
const BUDGET_INVOER = 1.4;
const BUDGET_ONTGRENDELEN_MS = 200;

export const KOLOMMEN = ['nummer', 'datum_tijd', 'fase', 'bron', 'naam', 'woonplaats', 'indicatoren', 'samenvatting'] as const;
export const SCHEMA = `
  CREATE TABLE bench_signalen (
    id INTEGER PRIMARY KEY,
    nummer TEXT NOT NULL,
    datum_tijd TEXT NOT NULL,
    fase INTEGER NOT NULL,
    bron TEXT NOT NULL,
    naam TEXT NOT NULL,
    woonplaats TEXT NOT NULL,
    indicatoren TEXT NOT NULL,
    samenvatting TEXT NOT NULL
  ) STRICT;
  CREATE INDEX bench_signalen_datum ON bench_signalen(datum_tijd);
  CREATE INDEX bench_signalen_fase ON bench_signalen(fase);
`;

/** Synthetic rows of realistic sizes (a five-line summary, a few indicators), the same every run. */
export function rijenMaken(): SqlWaarde[][] {
  const voornamen = ['Anouk', 'Bram', 'Daan', 'Esmee', 'Fenna', 'Gijs', 'Ilse', 'Joris', 'Lotte', 'Milan', 'Noor', 'Ruben', 'Sanne', 'Thijs'];
  const achternamen = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];
  const plaatsen = ['Voorbeeldstad', 'Proefdorp', 'Nieuwe-Klaverwaard', 'Zuiderhaven', 'Oosterbroek', 'Westervelde'];
  const bronnen = ['POLITIE', 'GEM-VEILIGHEID', 'SZW-AI', 'ZORGCOORD', 'COA', 'IND'];
  const zinnen = [
    'Melding via wijkagent over meerdere personen op één adres.',
    'Signalen van werkgever die paspoorten inhoudt.',
    'Slachtoffer werkt lange dagen zonder loon en slaapt op de werkplek.',
    'Zorgpartner meldt schulden bij tussenpersoon en angst om te praten.',
    'Onduidelijke verblijfsstatus; contact verloopt via een derde.',
    'Vermoeden van gedwongen prostitutie in een particuliere woning.',
  ];
  let zaad = 20_261_128;
  const kies = <T>(lijst: readonly T[]): T => {
    zaad = (zaad * 1_103_515_245 + 12_345) % 2_147_483_648;
    return lijst[zaad % lijst.length]!;
  };
  const rijen: SqlWaarde[][] = [];
  for (let i = 0; i < AANTAL; i++) {
    const dag = new Date(Date.UTC(2024, 0, 1) + (i % 900) * 86_400_000 + (i % 1440) * 60_000);
    rijen.push([
      `S-${dag.getUTCFullYear()}-${String(i).padStart(6, '0')}`,
      dag.toISOString(),
      (i % 5) + 1,
      kies(bronnen),
      `${kies(voornamen)} ${kies(achternamen)}`,
      kies(plaatsen),
      JSON.stringify([`IND-${(i % 40) + 1}`, `IND-${(i % 17) + 41}`, `IND-${(i % 7) + 60}`]),
      [kies(zinnen), kies(zinnen), kies(zinnen), kies(zinnen), kies(zinnen)].join(' '),
    ]);
  }
  return rijen;
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function tijd(werk: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await werk();
  return performance.now() - begin;
}

/** Warm-up once, then RONDES measured runs of each step, interleaved so drift hits both sides alike. */
async function meten(stappen: Record<string, () => Promise<number>>): Promise<Record<string, number[]>> {
  const uit: Record<string, number[]> = Object.fromEntries(Object.keys(stappen).map((k) => [k, []]));
  for (let ronde = 0; ronde <= RONDES; ronde++) {
    for (const [naam, stap] of Object.entries(stappen)) {
      const ms = await stap();
      if (ronde > 0) uit[naam]!.push(ms);
    }
  }
  return uit;
}

/**
 * Runs `werk` asking for key slots at scrypt N = 2^14. Since issue 8 the backend honours that only under the
 * test runner, so outside vitest the slots cost the default 2^17 and this comparison measures the default twice.
 */
async function metGoedkopeSlots<T>(werk: () => Promise<T>): Promise<T> {
  const eerder = process.env.KETENBESTAND_KDF_KOSTEN;
  process.env.KETENBESTAND_KDF_KOSTEN = '14';
  try {
    return await werk();
  } finally {
    if (eerder === undefined) delete process.env.KETENBESTAND_KDF_KOSTEN;
    else process.env.KETENBESTAND_KDF_KOSTEN = eerder;
  }
}

async function nieuwBestand(map: string): Promise<Bestand> {
  return bestandMaken(map, { naam: 'Bench', penvoerder: 'Bench (synthetisch)', profiel: 'centraal', gebruiker: 'bench', weergavenaam: 'Bench', wachtwoord: WACHTWOORD });
}

/** The app's bulk insert: a large transaction (ADR 0050); `groot: false` times the WAL path it replaced. */
async function versleuteldInvoegen(werk: string, rijen: SqlWaarde[][], ronde: number, groot = true): Promise<number> {
  const map = path.join(werk, `versleuteld-${ronde}`);
  const b = await nieuwBestand(map);
  try {
    await b.v.exec(SCHEMA);
    return await tijd(() => b.v.transactie(() => meerdereRijenInvoegen(b.v, 'bench_signalen', KOLOMMEN, rijen), { groot }));
  } finally {
    await b.sluiten();
    await fs.rm(map, { recursive: true, force: true });
  }
}

/** The insert on one named driver: a bare Verbinding with the key and the pragmas openMetSleutel sets. */
async function metDriverInvoegen(werk: string, rijen: SqlWaarde[][], ronde: number, driver: DriverNaam): Promise<number> {
  const pad = path.join(werk, `${driver}-${ronde}.db`);
  const v = await Verbinding.openen(pad, {}, driver);
  try {
    await v.sleutelen(crypto.randomBytes(32));
    await v.exec('PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON');
    await v.exec(SCHEMA);
    return await tijd(() => v.transactie(() => meerdereRijenInvoegen(v, 'bench_signalen', KOLOMMEN, rijen), { groot: true }));
  } finally {
    await v.sluiten();
    for (const f of [pad, `${pad}-wal`, `${pad}-shm`]) await fs.rm(f, { force: true });
  }
}

/** The drivers installed here: on Windows only better-sqlite3-multiple-ciphers. */
async function aanwezigeDrivers(werk: string): Promise<DriverNaam[]> {
  const uit: DriverNaam[] = [];
  for (const d of ['sqlcipher', 'multiple-ciphers'] as const) {
    const v = await Verbinding.openen(path.join(werk, `probeer-${d}.db`), {}, d).catch(() => undefined);
    if (v) uit.push(d);
    await v?.sluiten();
  }
  return uit;
}

/** The baseline, in WAL mode as the bestand; `journaal` 'DELETE' for the same comparison under the rollback journal. */
async function gewoonInvoegen(werk: string, rijen: SqlWaarde[][], ronde: number, journaal: 'WAL' | 'DELETE' = 'WAL'): Promise<number> {
  const pad = path.join(werk, `gewoon-${ronde}.db`);
  const db = new Database(pad);
  try {
    db.pragma(`journal_mode = ${journaal}`);
    db.exec(SCHEMA);
    const invoegen = db.prepare(`INSERT INTO bench_signalen (${KOLOMMEN.join(',')}) VALUES (${KOLOMMEN.map(() => '?').join(',')})`);
    const alles = db.transaction((rs: SqlWaarde[][]) => {
      for (const r of rs) invoegen.run(r);
    });
    return await tijd(async () => alles(rijen));
  } finally {
    db.close();
    for (const f of [pad, `${pad}-wal`, `${pad}-shm`, `${pad}-journal`]) await fs.rm(f, { force: true });
  }
}

/** For reading the ratio: the same repository layer on an unencrypted file (binding cost without crypto). */
async function zelfdeLaagOnversleuteld(werk: string, rijen: SqlWaarde[][], ronde: number): Promise<number> {
  const pad = path.join(werk, `laag-${ronde}.db`);
  const v = await Verbinding.openen(pad);
  try {
    await v.exec('PRAGMA journal_mode = WAL');
    await v.exec(SCHEMA);
    return await tijd(() => v.transactie(() => meerdereRijenInvoegen(v, 'bench_signalen', KOLOMMEN, rijen), { groot: true }));
  } finally {
    await v.sluiten();
    for (const f of [pad, `${pad}-wal`, `${pad}-shm`]) await fs.rm(f, { force: true });
  }
}

function regel(cellen: string[], breedtes: number[]): string {
  return cellen.map((c, i) => c.padEnd(breedtes[i]!)).join('  ').trimEnd();
}

export async function benchBestand(): Promise<void> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-'));
  const begonnen = performance.now();
  try {
    const rijen = rijenMaken();
    const bytes = rijen.reduce((n, r) => n + r.reduce<number>((m, w) => m + String(w).length, 0), 0);
    process.stdout.write(`Ketenbestand bench — ${AANTAL.toLocaleString('nl-NL')} rijen (~${Math.round(bytes / AANTAL)} bytes/rij), mediaan van ${RONDES} na 1 opwarmronde\n\n`);

    // 1. Bulk insert. The insert bestanden get fast key slots: slot creation is not what is measured here.
    let ronde = 0;
    const drivers = await aanwezigeDrivers(werk);
    const invoer = await metGoedkopeSlots(() =>
      meten({
        versleuteld: () => versleuteldInvoegen(werk, rijen, ronde++),
        gewoon: () => gewoonInvoegen(werk, rijen, ronde++),
        laag: () => zelfdeLaagOnversleuteld(werk, rijen, ronde++),
        inWal: () => versleuteldInvoegen(werk, rijen, ronde++, false),
        gewoonTerugrol: () => gewoonInvoegen(werk, rijen, ronde++, 'DELETE'),
        ...Object.fromEntries(drivers.map((d) => [`driver:${d}`, () => metDriverInvoegen(werk, rijen, ronde++, d)])),
      }),
    );

    // 2. Unlock a bestand holding the 100,000 rows, with a slot of the real default cost.
    const map = path.join(werk, 'ontgrendelen');
    const b = await nieuwBestand(map);
    await b.v.exec(SCHEMA);
    await b.v.transactie(() => meerdereRijenInvoegen(b.v, 'bench_signalen', KOLOMMEN, rijen));
    // A second account with a cheap slot: its unlock shows the same overhead without scrypt's noise.
    await metGoedkopeSlots(() => gebruikerToevoegen(b, { naam: 'bench.snel', weergavenaam: 'Bench snel', rol: 'bewerker', wachtwoord: WACHTWOORD }));
    await b.sluiten();
    const sb = await leesSleutelbestand(map);
    const slotVan = (naam: string) => sb.slots.find((s) => s.label === slotLabel(sb.bestandId, naam))!;
    const slot = slotVan('bench');
    const dbGrootte = (await fs.stat(path.join(map, 'bestand.db'))).size;
    // Paired: each round times the KDF and then a whole unlock, and the overhead is taken per round,
    // so that a busy machine slows both halves of one difference alike.
    const ontgrendelMeting = async (naam: string) => {
      const kdf = slotVan(naam).kdf;
      const uit = { kdf: [] as number[], ontgrendelen: [] as number[], extra: [] as number[] };
      for (let r = 0; r <= RONDES; r++) {
        const kdfMs = await tijd(() => afleiden(WACHTWOORD, kdf));
        let open: Bestand | undefined;
        const ontgrendelMs = await tijd(async () => (open = await Bestand.ontgrendelen(map, naam, WACHTWOORD)));
        const n = await open!.v.get<{ n: number }>('SELECT count(*) AS n FROM bench_signalen');
        if (n?.n !== AANTAL) throw new Error(`bestand bevat ${n?.n} rijen`);
        await open!.sluiten();
        if (r === 0) continue; // warm-up
        uit.kdf.push(kdfMs);
        uit.ontgrendelen.push(ontgrendelMs);
        uit.extra.push(ontgrendelMs - kdfMs);
      }
      return uit;
    };
    const ontgrendel = await ontgrendelMeting('bench');
    const snel = await ontgrendelMeting('bench.snel');

    // The budget compares like with like: both sides under the rollback journal, which the bestand uses for
    // a large transaction (ADR 0050). Against better-sqlite3 in WAL mode the ratio would look better than it is.
    const iv = mediaan(invoer.versleuteld!);
    const ig = mediaan(invoer.gewoonTerugrol!);
    const igWal = mediaan(invoer.gewoon!);
    const verhouding = iv / ig;
    const il = mediaan(invoer.laag!);
    const iw = mediaan(invoer.inWal!);
    const kdf = mediaan(ontgrendel.kdf);
    const ontg = mediaan(ontgrendel.ontgrendelen);
    const extra = mediaan(ontgrendel.extra);
    const extraSnel = mediaan(snel.extra);
    const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
    const alle = (xs: number[]) => xs.map(fmt).join(' / ');

    const breedtes = [46, 12, 24, 12, 11, 8];
    const uit = [
      regel(['meting', 'versleuteld', 'basislijn', 'uitkomst', 'budget', 'oordeel'], breedtes),
      regel([...breedtes.map((b) => '-'.repeat(b))], breedtes),
      regel(
        [`bulk-invoer ${AANTAL.toLocaleString('nl-NL')} rijen (1 grote transactie)`, fmt(iv), `${fmt(ig)} better-sqlite3`, `${verhouding.toFixed(2)}×`, `≤ ${BUDGET_INVOER}×`, verhouding <= BUDGET_INVOER ? 'binnen' : 'OVER'],
        breedtes,
      ),
      regel([`  ter vergelijking: zelfde laag, onversleuteld`, fmt(il), `${fmt(ig)} better-sqlite3`, `${(il / ig).toFixed(2)}×`, '', ''], breedtes),
      regel([`  ter vergelijking: beide in WAL (vóór 0050)`, fmt(iw), `${fmt(igWal)} better-sqlite3 WAL`, `${(iw / igWal).toFixed(2)}×`, '', ''], breedtes),
      regel([`  ter vergelijking: grote transactie tegen WAL`, fmt(iv), `${fmt(igWal)} better-sqlite3 WAL`, `${(iv / igWal).toFixed(2)}×`, '', ''], breedtes),
      ...drivers.map((d) => {
        const ms = mediaan(invoer[`driver:${d}`]!);
        return regel([`  driver ${d} (ADR 0013)`, fmt(ms), `${fmt(ig)} better-sqlite3`, `${(ms / ig).toFixed(2)}×`, `≤ ${BUDGET_INVOER}×`, ms / ig <= BUDGET_INVOER ? 'binnen' : 'OVER'], breedtes);
      }),
      regel(
        [`ontgrendelen (${AANTAL.toLocaleString('nl-NL')} rijen, ${(dbGrootte / 2 ** 20).toFixed(0)} MiB)`, fmt(ontg), `${fmt(kdf)} scrypt N=2^${slot.kdf.kosten}`, `${extra >= 0 ? '+' : ''}${extra.toFixed(0)} ms`, `≤ +${BUDGET_ONTGRENDELEN_MS} ms`, extra <= BUDGET_ONTGRENDELEN_MS ? 'binnen' : 'OVER'],
        breedtes,
      ),
      regel(
        [`  zelfde, account met goedkoop slot`, fmt(mediaan(snel.ontgrendelen)), `${fmt(mediaan(snel.kdf))} scrypt N=2^${slotVan('bench.snel').kdf.kosten}`, `${extraSnel >= 0 ? '+' : ''}${extraSnel.toFixed(0)} ms`, `≤ +${BUDGET_ONTGRENDELEN_MS} ms`, extraSnel <= BUDGET_ONTGRENDELEN_MS ? 'binnen' : 'OVER'],
        breedtes,
      ),
    ];
    process.stdout.write(`${uit.join('\n')}\n\n`);
    process.stdout.write(`losse rondes — invoer versleuteld: ${alle(invoer.versleuteld!)}; better-sqlite3: ${alle(invoer.gewoonTerugrol!)}; better-sqlite3 in WAL: ${alle(invoer.gewoon!)}; zelfde laag onversleuteld: ${alle(invoer.laag!)}; bestand in WAL: ${alle(invoer.inWal!)}${drivers.map((d) => `; ${d}: ${alle(invoer[`driver:${d}`]!)}`).join('')}\n`);
    process.stdout.write(`losse rondes — ontgrendelen: ${alle(ontgrendel.ontgrendelen)}; KDF: ${alle(ontgrendel.kdf)}; verschil per ronde: ${ontgrendel.extra.map((x) => `${x.toFixed(0)} ms`).join(' / ')}\n`);
    process.stdout.write(`totale duur: ${fmt(performance.now() - begonnen)}\n`);
  } finally {
    await fs.rm(werk, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBestand();
