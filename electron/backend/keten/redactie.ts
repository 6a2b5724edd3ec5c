/**
 * Anonymisation of free text (art. 6.2, 9.5, 21.4; ADR 0032, docs/ontwerp.md §3 "Geanonimiseerd").
 * Emptying the personalia fields is not enough: people write names, dates of birth, addresses and
 * phone numbers into the summary and the other free text of the Format casus. Two pure steps:
 *
 *  1. `redigeer`: replaces what the bestand knows — every betrokkene's name (with its spelling variants,
 *     through the same normalisation and sound keys as the matching, so "Jansen", "JANSEN, P." and
 *     "Janssen" are one name), date of birth in the usual Dutch notations, street + number and
 *     postcode — and every phone number (the Format casus holds no phone number per betrokkene, so any
 *     number in the text is treated as one) by a marker: `[naam]`, `[geboortedatum]`, `[adres]`,
 *     `[telefoon]`.
 *  2. `detecteer`: flags what still looks like a name (capitalised word pairs not in a Dutch stop
 *     list), a phone number, a BSN (11-proef), a licence plate (Dutch sidecodes) or an address, for the
 *     user to review before anything leaves.
 *
 * No I/O and no clock; `anoniemeVorm.ts` builds the `Redactor` from the bestand.
 */
import { MARKER, type Aantallen, type Markeringsoort, type Redactiesoort } from '@shared/domein/redactie';
import { basis, jaroWinkler, klanksleutel, normaliseerAdres, normaliseerNaam } from './naamvergelijking';


export const geenAantallen = (): Aantallen => ({ naam: 0, geboortedatum: 0, adres: 0, telefoon: 0 });
export function optellen(a: Aantallen, b: Aantallen): Aantallen {
  return { naam: a.naam + b.naam, geboortedatum: a.geboortedatum + b.geboortedatum, adres: a.adres + b.adres, telefoon: a.telefoon + b.telefoon };
}

/** What the detector found in one text: the fragment as it stands in the (already redacted) text. */
export interface Vondst {
  soort: Markeringsoort;
  tekst: string;
}

/** What the bestand knows about one person. `eigen`: a person of the signal or dossier being shown. */
export interface BekendePersoon {
  naam: string;
  geboortedatum?: string;
  adres?: string;
  telefoon?: string;
  eigen?: boolean;
}

export interface Redactor {
  /** Normalised name part → true when it belongs to an own person. */
  readonly naamdelen: ReadonlyMap<string, boolean>;
  /** Sound key → the normalised name parts with that key. */
  readonly klanken: ReadonlyMap<string, readonly string[]>;
  readonly datums: ReadonlySet<string>;
  /** The same dates as JJ-MM-DD, for "12/3/90". */
  readonly tweecijferjaren: ReadonlySet<string>;
  readonly adressen: ReadonlySet<string>;
  readonly postcodes: ReadonlySet<string>;
  readonly telefoons: ReadonlySet<string>;
}

/** Name parts this short are matched only exactly; longer ones also on sound key plus spelling. */
const KLANK_MIN = 3;
/** Jansen/Janssen 0.97, Kowalski/Kovalski 0.94; Jansen/Hansen 0.89 is another family. */
const KLANK_JW = 0.9;

/**
 * Capitalised Dutch words that are not names: sentence starts, roles, institutions, months, days.
 * Used so a known name part that happens to be a word is not redacted from someone else's text, and
 * by the detector so "Slachtoffer Politie" is not flagged as a name.
 */
export const STOPWOORDEN: ReadonlySet<string> = new Set(
  (
    'de het een en of maar want dus dan als toen omdat waar wie wat hoe waarom wanneer welke welk die dat deze dit er hier daar ' +
    'hij zij ze wij we jij je u ik hen hun haar hem zijn is was wordt werd worden heeft hebben had kan kon moet mag zal zou ' +
    'in op aan bij van voor na naar met zonder over onder tussen door uit tot om te ter ten tegen sinds volgens via per ' +
    'niet wel geen ook nog al alleen ongeveer mogelijk onbekend bekend ja nee overig overige andere ander anders enkele meerdere ' +
    'signaal signalen slachtoffer slachtoffers pleger plegers faciliteerder melder bron dossier casus zorg zorgoverleg casusoverleg ' +
    'politie gemeente marechaussee arbeidsinspectie belastingdienst ind coa riec emm om openbaar ministerie officier justitie ' +
    'veilig thuis fier comensha zorgcoordinator ketenregisseur sr wetboek strafrecht artikel art ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'nederland nederlandse nederlander europa eu poolse roemeense bulgaarse nigeriaanse vietnamese oekraiense marokkaanse turkse ' +
    'lange korte loon werk woont werkt verblijft slaapt betaalt draagt lijkt zegt vertelt verklaart verklaring collega collegas ' +
    'mevrouw meneer dhr mw mr heer vrouw man kind kinderen moeder vader zus broer oom tante neef nicht partner vriend vriendin ' +
    'hotel restaurant bedrijf bouwplaats nagelstudio massagesalon tuinbouwkas distributiecentrum autowasstraat schoonmaakbedrijf vleesverwerking ' +
    'uitzendbureau bureau nieuwe oude sint st ' +
    'straat weg laan plein station centrum noord oost zuid west'
  ).split(/\s+/),
);

const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'des', 'het', "'t", "'s", 'ter', 'ten', 'te', 'in', 'op', 'aan', 'vd', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'el', 'al', 'von', 'zu',
]);

const POSTCODE_RE = /(?<![\p{L}\d])([1-9]\d{3})\s?([A-Za-z]{2})(?![\p{L}\d])/gu;

/**
 * A pure function of one string, remembered: the list builds a small redactor for each of its 100 rows
 * (ADR 0047), and names and addresses repeat across signals (1,600 names for 170,000 persons in the
 * bench), so their sound keys and normal forms are worked out once. Bounded: emptied when full. Holds
 * name parts in memory, as the bestand's redactor already does; never written anywhere.
 */
function onthouden<T>(f: (s: string) => T, max = 20_000): (s: string) => T {
  const geheugen = new Map<string, T>();
  return (s) => {
    let r = geheugen.get(s);
    if (r === undefined) {
      if (geheugen.size >= max) geheugen.clear();
      r = f(s);
      geheugen.set(s, r);
    }
    return r;
  };
}
const klank = onthouden(klanksleutel);
const naamTokens = onthouden((naam) => normaliseerNaam(naam).tokens as readonly string[]);
const adresNormaal = onthouden(normaliseerAdres);

/** Builds the lookup tables once; matching a text then costs one lookup per word. */
export function maakRedactor(personen: readonly BekendePersoon[]): Redactor {
  const naamdelen = new Map<string, boolean>();
  const klanken = new Map<string, string[]>();
  const datums = new Set<string>();
  const tweecijferjaren = new Set<string>();
  const adressen = new Set<string>();
  const postcodes = new Set<string>();
  const telefoons = new Set<string>();
  // Each field adds to its own tables, so a name or address seen before adds nothing: at 100,000 signals
  // 170,000 persons carried 1,600 names and 1,600 addresses, and normalising each once was most of the build.
  const gezieneNamen = new Set<string>();
  const gezieneAdressen = new Set<string>();
  for (const p of personen) {
    const eigen = p.eigen === true;
    const naamSleutel = `${eigen ? 1 : 0}${p.naam}`;
    const nieuweNaam = !gezieneNamen.has(naamSleutel);
    gezieneNamen.add(naamSleutel);
    for (const t of nieuweNaam ? naamTokens(p.naam) : []) {
      if (t.length < 2) continue;
      if (!naamdelen.has(t)) {
        if (t.length >= KLANK_MIN) {
          const k = klank(t);
          const lijst = klanken.get(k);
          if (lijst) lijst.push(t);
          else klanken.set(k, [t]);
        }
      }
      naamdelen.set(t, (naamdelen.get(t) ?? false) || eigen);
    }
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.geboortedatum ?? '');
    if (d) {
      datums.add(`${d[1]}-${d[2]}-${d[3]}`);
      tweecijferjaren.add(`${d[1]!.slice(2)}-${d[2]}-${d[3]}`);
    }
    if (p.adres && !gezieneAdressen.has(p.adres)) {
      gezieneAdressen.add(p.adres);
      for (const m of p.adres.matchAll(POSTCODE_RE)) postcodes.add(`${m[1]}${m[2]!.toUpperCase()}`);
      const straat = p.adres.replace(POSTCODE_RE, ' ').split(',')[0]!;
      if (/\d/.test(straat) && /\p{L}/u.test(straat)) adressen.add(adresNormaal(straat));
    }
    const tel = telefoonnummer(p.telefoon ?? '');
    if (tel) telefoons.add(tel);
  }
  return { naamdelen, klanken, datums, tweecijferjaren, adressen, postcodes, telefoons };
}

// ---------------------------------------------------------------------------------------------------
// Replacing
// ---------------------------------------------------------------------------------------------------

interface Stuk {
  start: number;
  eind: number;
  soort: Redactiesoort;
}

/** Replaces the pieces (sorted, not overlapping) by their markers and counts them. */
function vervang(tekst: string, stukken: Stuk[], aantallen: Aantallen): string {
  if (stukken.length === 0) return tekst;
  stukken.sort((a, b) => a.start - b.start);
  let uit = '';
  let pos = 0;
  for (const s of stukken) {
    if (s.start < pos) continue;
    uit += tekst.slice(pos, s.start) + MARKER[s.soort];
    pos = s.eind;
    aantallen[s.soort]++;
  }
  return uit + tekst.slice(pos);
}

/**
 * Replaces every known identifier and every phone number in one text by its marker. More than one
 * redactor: the bestand's (built once, cached) and that of the persons shown (`eigen`).
 */
export function redigeer(tekst: string, ...rs: Redactor[]): { tekst: string; aantallen: Aantallen } {
  const aantallen = geenAantallen();
  if (!tekst.trim()) return { tekst, aantallen };
  let t = vervang(tekst, datumStukken(tekst, rs), aantallen);
  t = vervang(t, telefoonStukken(t, rs), aantallen);
  t = vervang(t, adresStukken(t, rs), aantallen);
  t = vervang(t, naamStukken(t, rs), aantallen);
  return { tekst: t, aantallen };
}

// Dates ------------------------------------------------------------------------------------------------

const MAANDEN: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const NUMERIEKE_DATUM_RE = /(?<!\d)(\d{1,4})([-/. ])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
const TEKST_DATUM_RE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:e)?\\s+(${Object.keys(MAANDEN).join('|')})\\.?\\s+(\\d{4}|'?\\d{2})(?![\\p{L}\\d])`, 'giu');

/** Does (day, month, year) — a two-digit year compared on its last two digits — equal a known date of birth? */
function bekendeDatum(rs: readonly Redactor[], d: number, m: number, jaar: string): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  if (jaar.length === 4) return rs.some((r) => r.datums.has(`${jaar}-${mm}-${dd}`));
  return rs.some((r) => r.tweecijferjaren.has(`${jaar}-${mm}-${dd}`));
}

function datumStukken(tekst: string, rs: readonly Redactor[]): Stuk[] {
  if (rs.every((r) => r.datums.size === 0)) return [];
  const uit: Stuk[] = [];
  for (const m of tekst.matchAll(NUMERIEKE_DATUM_RE)) {
    const [, a, , b, c] = m as unknown as [string, string, string, string, string];
    const treffer = a.length === 4 ? bekendeDatum(rs, Number(c), Number(b), a) : a.length <= 2 && bekendeDatum(rs, Number(a), Number(b), c);
    if (treffer) uit.push({ start: m.index, eind: m.index + m[0].length, soort: 'geboortedatum' });
  }
  for (const m of tekst.matchAll(TEKST_DATUM_RE)) {
    const [, d, maand, jaar] = m as unknown as [string, string, string, string];
    if (bekendeDatum(rs, Number(d), MAANDEN[maand.toLowerCase()]!, jaar.replace("'", ''))) uit.push({ start: m.index, eind: m.index + m[0].length, soort: 'geboortedatum' });
  }
  return uit;
}

// Phone numbers ----------------------------------------------------------------------------------------

/** A run of at least eight digits with the separators people write (+31 (0)6-12 34 56 78). */
const CIJFERREEKS_RE = /(?<![\p{L}\d])(?:\+|00)?\d(?:[ \-./()]{0,2}\d){7,14}(?![\p{L}\d])/gu;

/**
 * A phone number in one notation: Dutch numbers as ten digits from 0 (06…, 010…, +31 6…, 0031 (0)6…),
 * foreign numbers (+ or 00) as "+" and their digits; null when the digits are no phone number.
 */
export function telefoonnummer(tekst: string): string | null {
  const schoon = tekst.trim();
  if (!schoon) return null;
  let cijfers = schoon.replace(/\D/g, '');
  const internationaal = schoon.startsWith('+') || cijfers.startsWith('00');
  if (internationaal) {
    if (cijfers.startsWith('00')) cijfers = cijfers.slice(2);
    if (cijfers.startsWith('31')) {
      const rest = cijfers.slice(2).replace(/^0/, '');
      cijfers = `0${rest}`;
    } else return cijfers.length >= 8 && cijfers.length <= 15 ? `+${cijfers}` : null;
  }
  return /^0[1-9]\d{8}$/.test(cijfers) ? cijfers : null;
}

function telefoonStukken(tekst: string, rs: readonly Redactor[]): Stuk[] {
  const uit: Stuk[] = [];
  for (const m of tekst.matchAll(CIJFERREEKS_RE)) {
    const nummer = telefoonnummer(m[0]);
    if (nummer || rs.some((r) => r.telefoons.has(m[0].replace(/\D/g, '')))) uit.push({ start: m.index, eind: m.index + m[0].length, soort: 'telefoon' });
  }
  return uit;
}

// Addresses --------------------------------------------------------------------------------------------

const HUISNUMMER_RE = /(?<![\p{L}\d])\d{1,5}(?:\s?-?\s?[a-zA-Z](?![\p{L}]))?/gu;
const WOORD_ACHTER_RE = /([\p{L}][\p{L}'’.-]*)\s*$/u;

/** Known street + number (up to four words before the number, abbreviations written out) and known postcodes. */
function adresStukken(tekst: string, rs: readonly Redactor[]): Stuk[] {
  const uit: Stuk[] = [];
  if (rs.some((r) => r.postcodes.size)) {
    for (const m of tekst.matchAll(POSTCODE_RE)) {
      if (rs.some((r) => r.postcodes.has(`${m[1]}${m[2]!.toUpperCase()}`))) uit.push({ start: m.index, eind: m.index + m[0].length, soort: 'adres' });
    }
  }
  if (rs.some((r) => r.adressen.size)) {
    for (const m of tekst.matchAll(HUISNUMMER_RE)) {
      const eind = m.index + m[0].length;
      let start = m.index;
      for (let woorden = 0; woorden < 4; woorden++) {
        const w = WOORD_ACHTER_RE.exec(tekst.slice(0, start));
        if (!w) break;
        start = w.index;
        const adres = normaliseerAdres(tekst.slice(start, eind));
        if (rs.some((r) => r.adressen.has(adres))) {
          uit.push({ start, eind, soort: 'adres' });
          break;
        }
      }
    }
  }
  return uit;
}

// Names ------------------------------------------------------------------------------------------------

const WOORD_RE = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const HOOFDLETTER_RE = /^\p{Lu}/u;

type Woordsoort = 'naam' | 'zwak' | 'tussen' | 'initiaal' | 'ander';
interface Woord {
  start: number;
  eind: number;
  soort: Woordsoort;
}

/**
 * Is this word (as written) a known name part, or a spelling variant of one? 'zwak' for a known name
 * part that is also a common word ("Slachtoffer", "Mei"): it counts only next to a real name part.
 */
function naamdeel(woord: string, rs: readonly Redactor[]): 'naam' | 'zwak' | null {
  const t = basis(woord).replace(/[^\p{L}]/gu, '');
  if (t.length < 2) return null;
  const hoofdletter = HOOFDLETTER_RE.test(woord);
  let exact: boolean | undefined;
  for (const r of rs) {
    const e = r.naamdelen.get(t);
    if (e !== undefined) exact = Boolean(exact) || e;
  }
  // A name part of the person shown counts in any case (people type "jansen"); short ones and those of
  // other persons only capitalised, so "bakker" the trade stays.
  if (exact !== undefined && ((exact && (t.length > 3 || hoofdletter)) || hoofdletter)) return STOPWOORDEN.has(t) ? 'zwak' : 'naam';
  if (STOPWOORDEN.has(t) || t.length < KLANK_MIN) return null;
  const k = klank(t);
  for (const r of rs) {
    for (const deel of r.klanken.get(k) ?? []) {
      if (jaroWinkler(t, deel) < KLANK_JW) continue;
      if (hoofdletter || r.naamdelen.get(deel) === true) return 'naam';
    }
  }
  return null;
}

function woorden(tekst: string, rs: readonly Redactor[]): Woord[] {
  const uit: Woord[] = [];
  for (const m of tekst.matchAll(WOORD_RE)) {
    const w = m[0];
    const start = m.index;
    let eind = start + w.length;
    let soort: Woordsoort;
    if (w.length === 1 && /\p{Lu}/u.test(w) && tekst[eind] === '.') {
      soort = 'initiaal';
      eind++;
    } else if (TUSSENVOEGSELS.has(basis(w))) soort = 'tussen';
    else soort = naamdeel(w, rs) ?? 'ander';
    uit.push({ start, eind, soort });
  }
  return uit;
}

/**
 * Runs of name parts, initials and tussenvoegsels ("P. van der Jansen", "JANSEN, P.") with at least one
 * known name part become one `[naam]`; a tussenvoegsel at the end of a run ("Jansen. De politie") is not
 * part of it.
 */
function naamStukken(tekst: string, rs: readonly Redactor[]): Stuk[] {
  if (rs.every((r) => r.naamdelen.size === 0)) return [];
  const ws = woorden(tekst, rs);
  const uit: Stuk[] = [];
  let i = 0;
  while (i < ws.length) {
    if (ws[i]!.soort === 'ander') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length && ws[j + 1]!.soort !== 'ander' && /^[\s,]*$/.test(tekst.slice(ws[j]!.eind, ws[j + 1]!.start))) j++;
    const run = ws.slice(i, j + 1);
    while (run.length && run[run.length - 1]!.soort === 'tussen') run.pop();
    // A common word that is also someone's name part ("Slachtoffer") only inside a run with a real one.
    if (run.some((w) => w.soort === 'naam')) uit.push({ start: run[0]!.start, eind: run[run.length - 1]!.eind, soort: 'naam' });
    i = j + 1;
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------------
// Detecting what is left
// ---------------------------------------------------------------------------------------------------

/** The BSN's 11-proef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of eleven (and not all zeros). */
export function elfproef(bsn: string): boolean {
  const c = bsn.replace(/\D/g, '');
  if (c.length !== 9 || /^0+$/.test(c)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(c[i]);
  som -= Number(c[8]);
  return som % 11 === 0;
}

/** The Dutch licence-plate sidecodes 1–14 (L letter, D digit), written with dashes. */
export const SIDECODES = [
  'LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D',
  'D-LLL-DD', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D',
] as const;
const KENTEKEN_RE = new RegExp(
  `(?<![\\p{L}\\d-])(?:${SIDECODES.map((s) => s.replace(/L+|D+/g, (x) => (x[0] === 'L' ? `[A-Z]{${x.length}}` : `\\d{${x.length}}`))).join('|')})(?![\\p{L}\\d-])`,
  'gu',
);

const BSN_RE = /(?<![\p{L}\d])(?:\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3})(?![\p{L}\d])/gu;
const STRAAT_RE =
  /(?<![\p{L}])[\p{L}][\p{L}'’-]*(?:straat|str\.|laan|ln\.|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|plantsoen|markt|baan|wal|erf|dam)\s+\d{1,5}(?:\s?-?\s?[a-zA-Z](?![\p{L}]))?/giu;
const HOOFDWOORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}`;
const NAAMPAAR_RE = new RegExp(
  String.raw`(?<![\p{L}\[])(?:(?:\p{Lu}\.\s?)+|(?:${HOOFDWOORD}))(?:\s+(?:van|de|der|den|ter|ten|el|al))*\s+(?:${HOOFDWOORD})(?![\p{L}\]])`,
  'gu',
);

/** What still looks like a name, phone number, BSN, licence plate or address in a (redacted) text. */
export function detecteer(tekst: string): Vondst[] {
  if (!tekst.trim()) return [];
  const uit: Vondst[] = [];
  for (const m of tekst.matchAll(BSN_RE)) if (elfproef(m[0])) uit.push({ soort: 'bsn', tekst: m[0] });
  for (const m of tekst.matchAll(CIJFERREEKS_RE)) {
    const cijfers = m[0].replace(/\D/g, '');
    if ((cijfers.length === 9 && elfproef(cijfers)) || /^\d{4}([-/. ])\d{1,2}\1\d{1,2}$|^\d{1,2}([-/. ])\d{1,2}\2\d{2,4}$/.test(m[0])) continue;
    if (/^(?:\+|0)/.test(m[0])) uit.push({ soort: 'telefoon', tekst: m[0] });
  }
  for (const m of tekst.matchAll(KENTEKEN_RE)) uit.push({ soort: 'kenteken', tekst: m[0] });
  for (const m of tekst.matchAll(STRAAT_RE)) uit.push({ soort: 'adres', tekst: m[0] });
  for (const m of tekst.matchAll(POSTCODE_RE)) if (/^[A-Z]{2}$/.test(m[2]!) && !/^(SA|SD|SS)$/.test(m[2]!)) uit.push({ soort: 'adres', tekst: m[0] });
  const paren = new RegExp(NAAMPAAR_RE.source, NAAMPAAR_RE.flags);
  for (let m = paren.exec(tekst); m; m = paren.exec(tekst)) {
    const delen = m[0].split(/\s+/).map((w) => basis(w).replace(/[^\p{L}]/gu, ''));
    const kern = delen.filter((d) => d.length > 1 && !TUSSENVOEGSELS.has(d));
    if (kern.length >= 1 && kern.every((d) => !STOPWOORDEN.has(d))) {
      uit.push({ soort: 'naam', tekst: m[0] });
      continue;
    }
    // "Ook Kees de Groot": a stopword with a capital at the start of a sentence took the name's first
    // part into its pair; look again from the word after it, so the name is still flagged.
    const eerste = /^\S+\s+/.exec(m[0]);
    if (eerste && STOPWOORDEN.has(delen[0]!)) paren.lastIndex = m.index + eerste[0].length;
  }
  return uit;
}
