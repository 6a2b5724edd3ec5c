/**
 * The retention rules, one per line of shared/domein/bewaring.ts (docs/ontwerp.md §11, ADR 0020). Each
 * says when its items fall due (`verval`, a date per item) and how they go (`weg`, inside the one
 * deleting transaction of `verwijderen`). Deleting is done by what already deletes elsewhere:
 * `signaalVerwijderen` takes a signal with its persons, matching keys, links and search entry.
 */
import { AGENDAPAKKET_UITERLIJK_DAGEN, BESLUIT_DEFINITIEF_DAGEN, BEWAARREGELS, type Regelbeschrijving, type RegelId } from '@shared/domein/bewaring';
import type { Bestand } from '../bestand/bestand';
import type { Verbinding } from '../bestand/verbinding';
import { analyseBewaren, dossiersVerwijderen, dossierVervalt } from '../keten/opschonen';
import { verweesdePersoonVerwijderen } from '../keten/personen';
import { signaalVerwijderen } from '../keten/verwijderen';
import { uittrekselsLegen } from '../overdracht/ontvangen';
import { nu } from '../klok';
import { dagenErbij, datumVan } from '@shared/datum';

/** One item the rule will delete, and the day it falls due. */
export interface Vervalitem {
  id: number;
  datum: string;
}

export interface Bewaarregel extends Regelbeschrijving {
  /** Every item still held under this rule, with its due date (YYYY-MM-DD). */
  verval(v: Verbinding): Promise<Vervalitem[]>;
  /** Deletes these items (all due on `peildatum`); returns how many went. Inside `verwijderen`. */
  weg(b: Bestand, ids: number[], peildatum: string): Promise<number>;
}

/** Signals decided "no dossier" (art. 16.3) or "no follow-up" by the zorgoverleg (art. 16.8), not in a dossier. */
const GEEN_VERVOLG = `(EXISTS (SELECT 1 FROM agendapunten a WHERE a.signaal_id = s.id AND a.besluit = 'geen-vervolg') OR s.besluit_toelichting = 'Zorgoverleg: geen vervolg')`;
// Due dates are Dutch calendar days (datumVan), not SQLite's date() of a UTC moment: a decision taken
// just after midnight in Amsterdam would otherwise count from the day before.
const afgewezen = async (v: Verbinding, zorgoverleg: boolean): Promise<Vervalitem[]> =>
  (
    await v.all<{ id: number; op: string }>(
      `SELECT s.id, s.besluit_op AS op FROM signalen s
        WHERE s.besluit = 'geen-dossier' AND s.status = 'ingediend' AND s.dossier_id IS NULL AND s.besluit_op IS NOT NULL AND ${zorgoverleg ? '' : 'NOT '}${GEEN_VERVOLG}`,
    )
  ).map((r) => ({ id: r.id, datum: dagenErbij(datumVan(r.op), BESLUIT_DEFINITIEF_DAGEN) }));

async function signalenWeg(b: Bestand, ids: number[], uitkomst: string | null): Promise<number> {
  // Art. 19, 22.6: the analysis record stays, anonymised, before the signal goes.
  if (uitkomst) await analyseBewaren(b, ids, '', uitkomst);
  for (const id of ids) await signaalVerwijderen(b.v, id);
  return ids.length;
}

const beschrijving = (id: RegelId): Regelbeschrijving => BEWAARREGELS.find((r) => r.id === id)!;

export const REGELS: readonly Bewaarregel[] = [
  {
    ...beschrijving('dossier-gesloten'),
    async verval(v) {
      const rijen = await v.all<{ id: number; gesloten_op: string }>('SELECT id, gesloten_op FROM dossiers WHERE gesloten_op IS NOT NULL');
      return rijen.map((r) => ({ id: r.id, datum: dossierVervalt(r.gesloten_op) }));
    },
    async weg(b, ids) {
      const dossiers = await b.v.all<{ id: number; nummer: string }>(`SELECT id, nummer FROM dossiers WHERE id IN (${ids.map(() => '?').join(',')})`, ids);
      await dossiersVerwijderen(b, dossiers);
      return dossiers.length;
    },
  },
  {
    ...beschrijving('geen-dossier'),
    verval: (v) => afgewezen(v, false),
    weg: (b, ids) => signalenWeg(b, ids, 'geen dossier'),
  },
  {
    ...beschrijving('geen-vervolg'),
    verval: (v) => afgewezen(v, true),
    weg: (b, ids) => signalenWeg(b, ids, 'geen vervolg'),
  },
  {
    ...beschrijving('verweesde-personen'),
    // Due at once: a person no signal names is nobody's business any more. Only the persons a trigger
    // noted (a link deleted by any path, or a person created; migration 0300) can be orphans, so only
    // those are looked at — not every person at every unlock.
    verval: (v) =>
      v.all<Vervalitem>(
        "SELECT t.persoon_id AS id, '0000-01-01' AS datum FROM personen_te_controleren t WHERE NOT EXISTS (SELECT 1 FROM signaal_personen sp WHERE sp.persoon_id = t.persoon_id)",
      ),
    async weg(b, ids) {
      for (const id of ids) await verweesdePersoonVerwijderen(b.v, id);
      return ids.length;
    },
  },
  {
    ...beschrijving('ontvangen-uittreksel'),
    verval: (v) => v.all<Vervalitem>('SELECT id, bewaren_tot AS datum FROM ontvangen_dossiers WHERE opgeschoond_op IS NULL'),
    weg: (b, _ids, peildatum) => uittrekselsLegen(b, peildatum),
  },
  {
    ...beschrijving('agendapakket'),
    // Acknowledged outcomes, or the day limit after the meeting, whichever comes first.
    verval: async (v) =>
      (
        await v.all<{ id: number; bevestigd: string | null; overleg: string }>(
          `SELECT eo.overleg_id AS id, u.bevestigd_op AS bevestigd, o.datum AS overleg
             FROM externe_overleggen eo JOIN overleggen o ON o.id = eo.overleg_id
             LEFT JOIN uitgaande_bundels u ON u.id = eo.uitkomst_bundel_id AND u.status = 'bevestigd'
            WHERE eo.opgeschoond_op IS NULL`,
        )
      ).map((r) => {
        const uiterlijk = dagenErbij(r.overleg.slice(0, 10), AGENDAPAKKET_UITERLIJK_DAGEN);
        const bevestigd = r.bevestigd ? datumVan(r.bevestigd) : uiterlijk;
        return { id: r.id, datum: bevestigd < uiterlijk ? bevestigd : uiterlijk };
      }),
    async weg(b, ids) {
      let signalen = 0;
      for (const overlegId of ids) {
        const uitPakket = await b.v.all<{ signaal_id: number }>(
          'SELECT a.signaal_id FROM agendapunten a JOIN externe_signalen e ON e.signaal_id = a.signaal_id WHERE a.overleg_id = ?',
          [overlegId],
        );
        signalen += await signalenWeg(b, uitPakket.map((r) => r.signaal_id), null);
        // What the meeting wrote down goes with the signals; the meeting itself (date, place) stays.
        await b.v.run("UPDATE agendapunten SET notities = '', kwalificatie = '' WHERE overleg_id = ?", [overlegId]);
        // And the casusoverleg outcomes the pack brought (art. 12.31).
        await b.v.run("DELETE FROM ontvangen_bundels WHERE soort = 'agendapakket' AND bundel_id = (SELECT bundel_id FROM externe_overleggen WHERE overleg_id = ?)", [overlegId]);
        await b.v.run('UPDATE externe_overleggen SET opgeschoond_op = ? WHERE overleg_id = ?', [nu().toISOString(), overlegId]);
      }
      return signalen;
    },
  },
  {
    ...beschrijving('zorgpartnersignalen'),
    verval: async (v) =>
      (
        await v.all<{ id: number; bevestigd: string }>(
          "SELECT vs.signaal_id AS id, u.bevestigd_op AS bevestigd FROM verzonden_signalen vs JOIN uitgaande_bundels u ON u.id = vs.bundel_id WHERE u.status = 'bevestigd'",
        )
      ).map((r) => ({ id: r.id, datum: datumVan(r.bevestigd) })),
    weg: (b, ids) => signalenWeg(b, ids, null),
  },
];

/**
 * After a sweep: the noted persons that turned out to be still named by a signal are no candidates any
 * more (migration 0300). Orphans stay noted until the orphan rule deletes them, which takes the note.
 */
export async function controleAfronden(v: Verbinding): Promise<void> {
  if (!(await v.get('SELECT 1 FROM personen_te_controleren LIMIT 1'))) return;
  await v.run('DELETE FROM personen_te_controleren WHERE EXISTS (SELECT 1 FROM signaal_personen sp WHERE sp.persoon_id = personen_te_controleren.persoon_id)');
}
