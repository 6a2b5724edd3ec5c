/**
 * Persons linked to signals, and the search for "mogelijk dezelfde persoon" (art. 7.2). Candidates
 * come from HMAC'd blocking keys through an index; only those few are scored.
 */
import crypto from 'node:crypto';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Personalia } from '@shared/domein/signaal';
import type { Verbinding, SqlWaarde } from '../bestand/verbinding';
import { blokkeersleutels, voorbereiden, vergelijkVoorbereid } from './naamvergelijking';
import { nu } from '../klok';

export type Betrokkenenrol = 'slachtoffer' | 'pleger' | 'faciliteerder';

export interface PersoonRij {
  id: number;
  samengevoegd_in: number | null;
  naam: string;
  geboortedatum: string;
  geslacht: string;
  adres: string;
  woonplaats: string;
  nationaliteit: string;
  verblijfstatus: string;
  woonsituatie: string;
  soort_faciliteerder: string;
}

const matchsleutels = new WeakMap<Verbinding, Buffer>();

/** The bestand's HMAC key for match keys and search terms, read once per connection. */
export async function matchsleutel(v: Verbinding): Promise<Buffer> {
  const bekend = matchsleutels.get(v);
  if (bekend) return bekend;
  const rij = await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'");
  if (!rij) throw new KetenFout('INTERNE_FOUT', melding('persoon.matchsleutelOntbreekt'));
  const sleutel = Buffer.from(rij.waarde, 'hex');
  matchsleutels.set(v, sleutel);
  return sleutel;
}

export async function gehashteSleutels(v: Verbinding, p: { naam: string; geboortedatum: string }): Promise<Array<{ soort: string; waarde: string }>> {
  const k = await matchsleutel(v);
  return blokkeersleutels(p).map((s) => ({ soort: s.soort, waarde: crypto.createHmac('sha256', k).update(`${s.soort}:${s.waarde}`).digest('hex').slice(0, 32) }));
}

export const heeftGegevens = (p: Partial<Personalia> & { soort?: string }): boolean =>
  Boolean(p.naam || p.geboortedatum || p.adres || p.woonplaats || p.nationaliteit || p.verblijfstatus || p.woonsituatie || p.soort);

/** Creates or updates the person a signal names in one role; removes the link when the role is empty. */
type PersoonInvoer = Omit<Personalia, 'woonsituatie'> & { woonsituatie?: string; soort?: string };

export async function persoonVastleggen(v: Verbinding, signaalId: number, rol: Betrokkenenrol, p: PersoonInvoer): Promise<void> {
  const bestaand = await v.get<{ persoon_id: number }>('SELECT persoon_id FROM signaal_personen WHERE signaal_id = ? AND rol = ?', [signaalId, rol]);
  if (!heeftGegevens(p)) {
    if (bestaand) {
      await v.run('DELETE FROM signaal_personen WHERE signaal_id = ? AND rol = ?', [signaalId, rol]);
      await verweesdePersoonVerwijderen(v, bestaand.persoon_id);
    }
    return;
  }
  const velden: SqlWaarde[] = [p.naam, p.geboortedatum, p.geslacht, p.adres, p.woonplaats, p.nationaliteit, p.verblijfstatus, p.woonsituatie ?? '', p.soort ?? ''];
  let persoonId: number;
  if (bestaand) {
    persoonId = bestaand.persoon_id;
    await v.run(
      'UPDATE personen SET naam=?, geboortedatum=?, geslacht=?, adres=?, woonplaats=?, nationaliteit=?, verblijfstatus=?, woonsituatie=?, soort_faciliteerder=? WHERE id = ?',
      [...velden, persoonId],
    );
    await v.run('DELETE FROM persoon_sleutels WHERE persoon_id = ?', [persoonId]);
  } else {
    persoonId = (
      await v.run(
        'INSERT INTO personen (naam, geboortedatum, geslacht, adres, woonplaats, nationaliteit, verblijfstatus, woonsituatie, soort_faciliteerder, aangemaakt) VALUES (?,?,?,?,?,?,?,?,?,?)',
        // The recording date starts the informing duty's four weeks (art. 23.1), so it reads the backend's clock.
        [...velden, nu().toISOString()],
      )
    ).lastID;
    await v.run('INSERT INTO signaal_personen (signaal_id, rol, persoon_id) VALUES (?,?,?)', [signaalId, rol, persoonId]);
  }
  for (const s of await gehashteSleutels(v, p)) {
    await v.run('INSERT INTO persoon_sleutels (persoon_id, soort, waarde) VALUES (?,?,?)', [persoonId, s.soort, s.waarde]);
  }
}

/**
 * A person no signal names any more is deleted, with its keys and decisions (cascade). If others
 * were merged into it, the first of them becomes the head, so the merge survives.
 */
export async function verweesdePersoonVerwijderen(v: Verbinding, persoonId: number): Promise<void> {
  if (await v.get('SELECT 1 FROM signaal_personen WHERE persoon_id = ? LIMIT 1', [persoonId])) return;
  const opvolger = await v.get<{ id: number }>('SELECT id FROM personen WHERE samengevoegd_in = ? ORDER BY id LIMIT 1', [persoonId]);
  if (opvolger) {
    await v.run('UPDATE personen SET samengevoegd_in = ? WHERE samengevoegd_in = ? AND id <> ?', [opvolger.id, persoonId, opvolger.id]);
    await v.run('UPDATE personen SET samengevoegd_in = NULL WHERE id = ?', [opvolger.id]);
  }
  await v.run('DELETE FROM personen WHERE id = ?', [persoonId]);
}

export async function personenVanSignaal(v: Verbinding, signaalId: number): Promise<Array<{ rol: Betrokkenenrol; persoon: PersoonRij }>> {
  const rijen = await v.all<PersoonRij & { rol: Betrokkenenrol }>(
    'SELECT sp.rol, p.* FROM signaal_personen sp JOIN personen p ON p.id = sp.persoon_id WHERE sp.signaal_id = ?',
    [signaalId],
  );
  return rijen.map(({ rol, ...persoon }) => ({ rol, persoon }));
}

/** Follows merges: the entity a (possibly merged) person now belongs to. */
export async function hoofdpersoon(v: Verbinding, id: number): Promise<number> {
  let huidig = id;
  for (let i = 0; i < 20; i++) {
    const r = await v.get<{ samengevoegd_in: number | null }>('SELECT samengevoegd_in FROM personen WHERE id = ?', [huidig]);
    if (!r?.samengevoegd_in) return huidig;
    huidig = r.samengevoegd_in;
  }
  return huidig;
}

export interface Kandidaat {
  persoonId: number;
  kandidaatId: number;
  score: number;
  /** The share of a full match's evidence, what the user sees (ADR 0034). */
  bewijs: number;
  redenen: string[];
}

/**
 * Candidates for one person: others sharing a blocking key, ranked in SQL by how many keys they
 * share (so a common first name cannot crowd out the person with the same name and birth date),
 * minus itself, its entity and any pair already decided. Only those are scored.
 */
export async function kandidatenVoor(v: Verbinding, persoonId: number, max = 20): Promise<Kandidaat[]> {
  const hoofd = await hoofdpersoon(v, persoonId);
  // Compare with the person as this signal reported it; keys of the whole entity find candidates.
  const zelf = await v.get<PersoonRij>('SELECT * FROM personen WHERE id = ?', [persoonId]);
  if (!zelf) return [];
  const sleutels = await v.all<{ waarde: string }>(
    'SELECT DISTINCT waarde FROM persoon_sleutels WHERE persoon_id IN (SELECT id FROM personen WHERE id = ? OR samengevoegd_in = ?)',
    [hoofd, hoofd],
  );
  if (sleutels.length === 0) return [];
  // Merges are kept flat (an alias points straight at its head), so the entity is one coalesce away.
  const kandidaten = await v.all<PersoonRij & { hoofd: number }>(
    `SELECT p.*, coalesce(p.samengevoegd_in, p.id) AS hoofd FROM personen p JOIN (
        SELECT persoon_id, count(*) AS gedeeld FROM persoon_sleutels WHERE waarde IN (${sleutels.map(() => '?').join(',')})
         GROUP BY persoon_id ORDER BY gedeeld DESC LIMIT 300
      ) k ON k.persoon_id = p.id
      WHERE coalesce(p.samengevoegd_in, p.id) <> ?
        AND coalesce(p.samengevoegd_in, p.id) NOT IN (
          SELECT CASE WHEN persoon_a = ? THEN persoon_b ELSE persoon_a END FROM persoon_besluiten WHERE persoon_a = ? OR persoon_b = ?)`,
    [...sleutels.map((s) => s.waarde), hoofd, hoofd, hoofd, hoofd],
  );
  const voorbereid = voorbereiden(zelf);
  const beste = new Map<number, Kandidaat>();
  for (const ander of kandidaten) {
    const uitslag = vergelijkVoorbereid(voorbereid, voorbereiden(ander));
    if (!uitslag.waarschijnlijk) continue;
    const eerder = beste.get(ander.hoofd);
    if (!eerder || eerder.score < uitslag.score) beste.set(ander.hoofd, { persoonId: hoofd, kandidaatId: ander.hoofd, score: uitslag.score, bewijs: uitslag.bewijs, redenen: uitslag.redenen });
  }
  return [...beste.values()].sort((a, b) => b.score - a.score).slice(0, max);
}

/**
 * Records the decision on a proposed pair. "zelfde" makes B part of A's entity; each signal keeps
 * its own person row, so it still shows what its source reported.
 */
export async function persoonBesluit(v: Verbinding, a: number, b: number, besluit: 'zelfde' | 'verschillend', redenen: string[], toelichting: string, door: string): Promise<void> {
  const hoofdA = await hoofdpersoon(v, a);
  const hoofdB = await hoofdpersoon(v, b);
  if (hoofdA === hoofdB) throw new KetenFout('CONFLICT', melding('persoon.alSamengevoegd'));
  await v.run('INSERT INTO persoon_besluiten (persoon_a, persoon_b, besluit, redenen, toelichting, door, op) VALUES (?,?,?,?,?,?,?)', [
    hoofdA,
    hoofdB,
    besluit,
    JSON.stringify(redenen),
    toelichting,
    door,
    new Date().toISOString(),
  ]);
  if (besluit === 'zelfde') {
    await v.run('UPDATE personen SET samengevoegd_in = ? WHERE id = ? OR samengevoegd_in = ?', [hoofdA, hoofdB, hoofdB]);
  }
}
