/**
 * The one anonymised form (art. 6.2, 9.5, 21.4; ADR 0032). Every view, agenda, PDF and bundle that
 * shows a signal or dossier anonymised goes through here: the personalia fields are emptied
 * (`anonimiseer`), and every free-text field is redacted with what the bestand knows about every
 * betrokkene (`redactie.ts`), then checked for what still looks identifying.
 */
import { anonimiseer, type FormatCasus } from '@shared/domein/signaal';
import { geenRedactie, type Redactieverslag } from '@shared/domein/redactie';
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { detecteer, maakRedactor, optellen, redigeer, type BekendePersoon, type Redactor } from './redactie';

/** Fields of the Format casus that are no free text: dates, choices, numbers. */
const GEEN_VRIJE_TEKST = new Set([
  'datumTijd', 'datum', 'geboortedatum', 'geslacht', 'delen', 'soort', 'zitInProstitutie', 'dreigtInProstitutie', 'isErSprake',
  'eenOfMeerderePersonen', 'strafbareFeiten', 'wordtHulpGeboden', 'partnerId', 'fase', 'vermoedens', 'seksueleVormen', 'indicatoren',
]);

const redactors = new WeakMap<Verbinding, { stand: string; redactor: Redactor }>();

/**
 * Everything the bestand knows about every person it names (name, date of birth, address), built once
 * while the data stands still (the `stand` of ADR 0024), so an agenda of 200 points builds it once.
 */
export async function bestandsRedactor(b: Bestand): Promise<Redactor> {
  const stand = await b.v.stand();
  const eerder = redactors.get(b.v);
  if (stand !== null && eerder?.stand === stand) return eerder.redactor;
  // Name, date of birth and address each feed their own tables (maakRedactor), so each is read once per
  // distinct value: at 100,000 signals 16,000 rows to hand over instead of 170,000 (ADR 0046).
  const personen: BekendePersoon[] = [
    ...(await b.v.all<{ naam: string }>('SELECT DISTINCT naam FROM personen')),
    ...(await b.v.all<{ geboortedatum: string }>('SELECT DISTINCT geboortedatum FROM personen')).map((p) => ({ naam: '', geboortedatum: p.geboortedatum })),
    ...(await b.v.all<{ adres: string }>('SELECT DISTINCT adres FROM personen')).map((p) => ({ naam: '', adres: p.adres })),
  ];
  const redactor = maakRedactor(personen);
  if (stand !== null && (await b.v.stand()) === stand) redactors.set(b.v, { stand, redactor });
  return redactor;
}

/** The persons a form names itself — betrokkenen, melder and bron — as own persons (matched in any case). */
export function eigenRedactor(formulieren: readonly FormatCasus[]): Redactor {
  return maakRedactor(
    formulieren.flatMap((f) => [
      ...(['slachtoffer', 'pleger', 'faciliteerder'] as const).map((rol) => ({ naam: f[rol].naam, geboortedatum: f[rol].geboortedatum, adres: f[rol].adres, eigen: true })),
      { naam: f.melder.contactpersoon, telefoon: f.melder.telefoon, eigen: true },
      { naam: f.bron.naam, telefoon: f.bron.telefoon, eigen: true },
    ]),
  );
}

/**
 * The redactors for texts about some signals (an agenda point, a dossier's summaries): the bestand's,
 * and the persons, melder and bron of those signals as own persons.
 */
export async function redactorsVoorSignalen(b: Bestand, signaalIds: readonly number[]): Promise<Redactor[]> {
  const bestand = await bestandsRedactor(b);
  if (signaalIds.length === 0) return [bestand];
  const personen = [...(await personenVanSignalen(b, signaalIds)).values()].flat();
  const melders = (await b.v.all<KorteBron>(korteBronnenSql(signaalIds.length), [...signaalIds])).flatMap((k) => [
    { naam: k.melder_naam, telefoon: k.melder_telefoon },
    { naam: k.bron_naam, telefoon: k.bron_telefoon },
  ]);
  return [bestand, maakRedactor([...personen, ...melders].map((p) => ({ ...p, eigen: true })))];
}

/** Per signal the persons it names, as the redactor knows them (name, date of birth, address). */
async function personenVanSignalen(b: Bestand, signaalIds: readonly number[]): Promise<Map<number, BekendePersoon[]>> {
  const uit = new Map<number, BekendePersoon[]>();
  for (const { signaal_id: id, ...p } of await b.v.all<BekendePersoon & { signaal_id: number }>(
    `SELECT sp.signaal_id, p.naam, p.geboortedatum, p.adres FROM signaal_personen sp JOIN personen p ON p.id = sp.persoon_id WHERE sp.signaal_id IN (${signaalIds.map(() => '?').join(',')})`,
    [...signaalIds],
  )) {
    const lijst = uit.get(id);
    if (lijst) lijst.push(p);
    else uit.set(id, [p]);
  }
  return uit;
}

/** Redacts one text and adds what it replaced and what still looks identifying to the report. */
export function tekstRedigeren(tekst: string, veld: string, verslag: Redactieverslag, redactors: readonly Redactor[]): string {
  const uit = redigeer(tekst, ...redactors);
  verslag.aantallen = optellen(verslag.aantallen, uit.aantallen);
  for (const v of detecteer(uit.tekst)) verslag.gemarkeerd.push({ veld, ...v });
  return uit.tekst;
}

function vrijeTekstRedigeren(waarde: Record<string, unknown>, pad: string, verslag: Redactieverslag, rs: readonly Redactor[]): void {
  for (const [sleutel, w] of Object.entries(waarde)) {
    if (GEEN_VRIJE_TEKST.has(sleutel)) continue;
    const veld = pad ? `${pad}.${sleutel}` : sleutel;
    if (typeof w === 'string') waarde[sleutel] = tekstRedigeren(w, veld, verslag, rs);
    else if (w && typeof w === 'object' && !Array.isArray(w)) vrijeTekstRedigeren(w as Record<string, unknown>, veld, verslag, rs);
  }
}

/** The anonymised form of one signal: personalia emptied, free text redacted, what remains flagged. */
export function anoniemFormulier(f: FormatCasus, bestand: Redactor): { formulier: FormatCasus; afgeschermd: string[]; redactie: Redactieverslag } {
  const { formulier, afgeschermd } = anonimiseer(f);
  const redactie = geenRedactie();
  vrijeTekstRedigeren(formulier as unknown as Record<string, unknown>, '', redactie, [bestand, eigenRedactor([f])]);
  return { formulier, afgeschermd, redactie };
}

/** The same, reading the bestand's redactor: for callers that show one form. */
export async function anoniemeVorm(b: Bestand, f: FormatCasus) {
  return anoniemFormulier(f, await bestandsRedactor(b));
}

/** The list's short summaries by signal, for one data state per connection. */
const korteCache = new WeakMap<Verbinding, { stand: string | null; perId: Map<number, string> }>();
const KORTE_CACHE_MAX = 20_000;

/** How much of a summary the signals list shows: a line's worth, enough to recognise a signal. */
export const KORTE_SAMENVATTING = 80;

/** A text on one line, cut at a word before `max` characters with an ellipsis. */
export function inkorten(tekst: string, max = KORTE_SAMENVATTING): string {
  const regel = tekst.replace(/\s+/g, ' ').trim();
  if (regel.length <= max) return regel;
  const stuk = regel.slice(0, max - 1);
  const spatie = stuk.lastIndexOf(' ');
  return `${(spatie >= max / 2 ? stuk.slice(0, spatie) : stuk).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** What a short summary is made from: the summary and the signal's melder and bron (migration 0480). */
interface KorteBron {
  signaal_id: number;
  samenvatting: string;
  melder_naam: string;
  melder_telefoon: string;
  bron_naam: string;
  bron_telefoon: string;
}

/**
 * The sources of `n` short summaries: from the narrow copy the triggers of migration 0480 keep, never
 * from the forms themselves, so 100 summaries read a few pages instead of 100 (ADR 0047). Exported so a
 * test can ask SQLite which tables it reads.
 */
export function korteBronnenSql(n: number): string {
  return `SELECT signaal_id, samenvatting, melder_naam, melder_telefoon, bron_naam, bron_telefoon FROM signaal_samenvattingen WHERE signaal_id IN (${Array.from({ length: n }, () => '?').join(',')})`;
}

/**
 * The start of each signal's summary in the anonymised form, for the signals list (art. 6.2, 9.5): the
 * whole summary is redacted first, with the bestand's persons and the signal's own (betrokkenen, melder,
 * bron), and only then cut, so a name is never cut in half where the redaction would no longer know it.
 */
export async function korteSamenvattingen(b: Bestand, signaalIds: readonly number[]): Promise<Map<number, string>> {
  const uit = new Map<number, string>();
  if (signaalIds.length === 0) return uit;
  // Redacting a page costs some tens of milliseconds; while the data stands still (ADR 0024) a row
  // scrolled to again, or found by the next search, is not redacted twice.
  const stand = await b.v.stand();
  let cache = korteCache.get(b.v);
  if (!cache || stand === null || cache.stand !== stand) korteCache.set(b.v, (cache = { stand, perId: new Map() }));
  const nodig = signaalIds.filter((id) => {
    const k = cache.perId.get(id);
    if (k !== undefined) uit.set(id, k);
    return k === undefined;
  });
  if (nodig.length === 0) return uit;
  const bronnen = await b.v.all<KorteBron>(korteBronnenSql(nodig.length), [...nodig]);
  const personen = await personenVanSignalen(b, nodig);
  const bestand = await bestandsRedactor(b);
  for (const k of bronnen) {
    if (!k.samenvatting.trim()) {
      uit.set(k.signaal_id, '');
      continue;
    }
    const eigen = maakRedactor([
      ...(personen.get(k.signaal_id) ?? []).map((p) => ({ ...p, eigen: true })),
      { naam: k.melder_naam, telefoon: k.melder_telefoon, eigen: true },
      { naam: k.bron_naam, telefoon: k.bron_telefoon, eigen: true },
    ]);
    uit.set(k.signaal_id, inkorten(redigeer(k.samenvatting, bestand, eigen).tekst));
  }
  if (stand !== null && (await b.v.stand()) === stand) {
    if (cache.perId.size > KORTE_CACHE_MAX) cache.perId.clear();
    for (const id of nodig) cache.perId.set(id, uit.get(id) ?? '');
  }
  return uit;
}
