/**
 * The analysis store (art. 19, 22.6; docs/ontwerp.md §13, ADR 0038): one anonymised record per submitted
 * signal and per intervention, kept up to date as the case moves, kept when the case is deleted.
 *
 * A record holds codes from fixed lists and a month, nothing else. The way from a signal to its record
 * is a link row (`analyse_koppeling_*`, migration 0370) that goes with the signal; its delete trigger
 * gives the record a new random id. Triggers mark a link dirty when the case changes; `analyseBijwerken`
 * rewrites the dirty records. It runs when a signal is submitted, at the start of every deletion (so the
 * record is final before the case goes) and before every report.
 */
import { doorlooptijdband, sectorVan, termijnVan } from '@shared/domein/analyse';
import { leeftijdOp } from '@shared/domein/signaal';
import { EU_EER_LANDEN } from '@shared/domein/partner';
import { vandaag } from '@shared/datum';
import { nu } from '../klok';
import type { SqlWaarde, Verbinding } from '../bestand/verbinding';
import { kwalificatieVanLijst } from './kwalificaties';

/** Age bands coarse enough never to point at one person, with 18 and 23 as the covenant's lines (art. 5.4, footnote 13). */
export function leeftijdsband(leeftijd: number | null): string {
  if (leeftijd === null) return 'onbekend';
  if (leeftijd < 18) return 'minderjarig';
  if (leeftijd < 23) return '18-22';
  if (leeftijd < 30) return '23-29';
  if (leeftijd < 40) return '30-39';
  return '40+';
}

const EU_BIJVOEGLIJK = ['nederlandse', 'belgische', 'duitse', 'franse', 'poolse', 'roemeense', 'bulgaarse', 'hongaarse', 'tsjechische', 'slowaakse', 'litouwse', 'letse', 'estische', 'portugese', 'spaanse', 'italiaanse', 'griekse', 'kroatische', 'sloveense', 'oostenrijkse', 'ierse', 'zweedse', 'deense', 'finse', 'luxemburgse', 'maltese', 'cypriotische', 'noorse', 'ijslandse'];

/** Nationality as a group only: NL, EU/EER, outside the EU/EER, unknown. */
export function nationaliteitsgroep(nationaliteit: string): string {
  const n = nationaliteit.trim().toLowerCase();
  if (!n || n === 'onbekend') return 'onbekend';
  if (n.startsWith('nederland')) return 'NL';
  if (EU_BIJVOEGLIJK.some((x) => n.startsWith(x)) || (EU_EER_LANDEN as readonly string[]).includes(nationaliteit.trim().toUpperCase())) return 'EU/EER';
  return 'buiten EU/EER';
}

/** A signal's record, as written to `analyse_signalen`. */
export interface Analysesignaal {
  maand: string;
  soortUitbuiting: string;
  sector: string;
  bronsoort: string;
  fase: 'signaal' | 'dossier' | 'besluit' | 'overdracht';
  leeftijdsband: string;
  geslacht: string;
  nationaliteitsgroep: string;
  besluit: string;
  doorlooptijd: string;
  kwalificatie: string;
}

interface Bron {
  signaal_id: number;
  analyse_id: number;
  status: string;
  datum_tijd: string;
  aangemaakt: string;
  vermoedens: string;
  besluit: string;
  besluit_op: string | null;
  besluit_toelichting: string;
  dossier_id: number | null;
  formulier: string | null;
  bronsoort: string | null;
  geboortedatum: string | null;
  geslacht: string | null;
  nationaliteit: string | null;
  kwalificatie: string | null;
  casusbesluit: string | null;
  zorgbesluit: string | null;
  overgedragen: number;
}

const BRON_SQL = `
  SELECT k.signaal_id, k.analyse_id, s.status, s.datum_tijd, s.aangemaakt, s.vermoedens, s.besluit, s.besluit_op, s.besluit_toelichting, s.dossier_id,
         f.formulier, p.soort AS bronsoort, sl.geboortedatum, sl.geslacht, sl.nationaliteit, d.kwalificatie,
         (SELECT a.besluit FROM agendapunten a WHERE a.dossier_id = s.dossier_id AND a.besluit IS NOT NULL ORDER BY a.besloten_op DESC LIMIT 1) AS casusbesluit,
         (SELECT a.besluit FROM agendapunten a WHERE a.signaal_id = s.id AND a.besluit IS NOT NULL ORDER BY a.besloten_op DESC LIMIT 1) AS zorgbesluit,
         (s.dossier_id IS NOT NULL AND (EXISTS (SELECT 1 FROM dossier_gebeurtenissen g WHERE g.dossier_id = s.dossier_id AND g.soort = 'overdracht')
            OR EXISTS (SELECT 1 FROM overdrachten_buiten_app o WHERE o.dossier_id = s.dossier_id)
            OR d.opschonen_reden = 'opgeschoond-overdracht')) AS overgedragen
    FROM analyse_koppeling_signalen k
    JOIN signalen s ON s.id = k.signaal_id
    LEFT JOIN signaal_formulieren f ON f.signaal_id = s.id
    LEFT JOIN partners p ON p.id = s.bron_partner_id
    LEFT JOIN dossiers d ON d.id = s.dossier_id
    LEFT JOIN personen sl ON sl.id = (SELECT sp.persoon_id FROM signaal_personen sp WHERE sp.signaal_id = s.id AND sp.rol = 'slachtoffer' LIMIT 1)`;

interface Formulierdeel {
  seksueleVormen?: string[];
  vraag1?: { watVoorProstitutie?: string; waar?: string };
  vraag2?: { watVoorWerk?: string; hoeUitgebuit?: string };
}

function leesFormulier(tekst: string | null): Formulierdeel {
  try {
    return tekst ? (JSON.parse(tekst) as Formulierdeel) : {};
  } catch {
    return {};
  }
}

/** The record of one signal, from its current state; null for a draft (a draft is not a signal yet). */
export function recordVan(r: Bron, kwalificatie: string): Analysesignaal | null {
  if (r.status !== 'ingediend') return null;
  const formulier = leesFormulier(r.formulier);
  const datum = (r.datum_tijd || r.aangemaakt).slice(0, 10);
  const seksueel = r.vermoedens.includes('seksuele-uitbuiting');
  const zorgGeenVervolg = r.zorgbesluit === 'geen-vervolg' || r.besluit_toelichting === 'Zorgoverleg: geen vervolg';
  const besluit =
    r.besluit === 'geen-dossier' ? (zorgGeenVervolg ? 'geen-vervolg' : 'geen-dossier') : r.dossier_id !== null ? (r.casusbesluit ?? 'dossier') : 'open';
  const fase: Analysesignaal['fase'] = r.overgedragen ? 'overdracht' : r.casusbesluit ? 'besluit' : r.dossier_id !== null ? 'dossier' : 'signaal';
  const werk = [formulier.vraag2?.watVoorWerk, formulier.vraag2?.hoeUitgebuit, formulier.vraag1?.watVoorProstitutie].filter(Boolean).join(' ');
  return {
    maand: /^\d{4}-\d{2}/.test(datum) ? datum.slice(0, 7) : vandaag(nu()).slice(0, 7),
    soortUitbuiting: [...r.vermoedens.split(',').filter(Boolean), ...(formulier.seksueleVormen ?? [])].join(',') || 'onbekend',
    sector: sectorVan(werk, seksueel),
    bronsoort: r.bronsoort ?? 'onbekend',
    fase,
    leeftijdsband: leeftijdsband(r.geboortedatum ? leeftijdOp(r.geboortedatum, datum) : null),
    geslacht: r.geslacht || 'onbekend',
    nationaliteitsgroep: nationaliteitsgroep(r.nationaliteit ?? ''),
    besluit,
    doorlooptijd: doorlooptijdband(datum, r.besluit !== 'open' ? r.besluit_op : null),
    kwalificatie,
  };
}

const KOLOMMEN = 'id, maand, soort_uitbuiting, sector, bronsoort, fase, leeftijdsband, geslacht, nationaliteitsgroep, besluit, doorlooptijd, kwalificatie';
const PER_KEER = 500;
const RECORD_SCHRIJVEN = `INSERT INTO analyse_signalen (${KOLOMMEN}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
  ON CONFLICT (id) DO UPDATE SET maand = excluded.maand, soort_uitbuiting = excluded.soort_uitbuiting, sector = excluded.sector, bronsoort = excluded.bronsoort,
    fase = excluded.fase, leeftijdsband = excluded.leeftijdsband, geslacht = excluded.geslacht, nationaliteitsgroep = excluded.nationaliteitsgroep,
    besluit = excluded.besluit, doorlooptijd = excluded.doorlooptijd, kwalificatie = excluded.kwalificatie`;

/**
 * Rewrites the records of dirty links (all, or those of these signals). Call inside a transaction
 * when the caller has one; alone it is a few statements per signal.
 */
export async function analyseBijwerken(v: Verbinding, signaalIds?: readonly number[]): Promise<number> {
  let n = 0;
  const kwalificaties = new Map<string, string>();
  const lijstKwalificatie = async (k: string | null) => {
    if (!k) return '';
    if (!kwalificaties.has(k)) kwalificaties.set(k, (await kwalificatieVanLijst(v, k)) ?? 'overig');
    return kwalificaties.get(k)!;
  };
  for (;;) {
    const waar = signaalIds ? `k.signaal_id IN (${signaalIds.map(() => '?').join(',') || 'NULL'}) AND k.vuil = 1` : 'k.vuil = 1';
    const rijen = await v.all<Bron>(`${BRON_SQL} WHERE ${waar} LIMIT ${PER_KEER}`, signaalIds ? [...signaalIds] : []);
    if (!rijen.length) break;
    const records: SqlWaarde[][] = [];
    for (const r of rijen) {
      const a = recordVan(r, await lijstKwalificatie(r.kwalificatie));
      if (a) records.push([r.analyse_id, a.maand, a.soortUitbuiting, a.sector, a.bronsoort, a.fase, a.leeftijdsband, a.geslacht, a.nationaliteitsgroep, a.besluit, a.doorlooptijd, a.kwalificatie]);
    }
    // One statement compiled once per batch: compiled anew per record, the first sweep after a bulk import
    // of 100,000 signals spent most of its time compiling this upsert.
    if (records.length) await v.herhaald(RECORD_SCHRIJVEN, records);
    n += records.length;
    await v.run(`UPDATE analyse_koppeling_signalen SET vuil = 0 WHERE signaal_id IN (${rijen.map(() => '?').join(',')})`, rijen.map((r) => r.signaal_id));
    if (rijen.length < PER_KEER) break;
  }
  if (!signaalIds) n += await interventiesBijwerken(v);
  return n;
}

/** Running records whose intervention's deadline has passed (before `?`) become overdue. */
export const VERLOPEN_SQL = `UPDATE analyse_interventies SET termijn = 'verlopen' WHERE termijn = 'lopend'
  AND EXISTS (SELECT 1 FROM analyse_koppeling_interventies k JOIN interventies i ON i.id = k.interventie_id WHERE k.analyse_id = analyse_interventies.id AND i.deadline < ?)`;

/** The interventions' records: month of the deadline, partner, kind of partner, and against the deadline. */
async function interventiesBijwerken(v: Verbinding): Promise<number> {
  const peildatum = vandaag(nu());
  const rijen = await v.all<{ interventie_id: number; analyse_id: number; deadline: string; status: string; gewijzigd: string; partner: string; partnersoort: string }>(
    `SELECT k.interventie_id, k.analyse_id, i.deadline, i.status, i.gewijzigd, p.code AS partner, p.soort AS partnersoort
       FROM analyse_koppeling_interventies k JOIN interventies i ON i.id = k.interventie_id JOIN partners p ON p.id = i.partner_id WHERE k.vuil = 1`,
  );
  for (const r of rijen) {
    await v.run(
      `INSERT INTO analyse_interventies (id, maand, partner, partnersoort, termijn) VALUES (?,?,?,?,?)
         ON CONFLICT (id) DO UPDATE SET maand = excluded.maand, partner = excluded.partner, partnersoort = excluded.partnersoort, termijn = excluded.termijn`,
      [r.analyse_id, r.deadline.slice(0, 7), r.partner, r.partnersoort, termijnVan(r.status, r.deadline, r.gewijzigd, peildatum)],
    );
    await v.run('UPDATE analyse_koppeling_interventies SET vuil = 0 WHERE interventie_id = ?', [r.interventie_id]);
  }
  // Open interventions turn overdue without anything changing: look again at every open one — only those,
  // along the partial index of running records (migration 0440), not every intervention of the bestand.
  await v.run(VERLOPEN_SQL, [peildatum]);
  return rijen.length;
}

/**
 * The outcome of a case that is about to go (purge, "geen dossier", "geen vervolg"), written into the
 * records of its signals before they are deleted. Inside the deleting transaction.
 */
export async function analyseAfsluiten(v: Verbinding, signaalIds: readonly number[], uitkomst: string, kwalificatie?: string): Promise<number> {
  if (!signaalIds.length) return 0;
  await analyseBijwerken(v, signaalIds);
  const ids = signaalIds.map(() => '?').join(',');
  const extra = kwalificatie === undefined ? '' : ', kwalificatie = ?';
  const r = await v.run(
    `UPDATE analyse_signalen SET uitkomst = ?${extra}${uitkomst === 'overgedragen' ? ", fase = 'overdracht'" : ''} WHERE id IN (SELECT analyse_id FROM analyse_koppeling_signalen WHERE signaal_id IN (${ids}))`,
    [uitkomst, ...(kwalificatie === undefined ? [] : [kwalificatie]), ...signaalIds],
  );
  return r.changes;
}
