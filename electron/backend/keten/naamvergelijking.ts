/**
 * "Mogelijk dezelfde persoon": finding signals about one person so the ketenregisseur can combine
 * them (art. 7.2). Partners spell the same name differently (Dutch, Polish, Turkish, Arabic,
 * Vietnamese, Romanian, Bulgarian names, written from hearing or from a foreign document), so an exact
 * comparison misses most matches. Matching runs in two stages:
 *
 *  1. `blokkeersleutels`: cheap keys (a sound key per name part, the date of birth, an exact key). The
 *     caller stores them as keyed hashes (HMAC) in an indexed table, so candidates are found without
 *     the index revealing a name (art. 6.2, 9.5).
 *  2. `vergelijkVoorbereid`: a score with reasons on the few candidates.
 *
 * Pure functions, no I/O. Everything that is costly (normalising, sound keys, parsing the date) is
 * done once per person in `voorbereiden`; comparing two prepared persons compiles no regex.
 *
 * The score adds evidence points (named constants below) and is the logistic of those points around
 * the decision point: `waarschijnlijk` ⇔ punten ≥ DREMPEL_PUNTEN ⇔ score ≥ DREMPEL_SCORE (0.5).
 * DREMPEL_PUNTEN = 3.5 means: a full name (two or more parts) alike on spelling (4) is enough on its own,
 * because a proposal is only a proposal — the ketenregisseur decides (art. 16.3); a single name part
 * needs the date of birth as well; a different date of birth (−6) outweighs name and address together,
 * so a father and son with the same name at one address are not proposed.
 */

import type { Matchreden } from '@shared/meldingen';

// ---------------------------------------------------------------------------------------------------
// Normalising
// ---------------------------------------------------------------------------------------------------

/** Letters that NFD does not split into base letter + mark, and Cyrillic (Bulgarian documents). */
const SPECIALE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', ı: 'i', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ŀ: 'l',
  // Streamlined Bulgarian transliteration (as on Bulgarian passports), plus the Russian/Ukrainian extras.
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: '', ю: 'yu', я: 'ya', ё: 'e', ы: 'y', э: 'e', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};
const SPECIALE_LETTERS_RE = /[ßøæœłıđðþħŀ\u0400-\u04ff]/g;
const TEKENS_RE = /\p{M}+/gu;
const APOSTROFS_RE = /[’‘`´ʼ]/g;
const NIET_LETTER_OF_APOSTROF_RE = /[^\p{L}']+/gu;
const NIET_LETTER_OF_CIJFER_RE = /[^\p{L}\p{N}]+/gu;
const NIET_LETTER_RE = /[^\p{L}]+/gu;
/** "v.d.", "v/d", "v. d." — the usual abbreviation of van der/van den/van de on forms. */
const VD_RE = /(^|[\s,])v\s*[./]\s*d\b\.?/g;
const DL_APOSTROF_RE = /^([dl])'(.+)$/;

const vervangSpeciaal = (c: string): string => SPECIALE_LETTERS[c] ?? c;

/** Lowercase, without diacritics, one kind of apostrophe. Shared by names, addresses and places. */
export function basis(tekst: string): string {
  return tekst
    .toLowerCase()
    .replace(SPECIALE_LETTERS_RE, vervangSpeciaal)
    .normalize('NFD')
    .replace(TEKENS_RE, '')
    .replace(APOSTROFS_RE, "'");
}

/**
 * Dutch tussenvoegsels and the particles of other languages that behave like them. "'t", "'s", "d'"
 * and "l'" keep their apostrophe, so the initial "T." (Tom) is not mistaken for "'t".
 */
const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'des', 'het', "'t", "'s", 'ter', 'ten', 'te', 'in', 'op', 'aan', 'bij', 'uit',
  'vd', 'la', 'le', 'les', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'el', 'al', 'von', 'vom',
  'zu', 'zum', "d'", "l'",
]);

/** Splits on everything but letters; "'t"/"'s" and "d'"/"l'" stay tussenvoegsels, other apostrophes split. */
function ruweTokens(deel: string): string[] {
  const uit: string[] = [];
  for (const t of deel.replace(NIET_LETTER_OF_APOSTROF_RE, ' ').split(' ')) {
    if (!t) continue;
    if (t === "'t" || t === "'s") {
      uit.push(t);
      continue;
    }
    const dl = DL_APOSTROF_RE.exec(t);
    const rest = dl ? dl[2]! : t;
    if (dl) uit.push(`${dl[1]!}'`);
    for (const stuk of rest.split("'")) if (stuk) uit.push(stuk);
  }
  return uit;
}

/** A particle counts as tussenvoegsel only before a surname part: "De" alone, or "Jan de", stays a name. */
function splitsVoorAchternaam(ruw: readonly string[], tokens: string[], tussenvoegsels: string[]): void {
  let laatsteNaam = -1;
  for (let i = ruw.length - 1; i >= 0; i--) {
    if (!TUSSENVOEGSELS.has(ruw[i]!)) {
      laatsteNaam = i;
      break;
    }
  }
  ruw.forEach((t, i) => (TUSSENVOEGSELS.has(t) && i < laatsteNaam ? tussenvoegsels : tokens).push(t));
}

export interface GenormaliseerdeNaam {
  /** Name parts without tussenvoegsels, in the order written. */
  tokens: string[];
  tussenvoegsels: string[];
}

/** A name part in capitals ("POPESCU"): on passports and many forms the surname, written first. */
const HOOFDLETTERDEEL_RE = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * "POPESCU Maria" (surname in capitals, written first, as on passports) becomes "Maria POPESCU", so the
 * usual surname-first notation is not taken for a swap of first and last name (ADR 0034).
 */
function hoofdletterAchternaamAchteraan(naam: string): string {
  const delen = naam.trim().split(/\s+/);
  let n = 0;
  while (n < delen.length && HOOFDLETTERDEEL_RE.test(delen[n]!)) n++;
  if (n === 0 || n === delen.length || delen.slice(n).some((d) => HOOFDLETTERDEEL_RE.test(d))) return naam;
  return [...delen.slice(n), ...delen.slice(0, n)].join(' ');
}

export function normaliseerNaam(naam: string): GenormaliseerdeNaam {
  const tekst = basis(naam.includes(',') ? naam : hoofdletterAchternaamAchteraan(naam)).replace(VD_RE, '$1vd ');
  const tokens: string[] = [];
  const tussenvoegsels: string[] = [];
  const komma = tekst.indexOf(',');
  const achter = komma >= 0 ? ruweTokens(tekst.slice(0, komma)) : [];
  const voor = komma >= 0 ? ruweTokens(tekst.slice(komma + 1)) : [];
  if (achter.length > 0 && voor.length > 0) {
    // "Berg, Jan van der" (the register's order): the tussenvoegsels trail the first name. Surname first
    // with a comma is the usual notation, not a swap (ADR 0034): the parts are kept as "Jan Berg".
    const achterTokens: string[] = [];
    splitsVoorAchternaam(achter, achterTokens, tussenvoegsels);
    let eind = voor.length;
    while (eind > 0 && TUSSENVOEGSELS.has(voor[eind - 1]!)) eind--;
    const alleenPartikels = eind === 0;
    if (alleenPartikels) eind = voor.length;
    splitsVoorAchternaam(voor.slice(0, eind), tokens, tussenvoegsels);
    // "Berg, van der": nothing but particles after the comma; they belong to the name as written.
    if (alleenPartikels) tokens.unshift(...achterTokens);
    else tokens.push(...achterTokens);
    tussenvoegsels.push(...voor.slice(eind));
  } else {
    splitsVoorAchternaam(ruweTokens(tekst), tokens, tussenvoegsels);
  }
  return { tokens, tussenvoegsels };
}

// ---------------------------------------------------------------------------------------------------
// Sound key
// ---------------------------------------------------------------------------------------------------

/**
 * Rules in order; each line says which spelling variants it joins. Vowels are reduced last to one
 * symbol per run, because transliterations mostly disagree on vowels (Mohammed/Muhammad,
 * Osman/Usman, Nguyen/Nguien) and Dutch spells one sound several ways (ij/ei/y, ou/au, ie/i).
 */
const KLANKREGELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(.{3,})en$/, '$1e'], // toneless Dutch -en: Jansen/Janse, Pietersen/Pieterse, Nguyen/Nguye
  [/sch/g, 's'], // Visscher/Visser, Bosch/Bos, Schmidt/Smit
  [/ch(?=[rl])/g, 'k'], // Christiaan/Kristiaan
  [/kh/g, 'g'], // Khalid/Chalid: Arabic kh is the Dutch ch
  [/ch/g, 'g'], // Dutch ch sounds as g
  [/ph/g, 'f'], // Stephan/Stefan
  [/dj/g, 'j'], // Djamila/Jamila
  [/sj/g, 's'], // Sjoerd, Turkish ş written sj
  [/ij/g, 'i'], // Dijk/Dyk: ij is a vowel, not i + consonant j
  [/^y(?=[aeiou])/, 'j'], // Yusuf/Jusuf, Yilmaz/Jilmaz: initial y before a vowel is a consonant
  [/y/g, 'i'], // Katarzyna/Katarzina, Meyer/Meier
  [/([aeiou])j(?=[aeiou])/g, '$1i'], // glide between vowels: Maja/Maya
  [/x/g, 'ks'], // Alexander/Aleksander
  [/q/g, 'k'], // Qasim/Kasim
  [/c(?=[ei])/g, 's'], // Cecilia/Secilia
  [/c/g, 'k'], // Jacob/Jakob, Dijck/Dijk (ck → kk → k)
  [/z/g, 's'], // Yilmaz/Yilmas, Polish sz
  [/([^aeiou])h/g, '$1'], // h after a consonant is silent: Thijs/Tijs, Ghassan/Gassan
  [/([aeiou])h(?=[^aeiou]|$)/g, '$1'], // h closing a syllable is silent: Sarah/Sara, John/Jon, Ahmed/Amed
  [/[wv]/g, 'f'], // Ewa/Eva, Kowalski/Kovalski, de Vries/de Fries
  [/dt$/, 't'], // Smidt/Smit
  [/d$/, 't'], // final devoicing: Mohammed/Mohammet, Ahmed/Ahmet
  [/b$/, 'p'], // final devoicing: Jakob/Jakop
  [/[aeiou]+/g, '*'], // any vowel run is one symbol
  [/(.)\1+/g, '$1'], // double letters: Janssen/Jansen, Mohammed/Mohamed
];

/**
 * Dutch-aware sound key of one name part. Chosen collisions (the score tells them apart): Bakker/Baker,
 * Maria/Mario, Ali/Eli. Deliberately different: Jansen/Janssens (a final s is another family name).
 */
export function klanksleutel(token: string): string {
  let s = basis(token).replace(NIET_LETTER_RE, '');
  for (const [re, door] of KLANKREGELS) s = s.replace(re, door);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Dates, addresses, places
// ---------------------------------------------------------------------------------------------------

interface Datum {
  j: number;
  m: number;
  d: number;
  iso: string;
}

const DATUM_RE = /^\s*(\d{1,4})[-/.\s](\d{1,2})[-/.\s](\d{1,4})\s*$/;

/** JJJJ-MM-DD as the form stores it; DD-MM-JJJJ as a partner may deliver it in a bundle. */
function leesDatum(tekst: string): Datum | null {
  const m = DATUM_RE.exec(tekst);
  if (!m) return null;
  const [, a, b, c] = m as unknown as [string, string, string, string];
  const [jTekst, mTekst, dTekst] = a.length === 4 ? [a, b, c] : c.length === 4 ? [c, b, a] : [null, null, null];
  if (jTekst === null || mTekst === null || dTekst === null) return null;
  const j = Number(jTekst);
  const maand = Number(mTekst);
  const d = Number(dTekst);
  if (maand < 1 || maand > 12 || d < 1 || d > new Date(Date.UTC(j, maand, 0)).getUTCDate()) return null;
  const iso = `${jTekst}-${String(maand).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { j, m: maand, d, iso };
}

/** Street-name abbreviations as written on forms ("Kerkstr. 12a"). */
const ADRES_AFKORTINGEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!aa)str$/, 'straat'],
  [/pln$/, 'plein'],
  [/ln$/, 'laan'],
  [/wg$/, 'weg'],
  [/^burg$/, 'burgemeester'],
];

/** "Kerkstraat 12-A" and "Kerkstr. 12a" compare equal: abbreviations written out, then no spaces. */
export function normaliseerAdres(adres: string): string {
  let uit = '';
  for (const t of basis(adres).replace(NIET_LETTER_OF_CIJFER_RE, ' ').split(' ')) {
    if (!t) continue;
    let w = t;
    for (const [re, door] of ADRES_AFKORTINGEN) w = w.replace(re, door);
    uit += w;
  }
  return uit;
}

/** Official and everyday names of the same place. */
const PLAATSNAMEN: Readonly<Record<string, string>> = {
  sgravenhage: 'denhaag',
  shertogenbosch: 'denbosch',
};

function normaliseerWoonplaats(woonplaats: string): string {
  const w = basis(woonplaats).replace(NIET_LETTER_OF_CIJFER_RE, '');
  return PLAATSNAMEN[w] ?? w;
}

// ---------------------------------------------------------------------------------------------------
// Blocking keys
// ---------------------------------------------------------------------------------------------------

export type BlokkeersleutelSoort = 'naam-token' | 'geboortedatum' | 'exact';
export interface Blokkeersleutel {
  soort: BlokkeersleutelSoort;
  waarde: string;
}

/**
 * Raw key strings; the caller stores HMAC(soort + waarde) only. One key per name part's sound key (so a
 * spelling variant still shares a key), the date of birth, and an exact key of name plus date.
 */
export function blokkeersleutels(p: { naam: string; geboortedatum: string }): Blokkeersleutel[] {
  const { tokens } = normaliseerNaam(p.naam);
  const uit: Blokkeersleutel[] = [];
  const gezien = new Set<string>();
  for (const t of tokens) {
    if (t.length < 2) continue; // initials would put half the file in one block
    const k = klanksleutel(t);
    if (!gezien.has(k)) {
      gezien.add(k);
      uit.push({ soort: 'naam-token', waarde: k });
    }
  }
  const datum = leesDatum(p.geboortedatum);
  if (datum) uit.push({ soort: 'geboortedatum', waarde: datum.iso });
  if (datum && tokens.length > 0) uit.push({ soort: 'exact', waarde: `${[...tokens].sort().join(' ')}|${datum.iso}` });
  return uit;
}

// ---------------------------------------------------------------------------------------------------
// Jaro-Winkler
// ---------------------------------------------------------------------------------------------------

// Reused between calls (JavaScript runs one comparison at a time), so the hot loop allocates nothing.
let gebruiktA = new Uint8Array(64);
let gebruiktB = new Uint8Array(64);

/** Jaro-Winkler similarity (0..1), with Winkler's prefix bonus (p = 0.1, ≤ 4 letters) above 0.7. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (gebruiktA.length < la) gebruiktA = new Uint8Array(la * 2);
  if (gebruiktB.length < lb) gebruiktB = new Uint8Array(lb * 2);
  gebruiktA.fill(0, 0, la);
  gebruiktB.fill(0, 0, lb);
  const venster = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let overeen = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const tot = Math.min(lb - 1, i + venster);
    for (let j = Math.max(0, i - venster); j <= tot; j++) {
      if (gebruiktB[j] === 0 && b.charCodeAt(j) === c) {
        gebruiktA[i] = 1;
        gebruiktB[j] = 1;
        overeen++;
        break;
      }
    }
  }
  if (overeen === 0) return 0;
  let halveTransposities = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (gebruiktA[i] === 0) continue;
    while (gebruiktB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halveTransposities++;
    k++;
  }
  const jaro = (overeen / la + overeen / lb + (overeen - halveTransposities / 2) / overeen) / 3;
  if (jaro < 0.7) return jaro;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// ---------------------------------------------------------------------------------------------------
// Comparing
// ---------------------------------------------------------------------------------------------------

export interface PersoonGegevens {
  naam: string;
  geboortedatum: string;
  adres: string;
  woonplaats: string;
}

export interface VoorbereidePersoon {
  readonly tokens: readonly string[];
  readonly tussenvoegsels: readonly string[];
  readonly klanken: readonly string[];
  /** Name parts sorted and joined, so the order of first and last name does not matter. */
  readonly gesorteerd: string;
  readonly geboorte: Datum | null;
  readonly adres: string;
  readonly woonplaats: string;
}

export interface Vergelijking {
  /** The logistic of the points around the threshold: for ranking and the decision. */
  score: number;
  /**
   * What is shown to the user (ADR 0034): the share of the evidence an exact match on name, date of
   * birth, address and place would give, 0..1. A spelling variant or a missing fact never reads 100%.
   */
  bewijs: number;
  waarschijnlijk: boolean;
  /** Codes of short phrases (shared/meldingen, ADR 0015), never the names themselves (art. 6.2: the proposal is shown before the names). */
  redenen: Matchreden[];
}

/** Evidence points; the comments give the case that fixed each weight. */
export const PUNTEN = {
  naamGelijk: 4.5,
  naamGelijkOpSpelling: 4, // alone above the threshold: Jakob Janssen / Jacob Jansen without a date
  naamMetVoorletter: 2.5, // "P. Jansen": needs a date of birth too
  naamDeelsGelijk: 3, // a middle name missing on one side: needs one more fact
  eenNaamdeel: 0.5, // "Ana" twice: only with the date of birth (0.5 + 3 = 3.5)
  naamLijkt: 2.5, // no part pairs, but the whole names are near (Jaro-Winkler ≥ 0.93)
  naamdeelVerschilt: -3, // Piet Jansen / Kees Jansen, Maria / Mario Popescu (twins at one address)
  naamVerschilt: -5,
  tussenvoegselAnders: -0.5,
  geboortedatumGelijk: 3,
  geboortedatumVerwisseld: 1, // 1990-03-04 / 1990-04-03: a known slip, but also a different date
  geboortedatumVerschilt: -6, // outweighs a full name + address: father and son are not proposed
  adresGelijk: 2,
  woonplaatsGelijk: 0.5, // many people share a place
} as const;

export const DREMPEL_PUNTEN = 3.5;
/** The points of everything agreeing exactly: full name, date of birth, address and place. */
export const PUNTEN_VOLLEDIG = PUNTEN.naamGelijk + PUNTEN.geboortedatumGelijk + PUNTEN.adresGelijk + PUNTEN.woonplaatsGelijk;
export const DREMPEL_SCORE = 0.5;
/** Token pairs below this Jaro-Winkler are not spelling variants (Jansen/Hansen is 0.889). */
const TOKEN_JW_DREMPEL = 0.9;
const NAAM_JW_DREMPEL = 0.93;

export function voorbereiden(p: PersoonGegevens): VoorbereidePersoon {
  const { tokens, tussenvoegsels } = normaliseerNaam(p.naam);
  return {
    tokens,
    tussenvoegsels,
    klanken: tokens.map(klanksleutel),
    gesorteerd: [...tokens].sort().join(' '),
    geboorte: leesDatum(p.geboortedatum),
    adres: normaliseerAdres(p.adres),
    woonplaats: normaliseerWoonplaats(p.woonplaats),
  };
}

type PaarSoort = 'gelijk' | 'klank' | 'lijkt' | 'vorm' | 'voorletter' | 'geslacht' | 'aaneen' | 'tussenvoegsel';

const SLAVISCHE_ACHTERNAAM_RE = /^(.*(?:sk|ck|dzk|zk))([iya])$/;
const OV_EV_RE = /[oe]v$/;

/**
 * Male and female forms. Slavic surnames (Kowalski/Kowalska, Petrov/Petrova, Novak/Novakova) are one
 * family name that Dutch registers often write in the male form, so they pair. First names
 * (Maria/Mario, Ivan/Ivana, Daniel/Danielle, Jean/Jeanne) are different people: twins, siblings.
 */
function geslachtsvorm(a: string, b: string): 'achternaam' | 'voornaam' | null {
  const kort = a.length <= b.length ? a : b;
  const lang = a.length <= b.length ? b : a;
  const sa = SLAVISCHE_ACHTERNAAM_RE.exec(a);
  const sb = SLAVISCHE_ACHTERNAAM_RE.exec(b);
  if (sa && sb && sa[1] === sb[1] && sa[2] !== sb[2] && (sa[2] === 'a' || sb[2] === 'a')) return 'achternaam';
  if (OV_EV_RE.test(kort) && (lang === `${kort}a` || lang === `${kort}ova`)) return 'achternaam';
  if (kort.length < 3) return null;
  if (lang === `${kort}a` || lang === `${kort}le` || lang === `${kort}ne`) return 'voornaam';
  if (a.length === b.length && a.slice(0, -1) === b.slice(0, -1)) {
    const ea = a[a.length - 1];
    const eb = b[b.length - 1];
    if ((ea === 'a' && eb === 'o') || (ea === 'o' && eb === 'a')) return 'voornaam';
  }
  return null;
}

/** How two name parts relate, and how strongly (0 = not at all). */
function tokenPaar(a: string, ka: string, b: string, kb: string): { soort: PaarSoort; sterkte: number } | null {
  if (a.length === 1 || b.length === 1) {
    // An initial only says the first letter agrees.
    return a[0] === b[0] ? { soort: 'voorletter', sterkte: 0.6 } : null;
  }
  if (a === b) return { soort: 'gelijk', sterkte: 1 };
  const vorm = geslachtsvorm(a, b);
  if (vorm === 'voornaam') return { soort: 'geslacht', sterkte: 0.5 };
  if (vorm === 'achternaam') return { soort: 'vorm', sterkte: 0.85 };
  if (ka === kb) return { soort: 'klank', sterkte: 0.9 };
  const jw = jaroWinkler(a, b);
  return jw >= TOKEN_JW_DREMPEL ? { soort: 'lijkt', sterkte: 0.9 * jw } : null;
}

interface Kandidaat {
  i: number;
  j: number;
  soort: PaarSoort;
  sterkte: number;
}

const opSterkte = (x: Kandidaat, y: Kandidaat): number =>
  y.sterkte - x.sterkte || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i + x.j - (y.i + y.j);

const zonderApostrof = (t: string): string => (t.includes("'") ? t.replace("'", '') : t);

/** "v" for "van", "vd" for "van der": one side abbreviates what the other writes out. */
function tussenvoegselsVerenigbaar(a: readonly string[], b: readonly string[]): boolean {
  const afkorting = (lijst: readonly string[]) => lijst.map((t) => (t === 'vd' ? 'vd' : zonderApostrof(t)[0])).join('');
  const uitschrijven = (lijst: readonly string[]) => lijst.flatMap((t) => (t === 'vd' ? ['v', 'd'] : [zonderApostrof(t)]));
  const xa = uitschrijven(a);
  const xb = uitschrijven(b);
  if (xa.length !== xb.length) return afkorting(a) === afkorting(b);
  return xa.every((t, i) => {
    const u = xb[i]!;
    return t === u || (t.length === 1 && u.startsWith(t)) || (u.length === 1 && t.startsWith(u));
  });
}

/** Name evidence: points and reasons. */
function vergelijkNamen(a: VoorbereidePersoon, b: VoorbereidePersoon, redenen: Matchreden[]): number {
  const nA = a.tokens.length;
  const nB = b.tokens.length;
  if (nA === 0 || nB === 0) {
    redenen.push('match.naamOnbekend');
    return 0;
  }

  // Pair the name parts greedily, strongest first; ties prefer parts in the same position.
  const kandidaten: Kandidaat[] = [];
  for (let i = 0; i < nA; i++) {
    for (let j = 0; j < nB; j++) {
      const paar = tokenPaar(a.tokens[i]!, a.klanken[i]!, b.tokens[j]!, b.klanken[j]!);
      if (paar) kandidaten.push({ i, j, soort: paar.soort, sterkte: paar.sterkte });
    }
  }
  kandidaten.sort(opSterkte);
  const paarA = new Array<PaarSoort | null>(nA).fill(null);
  const paarB = new Array<PaarSoort | null>(nB).fill(null);
  const gekozen: Kandidaat[] = [];
  for (const k of kandidaten) {
    if (paarA[k.i] !== null || paarB[k.j] !== null) continue;
    paarA[k.i] = k.soort;
    paarB[k.j] = k.soort;
    gekozen.push(k);
  }

  // "Benali" / "Ben Ali", "Anamaria" / "Ana Maria": parts written together on one side.
  let losA = vrijeIndexen(paarA);
  let losB = vrijeIndexen(paarB);
  if (losA.length > 0 && losB.length > 0 && losA.length + losB.length >= 3) {
    const samenA = losA.map((i) => a.tokens[i]).join('');
    const samenB = losB.map((j) => b.tokens[j]).join('');
    if (samenA === samenB || klanksleutel(samenA) === klanksleutel(samenB)) {
      for (const i of losA) paarA[i] = 'aaneen';
      for (const j of losB) paarB[j] = 'aaneen';
      losA = [];
      losB = [];
    }
  }

  // "Le Thi Hoa" / "Hoa Le", "J. v. Dijk" / "Jan van Dijk": a particle on one side is a name part on the other.
  const restTvA = [...a.tussenvoegsels];
  const restTvB = [...b.tussenvoegsels];
  losA = koppelAanTussenvoegsel(losA, a.tokens, paarA, restTvB);
  losB = koppelAanTussenvoegsel(losB, b.tokens, paarB, restTvA);

  const soorten = [...paarA, ...paarB];
  const telt = (s: PaarSoort) => soorten.some((x) => x === s);
  // Name parts that found a partner, counted from each side: one side's parts, plus the other side's parts
  // that matched one of its tussenvoegsels. The side with fewer counts, so "Anamaria" / "Ana Maria" is one
  // name part whichever signal comes first (counted from A only, it was two one way and one the other).
  const gepaard = (eigen: readonly (PaarSoort | null)[], ander: readonly (PaarSoort | null)[]) =>
    eigen.filter((s) => s !== null && s !== 'geslacht').length + ander.filter((s) => s === 'tussenvoegsel').length;
  const paren = Math.min(gepaard(paarA, paarB), gepaard(paarB, paarA));

  let punten: number;
  if (telt('geslacht')) {
    redenen.push('match.voornaamGeslacht');
    punten = PUNTEN.naamdeelVerschilt;
  } else if (paren === 0) {
    if (jaroWinkler(a.gesorteerd, b.gesorteerd) >= NAAM_JW_DREMPEL) {
      redenen.push('match.naamLijkt');
      punten = PUNTEN.naamLijkt;
    } else {
      redenen.push('match.naamVerschilt');
      punten = PUNTEN.naamVerschilt;
    }
  } else if (losA.length > 0 && losB.length > 0) {
    redenen.push('match.naamdeelVerschilt');
    punten = PUNTEN.naamdeelVerschilt;
  } else {
    const spelling = telt('klank') || telt('lijkt') || telt('vorm') || telt('aaneen');
    const volledig = losA.length === 0 && losB.length === 0;
    if (!volledig) {
      redenen.push('match.naamdeelOntbreekt');
      if (spelling) redenen.push('match.naamdeelOpSpelling');
      punten = paren >= 2 ? PUNTEN.naamDeelsGelijk : PUNTEN.eenNaamdeel;
    } else if (telt('voorletter')) {
      redenen.push('match.voorletter');
      punten = paren >= 2 ? PUNTEN.naamMetVoorletter : PUNTEN.eenNaamdeel;
    } else {
      redenen.push(spelling ? 'match.naamOpSpelling' : 'match.naamGelijk');
      if (paren >= 2) punten = spelling ? PUNTEN.naamGelijkOpSpelling : PUNTEN.naamGelijk;
      else {
        redenen.push('match.eenNaamdeel');
        punten = PUNTEN.eenNaamdeel;
      }
    }
    if (telt('vorm')) redenen.push('match.achternaamGeslacht');
    if (telt('aaneen')) redenen.push('match.aaneen');
    if (verwisseld(gekozen)) redenen.push('match.verwisseld');
  }

  // Tussenvoegsels weigh only when the names agree otherwise.
  if (punten > 0) {
    const gelijk = restTvA.length === restTvB.length && restTvA.every((t, i) => t === restTvB[i]);
    if (!gelijk) {
      if (restTvA.length === 0 || restTvB.length === 0) {
        redenen.push('match.tussenvoegselOntbreekt');
        punten += PUNTEN.tussenvoegselAnders;
      } else {
        redenen.push('match.tussenvoegselAnders');
        if (!tussenvoegselsVerenigbaar(restTvA, restTvB)) punten += PUNTEN.tussenvoegselAnders;
      }
    }
  }
  return punten;
}

function vrijeIndexen(paren: readonly (PaarSoort | null)[]): number[] {
  const uit: number[] = [];
  for (let i = 0; i < paren.length; i++) if (paren[i] === null) uit.push(i);
  return uit;
}

/** Pairs loose name parts with the other side's tussenvoegsels (removed from `tvAnder` once used). */
function koppelAanTussenvoegsel(los: number[], tokens: readonly string[], paren: (PaarSoort | null)[], tvAnder: string[]): number[] {
  if (los.length === 0 || tvAnder.length === 0) return los;
  return los.filter((i) => {
    const t = zonderApostrof(tokens[i]!);
    const k = tvAnder.findIndex((tv) => {
      const u = zonderApostrof(tv);
      return u === t || (t.length === 1 && u.startsWith(t));
    });
    if (k < 0) return true;
    tvAnder.splice(k, 1);
    paren[i] = 'tussenvoegsel';
    return false;
  });
}

/** Two or more parts paired in another order: "Piet Jansen" / "Jansen, Piet". */
function verwisseld(gekozen: readonly Kandidaat[]): boolean {
  if (gekozen.length < 2) return false;
  const opA = [...gekozen].sort((x, y) => x.i - y.i);
  for (let k = 1; k < opA.length; k++) if (opA[k]!.j < opA[k - 1]!.j) return true;
  return false;
}

function vergelijkGeboortedatum(a: Datum | null, b: Datum | null, redenen: Matchreden[]): number {
  if (!a || !b) {
    // Unknown is not evidence either way: many signals come without a date of birth.
    redenen.push('match.geboortedatumOnbekend');
    return 0;
  }
  if (a.iso === b.iso) {
    redenen.push('match.geboortedatumGelijk');
    return PUNTEN.geboortedatumGelijk;
  }
  if (a.j === b.j && a.d === b.m && a.m === b.d) {
    redenen.push('match.geboortedatumVerwisseld');
    return PUNTEN.geboortedatumVerwisseld;
  }
  redenen.push('match.geboortedatumVerschilt');
  return PUNTEN.geboortedatumVerschilt;
}

function vergelijkAdres(a: VoorbereidePersoon, b: VoorbereidePersoon, redenen: Matchreden[]): number {
  let punten = 0;
  const plaatsBekend = a.woonplaats !== '' && b.woonplaats !== '';
  if (a.adres !== '' && b.adres !== '') {
    // "Kerkstraat 1" in two towns is not one address.
    if (a.adres === b.adres && !(plaatsBekend && a.woonplaats !== b.woonplaats)) {
      redenen.push('match.adresGelijk');
      punten += PUNTEN.adresGelijk;
    } else {
      // Shown, but no minus: people move, and victims are moved on purpose.
      redenen.push('match.adresVerschilt');
    }
  }
  if (plaatsBekend && a.woonplaats === b.woonplaats) {
    redenen.push('match.woonplaatsGelijk');
    punten += PUNTEN.woonplaatsGelijk;
  }
  return punten;
}

export function vergelijkVoorbereid(a: VoorbereidePersoon, b: VoorbereidePersoon): Vergelijking {
  const redenen: Matchreden[] = [];
  const punten = vergelijkNamen(a, b, redenen) + vergelijkGeboortedatum(a.geboorte, b.geboorte, redenen) + vergelijkAdres(a, b, redenen);
  const score = 1 / (1 + Math.exp(-(punten - DREMPEL_PUNTEN)));
  // Points are multiples of 0.5, so deciding on the points avoids a rounding edge at the threshold.
  const bewijs = Math.min(1, Math.max(0, punten / PUNTEN_VOLLEDIG));
  return { score, bewijs, waarschijnlijk: punten >= DREMPEL_PUNTEN, redenen };
}

export function vergelijkPersonen(a: PersoonGegevens, b: PersoonGegevens): Vergelijking {
  return vergelijkVoorbereid(voorbereiden(a), voorbereiden(b));
}
