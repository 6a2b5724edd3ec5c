/**
 * The charts on the start page (issue 12 §4, docs/ontwerp.md §9 and §13) over the bench's bestand of 100,000
 * synthetic signals (bench/rapportage.ts): `rapportage.overzicht` for the ketenregisseur, who gets every
 * series, right after unlocking (a cold page cache, as after login) and warm (median of five); budget 300 ms.
 * Baseline in the same run: the naive way — read the twelve months' records and count them in JavaScript,
 * unsuppressed. Also the retention plan alone, the one series that does not come from the analysis store.
 * Asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Bestand } from '../electron/backend/bestand/bestand';
import { bewaarplan } from '../electron/backend/bewaring';
import { klokZetten } from '../electron/backend/klok';
import { overzichtsreeksen } from '../electron/backend/rapportage/overzicht';
import { laatsteMaanden } from '@shared/domein/analyse';
import { BENCH_WACHTWOORD, rapportbestand } from './rapportage';

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function tijd(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

export async function benchGrafieken(): Promise<string[]> {
  const werk = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bench-grafieken-'));
  try {
    const eerst = await rapportbestand(werk);
    await eerst.b.sluiten();
    const b = await Bestand.ontgrendelen(eerst.map, 'bench', BENCH_WACHTWOORD);
    const geen = async () => [];
    let reeksen = 0;
    const koud = await tijd(async () => (reeksen = (await overzichtsreeksen(b, geen)).tabellen.length));
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await tijd(() => overzichtsreeksen(b, geen)));
    const maanden = laatsteMaanden('2026-12-02', 12);
    const naief: number[] = [];
    let records = 0;
    for (let i = 0; i < 5; i++) {
      naief.push(
        await tijd(async () => {
          const rijen = await b.v.all<{ maand: string; bronsoort: string; fase: string }>('SELECT maand, bronsoort, fase FROM analyse_signalen WHERE maand BETWEEN ? AND ?', [maanden[0]!, maanden[11]!]);
          const tel = new Map<string, number>();
          for (const r of rijen) for (const s of [`b ${r.maand} ${r.bronsoort}`, `f ${r.maand} ${r.fase}`]) tel.set(s, (tel.get(s) ?? 0) + 1);
          records = rijen.length;
        }),
      );
    }
    const plan: number[] = [];
    for (let i = 0; i < 3; i++) plan.push(await tijd(() => bewaarplan(b, { dagen: 180 })));
    await b.sluiten();
    const w = mediaan(warm);
    const n = mediaan(naief);
    return [
      `startpagina ketenregisseur, ${reeksen} grafieken (rapportage.overzicht) direct na ontgrendelen: ${koud.toFixed(0)} ms; warm mediaan ${w.toFixed(0)} ms (rondes ${warm.map((x) => x.toFixed(0)).join(' / ')}); budget 300 ms`,
      `basis: de ${records.toLocaleString('nl-NL')} records van twaalf maanden lezen en in JavaScript tellen, mediaan ${n.toFixed(0)} ms; verhouding ${(w / n).toFixed(2)}×`,
      `waarvan het bewaarplan (180 dagen, de enige reeks buiten het analysebestand): mediaan ${mediaan(plan).toFixed(0)} ms`,
    ];
  } finally {
    klokZetten(undefined);
    await fs.rm(werk, { recursive: true, force: true });
  }
}
