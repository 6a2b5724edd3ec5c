/**
 * The informing duty (art. 23): data in the bestand come from the partners, not from the person, so
 * every betrokkene recorded is told — at the latest four weeks after recording — who the parties are and
 * what the processing is for, unless and for as long as a ground of art. 23.2 makes that necessary.
 *
 * The tasks are derived, not stored: every person (one per entity, following merges, ADR 0005) without a
 * recorded outcome has an open task due four weeks after it was first recorded. What is recorded is the
 * outcome: sent (when, how, what), postponed (ground, reasons, review date) or omitted (ground, reasons).
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { datumVan } from '@shared/datum';
import { dagenErbij, grondArtikel, informeertermijn, type Informeeruitkomst, type Informeertaak, type Uitzonderingsgrond } from '@shared/domein/rechten';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { hoofdpersoon } from '../keten/personen';
import { nu, vandaag } from '../klok';
import { nietInToekomst, persoonMoetBestaan } from './verzoeken';

interface Rij {
  id: number;
  naam: string;
  geboortedatum: string;
  vastgelegd: string;
  rollen: string | null;
  uitkomst: Informeeruitkomst | null;
  grond: Uitzonderingsgrond | null;
  motivering: string | null;
  heroverwegen_op: string | null;
  verzonden_op: string | null;
  wijze: string | null;
  inhoud: string | null;
  door: string | null;
}

/** Per entity: its first recording, its roles, and the latest outcome recorded on any of its person rows. */
const TAKEN = `
  SELECT p.id, p.naam, p.geboortedatum,
         (SELECT min(q.aangemaakt) FROM personen q WHERE q.id = p.id OR q.samengevoegd_in = p.id) AS vastgelegd,
         (SELECT group_concat(DISTINCT sp.rol) FROM signaal_personen sp JOIN personen q ON q.id = sp.persoon_id WHERE q.id = p.id OR q.samengevoegd_in = p.id) AS rollen,
         t.uitkomst, t.grond, t.motivering, t.heroverwegen_op, t.verzonden_op, t.wijze, t.inhoud, t.door
    FROM personen p
    LEFT JOIN informeertaken t ON t.persoon_id = (
      SELECT t2.persoon_id FROM informeertaken t2 JOIN personen q ON q.id = t2.persoon_id
       WHERE q.id = p.id OR q.samengevoegd_in = p.id ORDER BY t2.op DESC LIMIT 1)
   WHERE p.samengevoegd_in IS NULL`;

function alsTaak(r: Rij, dag: string): Informeertaak {
  const vastgelegdOp = datumVan(r.vastgelegd);
  const termijn = informeertermijn(vastgelegdOp);
  const status = r.uitkomst ?? 'open';
  // Open past its deadline, or postponed/omitted past the date it was to be looked at again (art. 23.2).
  const teLaat = (status === 'open' && termijn < dag) || (status !== 'open' && status !== 'verzonden' && r.heroverwegen_op !== null && r.heroverwegen_op < dag);
  return {
    persoonId: r.id,
    naam: r.naam,
    geboortedatum: r.geboortedatum,
    rollen: r.rollen ? r.rollen.split(',').sort() : [],
    vastgelegdOp,
    termijn,
    status,
    grond: r.grond,
    artikel: r.grond ? grondArtikel(r.grond, 'informeren') : null,
    motivering: r.motivering ?? '',
    heroverwegenOp: r.heroverwegen_op,
    verzondenOp: r.verzonden_op,
    wijze: r.wijze ?? '',
    inhoud: r.inhoud ?? '',
    doorWie: r.door,
    teLaat,
  };
}

/** Tasks not done (open, postponed, omitted) by deadline or review date; the whole list with `alleenOpen` false. */
export async function informeertaken(b: Bestand, alleenOpen: boolean, max = 100): Promise<Informeertaak[]> {
  const dag = vandaag();
  const rijen = await b.v.all<Rij>(`${TAKEN}${alleenOpen ? " AND (t.uitkomst IS NULL OR t.uitkomst <> 'verzonden')" : ''}`);
  const sleutel = (t: Informeertaak) => (t.status === 'open' ? t.termijn : (t.heroverwegenOp ?? t.termijn));
  const opVolgorde = (a: Informeertaak, c: Informeertaak) => sleutel(a).localeCompare(sleutel(c)) || a.persoonId - c.persoonId;
  const taken = rijen.map((r) => alsTaak(r, dag));
  // Postponed and omitted ones are few and must stay in sight until reviewed, however far their review date;
  // the cap falls on the rest, the latest deadlines first.
  const bewaakt = taken.filter((x) => x.status === 'uitgesteld' || x.status === 'achterwege');
  const overig = taken.filter((x) => x.status !== 'uitgesteld' && x.status !== 'achterwege').sort(opVolgorde);
  return [...bewaakt, ...overig.slice(0, Math.max(0, max - bewaakt.length))].sort(opVolgorde);
}

/** Counts for the overview, without reading any name. */
export async function informeertellingen(b: Bestand): Promise<{ open: number; teLaat: number; heroverwegen: number }> {
  const dag = vandaag();
  // Due when first recorded 28 days or more before today: recorded before today − 28 days is overdue.
  const grens = dagenErbij(dag, -28);
  const r = await b.v.get<{ open: number; teLaat: number; heroverwegen: number }>(
    `SELECT count(*) FILTER (WHERE x.uitkomst IS NULL) AS open,
            count(*) FILTER (WHERE x.uitkomst IS NULL AND substr(x.vastgelegd, 1, 10) < ?) AS teLaat,
            count(*) FILTER (WHERE x.uitkomst IN ('uitgesteld', 'achterwege') AND x.heroverwegen_op <= ?) AS heroverwegen
       FROM (${TAKEN}) x`,
    [grens, dag],
  );
  return { open: r?.open ?? 0, teLaat: r?.teLaat ?? 0, heroverwegen: r?.heroverwegen ?? 0 };
}

export interface Informeeruitkomstinvoer {
  persoonId: number;
  uitkomst: Informeeruitkomst;
  grond: Uitzonderingsgrond | null;
  motivering: string;
  heroverwegenOp: string | null;
  verzondenOp: string | null;
  wijze: string;
  inhoud: string;
}

/** Records what was done; a later outcome replaces an earlier postponement (the audit keeps both). */
export async function informerenVastleggen(b: Bestand, i: Informeeruitkomstinvoer): Promise<void> {
  await persoonMoetBestaan(b, i.persoonId);
  const hoofd = await hoofdpersoon(b.v, i.persoonId);
  const eerder = await b.v.get<{ uitkomst: Informeeruitkomst; verzonden_op: string | null }>(
    'SELECT t.uitkomst, t.verzonden_op FROM informeertaken t JOIN personen q ON q.id = t.persoon_id WHERE q.id = ? OR q.samengevoegd_in = ? ORDER BY t.op DESC LIMIT 1',
    [hoofd, hoofd],
  );
  if (eerder?.uitkomst === 'verzonden') throw new KetenFout('CONFLICT', melding('rechten.informerenAlGedaan', { datum: eerder.verzonden_op ?? '' }), { artikel: 'art. 23.1' });
  nietInToekomst(i.verzondenOp, 'verzondenOp');
  const verzonden = i.uitkomst === 'verzonden';
  await vastleggen(
    b,
    async () => {
      await b.v.run('DELETE FROM informeertaken WHERE persoon_id IN (SELECT id FROM personen WHERE id = ? OR samengevoegd_in = ?)', [hoofd, hoofd]);
      await b.v.run('INSERT INTO informeertaken (persoon_id, uitkomst, grond, motivering, heroverwegen_op, verzonden_op, wijze, inhoud, door, op) VALUES (?,?,?,?,?,?,?,?,?,?)', [
        hoofd,
        i.uitkomst,
        verzonden ? null : i.grond,
        verzonden ? '' : i.motivering,
        verzonden ? null : i.heroverwegenOp,
        verzonden ? i.verzondenOp : null,
        verzonden ? i.wijze : '',
        verzonden ? i.inhoud : '',
        b.gebruiker.naam,
        nu().toISOString(),
      ]);
    },
    {
      actie: `rechten.informeren-${i.uitkomst}`,
      onderwerp: `persoon:${hoofd}`,
      details: verzonden ? { op: i.verzondenOp, wijze: i.wijze } : { grond: i.grond ? grondArtikel(i.grond, 'informeren') : null, heroverwegenOp: i.heroverwegenOp },
    },
  );
}
