import crypto from 'node:crypto';
/**
 * Signals: intake of the Format casus (drafts and submission), the list with search and filters,
 * the detail in anonymised or identifiable form, and the decision whether a signal leads to a
 * dossier (art. 16.3).
 */
import { KetenFout, veldfout, type Veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import {
  controleerVolledig,
  formatCasusSchema,
  kenmerken,
  type FormatCasus,
  type SignaalDetail,
  type SignaalRij,
} from '@shared/domein/signaal';
import type { Bestand } from '../bestand/bestand';
import type { SqlWaarde, Verbinding } from '../bestand/verbinding';
import { geenRedactie } from '@shared/domein/redactie';
import { anoniemeVorm, korteSamenvattingen } from './anoniemeVorm';
import { volgendNummer } from './nummers';
import { matchsleutel, persoonVastleggen, personenVanSignaal, type Betrokkenenrol } from './personen';
import { nu } from '../klok';
import { signaalVerwijderen, verwijderen } from './verwijderen';
import { analyseBijwerken } from './analyse';

const ROLLEN: readonly Betrokkenenrol[] = ['slachtoffer', 'pleger', 'faciliteerder'];

interface SignaalTabelRij {
  id: number;
  nummer: string;
  status: 'concept' | 'ingediend';
  datum_tijd: string;
  fase: number | null;
  bron_partner_id: number | null;
  delen: string;
  vermoedens: string;
  minderjarig: number;
  jeugdprostitutie: number;
  formulier: string;
  besluit: 'open' | 'dossier' | 'geen-dossier';
  besluit_toelichting: string;
  dossier_id: number | null;
  aangemaakt: string;
  aangemaakt_door: string;
  gewijzigd: string;
}

/** Free text of the form for the search index, apart from summary and names. */
export function vrijeTekst(f: FormatCasus): string {
  const delen: string[] = [];
  for (const groep of [f.vraag1, f.vraag2, f.dwang, f.handhaving, f.hulpverlening, f.omgevingSlachtoffer, f.omgevingPleger]) {
    for (const w of Object.values(groep)) if (typeof w === 'string' && w.length > 3 && !['ja', 'nee', 'onbekend', 'meerdere'].includes(w)) delen.push(w);
  }
  for (const rol of ROLLEN) delen.push(f[rol].woonplaats, f[rol].nationaliteit);
  return delen.filter(Boolean).join(' \n');
}

/** Drafts are their author's alone; submitted signals are open to every role with case access (art. 15.3). */
function zichtbaar(b: Bestand, r: { status: string; aangemaakt_door: string }): boolean {
  return r.status === 'ingediend' || r.aangemaakt_door === b.gebruiker.naam;
}

export async function signaalRij(b: Bestand, id: number): Promise<SignaalTabelRij> {
  const r = await b.v.get<SignaalTabelRij>('SELECT s.*, f.formulier FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE s.id = ?', [id]);
  if (!r || !zichtbaar(b, r)) throw new KetenFout('NIET_GEVONDEN', melding('signaal.nietGevonden', { id }));
  return r;
}

/** Checks against the registry and the catalogue, which the form schema cannot know. */
async function controleerVerwijzingen(b: Bestand, f: FormatCasus): Promise<Veldfout[]> {
  const fouten: Veldfout[] = [];
  for (const [pad, id] of [['bron.partnerId', f.bron.partnerId], ['melder.partnerId', f.melder.partnerId]] as const) {
    if (id !== null && !(await b.v.get('SELECT 1 FROM partners WHERE id = ?', [id]))) fouten.push(veldfout(pad, melding('veld.partnerNietInRegister', { id })));
  }
  for (const id of f.indicatoren) {
    const ind = await b.v.get<{ actief: number; tekst: string }>('SELECT actief, tekst FROM indicatoren WHERE id = ?', [id]);
    if (!ind) fouten.push(veldfout('indicatoren', melding('veld.indicatorOnbekend', { id })));
  }
  return fouten;
}

export async function signaalOpslaan(b: Bestand, invoer: { id?: number | undefined; formulier: FormatCasus; indienen: boolean }): Promise<number> {
  const f = formatCasusSchema.parse(invoer.formulier);
  const vorige = invoer.id ? await signaalRij(b, invoer.id) : undefined;
  const fouten = [...(await controleerVerwijzingen(b, f)), ...(invoer.indienen || vorige?.status === 'ingediend' ? controleerVolledig(f) : [])];
  if (vorige && vorige.status === 'ingediend' && invoer.indienen === false) {
    fouten.push(veldfout('indienen', melding('veld.geenConceptMeer')));
  }
  if (!vorige) {
    // New retired indicators are refused; old signals keep theirs (the catalogue is editable).
    for (const id of f.indicatoren) {
      const ind = await b.v.get<{ actief: number }>('SELECT actief FROM indicatoren WHERE id = ?', [id]);
      if (ind && !ind.actief) fouten.push(veldfout('indicatoren', melding('veld.indicatorIngetrokken', { id })));
    }
  }
  // Paths as the router names them for schema errors, so every field message lands on the same field.
  if (fouten.length) throw new KetenFout('ONGELDIGE_INVOER', melding('signaal.nietOpgeslagen'), { velden: fouten.map((v) => ({ ...v, pad: v.pad === 'indienen' ? v.pad : `formulier.${v.pad}` })) });
  const k = kenmerken(f);
  const status = invoer.indienen || vorige?.status === 'ingediend' ? 'ingediend' : 'concept';
  const { slachtoffer, pleger, faciliteerder, ...rest } = f;
  const nu = new Date().toISOString();
  return b.v.transactie(async () => {
    const kolommen: SqlWaarde[] = [
      status,
      f.datumTijd,
      f.fase,
      f.bron.partnerId,
      f.delen,
      f.vermoedens.join(','),
      k.minderjarig ? 1 : 0,
      k.jeugdprostitutie ? 1 : 0,
    ];
    let id: number;
    if (vorige) {
      id = vorige.id;
      await b.v.run(
        'UPDATE signalen SET status=?, datum_tijd=?, fase=?, bron_partner_id=?, delen=?, vermoedens=?, minderjarig=?, jeugdprostitutie=?, gewijzigd=?, gewijzigd_door=? WHERE id = ?',
        [...kolommen, nu, b.gebruiker.naam, id],
      );
      await b.v.run('DELETE FROM signaal_indicatoren WHERE signaal_id = ?', [id]);
      await b.v.run('DELETE FROM signalen_zoek WHERE rowid = ?', [id]);
    } else {
      const nummer = await volgendNummer(b.v, 'signalen', 'S', new Date().getFullYear());
      id = (
        await b.v.run(
          'INSERT INTO signalen (status, datum_tijd, fase, bron_partner_id, delen, vermoedens, minderjarig, jeugdprostitutie, nummer, aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
          [...kolommen, nummer, nu, b.gebruiker.naam, nu, b.gebruiker.naam],
        )
      ).lastID;
    }
    await b.v.run('INSERT INTO signaal_formulieren (signaal_id, formulier) VALUES (?, ?) ON CONFLICT(signaal_id) DO UPDATE SET formulier = excluded.formulier', [id, JSON.stringify(rest)]);
    for (const ind of new Set(f.indicatoren)) await b.v.run('INSERT INTO signaal_indicatoren (signaal_id, indicator_id) VALUES (?,?)', [id, ind]);
    await persoonVastleggen(b.v, id, 'slachtoffer', slachtoffer);
    await persoonVastleggen(b.v, id, 'pleger', pleger);
    await persoonVastleggen(b.v, id, 'faciliteerder', faciliteerder);
    await b.v.run('INSERT INTO signalen_zoek (rowid, samenvatting, namen, tekst) VALUES (?,?,?,?)', [
      id,
      f.samenvatting,
      [slachtoffer.naam, pleger.naam, faciliteerder.naam].filter(Boolean).join(' \n'),
      vrijeTekst(f),
    ]);
    const nummer = vorige?.nummer ?? (await b.v.get<{ nummer: string }>('SELECT nummer FROM signalen WHERE id = ?', [id]))!.nummer;
    await b.audit(vorige ? 'signaal.gewijzigd' : 'signaal.vastgelegd', `signaal:${nummer}`, { status, minderjarig: k.minderjarig });
    // Art. 19, 22.6: a submitted signal has its anonymised analysis record from the start.
    if (status === 'ingediend') await analyseBijwerken(b.v, [id]);
    return id;
  });
}

/** A draft can be thrown away by its author; a submitted signal leaves only through the purge rules. */
export async function conceptVerwijderen(b: Bestand, id: number): Promise<void> {
  const r = await signaalRij(b, id);
  if (r.status !== 'concept') throw new KetenFout('CONVENANTREGEL', melding('signaal.alleenVolgensBewaarregels'), { artikel: 'art. 16.7–16.8' });
  await verwijderen(b, async () => {
    await signaalVerwijderen(b.v, id);
    await b.audit('signaal.concept-verwijderd', `signaal:${r.nummer}`);
  });
}

export interface SignaalFilter {
  zoek?: string | undefined;
  fase?: number | undefined;
  bronPartnerId?: number | undefined;
  vermoeden?: string | undefined;
  indicatorId?: number | undefined;
  vanaf?: string | undefined;
  tot?: string | undefined;
  status?: 'concept' | 'ingediend' | undefined;
  zonderDossier?: boolean | undefined;
  /** Keyset paging (ADR 0016): the rows after, or before, this sort key in list order. */
  na?: SignaalCursor | undefined;
  voor?: SignaalCursor | undefined;
  /** Counts `offset` from the end, so the last page costs what the first does. */
  vanafEinde?: boolean | undefined;
  offset: number;
  limiet: number;
}

/** A row's sort key in the list: date, newest first, and the id to break the many ties in the date. */
export interface SignaalCursor {
  datumTijd: string;
  id: number;
}

async function zoektermHash(b: Bestand, zoek: string): Promise<string> {
  return crypto.createHmac('sha256', await matchsleutel(b.v)).update(zoek.trim().toLowerCase().normalize('NFC')).digest('hex').slice(0, 32);
}

/** Turns what a user types into an FTS5 query: every word must match, as a prefix. */
export function ftsVraag(zoek: string): string | null {
  const woorden = zoek
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return woorden.length ? woorden.map((w) => `"${w.replaceAll('"', '')}"*`).join(' AND ') : null;
}

/**
 * The WHERE of the list for a filter, as one user sees it (drafts are their author's alone). Apart from
 * `signalenLijst` so that a test can ask SQLite for the plan of exactly these questions (ADR 0046).
 */
export function lijstFilter(gebruiker: string, f: SignaalFilter): { waar: string; params: SqlWaarde[]; fts: string | null } {
  const waar: string[] = ["(s.status = 'ingediend' OR s.aangemaakt_door = ?)"];
  const params: SqlWaarde[] = [gebruiker];
  const fts = f.zoek ? ftsVraag(f.zoek) : null;
  if (fts) {
    waar.push('s.id IN (SELECT rowid FROM signalen_zoek WHERE signalen_zoek MATCH ?)');
    params.push(fts);
  }
  if (f.fase) {
    waar.push('s.fase = ?');
    params.push(f.fase);
  }
  if (f.bronPartnerId) {
    waar.push('s.bron_partner_id = ?');
    params.push(f.bronPartnerId);
  }
  if (f.vermoeden) {
    waar.push("(',' || s.vermoedens || ',') LIKE ?");
    params.push(`%,${f.vermoeden},%`);
  }
  if (f.indicatorId) {
    waar.push('s.id IN (SELECT signaal_id FROM signaal_indicatoren WHERE indicator_id = ?)');
    params.push(f.indicatorId);
  }
  if (f.vanaf) {
    waar.push('s.datum_tijd >= ?');
    params.push(f.vanaf);
  }
  if (f.tot) {
    waar.push('s.datum_tijd < ?');
    params.push(f.tot);
  }
  if (f.status) {
    waar.push('s.status = ?');
    params.push(f.status);
  }
  if (f.zonderDossier) waar.push('s.dossier_id IS NULL');
  return { waar: `WHERE ${waar.join(' AND ')}`, params, fts };
}

/** The count of the list's filter. */
export function tellingVraag(filter: { waar: string; params: SqlWaarde[] }): { sql: string; params: SqlWaarde[] } {
  return { sql: `SELECT count(*) AS n FROM signalen s ${filter.waar}`, params: filter.params };
}

/**
 * The page: chosen in a subquery that walks the date index alone, so skipped rows (an offset) cost an
 * index step, not three lookups each; only the page's own rows are then joined and counted.
 */
export function paginaVraagSql(filter: { waar: string; params: SqlWaarde[] }, f: SignaalFilter, langsDatum: boolean): { sql: string; params: SqlWaarde[]; eerste: boolean } {
  const pagina = paginaDeel(f);
  return {
    sql: `SELECT s.*, p.code AS bron_code, p.naam AS bron_naam, d.nummer AS dossier_nummer,
            (SELECT count(*) FROM signaal_indicatoren si WHERE si.signaal_id = s.id) AS aantal_ind
       FROM (SELECT s.id FROM signalen s${langsDatum ? ' INDEXED BY signalen_lijst' : ''} ${filter.waar}${pagina.waar} ORDER BY s.datum_tijd ${pagina.richting}, s.id ${pagina.richting} LIMIT ? OFFSET ?) k
       JOIN signalen s ON s.id = k.id LEFT JOIN partners p ON p.id = s.bron_partner_id LEFT JOIN dossiers d ON d.id = s.dossier_id
      ORDER BY s.datum_tijd DESC, s.id DESC`,
    params: [...filter.params, ...pagina.params, f.limiet, f.offset],
    eerste: pagina.eerste,
  };
}

export async function signalenLijst(b: Bestand, f: SignaalFilter): Promise<{ rijen: SignaalRij[]; totaal: number }> {
  const filter = lijstFilter(b.gebruiker.naam, f);
  const telling = tellingVraag(filter);
  const totaal = await geteld(b, telling.sql, telling.params);
  const langsDatum = filter.fts !== null && (await langsDatumIndex(b, f, totaal));
  const pagina = paginaVraagSql(filter, f, langsDatum);
  const rijen = await b.v.all<SignaalTabelRij & { bron_code: string | null; bron_naam: string | null; dossier_nummer: string | null; aantal_ind: number }>(pagina.sql, pagina.params);
  // Who searched for whom is accountable, but the audit chain can never be purged: so the term is
  // kept as a keyed hash (one can check "was X searched for?" with the key), never as a name.
  // Logged once per search: for its first page, not for every page scrolled to after it.
  if (f.zoek && pagina.eerste) await b.audit('signalen.gezocht', 'signalen', { zoektermHash: await zoektermHash(b, f.zoek), gevonden: totaal });
  // The list is anonymised (art. 6.2): its summary column is the start of the anonymised summary.
  const korte = await korteSamenvattingen(b, rijen.map((r) => r.id));
  return {
    totaal,
    rijen: rijen.map((r) => ({
      id: r.id,
      nummer: r.nummer,
      status: r.status,
      datumTijd: r.datum_tijd,
      fase: r.fase,
      bron: r.bron_partner_id && r.bron_code ? { id: r.bron_partner_id, code: r.bron_code, naam: r.bron_naam ?? '' } : null,
      vermoedens: r.vermoedens ? r.vermoedens.split(',') : [],
      minderjarig: r.minderjarig === 1,
      jeugdprostitutie: r.jeugdprostitutie === 1,
      aantalIndicatoren: r.aantal_ind,
      dossier: r.dossier_id && r.dossier_nummer ? { id: r.dossier_id, nummer: r.dossier_nummer } : null,
      besluit: r.besluit,
      samenvattingKort: korte.get(r.id) ?? '',
    })),
  };
}

/**
 * Whether a search's page is better found by walking the list's date index (which holds the columns of
 * visibility) and keeping the rows the search matched, than by looking up every match and sorting them
 * (ADR 0030). SQLite picks the second, which costs a lookup per match: ~100 ms for a word in 10,000 of
 * 100,000 signals, where the walk stops after ~1,000 index steps (~20 ms). For a name with a few hundred
 * matches the walk would cross the whole index, so it is taken only when the matches are many: when
 * the steps it expects, (offset + limit) × signals / matches, cost less than a lookup per match (a step
 * is ~10× cheaper than a lookup). Only with filters the index answers (date, status); any other filter
 * needs the table per step.
 */
async function langsDatumIndex(b: Bestand, f: SignaalFilter, treffers: number): Promise<boolean> {
  if (treffers === 0 || f.fase || f.bronPartnerId || f.vermoeden || f.indicatorId || f.zonderDossier) return false;
  // The highest id stands in for the number of signals: one seek, no count.
  const n = (await b.v.get<{ n: number | null }>('SELECT max(id) AS n FROM signalen'))?.n ?? 0;
  return treffers * treffers * 10 >= (f.offset + f.limiet) * n;
}

/** The last counts per connection, by query and data state (ADR 0024): a few filters in use at once. */
const tellingen = new WeakMap<Verbinding, Map<string, { stand: string; n: number }>>();
const TELLINGEN_MAX = 8;

/**
 * `count(*)` of the list's filter, remembered while the data stands still: the next page, or the jump to
 * the end of 100,000 rows, then costs one seek instead of walking every visible row again (ADR 0024).
 * The key holds the user (visibility of drafts is one of the parameters) and the data's `stand`, so a
 * write anywhere (this connection or another) counts anew.
 */
async function geteld(b: Bestand, sql: string, params: SqlWaarde[]): Promise<number> {
  const sleutel = JSON.stringify([sql, params]);
  let perVraag = tellingen.get(b.v);
  if (!perVraag) tellingen.set(b.v, (perVraag = new Map()));
  const stand = await b.v.stand();
  const eerder = perVraag.get(sleutel);
  if (stand !== null && eerder?.stand === stand) return eerder.n;
  const n = (await b.v.get<{ n: number }>(sql, params))?.n ?? 0;
  if (stand !== null && (await b.v.stand()) === stand) {
    perVraag.delete(sleutel);
    perVraag.set(sleutel, { stand, n });
    if (perVraag.size > TELLINGEN_MAX) perVraag.delete(perVraag.keys().next().value!);
  }
  return n;
}

/**
 * Where a page lies (ADR 0016). The list is sorted newest first; a page after a cursor walks down from
 * it, a page before a cursor or counted from the end walks up (ascending) and is put back in list order
 * by the outer query. Row values compare date and id together, which SQLite answers from the date
 * index (it holds the id) with one seek.
 */
function paginaDeel(f: SignaalFilter): { waar: string; params: SqlWaarde[]; richting: 'ASC' | 'DESC'; eerste: boolean } {
  if (f.na && f.voor) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('lijst.tweeCursors'), { velden: [veldfout('voor', melding('veld.nietMetCursorNa'))] });
  }
  if ((f.na || f.voor) && (f.offset > 0 || f.vanafEinde)) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('lijst.cursorEnOffset'), { velden: [veldfout('offset', melding('veld.nietMetCursor'))] });
  }
  if (f.na) return { waar: ' AND (s.datum_tijd, s.id) < (?, ?)', params: [f.na.datumTijd, f.na.id], richting: 'DESC', eerste: false };
  if (f.voor) return { waar: ' AND (s.datum_tijd, s.id) > (?, ?)', params: [f.voor.datumTijd, f.voor.id], richting: 'ASC', eerste: false };
  return { waar: '', params: [], richting: f.vanafEinde ? 'ASC' : 'DESC', eerste: !f.vanafEinde && f.offset === 0 };
}

/** The whole form, rebuilt from the signal row and its persons. */
export async function formulierVan(b: Bestand, r: SignaalTabelRij): Promise<FormatCasus> {
  const rest = JSON.parse(r.formulier) as Record<string, unknown>;
  const personen = await personenVanSignaal(b.v, r.id);
  const personalia = Object.fromEntries(
    personen.map(({ rol, persoon: p }) => [
      rol,
      {
        naam: p.naam,
        geboortedatum: p.geboortedatum,
        geslacht: p.geslacht,
        adres: p.adres,
        woonplaats: p.woonplaats,
        nationaliteit: p.nationaliteit,
        verblijfstatus: p.verblijfstatus,
        ...(rol === 'faciliteerder' ? { soort: p.soort_faciliteerder } : { woonsituatie: p.woonsituatie }),
      },
    ]),
  );
  return formatCasusSchema.parse({ ...rest, ...personalia });
}

/**
 * The detail: anonymised unless the user asks for the identifiable form, which is audited
 * (art. 6.2, 9.5; docs/ontwerp.md §3: "every view and export offers the anonymised form first").
 */
export async function signaalDetail(b: Bestand, id: number, vorm: 'geanonimiseerd' | 'identificeerbaar'): Promise<SignaalDetail> {
  const r = await signaalRij(b, id);
  const volledig = await formulierVan(b, r);
  const { formulier, afgeschermd, redactie } = vorm === 'identificeerbaar' ? { formulier: volledig, afgeschermd: [], redactie: geenRedactie() } : await anoniemeVorm(b, volledig);
  if (vorm === 'identificeerbaar') await b.audit('signaal.ingezien', `signaal:${r.nummer}`, { vorm });
  const rij = await signaalRijVoorLijst(b, id);
  const indicatorTeksten = await b.v.all<{ id: number; code: string; tekst: string; actief: number }>(
    'SELECT i.id, i.code, i.tekst, i.actief FROM signaal_indicatoren si JOIN indicatoren i ON i.id = si.indicator_id WHERE si.signaal_id = ? ORDER BY i.code',
    [id],
  );
  return {
    ...rij,
    formulier,
    vorm,
    afgeschermd,
    redactie,
    leeftijdSlachtoffer: kenmerken(volledig).leeftijd,
    indicatorTeksten: indicatorTeksten.map((i) => ({ ...i, actief: i.actief === 1 })),
    personen: (await personenVanSignaal(b.v, id)).map((p) => ({ rol: p.rol, persoonId: p.persoon.id })),
    besluitToelichting: r.besluit_toelichting,
    aangemaakt: r.aangemaakt,
    aangemaaktDoor: r.aangemaakt_door,
    gewijzigd: r.gewijzigd,
  };
}

async function signaalRijVoorLijst(b: Bestand, id: number): Promise<SignaalRij> {
  const r = await signaalRij(b, id);
  const bron = r.bron_partner_id ? await b.v.get<{ id: number; code: string; naam: string }>('SELECT id, code, naam FROM partners WHERE id = ?', [r.bron_partner_id]) : undefined;
  const dossier = r.dossier_id ? await b.v.get<{ id: number; nummer: string }>('SELECT id, nummer FROM dossiers WHERE id = ?', [r.dossier_id]) : undefined;
  const aantal = (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM signaal_indicatoren WHERE signaal_id = ?', [id]))?.n ?? 0;
  return {
    id: r.id,
    nummer: r.nummer,
    status: r.status,
    datumTijd: r.datum_tijd,
    fase: r.fase,
    bron: bron ?? null,
    vermoedens: r.vermoedens ? r.vermoedens.split(',') : [],
    minderjarig: r.minderjarig === 1,
    jeugdprostitutie: r.jeugdprostitutie === 1,
    aantalIndicatoren: aantal,
    dossier: dossier ?? null,
    besluit: r.besluit,
  };
}

/** Art. 16.3: ketenregisseur and zorgcoördinator decide which signals lead to a dossier. */
export async function besluitDossiervorming(b: Bestand, id: number, besluit: 'dossier' | 'geen-dossier' | 'open', toelichting: string): Promise<void> {
  const r = await signaalRij(b, id);
  if (r.status !== 'ingediend') throw new KetenFout('CONFLICT', melding('signaal.conceptBesluit'));
  if (r.dossier_id && besluit !== 'dossier') throw new KetenFout('CONFLICT', melding('signaal.inDossier'));
  await b.v.transactie(async () => {
    await b.v.run('UPDATE signalen SET besluit = ?, besluit_toelichting = ?, besluit_door = ?, besluit_op = ? WHERE id = ?', [besluit, toelichting, b.gebruiker.naam, nu().toISOString(), id]);
    await b.audit('signaal.besluit', `signaal:${r.nummer}`, { besluit, artikel: 'art. 16.3' });
  });
}
