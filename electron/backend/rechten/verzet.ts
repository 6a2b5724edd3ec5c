/**
 * Blocking a person's data (ADR 0023). Art. 27.2: when the penvoerder upholds a verzet, processing stops
 * at once — from this moment the policy engine refuses every provision of the person's data, citing
 * art. 27.2 (beleid/magVerstrekken.ts, rule 0): matrix, handover wizard, navraag, spoed, agenda and every
 * bundle. A decided afscherming (art. 26.1) blocks the same way. Lifting a block needs a reason; who,
 * when and why stay in the bestand and in the audit log.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import type { PersoonBlokkade } from '@shared/domein/inzage';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { nu } from '../klok';
import { bevestigdePersonen } from './betrokkenen';

const ARTIKEL = { verzet: 'art. 27.2', afscherming: 'art. 26.1' } as const;

interface BlokkadeRij {
  id: number;
  persoon_id: number;
  grond: 'verzet' | 'afscherming';
  toelichting: string;
  sinds: string;
  door: string;
  opgeheven_op: string | null;
  opgeheven_door: string | null;
  opheffing_reden: string;
}

const naarBlokkade = (r: BlokkadeRij): PersoonBlokkade => ({
  id: r.id,
  persoonId: r.persoon_id,
  grond: r.grond,
  artikel: ARTIKEL[r.grond],
  sinds: r.sinds,
  door: r.door,
  toelichting: r.toelichting,
  opgehevenOp: r.opgeheven_op,
  opgehevenDoor: r.opgeheven_door,
  opheffingReden: r.opheffing_reden,
});

/** Every block, active and lifted, on the persons (and their entities). */
export async function blokkadesVan(b: Bestand, persoonIds: readonly number[]): Promise<PersoonBlokkade[]> {
  const rijen = await bevestigdePersonen(b.v, persoonIds);
  const ids = rijen.map((r) => r.id);
  const blokkades = await b.v.all<BlokkadeRij>(`SELECT * FROM persoon_blokkades WHERE persoon_id IN (${ids.map(() => '?').join(',')}) ORDER BY id DESC`, ids);
  return blokkades.map(naarBlokkade);
}

/** Blocks the confirmed persons' data from now on. Refuses a person already blocked on the same ground. */
export async function blokkeren(
  b: Bestand,
  g: { persoonIds: readonly number[]; grond: 'verzet' | 'afscherming'; toelichting: string; verzoekId?: number | null | undefined },
): Promise<PersoonBlokkade[]> {
  const rijen = await bevestigdePersonen(b.v, g.persoonIds);
  const ids = [...new Set(g.persoonIds)];
  const actief = await b.v.all<BlokkadeRij>(
    `SELECT * FROM persoon_blokkades WHERE opgeheven_op IS NULL AND grond = ? AND persoon_id IN (${rijen.map(() => '?').join(',')})`,
    [g.grond, ...rijen.map((r) => r.id)],
  );
  const nieuw = ids.filter((id) => !actief.some((a) => a.persoon_id === id));
  if (!nieuw.length) {
    const a = actief[0]!;
    throw new KetenFout('CONFLICT', melding('verzet.alGeblokkeerd', { grond: a.grond, sinds: nlDatum(a.sinds.slice(0, 10)) }), { artikel: ARTIKEL[a.grond] });
  }
  const sinds = nu().toISOString();
  return vastleggen(
    b,
    async () => {
      const uit: PersoonBlokkade[] = [];
      for (const id of nieuw) {
        const { lastID } = await b.v.run('INSERT INTO persoon_blokkades (persoon_id, grond, verzoek_id, toelichting, sinds, door) VALUES (?,?,?,?,?,?)', [id, g.grond, g.verzoekId ?? null, g.toelichting, sinds, b.gebruiker.naam]);
        uit.push(naarBlokkade((await b.v.get<BlokkadeRij>('SELECT * FROM persoon_blokkades WHERE id = ?', [lastID]))!));
      }
      return uit;
    },
    (uit) => ({
      actie: `rechten.${g.grond}.geblokkeerd`,
      onderwerp: 'betrokkene',
      details: { personen: nieuw.map((id) => `persoon:${id}`), blokkades: uit.map((x) => x.id), verzoek: g.verzoekId ?? null, artikel: ARTIKEL[g.grond] },
    }),
  );
}

/** Lifts one block, with a reason (at least ten characters) that goes into the bestand and the audit log. */
export async function opheffen(b: Bestand, g: { blokkadeId: number; reden: string }): Promise<PersoonBlokkade> {
  if (g.reden.trim().length < 10) throw new KetenFout('ONGELDIGE_INVOER', melding('verzet.redenNodig'), { velden: [{ pad: 'reden', melding: 'Leg in minstens 10 tekens uit waarom' }] });
  const rij = await b.v.get<BlokkadeRij>('SELECT * FROM persoon_blokkades WHERE id = ? AND opgeheven_op IS NULL', [g.blokkadeId]);
  if (!rij) throw new KetenFout('NIET_GEVONDEN', melding('verzet.nietGevonden'));
  const op = nu().toISOString();
  return vastleggen(
    b,
    async () => {
      await b.v.run('UPDATE persoon_blokkades SET opgeheven_op = ?, opgeheven_door = ?, opheffing_reden = ? WHERE id = ?', [op, b.gebruiker.naam, g.reden.trim(), g.blokkadeId]);
      return naarBlokkade({ ...rij, opgeheven_op: op, opgeheven_door: b.gebruiker.naam, opheffing_reden: g.reden.trim() });
    },
    { actie: `rechten.${rij.grond}.opgeheven`, onderwerp: `persoon:${rij.persoon_id}`, details: { blokkade: rij.id, sinds: rij.sinds, reden: g.reden.trim(), artikel: ARTIKEL[rij.grond] } },
  );
}
