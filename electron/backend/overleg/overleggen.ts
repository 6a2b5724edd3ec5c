/**
 * Meetings as records: planning (with the covenant's rules checked, warnings kept on the meeting
 * once the user confirmed them), attendees with defaults by kind, experts' confidentiality, and the
 * life of a meeting as a transition table.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import {
  OVERLEGMACHINE,
  STANDAARD_DEELNEMERS,
  VOORZITTER,
  type Overlegsoort,
  type Overlegstatus,
  type OverlegRij,
} from '@shared/domein/overleg';
import { overgaan } from '@shared/overgang';
import type { Bestand } from '../bestand/bestand';
import { isPartijOp } from '../beleid/partnerregels';
import { partnersLijst } from '../keten/partners';
import { planningControleren, type Planwaarschuwing } from './planner';
import { agendaToetsen } from './besluitbaar';

interface OverlegTabelRij {
  id: number;
  soort: Overlegsoort;
  datum: string;
  tijd: string;
  locatie: string;
  voorzitter: string;
  status: Overlegstatus;
  waarschuwingen: string;
}

export async function overlegRij(b: Bestand, id: number): Promise<OverlegTabelRij> {
  const r = await b.v.get<OverlegTabelRij>('SELECT * FROM overleggen WHERE id = ?', [id]);
  if (!r) throw new KetenFout('NIET_GEVONDEN', melding('overleg.nietGevonden', { id }));
  return r;
}

export async function overleggenLijst(b: Bestand, filter: { jaar?: number | undefined } = {}): Promise<OverlegRij[]> {
  const rijen = await b.v.all<OverlegTabelRij & { aantal: number; open: number }>(
    `SELECT o.*, (SELECT count(*) FROM agendapunten a WHERE a.overleg_id = o.id) AS aantal,
            (SELECT count(*) FROM agendapunten a WHERE a.overleg_id = o.id AND a.status = 'open') AS open
       FROM overleggen o ${filter.jaar ? 'WHERE o.datum LIKE ?' : ''} ORDER BY o.datum, o.tijd`,
    filter.jaar ? [`${filter.jaar}-%`] : [],
  );
  return rijen.map((r) => ({
    id: r.id,
    soort: r.soort,
    datum: r.datum,
    tijd: r.tijd,
    locatie: r.locatie,
    voorzitter: r.voorzitter,
    status: r.status,
    waarschuwingen: JSON.parse(r.waarschuwingen) as Array<{ artikel: string; melding: string }>,
    aantalPunten: r.aantal,
    openPunten: r.open,
  }));
}

/** The rule warnings a plan would have if this meeting were added or moved. */
export async function waarschuwingenVoor(b: Bestand, wijziging: { id?: number; soort: Overlegsoort; datum: string }): Promise<Planwaarschuwing[]> {
  const jaar = Number(wijziging.datum.slice(0, 4));
  const bestaand = (await b.v.all<{ id: number; soort: Overlegsoort; datum: string }>('SELECT id, soort, datum FROM overleggen WHERE datum >= ? AND datum < ?', [`${jaar - 1}-11-01`, `${jaar + 1}-02-01`]))
    .filter((o) => o.id !== wijziging.id);
  const voor = planningControleren(bestaand, jaar);
  const na = planningControleren([...bestaand, { ...(wijziging.id ? { id: wijziging.id } : {}), soort: wijziging.soort, datum: wijziging.datum }], jaar);
  // Only what this change causes; month gaps elsewhere in the year are the year view's business.
  const sleutel = (w: Planwaarschuwing) => `${w.artikel}|${w.melding}`;
  const eerder = new Set(voor.map(sleutel));
  return na.filter((w) => !eerder.has(sleutel(w)) && (w.datums.includes(wijziging.datum) || w.soort === wijziging.soort));
}

function standaardVoorzitter(b: Bestand, soort: Overlegsoort): string {
  return VOORZITTER[soort].rol;
}

/**
 * Plans a meeting. A date that breaks a planning rule is saved only when the user confirms the
 * warning, and the warning is kept on the meeting.
 */
export async function overlegPlannen(
  b: Bestand,
  g: { soort: Overlegsoort; datum: string; tijd: string; locatie: string; waarschuwingenBevestigd: boolean },
): Promise<{ id: number; waarschuwingen: Planwaarschuwing[] }> {
  const waarschuwingen = await waarschuwingenVoor(b, g);
  if (waarschuwingen.length && !g.waarschuwingenBevestigd) {
    throw new KetenFout('CONVENANTREGEL', melding('overleg.planregelPlannen', { regels: waarschuwingen.map((w) => w.melding).join(' ') }), {
      artikel: waarschuwingen[0]!.artikel,
      velden: [{ pad: 'datum', melding: waarschuwingen.map((w) => w.melding).join(' ') }],
    });
  }
  return b.v.transactie(async () => {
    const { lastID } = await b.v.run('INSERT INTO overleggen (soort, datum, tijd, locatie, voorzitter, waarschuwingen, aangemaakt, aangemaakt_door) VALUES (?,?,?,?,?,?,?,?)', [
      g.soort,
      g.datum,
      g.tijd,
      g.locatie,
      standaardVoorzitter(b, g.soort),
      JSON.stringify(waarschuwingen.map((w) => ({ artikel: w.artikel, melding: w.melding }))),
      new Date().toISOString(),
      b.gebruiker.naam,
    ]);
    await standaardDeelnemers(b, lastID, g.soort, g.datum);
    await b.audit('overleg.gepland', `overleg:${lastID}`, { soort: g.soort, datum: g.datum, waarschuwingen: waarschuwingen.map((w) => w.artikel) });
    return { id: lastID, waarschuwingen };
  });
}

export async function overlegVerplaatsen(b: Bestand, id: number, datum: string, tijd: string, waarschuwingenBevestigd: boolean): Promise<Planwaarschuwing[]> {
  const o = await overlegRij(b, id);
  if (o.status === 'gehouden' || o.status === 'verslag-vastgesteld') throw new KetenFout('CONFLICT', melding('overleg.gehoudenNietVerplaatsen'));
  const waarschuwingen = await waarschuwingenVoor(b, { id, soort: o.soort, datum });
  if (waarschuwingen.length && !waarschuwingenBevestigd) {
    throw new KetenFout('CONVENANTREGEL', melding('overleg.planregelVerplaatsen', { regels: waarschuwingen.map((w) => w.melding).join(' ') }), {
      artikel: waarschuwingen[0]!.artikel,
      velden: [{ pad: 'datum', melding: waarschuwingen.map((w) => w.melding).join(' ') }],
    });
  }
  await b.v.transactie(async () => {
    await b.v.run('UPDATE overleggen SET datum = ?, tijd = ?, waarschuwingen = ? WHERE id = ?', [datum, tijd, JSON.stringify(waarschuwingen.map((w) => ({ artikel: w.artikel, melding: w.melding }))), id]);
    await b.audit('overleg.verplaatst', `overleg:${id}`, { van: o.datum, naar: datum, waarschuwingen: waarschuwingen.map((w) => w.artikel) });
  });
  return waarschuwingen;
}

/** Default attendees (art. 13.1, 14.2, 11.2): the current parties of the kinds named there. */
async function standaardDeelnemers(b: Bestand, overlegId: number, soort: Overlegsoort, datum: string): Promise<void> {
  const soorten = STANDAARD_DEELNEMERS[soort];
  for (const p of await partnersLijst(b.v, datum)) {
    if (soorten.includes(p.soort) && isPartijOp(p, datum)) {
      await b.v.run('INSERT INTO overleg_deelnemers (overleg_id, partner_id, naam, organisatie) VALUES (?,?,?,?)', [overlegId, p.id, '', p.naam]);
    }
  }
}

/**
 * After a meeting is held, who took part and who was present is a record (ADR 0033): it changes only as
 * a correction with a reason, and that correction is audited as one.
 */
function deelnemersVast(status: Overlegstatus, correctie: string | undefined): void {
  if ((status === 'gehouden' || status === 'verslag-vastgesteld') && !correctie) {
    throw new KetenFout('CONFLICT', melding('overleg.deelnemersVast'), { artikel: 'art. 12.11', velden: [veldfout('correctie', melding('veld.correctieReden'))] });
  }
}

export async function deelnemerToevoegen(b: Bestand, overlegId: number, g: { partnerId?: number | undefined; naam: string; organisatie: string; deskundige: boolean; correctie?: string | undefined }): Promise<number> {
  const o = await overlegRij(b, overlegId);
  deelnemersVast(o.status, g.correctie);
  let organisatie = g.organisatie;
  if (g.partnerId) {
    const p = (await partnersLijst(b.v, o.datum)).find((x) => x.id === g.partnerId);
    if (!p) throw new KetenFout('NIET_GEVONDEN', melding('partner.dezeNietInRegister'));
    if (!isPartijOp(p, o.datum) && p.rol !== 'ontvanger') {
      throw new KetenFout('CONVENANTREGEL', melding('overleg.geenPartijOpDatum', { naam: p.naam, datum: nlDatum(o.datum) }), { artikel: p.uitgetredenPer ? 'art. 34.3' : 'art. 4.3' });
    }
    organisatie = p.naam;
  } else if (!g.deskundige) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('overleg.alleenDeskundige'), { velden: [veldfout('deskundige', melding('veld.alleenDeskundige'))] });
  }
  return b.v.transactie(async () => {
    const { lastID } = await b.v.run('INSERT INTO overleg_deelnemers (overleg_id, partner_id, naam, organisatie, deskundige) VALUES (?,?,?,?,?)', [overlegId, g.partnerId ?? null, g.naam, organisatie, g.deskundige ? 1 : 0]);
    await b.audit(g.correctie ? 'overleg.deelnemers-correctie' : 'overleg.deelnemer-toegevoegd', `overleg:${overlegId}`, { organisatie, deskundige: g.deskundige, ...(g.correctie ? { correctie: g.correctie, wijziging: 'toegevoegd' } : {}) });
    return lastID;
  });
}

export async function deelnemerBijwerken(b: Bestand, deelnemerId: number, g: { aanwezig?: boolean | null | undefined; geheimhoudingGetekendOp?: string | null | undefined; verwijderen?: boolean | undefined; correctie?: string | undefined }): Promise<void> {
  const d = await b.v.get<{ overleg_id: number; deskundige: number; geheimhouding_getekend_op: string | null; aanwezig: number | null }>('SELECT overleg_id, deskundige, geheimhouding_getekend_op, aanwezig FROM overleg_deelnemers WHERE id = ?', [deelnemerId]);
  if (!d) throw new KetenFout('NIET_GEVONDEN', melding('overleg.deelnemerNietGevonden'));
  deelnemersVast((await overlegRij(b, d.overleg_id)).status, g.correctie);
  const getekend = g.geheimhoudingGetekendOp !== undefined ? g.geheimhoudingGetekendOp : d.geheimhouding_getekend_op;
  // Art. 21.3: an invited expert takes part only under the same duty of confidentiality.
  if ((g.aanwezig ?? d.aanwezig === 1) && d.deskundige && !getekend) {
    throw new KetenFout('CONVENANTREGEL', melding('overleg.geheimhouding'), { artikel: 'art. 21.3' });
  }
  await b.v.transactie(async () => {
    if (g.verwijderen) await b.v.run('DELETE FROM overleg_deelnemers WHERE id = ?', [deelnemerId]);
    else {
      // A field left out stays as it was; null clears it.
      const aanwezig = g.aanwezig === undefined ? d.aanwezig : g.aanwezig === null ? null : g.aanwezig ? 1 : 0;
      await b.v.run('UPDATE overleg_deelnemers SET aanwezig = ?, geheimhouding_getekend_op = ? WHERE id = ?', [aanwezig, getekend, deelnemerId]);
    }
    // A correction after the meeting records what it was before, so the audit shows the change.
    await b.audit(g.correctie ? 'overleg.deelnemers-correctie' : 'overleg.deelnemer-bijgewerkt', `overleg:${d.overleg_id}`, { deelnemerId, ...g, ...(g.correctie ? { was: { aanwezig: d.aanwezig, geheimhoudingGetekendOp: d.geheimhouding_getekend_op } } : {}) });
  });
}

export async function statusWijzigen(b: Bestand, id: number, naar: Overlegstatus): Promise<{ doorgeschoven: number[] }> {
  const o = await overlegRij(b, id);
  overgaan(OVERLEGMACHINE, o.status, naar);
  if (naar === 'agenda-vastgesteld') await agendaToetsen(b, id, o.soort);
  return b.v.transactie(async () => {
    let doorgeschoven: number[] = [];
    if (naar === 'gehouden') {
      // Items not decided are carried to the next meeting of this kind (issue: nothing gets lost).
      doorgeschoven = (await b.v.all<{ id: number }>("SELECT id FROM agendapunten WHERE overleg_id = ? AND status = 'open'", [id])).map((r) => r.id);
      await b.v.run("UPDATE agendapunten SET status = 'doorgeschoven' WHERE overleg_id = ? AND status = 'open'", [id]);
    }
    await b.v.run('UPDATE overleggen SET status = ? WHERE id = ?', [naar, id]);
    await b.audit('overleg.status', `overleg:${id}`, { van: o.status, naar, doorgeschoven });
    return { doorgeschoven };
  });
}

/**
 * A whole year's plan at once. It is judged whole, not meeting by meeting (halfway through, the first
 * stuurgroep would look like the only one); each meeting keeps only the warnings naming its own date.
 * Meetings already planned on the same day and of the same kind are skipped, so proposing twice is harmless.
 */
export async function jaarplanVastleggen(b: Bestand, lijst: ReadonlyArray<{ soort: Overlegsoort; datum: string; tijd: string; locatie: string }>): Promise<number> {
  return b.v.transactie(async () => {
    const nieuw: Array<{ id: number; datum: string }> = [];
    for (const o of lijst) {
      if (await b.v.get('SELECT 1 FROM overleggen WHERE soort = ? AND datum = ?', [o.soort, o.datum])) continue;
      const { lastID } = await b.v.run("INSERT INTO overleggen (soort, datum, tijd, locatie, voorzitter, waarschuwingen, aangemaakt, aangemaakt_door) VALUES (?,?,?,?,?,'[]',?,?)", [
        o.soort,
        o.datum,
        o.tijd,
        o.locatie,
        standaardVoorzitter(b, o.soort),
        new Date().toISOString(),
        b.gebruiker.naam,
      ]);
      await standaardDeelnemers(b, lastID, o.soort, o.datum);
      nieuw.push({ id: lastID, datum: o.datum });
    }
    for (const jaar of new Set(nieuw.map((o) => Number(o.datum.slice(0, 4))))) {
      const alle = await b.v.all<{ id: number; soort: Overlegsoort; datum: string }>('SELECT id, soort, datum FROM overleggen WHERE datum >= ? AND datum < ?', [`${jaar - 1}-11-01`, `${jaar + 1}-02-01`]);
      const waarschuwingen = planningControleren(alle, jaar);
      for (const o of nieuw.filter((x) => x.datum.startsWith(`${jaar}-`))) {
        const eigen = waarschuwingen.filter((w) => w.datums.includes(o.datum)).map((w) => ({ artikel: w.artikel, melding: w.melding }));
        await b.v.run('UPDATE overleggen SET waarschuwingen = ? WHERE id = ?', [JSON.stringify(eigen), o.id]);
      }
    }
    await b.audit('overleg.jaarplan-vastgelegd', 'overleggen', { aantal: nieuw.length, overgeslagen: lijst.length - nieuw.length });
    return nieuw.length;
  });
}
