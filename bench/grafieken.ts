/**
 * The charts on the start page (issue 12 §4 and §6, docs/ontwerp.md §9 and §13) over the bench's bestand of
 * 100,000 synthetic signals (bench/rapportage.ts): `rapportage.overzicht` for the ketenregisseur, who gets every
 * series, right after signing in as the app does it (unlock, then the retention sweep; a cold page cache) —
 * budget 300 ms — and warm (median of five). Baseline in the same run, cold after its own sign-in and warm: the
 * naive way — read the twelve months' records and count them in JavaScript, unsuppressed. Also the sign-in
 * itself (outside the budget) and the retention plan alone, the one series that does not come from the
 * analysis store. Asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Bestand } from '../electron/backend/bestand/bestand';
import { bewaarplan, bewaringUitvoeren } from '../electron/backend/bewaring';
import { klokZetten } from '../electron/backend/klok';
import { overzichtsreeksen } from '../electron/backend/rapportage/overzicht';
import { laatsteMaanden } from '@shared/domein/analyse';
import { BENCH_WACHTWOORD, rapportbestand } from './rapportage';

export const BUDGET_GRAFIEKEN_MS = 300;
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function tijd(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** As `Sessie.aanmelden`: unlock (the KDF), then the retention sweep of every unlock. */
async function aanmelden(map: string): Promise<{ b: Bestand; ontgrendelenMs: number; bewaringMs: number }> {
  let b: Bestand | undefined;
  const ontgrendelenMs = await tijd(async () => (b = await Bestand.ontgrendelen(map, 'bench', BENCH_WACHTWOORD)));
  const bewaringMs = await tijd(() => bewaringUitvoeren(b!, 'aanmelden'));
  return { b: b!, ontgrendelenMs, bewaringMs };
}

export async function benchGrafieken(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-grafieken-'));
  try {
    const eerst = await rapportbestand(werk);
    // The first sweep after a bulk import looks once at every imported person (migration 0300); the user who
    // imported saw it then. The sign-ins measured below are the everyday ones.
    const eersteBewaring = await tijd(() => bewaringUitvoeren(eerst.b, 'aanmelden'));
    await eerst.b.sluiten();
    const maanden = laatsteMaanden('2026-12-02', 12);
    const geen = async () => [];

    const a = await aanmelden(eerst.map);
    let reeksen = 0;
    const koud = await tijd(async () => (reeksen = (await overzichtsreeksen(a.b, geen)).tabellen.length));
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await tijd(() => overzichtsreeksen(a.b, geen)));
    const plan: number[] = [];
    for (let i = 0; i < 3; i++) plan.push(await tijd(() => bewaarplan(a.b, { dagen: 180 })));
    await a.b.sluiten();

    // The baseline, cold after a sign-in of its own and warm.
    const basis = await aanmelden(eerst.map);
    let records = 0;
    const naief = async () => {
      const rijen = await basis.b.v.all<{ maand: string; bronsoort: string; fase: string }>('SELECT maand, bronsoort, fase FROM analyse_signalen WHERE maand BETWEEN ? AND ?', [maanden[0]!, maanden[11]!]);
      const tel = new Map<string, number>();
      for (const r of rijen) for (const s of [`b ${r.maand} ${r.bronsoort}`, `f ${r.maand} ${r.fase}`]) tel.set(s, (tel.get(s) ?? 0) + 1);
      records = rijen.length;
    };
    const naiefKoud = await tijd(naief);
    const naiefWarm: number[] = [];
    for (let i = 0; i < 5; i++) naiefWarm.push(await tijd(naief));
    await basis.b.sluiten();

    const w = mediaan(warm);
    const n = mediaan(naiefWarm);
    return [
      `startpagina ketenregisseur, ${reeksen} grafieken (rapportage.overzicht) direct na aanmelden: ${koud.toFixed(0)} ms   budget ≤ ${BUDGET_GRAFIEKEN_MS} ms: ${koud <= BUDGET_GRAFIEKEN_MS ? 'binnen' : 'OVER'}`,
      `  basis direct na aanmelden: de ${records.toLocaleString('nl-NL')} records van twaalf maanden lezen en in JavaScript tellen, ${naiefKoud.toFixed(0)} ms; verhouding ${(koud / naiefKoud).toFixed(2)}×`,
      `  warm: mediaan ${w.toFixed(0)} ms (rondes ${warm.map((x) => x.toFixed(0)).join(' / ')}); basis warm mediaan ${n.toFixed(0)} ms; verhouding ${(w / n).toFixed(2)}×`,
      `  waarvan het bewaarplan (180 dagen, de enige reeks buiten het analysebestand): mediaan ${mediaan(plan).toFixed(1)} ms`,
      `  het aanmelden zelf, buiten het budget: ontgrendelen (KDF) ${a.ontgrendelenMs.toFixed(0)} ms, bewaarronde ${a.bewaringMs.toFixed(0)} ms (de eerste na de bulkimport: ${eersteBewaring.toFixed(0)} ms)`,
    ];
  } finally {
    klokZetten(undefined);
    await fs.rm(werk, { recursive: true, force: true });
  }
}
