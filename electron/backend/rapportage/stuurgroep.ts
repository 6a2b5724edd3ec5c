/**
 * Analyses under a decision of the Stuurgroep (art. 19.1–19.2; docs/ontwerp.md §13, ADR 0039). The standard
 * half-yearly report (art. 12.2.3, 31.2) needs no decision; any other analysis of the store runs only under
 * a recorded decision: its date, its scope (which characteristics may be crossed, over which months), its
 * form, and who may see the result. The screen offers only what a decision covers; the backend refuses the
 * rest with art. 19.2. Every analysis run is in the audit log with the decision it rests on.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { type Analysedimensie, type Rapporttabel } from '@shared/domein/analyse';
import type { Rol } from '@shared/rollen';
import { nlDatum, vandaag } from '@shared/datum';
import { nu } from '../klok';
import type { Bestand } from '../bestand/bestand';
import { analyseBijwerken } from '../keten/analyse';
import { kruistabel, VORM_SQL } from './cijfers';

export interface Stuurgroepbesluit {
  id: number;
  datum: string;
  kenmerk: string;
  dimensies: Analysedimensie[];
  vanaf: string | null;
  tot: string | null;
  vorm: string;
  zichtbaarVoor: Rol[];
  geldigTot: string | null;
  ingetrokkenOp: string | null;
  vastgelegdDoor: string;
  geldig: boolean;
}

interface Rij {
  id: number;
  datum: string;
  kenmerk: string;
  reikwijdte: string;
  vorm: string;
  zichtbaar_voor: string;
  geldig_tot: string | null;
  ingetrokken_op: string | null;
  vastgelegd_door: string;
}

function besluitVan(r: Rij, peildatum: string): Stuurgroepbesluit {
  const reik = JSON.parse(r.reikwijdte) as { dimensies: Analysedimensie[]; vanaf: string | null; tot: string | null };
  return {
    id: r.id,
    datum: r.datum,
    kenmerk: r.kenmerk,
    dimensies: reik.dimensies,
    vanaf: reik.vanaf,
    tot: reik.tot,
    vorm: r.vorm,
    zichtbaarVoor: JSON.parse(r.zichtbaar_voor) as Rol[],
    geldigTot: r.geldig_tot,
    ingetrokkenOp: r.ingetrokken_op,
    vastgelegdDoor: r.vastgelegd_door,
    geldig: !r.ingetrokken_op && (!r.geldig_tot || r.geldig_tot >= peildatum),
  };
}

/** No valid decision with this id: the analysis beyond the report may not run (art. 19.2). */
const geenBesluit = (id: number) => new KetenFout('CONVENANTREGEL', melding('analyse.geenBesluit', { id }), { artikel: 'art. 19.2' });

export async function stuurgroepbesluiten(b: Bestand): Promise<Stuurgroepbesluit[]> {
  const rijen = await b.v.all<Rij>('SELECT * FROM stuurgroepbesluiten ORDER BY datum DESC, id DESC');
  return rijen.map((r) => besluitVan(r, vandaag(nu())));
}

export async function stuurgroepbesluitVastleggen(
  b: Bestand,
  g: { datum: string; kenmerk: string; dimensies: Analysedimensie[]; vanaf: string | null; tot: string | null; vorm: string; zichtbaarVoor: Rol[]; geldigTot: string | null },
): Promise<{ id: number }> {
  return b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      'INSERT INTO stuurgroepbesluiten (datum, kenmerk, reikwijdte, vorm, zichtbaar_voor, geldig_tot, vastgelegd, vastgelegd_door) VALUES (?,?,?,?,?,?,?,?)',
      [g.datum, g.kenmerk, JSON.stringify({ dimensies: g.dimensies, vanaf: g.vanaf, tot: g.tot }), g.vorm, JSON.stringify(g.zichtbaarVoor), g.geldigTot, nu().toISOString(), b.gebruiker.naam],
    );
    await b.audit('stuurgroep.besluit', `stuurgroepbesluit:${lastID}`, { datum: g.datum, dimensies: g.dimensies, vorm: g.vorm, zichtbaarVoor: g.zichtbaarVoor, artikel: 'art. 19.2' });
    return { id: lastID };
  });
}

export async function stuurgroepbesluitIntrekken(b: Bestand, id: number): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE stuurgroepbesluiten SET ingetrokken_op = ? WHERE id = ? AND ingetrokken_op IS NULL', [vandaag(nu()), id]);
    if (!r.changes) throw geenBesluit(id);
    await b.audit('stuurgroep.besluitIngetrokken', `stuurgroepbesluit:${id}`, { artikel: 'art. 19.2' });
  });
}

/** The column of the store behind each characteristic; the kind of exploitation in its three groups. */
const KOLOM: Record<Analysedimensie, string> = {
  maand: 'maand',
  soortUitbuiting: VORM_SQL,
  sector: 'sector',
  bronsoort: 'bronsoort',
  fase: 'fase',
  leeftijdsband: 'leeftijdsband',
  geslacht: 'geslacht',
  nationaliteitsgroep: 'nationaliteitsgroep',
  besluit: 'besluit',
  doorlooptijd: 'doorlooptijd',
  kwalificatie: 'kwalificatie',
};

/**
 * One analysis under decision `besluitId`: `rij` against `kolom` (the same for a list), over the months the
 * decision allows, suppressed like the report. Refused with art. 19.2 when the decision does not exist, was
 * withdrawn or expired, does not cover a characteristic, or does not give the result to this role.
 */
export async function analyseUitvoeren(b: Bestand, g: { besluitId: number; rij: Analysedimensie; kolom: Analysedimensie | null }): Promise<Rapporttabel & { besluit: Stuurgroepbesluit }> {
  const rij = await b.v.get<Rij>('SELECT * FROM stuurgroepbesluiten WHERE id = ?', [g.besluitId]);
  const besluit = rij ? besluitVan(rij, vandaag(nu())) : null;
  if (!besluit || !besluit.geldig) throw geenBesluit(g.besluitId);
  if (g.kolom === g.rij) throw new KetenFout('ONGELDIGE_INVOER', melding('analyse.tweeGelijk'));
  for (const d of [g.rij, g.kolom]) {
    if (d && !besluit.dimensies.includes(d)) {
      throw new KetenFout('CONVENANTREGEL', melding('analyse.buitenBesluit', { datum: nlDatum(besluit.datum), dimensie: d, toegestaan: besluit.dimensies.join(', ') }), { artikel: 'art. 19.2' });
    }
  }
  if (!besluit.zichtbaarVoor.includes(b.gebruiker.rol)) {
    throw new KetenFout('GEEN_TOEGANG', melding('analyse.nietZichtbaar', { datum: nlDatum(besluit.datum), rollen: besluit.zichtbaarVoor.join(', ') }), { artikel: 'art. 19.2' });
  }
  await b.v.transactie(() => analyseBijwerken(b.v));
  const waar: string[] = [];
  const params: string[] = [];
  if (besluit.vanaf) {
    waar.push('maand >= ?');
    params.push(besluit.vanaf);
  }
  if (besluit.tot) {
    waar.push('maand <= ?');
    params.push(besluit.tot);
  }
  const tellingen = await b.v.all<{ r: string; k: string; n: number }>(
    `SELECT ${KOLOM[g.rij]} AS r, ${g.kolom ? KOLOM[g.kolom] : "'aantal'"} AS k, count(*) AS n FROM analyse_signalen ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} GROUP BY 1, 2`,
    params,
  );
  await b.audit('analyse.uitgevoerd', `stuurgroepbesluit:${besluit.id}`, { rij: g.rij, kolom: g.kolom, artikel: 'art. 19.2' });
  const tabel = kruistabel('analyse', `Analyse naar ${g.rij}${g.kolom ? ` en ${g.kolom}` : ''}`, g.rij, tellingen);
  return { ...tabel, besluit };
}
