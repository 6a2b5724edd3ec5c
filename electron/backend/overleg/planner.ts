/**
 * The meeting calendar (docs/ontwerp.md §3 "Overleggen"): a proposal for a year and a check of any plan against the
 * covenant. Pure functions: the year and the dates come in, nothing is read from the clock or the disk.
 *
 * Readings of the covenant used here:
 * - art. 12.8: the casusoverleg meets at least once a month, "minimaal zeven dagen na het gehouden
 *   zorgoverleg" — measured from the latest zorgoverleg on or before the casusoverleg's day.
 * - art. 12.28: the zorgoverleg meets at least once a month and "14 dagen voor het geplande casusoverleg";
 *   read as at least fourteen days: the latest zorgoverleg before a casusoverleg lies 14 days or more
 *   before it (14 is fine, 13 is not). A zorgoverleg on the casusoverleg's own day counts as the latest
 *   one (0 days), because it cannot have prepared that meeting.
 * - art. 11.4: the stuurgroep meets at least twice in the calendar year.
 * - art. 11.7: the zorggroep meets "2 keer per jaar, voorafgaand aan de Stuurgroepbijeenkomst". Read as:
 *   every stuurgroep has a zorggroep strictly before it (an earlier day) that lies in the same half year
 *   (januari–juni, juli–december) or at most 60 days before it — so a zorggroep in December still serves
 *   a stuurgroep in January, and one zorggroep may serve two stuurgroepen in one half year (the covenant
 *   asks two zorggroepen a year, not one per stuurgroep; art. 11.9 even lets it be dropped altogether when
 *   there are few care partners, which is a decision for the stuurgroep, not for this check).
 */

export type { Overlegsoort } from '@shared/domein/overleg';
import type { Overlegsoort } from '@shared/domein/overleg';

export interface GeplandOverleg {
  id?: number;
  soort: Overlegsoort;
  /** JJJJ-MM-DD */
  datum: string;
}

export interface Planwaarschuwing {
  /** "art. 12.28" */
  artikel: string;
  /** One Dutch sentence, dates as dd-mm-jjjj. */
  melding: string;
  /** The dates the warning is about (JJJJ-MM-DD); empty when a month or the year lacks a meeting. */
  datums: string[];
  /** The kind of meeting the article governs. */
  soort: Overlegsoort;
}

export interface VoorgesteldOverleg extends GeplandOverleg {
  /** Why this date, in one Dutch sentence. */
  toelichting: string;
  /** For a zorgoverleg the casusoverleg it prepares (art. 12.28); for a zorggroep its stuurgroep (art. 11.7). */
  voorOverleg?: string;
  /** The date lies in the year before the plan's year: January's zorgoverleg in December (art. 12.28). */
  vorigJaar?: boolean;
  /** Dates passed over because they (or the meeting this one prepares) fell on a public holiday. */
  verschoven?: Array<{ datum: string; feestdag: string }>;
}

export interface Planopties {
  /** 1 = maandag … 5 = vrijdag; default 4 (donderdag). */
  weekdag?: 1 | 2 | 3 | 4 | 5;
  /** The n-th such weekday of the month; default 3. */
  weekVanDeMaand?: 1 | 2 | 3 | 4;
}

const DAG = 86_400_000;
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

// ---- dates as day numbers (days since 1970-01-01, UTC: no time zone or DST can shift a day) ----

function dagnummer(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const n = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAG;
    // Date.UTC rolls 30 February over to 2 March: only a date that reads back the same is a date.
    if (isoDatum(n) === iso) return n;
  }
  throw new RangeError(`"${iso}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
}
const isoDatum = (n: number): string => new Date(n * DAG).toISOString().slice(0, 10);
const dagVan = (jaar: number, maand: number, dag: number): number => Date.UTC(jaar, maand - 1, dag) / DAG;
/** 1 = maandag … 7 = zondag (ISO). */
const weekdagVan = (n: number): number => ((new Date(n * DAG).getUTCDay() + 6) % 7) + 1;
const jaarVan = (n: number): number => new Date(n * DAG).getUTCFullYear();
const maandVan = (n: number): number => new Date(n * DAG).getUTCMonth() + 1;
/** Dutch notation, as the messages show dates: 28-11-2026. */
const nl = (n: number): string => {
  const [j, m, d] = isoDatum(n).split('-');
  return `${d}-${m}-${j}`;
};

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar) || jaar < 1583 || jaar > 9999) {
    throw new RangeError(`${jaar} is geen jaartal in de gregoriaanse kalender.`);
  }
}

// ---- public holidays ----

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): string {
  controleerJaar(jaar);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDatum(dagVan(jaar, maand, dag));
}

/**
 * Dutch public holidays on which no meeting is proposed, date → name. Liberation Day counts every year
 * (municipal offices close on it); Good Friday is not a general day off and is left out.
 */
export function feestdagen(jaar: number): Map<string, string> {
  const pasen = dagnummer(paaszondag(jaar));
  const koningsdag = dagVan(jaar, 4, 27);
  const lijst: Array<[number, string]> = [
    [dagVan(jaar, 1, 1), 'Nieuwjaarsdag'],
    [pasen, 'Eerste paasdag'],
    [pasen + 1, 'Tweede paasdag'],
    // King's Day moves to the Saturday before when 27 April is a Sunday.
    [weekdagVan(koningsdag) === 7 ? koningsdag - 1 : koningsdag, 'Koningsdag'],
    [dagVan(jaar, 5, 5), 'Bevrijdingsdag'],
    [pasen + 39, 'Hemelvaartsdag'],
    [pasen + 49, 'Eerste pinksterdag'],
    [pasen + 50, 'Tweede pinksterdag'],
    [dagVan(jaar, 12, 25), 'Eerste kerstdag'],
    [dagVan(jaar, 12, 26), 'Tweede kerstdag'],
  ];
  return new Map(lijst.sort((x, y) => x[0] - y[0]).map(([n, naam]) => [isoDatum(n), naam]));
}

const feestdagCache = new Map<number, Map<string, string>>();
function feestdagOp(n: number): string | undefined {
  const jaar = jaarVan(n);
  let lijst = feestdagCache.get(jaar);
  if (!lijst) {
    lijst = feestdagen(jaar);
    feestdagCache.set(jaar, lijst);
  }
  return lijst.get(isoDatum(n));
}

// ---- the proposal ----

/** The dates of one weekday in a month, first to last. */
function weekdagenInMaand(jaar: number, maand: number, weekdag: number): number[] {
  const eerste = dagVan(jaar, maand, 1);
  const dagen: number[] = [];
  for (let n = eerste + ((weekdag - weekdagVan(eerste) + 7) % 7); maandVan(n) === maand; n += 7) dagen.push(n);
  return dagen;
}

/**
 * The order in which dates of the month are tried: the chosen week, then one week later each time
 * (the rule for a holiday), and only when that would leave the month — which would leave the month without
 * its meeting (art. 12.8) — the weeks before, nearest first.
 */
function kandidaten(dagen: number[], voorkeur: number): number[] {
  const i = Math.min(voorkeur, dagen.length) - 1;
  return [...dagen.slice(i), ...dagen.slice(0, i).reverse()];
}

const ZORG_VOOR_CASUS = 14; // art. 12.28
/** Would a zorgoverleg on this day be the latest one within 14 days before the casusoverleg (art. 12.28)? */
const binnenTweeWekenVoor = (zorg: number, casus: number): boolean => casus - zorg >= 0 && casus - zorg < ZORG_VOOR_CASUS;
const ZORGGROEP_VOOR_STUURGROEP = 14; // art. 11.7 asks only "voorafgaand"; two weeks leaves time to report
const STUURGROEPMAANDEN = [3, 9] as const; // art. 11.4: twice a year, one in each half

interface Paar {
  casus: number;
  zorg: number;
  overgeslagen: Array<[number, string]>;
}

/**
 * One casusoverleg per month with its zorgoverleg 14 days before, month after month. Usually the first
 * candidate of every month fits; when holidays crowd a month (4th Thursday of May 2022: 5 May, then a
 * zorgoverleg on April's casusoverleg, then Ascension), the month before takes its next candidate instead —
 * a small backtracking search, so the proposal never breaks art. 12.8 or 12.28 itself.
 */
function paarsgewijsKiezen(maanden: Array<[number, number]>, weekdag: number, week: number): Paar[] {
  const gekozen: Paar[] = [];
  // The months are chosen in date order, so every pair already chosen lies before this casusoverleg, its
  // zorgoverleg at least 15 days before it: only the new zorgoverleg can clash — on the day of an earlier
  // zorgoverleg, or as the latest zorgoverleg within 14 days before an earlier casusoverleg, its own day included.
  const past = (z: number) => gekozen.every((p) => z !== p.zorg && !binnenTweeWekenVoor(z, p.casus));
  const zoek = (i: number): boolean => {
    if (i === maanden.length) return true;
    const [j, maand] = maanden[i]!;
    const overgeslagen: Array<[number, string]> = [];
    const dagen = kandidaten(weekdagenInMaand(j, maand, weekdag), week);
    // Exactly 14 days first; only when no week of the month allows that, the zorgoverleg a week earlier
    // (21 days: still "14 dagen voor" in the reading of art. 12.28 as at least 14).
    const opties = [...dagen.map((c) => [c, c - ZORG_VOOR_CASUS]), ...dagen.map((c) => [c, c - ZORG_VOOR_CASUS - 7])];
    for (const [casus, zorg] of opties as Array<[number, number]>) {
      const feestdag = feestdagOp(casus) ?? feestdagOp(zorg);
      if (feestdag) {
        const dag = feestdagOp(casus) ? casus : zorg;
        if (!overgeslagen.some(([n]) => n === dag)) overgeslagen.push([dag, feestdag]);
        continue;
      }
      if (!past(zorg)) continue;
      gekozen.push({ casus, zorg, overgeslagen: [...overgeslagen] });
      if (zoek(i + 1)) return true;
      gekozen.pop();
    }
    return false;
  };
  // Stryker disable next-line StringLiteral: alleen de formulering; geen jaar 1584–9998, weekdag of week komt hier (alle combinaties nagegaan)
  if (!zoek(0)) throw new Error('Geen jaarplan mogelijk op deze weekdag zonder feestdagen.');
  return gekozen;
}

/**
 * A year's proposal: per month one casusoverleg on the chosen weekday of the chosen week, its zorgoverleg
 * 14 days before (art. 12.28, which may fall in the month before — January's in December of the previous
 * year, marked `vorigJaar`), a stuurgroep in March and September (art. 11.4) with a zorggroep 14 days
 * before each (art. 11.7). A date on a public holiday — for a casusoverleg also one whose zorgoverleg
 * would fall on one — moves one week later, and is checked again; a week that would leave the month is
 * not taken, the weeks before are tried instead. Where the moves leave a month of the year without a
 * zorgoverleg (art. 12.28: monthly), an extra zorgoverleg is added in that month. The result always passes
 * `planningControleren` (tested for every weekday and week, 1990–2100). Years 1584–9998: one less on each side
 * than the Gregorian range of paaszondag, because the plan reaches into the neighbouring years.
 */
export function jaarplanVoorstellen(jaar: number, opties: Planopties = {}): VoorgesteldOverleg[] {
  // The plan also looks at December of the year before and January of the year after (art. 12.28), whose
  // holidays need a year inside the range paaszondag accepts: one year less on each side.
  if (!Number.isInteger(jaar) || jaar < 1584 || jaar > 9998) {
    throw new RangeError(`${jaar} valt buiten het bereik van een jaarplan: 1584 tot en met 9998 (het plan kijkt ook naar december van het jaar ervoor en januari van het jaar erna).`);
  }
  // Checked again at run time: the options may come straight from a form or the command line.
  const weekdag: number = opties.weekdag ?? 4;
  const week: number = opties.weekVanDeMaand ?? 3;
  if (!Number.isInteger(weekdag) || weekdag < 1 || weekdag > 5) throw new RangeError('weekdag is 1 (maandag) tot en met 5 (vrijdag).');
  if (!Number.isInteger(week) || week < 1 || week > 4) throw new RangeError('weekVanDeMaand is 1 tot en met 4.');

  const plan: VoorgesteldOverleg[] = [];
  const bezet = new Set<number>();
  /** This year's casusoverleggen and next January's, whose zorgoverleg may fall in this December. */
  const alleCasusdagen: number[] = [];
  const zorgdagen: number[] = [];

  const verschovenLijst = (overgeslagen: Array<[number, string]>) =>
    overgeslagen.length ? { verschoven: overgeslagen.map(([n, feestdag]) => ({ datum: isoDatum(n), feestdag })) } : {};

  // Casusoverleg and zorgoverleg for every month of the year, and for January of the next year: its
  // zorgoverleg may fall in December of this year, and then belongs to this year's plan (art. 12.28).
  const maanden: Array<[number, number]> = [...MAANDEN.map((_, i): [number, number] => [jaar, i + 1]), [jaar + 1, 1]];
  const paren = paarsgewijsKiezen(maanden, weekdag, week);
  for (const [i, { casus, zorg, overgeslagen }] of paren.entries()) {
    const [j, maand] = maanden[i]!;
    const extra = verschovenLijst(overgeslagen);
    alleCasusdagen.push(casus);
    if (j === jaar) {
      plan.push({ soort: 'casusoverleg', datum: isoDatum(casus), toelichting: `Casusoverleg van ${MAANDEN[maand - 1]} (art. 12.8: minimaal eenmaal per maand).`, ...extra });
      bezet.add(casus);
    }
    if (jaarVan(zorg) <= jaar) {
      plan.push({
        soort: 'zorgoverleg',
        datum: isoDatum(zorg),
        voorOverleg: isoDatum(casus),
        toelichting: `Zorgoverleg ${casus - zorg} dagen voor het casusoverleg van ${nl(casus)} (art. 12.28).`,
        ...(jaarVan(zorg) < jaar ? { vorigJaar: true } : {}),
        ...extra,
      });
      zorgdagen.push(zorg);
      bezet.add(zorg);
    }
  }

  // A month can end up without a zorgoverleg when one pair moved and the next did not (week 2: casus on
  // the 8th–14th has its zorgoverleg in the month before). Add one in that month, on the chosen weekday,
  // where it cannot become the latest zorgoverleg within 14 days before a casusoverleg.
  for (let maand = 1; maand <= 12; maand++) {
    if (zorgdagen.some((z) => jaarVan(z) === jaar && maandVan(z) === maand)) continue;
    // The chosen weekday first; when every one is taken or too close, any other working day of the month.
    // (The chosen weekday comes round again among the working days; it failed the first time and fails again.)
    const werkdagen = [1, 2, 3, 4, 5].flatMap((d) => weekdagenInMaand(jaar, maand, d)).sort((a, b) => a - b);
    const z = [...kandidaten(weekdagenInMaand(jaar, maand, weekdag), week), ...werkdagen].find(
      (k) => !feestdagOp(k) && !bezet.has(k) && !alleCasusdagen.some((c) => binnenTweeWekenVoor(k, c)),
    );
    // Stryker disable next-line StringLiteral,ArithmeticOperator: alleen de formulering (en de maandnaam erin); geen jaar 1584–9998, weekdag of week komt hier
    if (z === undefined) throw new Error(`Geen datum voor een zorgoverleg gevonden in ${MAANDEN[maand - 1]} ${jaar}.`);
    plan.push({
      soort: 'zorgoverleg',
      datum: isoDatum(z),
      toelichting: `Extra zorgoverleg: anders valt er in ${MAANDEN[maand - 1]} geen zorgoverleg (art. 12.28: minimaal 1 keer per maand).`,
    });
    zorgdagen.push(z);
    bezet.add(z);
  }

  // Stuurgroep in March and September, on the chosen weekday but not on a day already taken — first
  // the week after the casusoverleg — with its zorggroep two weeks before.
  for (const maand of STUURGROEPMAANDEN) {
    const overgeslagen: Array<[number, string]> = [];
    let gekozen: [number, number] | undefined;
    const dagen = kandidaten(weekdagenInMaand(jaar, maand, weekdag), Math.min(week + 1, 4));
    const opties = [0, 7, 14].flatMap((eerder) => dagen.map((s) => [s, s - ZORGGROEP_VOOR_STUURGROEP - eerder]));
    for (const [s, g] of opties as Array<[number, number]>) {
      if (bezet.has(s) || bezet.has(g)) continue;
      const hier = feestdagOp(s) ?? feestdagOp(g);
      if (!hier) {
        gekozen = [s, g];
        break;
      }
      overgeslagen.push([feestdagOp(s) ? s : g, hier]);
    }
    // Stryker disable next-line StringLiteral,ArithmeticOperator: alleen de formulering (en de maandnaam erin); geen jaar 1584–9998, weekdag of week komt hier
    if (!gekozen) throw new Error(`Geen datum voor de stuurgroep gevonden in ${MAANDEN[maand - 1]} ${jaar}.`);
    const [s, g] = gekozen;
    const extra = verschovenLijst(overgeslagen);
    plan.push(
      { soort: 'stuurgroep', datum: isoDatum(s), toelichting: `Stuurgroep, ${maand === STUURGROEPMAANDEN[0] ? 'eerste' : 'tweede'} halfjaar (art. 11.4: tenminste 2 keer per jaar).`, ...extra },
      {
        soort: 'zorggroep',
        datum: isoDatum(g),
        voorOverleg: isoDatum(s),
        toelichting: `Zorggroep ter voorbereiding van de stuurgroep van ${nl(s)} (art. 11.7).`,
        ...extra,
      },
    );
    bezet.add(s);
    bezet.add(g);
  }

  // No two meetings of a proposal share a day (`bezet`), so the date alone orders them.
  return plan.sort((a, b) => a.datum.localeCompare(b.datum));
}

// ---- the check ----

const HALFJAAR_DAGEN = 60; // art. 11.7, see the reading at the top

/**
 * A plan against art. 11.4, 11.7, 12.8 and 12.28 for one calendar year; dates outside it count as context.
 * With `vanaf` (a date) only what can still be changed is reported: a month, a meeting or a year that
 * ended before it is not a warning any more, only history.
 */
export function planningControleren(overleggen: GeplandOverleg[], jaar: number, vanaf?: string): Planwaarschuwing[] {
  controleerJaar(jaar);
  const dagen = (soort: Overlegsoort) =>
    [...new Set(overleggen.filter((o) => o.soort === soort).map((o) => dagnummer(o.datum)))].sort((a, b) => a - b);
  const casus = dagen('casusoverleg');
  const zorg = dagen('zorgoverleg');
  const stuurgroep = dagen('stuurgroep');
  const zorggroep = dagen('zorggroep');
  const inJaar = (n: number) => jaarVan(n) === jaar;

  const meldingen: Array<Planwaarschuwing & { sleutel: number }> = [];
  const vanafDag = vanaf === undefined ? -Infinity : dagnummer(vanaf);
  /** `tot`: the last day on which the warning can still be acted upon (the end of its month, the meeting, the year). */
  const meld = (sleutel: number, soort: Overlegsoort, artikel: string, melding: string, datums: number[], tot = Math.max(sleutel, ...datums)) => {
    if (tot >= vanafDag) meldingen.push({ sleutel, artikel, melding, datums: datums.map(isoDatum), soort });
  };

  for (let maand = 1; maand <= 12; maand++) {
    const begin = dagVan(jaar, maand, 1);
    const inMaand = (n: number) => inJaar(n) && maandVan(n) === maand;
    if (!casus.some(inMaand)) {
      meld(begin, 'casusoverleg', 'art. 12.8', `In ${MAANDEN[maand - 1]} ${jaar} is geen casusoverleg gepland, terwijl het casusoverleg minimaal eenmaal per maand plaatsvindt (art. 12.8).`, [], dagVan(jaar, maand + 1, 1) - 1);
    }
    if (!zorg.some(inMaand)) {
      meld(begin, 'zorgoverleg', 'art. 12.28', `In ${MAANDEN[maand - 1]} ${jaar} is geen zorgoverleg gepland, terwijl het zorgoverleg minimaal 1 keer per maand bijeenkomt (art. 12.28).`, [], dagVan(jaar, maand + 1, 1) - 1);
    }
  }

  for (const c of casus.filter(inJaar)) {
    const z = zorg.filter((n) => n <= c).at(-1);
    if (z === undefined) {
      meld(c, 'casusoverleg', 'art. 12.8', `Vóór het casusoverleg van ${nl(c)} is geen zorgoverleg gepland, terwijl het casusoverleg minimaal zeven dagen na het gehouden zorgoverleg plaatsvindt (art. 12.8).`, [c]);
      meld(c, 'zorgoverleg', 'art. 12.28', `Vóór het casusoverleg van ${nl(c)} is geen zorgoverleg gepland, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).`, [c]);
      continue;
    }
    const afstand = c - z;
    const dagen = `${afstand} ${afstand === 1 ? 'dag' : 'dagen'}`;
    if (afstand < 7) {
      const na = afstand === 0 ? 'op dezelfde dag als' : `maar ${dagen} na`;
      meld(c, 'casusoverleg', 'art. 12.8', `Het casusoverleg van ${nl(c)} valt ${na} het zorgoverleg van ${nl(z)}, terwijl het minimaal zeven dagen na het gehouden zorgoverleg plaatsvindt (art. 12.8).`, [z, c]);
    }
    if (binnenTweeWekenVoor(z, c)) {
      const voor = afstand === 0 ? 'op dezelfde dag als' : `maar ${dagen} vóór`;
      meld(c, 'zorgoverleg', 'art. 12.28', `Het zorgoverleg van ${nl(z)} valt ${voor} het casusoverleg van ${nl(c)}, terwijl het zorgoverleg 14 dagen voor het geplande casusoverleg plaatsvindt (art. 12.28).`, [z, c]);
    }
  }

  const stuurgroepInJaar = stuurgroep.filter(inJaar);
  if (stuurgroepInJaar.length < 2) {
    const wat = stuurgroepInJaar.length === 0 ? 'geen stuurgroep gepland' : `de stuurgroep maar één keer gepland (${nl(stuurgroepInJaar[0]!)})`;
    meld(dagVan(jaar, 12, 31), 'stuurgroep', 'art. 11.4', `In ${jaar} is ${wat}, terwijl de stuurgroep tenminste 2 keer per jaar bijeenkomt (art. 11.4).`, stuurgroepInJaar);
  }

  // Art. 11.7: the zorgcoördinator organises the zorggroep twice a year, counted on its own as well (a plan
  // without any stuurgroep would otherwise never say that the zorggroep is missing).
  const zorggroepInJaar = zorggroep.filter(inJaar);
  if (zorggroepInJaar.length < 2) {
    const wat = zorggroepInJaar.length === 0 ? 'geen zorggroep gepland' : `de zorggroep maar één keer gepland (${nl(zorggroepInJaar[0]!)})`;
    meld(dagVan(jaar, 12, 31), 'zorggroep', 'art. 11.7', `In ${jaar} is ${wat}, terwijl de zorgcoördinator 2 keer per jaar een zorggroep organiseert, voorafgaand aan de stuurgroep (art. 11.7).`, zorggroepInJaar);
  }

  for (const s of stuurgroepInJaar) {
    // The stuurgroep's half year, januari–juni or juli–december: from `begin` up to (not including) `einde`
    // (month 13 is January of the next year).
    const tweedeHelft = maandVan(s) > 6;
    const begin = dagVan(jaar, tweedeHelft ? 7 : 1, 1);
    const einde = dagVan(jaar, tweedeHelft ? 13 : 7, 1);
    const voorbereid = zorggroep.some((g) => g < s && (g >= begin || s - g <= HALFJAAR_DAGEN));
    if (voorbereid) continue;
    const erna = zorggroep.find((g) => g >= s && g < einde);
    const toevoeging = erna === undefined ? '' : `; de zorggroep van ${nl(erna)} valt ${erna === s ? 'op dezelfde dag' : 'erna'}`;
    meld(s, 'zorggroep', 'art. 11.7', `Vóór de stuurgroep van ${nl(s)} is geen zorggroep gepland in hetzelfde halfjaar of binnen 60 dagen ervoor${toevoeging} (art. 11.7).`, erna === undefined ? [s] : [s, erna]);
  }

  return meldingen.sort((a, b) => a.sleutel - b.sleutel).map(({ sleutel: _, ...w }) => w);
}
