/**
 * The register of requests by persons concerned (art. 24–27, docs/ontwerp.md §12), kept by the
 * privacy-medewerker, the contact point for persons concerned (art. 12.22). Every change goes through
 * `vastleggen` (with its audit line) and every status step through VERZOEKMACHINE (shared/overgang.ts).
 * The persons confirmed as the requester (`rechtenverzoek_personen`) are what inzage, correction and
 * verzet work on; finding them is `personen.ts` of this area.
 */
import { KetenFout } from '@shared/fouten';
import { formuleer, melding } from '@shared/meldingen';
import { overgaan } from '@shared/overgang';
import {
  antwoordtermijn,
  besluitFout,
  grondArtikel,
  lopendeTermijn,
  moetUitgevoerd,
  uitvoertermijn,
  vergoedingTerug,
  VERZOEKMACHINE,
  VERZOEK_OVERGANGEN,
  type Correctiesoort,
  type Grond,
  type NieuwVerzoek,
  type Verzoekbesluit,
  type VerzoekDetail,
  type VerzoekRij,
  type Verzoeksoort,
  type Verzoekstatus,
} from '@shared/domein/rechten';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { nu, vandaag } from '../klok';

interface VerzoekTabelrij {
  id: number;
  nummer: string;
  soort: Verzoeksoort;
  correcties: string;
  verzoeker_naam: string;
  verzoeker_geboortedatum: string;
  contact: string;
  omschrijving: string;
  ontvangen_op: string;
  ontvangen_door_partner_id: number | null;
  partner_naam: string | null;
  doorgezonden_op: string | null;
  identiteit_wijze: string | null;
  identiteit_door: string | null;
  identiteit_op: string | null;
  status: Verzoekstatus;
  termijn: string;
  besluit: Verzoekbesluit | null;
  gronden: string;
  motivering: string;
  besloten_door: string | null;
  besloten_op: string | null;
  uitvoeren_voor: string | null;
  uitgevoerd_op: string | null;
  beantwoord_op: string | null;
  antwoord_wijze: string;
  vergoeding_cent: number;
  vergoeding_betaald_op: string | null;
  vergoeding_terug_op: string | null;
  geregistreerd_door: string;
  geregistreerd_op: string;
}

const SELECT = 'SELECT r.*, p.naam AS partner_naam FROM rechtenverzoeken r LEFT JOIN partners p ON p.id = r.ontvangen_door_partner_id';

function alsRij(r: VerzoekTabelrij, dag: string): VerzoekRij {
  return {
    id: r.id,
    nummer: r.nummer,
    soort: r.soort,
    correcties: JSON.parse(r.correcties) as Correctiesoort[],
    verzoekerNaam: r.verzoeker_naam,
    ontvangenOp: r.ontvangen_op,
    status: r.status,
    termijn: r.termijn,
    besluit: r.besluit,
    lopend: lopendeTermijn({ soort: r.soort, status: r.status, termijn: r.termijn, besluit: r.besluit, uitvoerenVoor: r.uitvoeren_voor, uitgevoerdOp: r.uitgevoerd_op }, dag),
  };
}

async function tabelrij(b: Bestand, id: number): Promise<VerzoekTabelrij> {
  const r = await b.v.get<VerzoekTabelrij>(`${SELECT} WHERE r.id = ?`, [id]);
  if (!r) throw new KetenFout('NIET_GEVONDEN', melding('rechten.verzoekNietGevonden', { id }));
  return r;
}

/** A date the user gives for something that happened (received, checked, answered, sent) is not later than today. */
export function nietInToekomst(datum: string | null, pad: string): void {
  if (datum && datum > vandaag()) throw new KetenFout('ONGELDIGE_INVOER', melding('rechten.datumInToekomst'), { velden: [{ pad, melding: 'Ligt in de toekomst' }] });
}

export async function persoonMoetBestaan(b: Bestand, persoonId: number): Promise<void> {
  if (!(await b.v.get('SELECT 1 FROM personen WHERE id = ?', [persoonId]))) throw new KetenFout('NIET_GEVONDEN', melding('rechten.persoonNietGevonden', { id: persoonId }));
}

/** Persons are confirmed or detached only while the request is being handled. */
function bevestigenMag(r: VerzoekTabelrij): void {
  if (r.status !== 'in-behandeling') throw new KetenFout('CONFLICT', melding('rechten.bevestigenAlleenInBehandeling', { status: r.status }), { artikel: 'art. 25.1' });
}

/** The register, open requests first by the deadline that runs now, then the rest newest first. */
export async function verzoekenLijst(b: Bestand, filter: { alleenOpen: boolean }): Promise<VerzoekRij[]> {
  const dag = vandaag();
  const rijen = (await b.v.all<VerzoekTabelrij>(`${SELECT} ORDER BY r.ontvangen_op DESC, r.id DESC`)).map((r) => alsRij(r, dag));
  const open = rijen.filter((r) => r.lopend).sort((a, c) => a.lopend!.datum.localeCompare(c.lopend!.datum) || a.id - c.id);
  return filter.alleenOpen ? open : [...open, ...rijen.filter((r) => !r.lopend)];
}

export async function verzoekDetail(b: Bestand, id: number): Promise<VerzoekDetail> {
  const r = await tabelrij(b, id);
  const personen = await b.v.all<{ persoon_id: number; naam: string; geboortedatum: string; woonplaats: string; signalen: number; bevestigd_door: string; bevestigd_op: string }>(
    `SELECT rp.persoon_id, p.naam, p.geboortedatum, p.woonplaats, rp.bevestigd_door, rp.bevestigd_op,
            (SELECT count(*) FROM signaal_personen sp WHERE sp.persoon_id = p.id) AS signalen
       FROM rechtenverzoek_personen rp JOIN personen p ON p.id = rp.persoon_id
      WHERE rp.verzoek_id = ? ORDER BY rp.bevestigd_op, rp.persoon_id`,
    [id],
  );
  const gronden = JSON.parse(r.gronden) as Grond[];
  return {
    ...alsRij(r, vandaag()),
    verzoekerGeboortedatum: r.verzoeker_geboortedatum,
    contact: r.contact,
    omschrijving: r.omschrijving,
    ontvangenDoor: r.ontvangen_door_partner_id ? { partnerId: r.ontvangen_door_partner_id, naam: r.partner_naam ?? '' } : null,
    doorgezondenOp: r.doorgezonden_op,
    identiteit: r.identiteit_wijze && r.identiteit_door && r.identiteit_op ? { wijze: r.identiteit_wijze, door: r.identiteit_door, op: r.identiteit_op } : null,
    gronden: gronden.map((grond) => ({ grond, artikel: grondArtikel(grond, r.soort) })),
    motivering: r.motivering,
    beslotenDoor: r.besloten_door,
    beslotenOp: r.besloten_op,
    uitvoerenVoor: r.uitvoeren_voor,
    uitgevoerdOp: r.uitgevoerd_op,
    beantwoordOp: r.beantwoord_op,
    antwoordWijze: r.antwoord_wijze,
    vergoedingCent: r.vergoeding_cent,
    vergoedingBetaaldOp: r.vergoeding_betaald_op,
    vergoedingTerugOp: r.vergoeding_terug_op,
    vergoedingTerugTeBetalen: vergoedingTerug({ soort: r.soort, besluit: r.besluit, vergoedingCent: r.vergoeding_cent, vergoedingBetaaldOp: r.vergoeding_betaald_op }) && !r.vergoeding_terug_op,
    geregistreerdDoor: r.geregistreerd_door,
    geregistreerdOp: r.geregistreerd_op,
    personen: personen.map((p) => ({ persoonId: p.persoon_id, naam: p.naam, geboortedatum: p.geboortedatum, woonplaats: p.woonplaats, signalen: p.signalen, bevestigdDoor: p.bevestigd_door, bevestigdOp: p.bevestigd_op })),
    volgende: [...VERZOEK_OVERGANGEN[r.status]],
  };
}

/** The confirmed persons of a request: what inzage, correction and verzet act on. */
export async function bevestigdePersonen(b: Bestand, verzoekId: number): Promise<number[]> {
  await tabelrij(b, verzoekId);
  return (await b.v.all<{ persoon_id: number }>('SELECT persoon_id FROM rechtenverzoek_personen WHERE verzoek_id = ? ORDER BY persoon_id', [verzoekId])).map((r) => r.persoon_id);
}

async function volgnummer(b: Bestand, jaar: string): Promise<string> {
  const r = await b.v.get<{ hoogste: number | null }>("SELECT max(CAST(substr(nummer, 9) AS INTEGER)) AS hoogste FROM rechtenverzoeken WHERE nummer LIKE ?", [`RV-${jaar}-%`]);
  return `RV-${jaar}-${String((r?.hoogste ?? 0) + 1).padStart(4, '0')}`;
}

/** Registers a request; its answer deadline is fixed here, four weeks after the first receipt. */
export async function verzoekRegistreren(b: Bestand, i: NieuwVerzoek & { ontvangenOp: string }): Promise<number> {
  nietInToekomst(i.ontvangenOp, 'ontvangenOp');
  const partnerId = i.ontvangenDoorPartnerId ?? null;
  if (partnerId !== null && !(await b.v.get('SELECT 1 FROM partners WHERE id = ?', [partnerId]))) {
    throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: partnerId }));
  }
  return vastleggen(
    b,
    async () => {
      const nummer = await volgnummer(b, i.ontvangenOp.slice(0, 4));
      const { lastID } = await b.v.run(
        `INSERT INTO rechtenverzoeken (nummer, soort, correcties, verzoeker_naam, verzoeker_geboortedatum, contact, omschrijving, ontvangen_op,
           ontvangen_door_partner_id, doorgezonden_op, status, termijn, vergoeding_cent, geregistreerd_door, geregistreerd_op)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
        [
          nummer,
          i.soort,
          JSON.stringify(i.correcties ?? []),
          i.verzoekerNaam,
          i.verzoekerGeboortedatum ?? '',
          i.contact ?? '',
          i.omschrijving ?? '',
          i.ontvangenOp,
          partnerId,
          i.doorgezondenOp ?? null,
          'ontvangen',
          antwoordtermijn(i.ontvangenOp),
          i.vergoedingCent ?? 0,
          b.gebruiker.naam,
          nu().toISOString(),
        ],
      );
      return { id: lastID, nummer };
    },
    (u) => ({ actie: 'rechten.verzoek-geregistreerd', onderwerp: `rechtenverzoek:${u.nummer}`, details: { soort: i.soort, ontvangenOp: i.ontvangenOp, doorgezonden: partnerId !== null } }),
  ).then((u) => u.id);
}

/** Changes the status through the one guard; the caller's extra columns are written in the same transaction. */
async function stap(b: Bestand, r: VerzoekTabelrij, naar: Verzoekstatus, kolommen: Record<string, string | number | null>, actie: string, details: Record<string, unknown> = {}): Promise<void> {
  overgaan(VERZOEKMACHINE, r.status, naar);
  const namen = Object.keys(kolommen);
  await vastleggen(
    b,
    () => b.v.run(`UPDATE rechtenverzoeken SET status = ?${namen.map((n) => `, ${n} = ?`).join('')} WHERE id = ? AND status = ?`, [naar, ...Object.values(kolommen), r.id, r.status]),
    { actie, onderwerp: `rechtenverzoek:${r.nummer}`, details: { van: r.status, naar, ...details } },
  );
}

/** How and by whom the identity was checked; the request is then in handling. */
export async function identiteitVastleggen(b: Bestand, id: number, wijze: string, op: string): Promise<void> {
  const r = await tabelrij(b, id);
  nietInToekomst(op, 'op');
  await stap(b, r, 'in-behandeling', { identiteit_wijze: wijze, identiteit_door: b.gebruiker.naam, identiteit_op: op }, 'rechten.identiteit-gecontroleerd', { wijze });
}

/**
 * The decision with its grounds (art. 25.4/25.5, 26.2/26.4, 27.2). A decision needs the identity checked
 * (the status step) and, except a refusal, at least one confirmed person: nobody can be given data,
 * corrected or blocked who has not been found and confirmed.
 */
export async function besluiten(b: Bestand, id: number, besluit: Verzoekbesluit, gronden: Grond[], motivering: string): Promise<void> {
  const r = await tabelrij(b, id);
  const fout = besluitFout(r.soort, besluit, gronden, motivering);
  if (fout) {
    throw new KetenFout('ONGELDIGE_INVOER', melding(fout), { artikel: grondenArtikel(r.soort), velden: [{ pad: fout === 'rechten.motiveringNodig' ? 'motivering' : 'gronden', melding: formuleer(melding(fout)) }] });
  }
  if (besluit !== 'afgewezen' && r.status === 'in-behandeling') {
    const n = await b.v.get<{ n: number }>('SELECT count(*) AS n FROM rechtenverzoek_personen WHERE verzoek_id = ?', [id]);
    if (!n?.n) throw new KetenFout('CONFLICT', melding('rechten.eerstPersoonBevestigen'), { artikel: 'art. 25.3' });
  }
  const dag = vandaag();
  const uitvoeren = moetUitgevoerd({ soort: r.soort, besluit }) ? uitvoertermijn(dag) : null;
  await stap(
    b,
    r,
    'besloten',
    { besluit, gronden: JSON.stringify(gronden), motivering: motivering.trim(), besloten_door: b.gebruiker.naam, besloten_op: dag, uitvoeren_voor: uitvoeren },
    'rechten.verzoek-besloten',
    { besluit, gronden: gronden.map((g) => grondArtikel(g, r.soort)), teLaat: dag > r.termijn },
  );
}

const grondenArtikel = (soort: Verzoeksoort): string => (soort === 'inzage' ? 'art. 25.4, 25.5' : soort === 'correctie' ? 'art. 26.2, 26.4' : 'art. 27.2');

/** The answer went out (art. 25.2, 25.5, 26.4); `wijze`: in writing, or otherwise in the person's interest (25.2). */
export async function beantwoorden(b: Bestand, id: number, op: string, wijze: string): Promise<void> {
  const r = await tabelrij(b, id);
  nietInToekomst(op, 'op');
  await stap(b, r, 'beantwoord', { beantwoord_op: op, antwoord_wijze: wijze }, 'rechten.verzoek-beantwoord', { op, teLaat: op > r.termijn });
}

export async function intrekken(b: Bestand, id: number, toelichting: string): Promise<void> {
  const r = await tabelrij(b, id);
  await stap(b, r, 'ingetrokken', { motivering: toelichting.trim() }, 'rechten.verzoek-ingetrokken');
}

/**
 * A decided correction carried out (art. 26.3), or an upheld verzet's processing stopped (27.2). Called by
 * the channel and by whatever carries the correction out; the date is the backend's today.
 */
export async function uitgevoerdVastleggen(b: Bestand, id: number): Promise<void> {
  const r = await tabelrij(b, id);
  if (!moetUitgevoerd(r) || !r.besloten_op) throw new KetenFout('CONFLICT', melding('rechten.nietUitTeVoeren'), { artikel: r.soort === 'verzet' ? 'art. 27.2' : 'art. 26.3' });
  if (r.uitgevoerd_op) throw new KetenFout('CONFLICT', melding('rechten.alUitgevoerd', { datum: r.uitgevoerd_op }));
  const dag = vandaag();
  await vastleggen(b, () => b.v.run('UPDATE rechtenverzoeken SET uitgevoerd_op = ? WHERE id = ?', [dag, id]), {
    actie: 'rechten.verzoek-uitgevoerd',
    onderwerp: `rechtenverzoek:${r.nummer}`,
    details: { op: dag, teLaat: r.uitvoeren_voor !== null && dag > r.uitvoeren_voor },
  });
}

/**
 * The fee (art. 24.2: at most € 4,50): asked, paid, refunded. A refund is recorded only where art. 27.3
 * says it is owed: a verzet upheld.
 */
export async function vergoedingVastleggen(b: Bestand, id: number, i: { cent: number; betaaldOp: string | null; terugOp: string | null }): Promise<void> {
  const r = await tabelrij(b, id);
  if (r.status === 'beantwoord' || r.status === 'ingetrokken') {
    if (i.cent !== r.vergoeding_cent || i.betaaldOp !== r.vergoeding_betaald_op) throw new KetenFout('CONFLICT', melding('rechten.vergoedingAfgesloten'), { artikel: 'art. 24.2' });
  }
  if (i.terugOp && !vergoedingTerug({ soort: r.soort, besluit: r.besluit, vergoedingCent: i.cent, vergoedingBetaaldOp: i.betaaldOp })) {
    throw new KetenFout('CONFLICT', melding('rechten.terugbetalenAlleenVerzet'), { artikel: 'art. 27.3' });
  }
  if (i.betaaldOp && i.cent === 0) throw new KetenFout('ONGELDIGE_INVOER', melding('rechten.geenVergoeding'), { velden: [{ pad: 'betaaldOp', melding: 'Er is geen vergoeding gevraagd' }] });
  await vastleggen(
    b,
    () => b.v.run('UPDATE rechtenverzoeken SET vergoeding_cent = ?, vergoeding_betaald_op = ?, vergoeding_terug_op = ? WHERE id = ?', [i.cent, i.betaaldOp, i.terugOp, id]),
    { actie: 'rechten.vergoeding', onderwerp: `rechtenverzoek:${r.nummer}`, details: { cent: i.cent, betaaldOp: i.betaaldOp, terugOp: i.terugOp } },
  );
}

/** The person confirmed as (one of the records of) the requester; only while the request is being handled. */
export async function persoonBevestigen(b: Bestand, verzoekId: number, persoonId: number): Promise<void> {
  const r = await tabelrij(b, verzoekId);
  bevestigenMag(r);
  await persoonMoetBestaan(b, persoonId);
  await vastleggen(
    b,
    () => b.v.run('INSERT OR IGNORE INTO rechtenverzoek_personen (verzoek_id, persoon_id, bevestigd_door, bevestigd_op) VALUES (?,?,?,?)', [verzoekId, persoonId, b.gebruiker.naam, nu().toISOString()]),
    { actie: 'rechten.persoon-bevestigd', onderwerp: `rechtenverzoek:${r.nummer}`, details: { persoonId } },
  );
}

export async function persoonLosmaken(b: Bestand, verzoekId: number, persoonId: number): Promise<void> {
  const r = await tabelrij(b, verzoekId);
  bevestigenMag(r);
  await vastleggen(b, () => b.v.run('DELETE FROM rechtenverzoek_personen WHERE verzoek_id = ? AND persoon_id = ?', [verzoekId, persoonId]), {
    actie: 'rechten.persoon-losgemaakt',
    onderwerp: `rechtenverzoek:${r.nummer}`,
    details: { persoonId },
  });
}

/** Used by finding persons: a search belongs to a request being handled, or is refused (ADR 0022). */
export async function verzoekInBehandeling(b: Bestand, id: number): Promise<{ nummer: string }> {
  const r = await tabelrij(b, id);
  if (r.status !== 'in-behandeling') throw new KetenFout('CONFLICT', melding('rechten.zoekenAlleenInBehandeling', { status: r.status }), { artikel: 'art. 12.22, 15.3' });
  return { nummer: r.nummer };
}
