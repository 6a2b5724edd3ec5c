/**
 * The persons a right is exercised for (ADR 0023): the ids the privacy-medewerker confirmed as the
 * requester, widened to every row of the same entity (a merge made "zelfde persoon"), and the signals
 * that name them in which role. Nothing here matches names: who the requester is, is a human decision.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { PersoonRij, Betrokkenenrol } from '../keten/personen';
import type { Verbinding } from '../bestand/verbinding';

const plaatsen = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** The person rows of the confirmed persons and of their entities; refuses an unknown id. */
export async function bevestigdePersonen(v: Verbinding, persoonIds: readonly number[]): Promise<PersoonRij[]> {
  const ids = [...new Set(persoonIds)];
  if (!ids.length) throw new KetenFout('ONGELDIGE_INVOER', melding('inzage.geenPersonen'), { velden: [{ pad: 'persoonIds', melding: 'Kies ten minste één persoon' }] });
  const gevonden = await v.all<{ id: number; hoofd: number }>(`SELECT id, coalesce(samengevoegd_in, id) AS hoofd FROM personen WHERE id IN (${plaatsen(ids.length)})`, ids);
  if (gevonden.length !== ids.length) throw new KetenFout('NIET_GEVONDEN', melding('inzage.persoonOnbekend'));
  const hoofden = [...new Set(gevonden.map((g) => g.hoofd))];
  return v.all<PersoonRij>(
    `SELECT * FROM personen WHERE id IN (${plaatsen(ids.length)}) OR coalesce(samengevoegd_in, id) IN (${plaatsen(hoofden.length)}) ORDER BY id`,
    [...ids, ...hoofden],
  );
}

export interface SignaalVanPersoon {
  signaalId: number;
  rol: Betrokkenenrol;
  persoonId: number;
}

/** Every signal that names one of these rows, with the role it names them in. */
export async function signalenVanPersonen(v: Verbinding, persoonIds: readonly number[]): Promise<SignaalVanPersoon[]> {
  if (!persoonIds.length) return [];
  return v.all<SignaalVanPersoon>(
    `SELECT signaal_id AS signaalId, rol, persoon_id AS persoonId FROM signaal_personen WHERE persoon_id IN (${plaatsen(persoonIds.length)}) ORDER BY signaal_id`,
    [...persoonIds],
  );
}
