/**
 * What arrives after a handover, on both sides. At the partner: the dossier extract and its
 * interventions, kept read-only and at most five years (art. 22.1). At the centraal bestand: the
 * partner's terugmelding updates the intervention (art. 16.6), and a verwijderverzoek deletes what
 * that partner supplied once it is gone from its source registration (art. 22.2).
 * The handlers run inside the import's one transaction; a refusal rolls the whole import back.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { datumVan, maandenErbij, nlDatum } from '@shared/datum';
import { nu } from '../klok';
import { vastleggen } from '../bestand/vastleggen';
import type { Bestand } from '../bestand/bestand';
import type { InleesHandler } from '../bundels/inleeshandlers';
import { bundelMaken } from '../bundels/maken';
import { partnerOpCode } from '../bundels/kring';
import { interventieBijwerken } from '../overleg/interventies';
import { signaalVerwijderen, verwijderen, zoekindexOpschonen } from '../keten/verwijderen';
import { gehashteSleutels } from '../keten/personen';
import { ontvangenCorrecties } from './correcties';

/** Art. 22.1: at most five years; counted from receipt, which is never later than the chain dossier's closure. */
import { BEWAARTERMIJN_MAANDEN } from '@shared/domein/bewaring';


export const overdrachtInlezen: InleesHandler<'overdracht'> = async (b, bundel, { afzender, ontvangenOp }) => {
  const inhoud = bundel.inhoud;
  const { lastID } = await b.v.run('INSERT INTO ontvangen_dossiers (bundel_id, dossier_nummer, van_partner_id, ontvangen_op, bewaren_tot, inhoud) VALUES (?,?,?,?,?,?)', [
    bundel.id,
    inhoud.dossier.nummer,
    afzender.id,
    ontvangenOp,
    maandenErbij(datumVan(ontvangenOp), BEWAARTERMIJN_MAANDEN),
    JSON.stringify(inhoud),
  ]);
  for (const i of inhoud.interventies) {
    await b.v.run('INSERT INTO ontvangen_interventies (ontvangen_dossier_id, extern_id, omschrijving, uiterlijk) VALUES (?,?,?,?)', [lastID, i.id, i.omschrijving, i.uiterlijk ?? null]);
  }
  await b.audit('overdracht.ontvangen', `dossier:${inhoud.dossier.nummer}`, { van: afzender.code, interventies: inhoud.interventies.length });
};

export const terugmeldingInlezen: InleesHandler<'terugmelding'> = async (b, bundel, { afzender }) => {
  const t = bundel.inhoud;
  const id = Number(t.interventieId.replace(/^I/, ''));
  const iv = await b.v.get<{ partner_id: number; status: string }>('SELECT partner_id, status FROM interventies WHERE id = ?', [id]);
  if (!iv) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.interventieWeg', { interventieId: t.interventieId }));
  // Only the partner the intervention was assigned to reports on it.
  if (iv.partner_id !== afzender.id) throw new KetenFout('CONVENANTREGEL', melding('ontvangen.nietToegewezen', { interventieId: t.interventieId, naam: afzender.naam }), { artikel: 'art. 16.6' });
  if (iv.status !== t.status) {
    await interventieBijwerken(b, id, { status: t.status, reden: t.status === 'niet-uitgevoerd' ? t.verslag || 'Niet uitgevoerd (terugmelding)' : '', uitkomst: `${t.datum}: ${t.verslag}` });
  }
  await b.audit('terugmelding.ontvangen', `interventie:${id}`, { van: afzender.code, status: t.status, datum: t.datum, artikel: 'art. 16.6' });
};

/**
 * Art. 22.2: what the supplying partner deleted from its own registration goes here too — only what
 * that partner supplied. The zorgcoördinatie may pass on a care partner's request (`namens`, the care
 * partner's code): then only that care partner's data goes. A request may name a signal, an inquiry
 * answer, a whole dossier (its signals from that partner and the inquiries that partner answered,
 * with the persons only those signals named), or a person (ADR 0028: that partner's signals naming
 * the person, its inquiry answers in the person's dossiers, the persons left orphaned with their
 * match keys). What is stored and confirmed is the requester's reference and counts, never the name
 * or birth date the request carried. docs/beslissingen/0021-…, 0028-…
 */
export const verwijderverzoekInlezen: InleesHandler<'verwijderverzoek'> = async (b, bundel, { afzender }) => {
  const verzoek = bundel.inhoud;
  let bron: { id: number; code: string; naam: string } = afzender;
  if (verzoek.namens !== undefined && verzoek.namens !== afzender.code) {
    if (afzender.soort !== 'zorgcoordinator') {
      throw new KetenFout('CONVENANTREGEL', melding('ontvangen.namensAlleenZorgcoordinatie', { naam: afzender.naam, namens: verzoek.namens }), { artikel: 'art. 22.2' });
    }
    const zorgbron = await partnerOpCode(b.v, verzoek.namens);
    if (!zorgbron) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.namensOnbekend', { namens: verzoek.namens }), { artikel: 'art. 22.2' });
    bron = zorgbron;
  }
  const verwijderd: string[] = [];
  const nietVanAfzender: string[] = [];
  // For the signed confirmation: per subject the requester named, its reference and counts only (art. 22.2).
  const uitkomst: VerwijderUitkomst = { verwijderd: [], geweigerd: [] };
  let signaalWeg = false;
  /** Deletes these signals (with the persons only they named); returns how many person records went. */
  const signalenWeghalen = async (ids: readonly number[]) => {
    const personen = ids.length ? await b.v.all<{ persoon_id: number }>(`SELECT DISTINCT persoon_id FROM signaal_personen WHERE signaal_id IN (${ids.map(() => '?').join(',')})`, [...ids]) : [];
    for (const id of ids) await signaalVerwijderen(b.v, id);
    if (ids.length) signaalWeg = true;
    let personenWeg = 0;
    for (const p of personen) if (!(await b.v.get('SELECT 1 FROM personen WHERE id = ?', [p.persoon_id]))) personenWeg++;
    return personenWeg;
  };
  for (const o of verzoek.onderwerpen) {
    const onderwerp: Onderwerp = { soort: o.soort, referentie: o.referentie };
    if (o.soort === 'signaal') {
      const s = await b.v.get<{ id: number; bron_partner_id: number | null }>('SELECT id, bron_partner_id FROM signalen WHERE nummer = ?', [o.referentie]);
      if (!s) continue; // already gone
      if (s.bron_partner_id !== bron.id) {
        nietVanAfzender.push(o.referentie);
        uitkomst.geweigerd.push(onderwerp);
        continue;
      }
      const personen = await signalenWeghalen([s.id]);
      verwijderd.push(o.referentie);
      uitkomst.verwijderd.push({ ...onderwerp, signalen: 1, navragen: 0, personen });
    } else if (o.soort === 'navraag') {
      const r = await b.v.run('DELETE FROM navragen WHERE id = ? AND partner_id = ?', [Number(o.referentie), bron.id]);
      if (r.changes) {
        verwijderd.push(`navraag ${o.referentie}`);
        uitkomst.verwijderd.push({ ...onderwerp, signalen: 0, navragen: r.changes, personen: 0 });
      } else {
        nietVanAfzender.push(`navraag ${o.referentie}`);
        uitkomst.geweigerd.push(onderwerp);
      }
    } else {
      // A dossier: that partner's signals in it and the inquiries it answered. A person (ADR 0028):
      // that partner's signals naming the person, the inquiries it answered in the dossiers the person
      // is in, and the persons left orphaned — as far as that partner's data goes.
      const { signalen, dossierIds } = o.soort === 'dossier' ? await vanDossier(b, o.referentie, bron.id) : await vanPersoon(b, o.naam ?? '', o.geboortedatum ?? '', bron.id);
      const personen = await signalenWeghalen(signalen.map((x) => x.id));
      let navragen = 0;
      for (const d of dossierIds) navragen += (await b.v.run('DELETE FROM navragen WHERE dossier_id = ? AND partner_id = ?', [d, bron.id])).changes;
      if (signalen.length || navragen) {
        // The audit names the signal numbers the requester supplied, never the person's name.
        verwijderd.push(`${o.soort} ${o.referentie}: ${signalen.map((x) => x.nummer).join(', ') || '-'}; ${navragen} navraag`);
        uitkomst.verwijderd.push({ ...onderwerp, signalen: signalen.length, navragen, personen });
      } else {
        nietVanAfzender.push(`${o.soort} ${o.referentie}`);
        uitkomst.geweigerd.push(onderwerp);
      }
    }
  }
  // Art. 22.2 speaks of what *that* partner supplied; the rest is not its to withdraw.
  if (nietVanAfzender.length && !verwijderd.length) {
    throw new KetenFout('CONVENANTREGEL', melding('ontvangen.alleenEigen', { naam: bron.naam, nummers: nietVanAfzender.join(', ') }), { artikel: 'art. 22.2' });
  }
  // Inside the import's transaction; the import channel checkpoints after the commit (keten/verwijderen.ts).
  if (signaalWeg) await zoekindexOpschonen(b.v);
  await b.v.run('INSERT INTO verwijderverwerkingen (bundel_id, van_partner_id, verwerkt_op, uitkomst) VALUES (?,?,?,?)', [
    bundel.id,
    afzender.id,
    nu().toISOString(),
    JSON.stringify({ ...(bron.code !== afzender.code ? { namens: bron.code } : {}), ...uitkomst }),
  ]);
  await b.audit('verwijderverzoek.verwerkt', `partner:${afzender.code}`, {
    ...(bron.code !== afzender.code ? { namens: bron.code } : {}),
    verwijderd,
    geweigerd: nietVanAfzender,
    bronregistratie: verzoek.bronregistratie,
    artikel: 'art. 22.2',
  });
};

type Onderwerp = { soort: 'signaal' | 'navraag' | 'dossier' | 'persoon'; referentie: string };
interface VerwijderUitkomst {
  verwijderd: Array<Onderwerp & { signalen: number; navragen: number; personen?: number }>;
  geweigerd: Onderwerp[];
}

type Vondst = { signalen: Array<{ id: number; nummer: string }>; dossierIds: number[] };

/** A dossier's signals from that partner, and the dossier for the inquiries it answered. */
async function vanDossier(b: Bestand, nummer: string, bronId: number): Promise<Vondst> {
  const d = await b.v.get<{ id: number }>('SELECT id FROM dossiers WHERE nummer = ?', [nummer]);
  if (!d) return { signalen: [], dossierIds: [] };
  return { signalen: await b.v.all<{ id: number; nummer: string }>('SELECT id, nummer FROM signalen WHERE dossier_id = ? AND bron_partner_id = ?', [d.id, bronId]), dossierIds: [d.id] };
}

/**
 * A person as the requester's registration knows them (ADR 0028): the person records whose exact match
 * key (name parts in any order, diacritics and case folded, plus birth date; ADR 0005) is the one the
 * name and birth date give, widened to the persons the centraal bestand decided are the same
 * (`samengevoegd_in`). Of those, the signals that partner supplied, and the dossiers they are in.
 */
async function vanPersoon(b: Bestand, naam: string, geboortedatum: string, bronId: number): Promise<Vondst> {
  const exact = (await gehashteSleutels(b.v, { naam, geboortedatum })).find((k) => k.soort === 'exact');
  if (!exact) return { signalen: [], dossierIds: [] };
  const gevonden = await b.v.all<{ id: number; kop: number }>(
    `SELECT p.id, coalesce(p.samengevoegd_in, p.id) AS kop FROM persoon_sleutels k JOIN personen p ON p.id = k.persoon_id WHERE k.soort = 'exact' AND k.waarde = ?`,
    [exact.waarde],
  );
  if (!gevonden.length) return { signalen: [], dossierIds: [] };
  const koppen = [...new Set(gevonden.map((g) => g.kop))];
  const lijst = koppen.map(() => '?').join(',');
  const signalen = await b.v.all<{ id: number; nummer: string; dossier_id: number | null; bron_partner_id: number | null }>(
    `SELECT DISTINCT s.id, s.nummer, s.dossier_id, s.bron_partner_id FROM personen p JOIN signaal_personen sp ON sp.persoon_id = p.id JOIN signalen s ON s.id = sp.signaal_id
      WHERE (p.id IN (${lijst}) OR p.samengevoegd_in IN (${lijst})) ORDER BY s.id`,
    [...koppen, ...koppen],
  );
  return {
    signalen: signalen.filter((x) => x.bron_partner_id === bronId).map(({ id, nummer }) => ({ id, nummer })),
    dossierIds: [...new Set(signalen.flatMap((x) => (x.dossier_id === null ? [] : [x.dossier_id])))],
  };
}

/**
 * After the import of a verwijderverzoek: the signed confirmation for the requester (art. 22.2), with
 * the references it sent and counts of what was removed — nothing of other parties. Null when the
 * bundle was no verwijderverzoek (or its confirmation was written already).
 */
export async function verwijderbevestigingMaken(b: Bestand, verzoekId: string, doelmap: string) {
  const r = await b.v.get<{ van_partner_id: number; uitkomst: string; bevestiging_bundel_id: string | null }>('SELECT * FROM verwijderverwerkingen WHERE bundel_id = ?', [verzoekId]);
  if (!r || r.bevestiging_bundel_id) return null;
  const uitkomst = JSON.parse(r.uitkomst) as VerwijderUitkomst & { namens?: string };
  const gemaakt = await bundelMaken(b, { soort: 'verwijderbevestiging', aan: [r.van_partner_id], inhoud: { verzoekId, ...uitkomst }, doelmap });
  await vastleggen(b, () => b.v.run('UPDATE verwijderverwerkingen SET bevestiging_bundel_id = ? WHERE bundel_id = ?', [gemaakt.id, verzoekId]), {
    actie: 'verwijderbevestiging.verstuurd',
    onderwerp: `bundel:${verzoekId}`,
    details: { bundel: gemaakt.id, verwijderd: uitkomst.verwijderd.length, geweigerd: uitkomst.geweigerd.length, artikel: 'art. 22.2' },
  });
  return gemaakt;
}

/** At the requester: the confirmation is kept to show what was removed. */
export const verwijderbevestigingInlezen: InleesHandler<'verwijderbevestiging'> = async (b, bundel, { afzender, ontvangenOp }) => {
  await b.v.run('INSERT INTO verwijderbevestigingen (bundel_id, verzoek_id, van_partner_id, ontvangen_op, inhoud) VALUES (?,?,?,?,?)', [
    bundel.id,
    bundel.inhoud.verzoekId,
    afzender.id,
    ontvangenOp,
    JSON.stringify(bundel.inhoud),
  ]);
  await b.audit('verwijderbevestiging.ontvangen', `bundel:${bundel.inhoud.verzoekId}`, { van: afzender.code, verwijderd: bundel.inhoud.verwijderd.length, geweigerd: bundel.inhoud.geweigerd.length, artikel: 'art. 22.2' });
};

export async function verwijderbevestigingenLijst(b: Bestand) {
  const rijen = await b.v.all<{ bundel_id: string; verzoek_id: string; ontvangen_op: string; inhoud: string; code: string; naam: string }>(
    'SELECT v.bundel_id, v.verzoek_id, v.ontvangen_op, v.inhoud, p.code, p.naam FROM verwijderbevestigingen v JOIN partners p ON p.id = v.van_partner_id ORDER BY v.ontvangen_op DESC',
  );
  return rijen.map((r) => {
    const i = JSON.parse(r.inhoud) as VerwijderUitkomst & { namens?: string };
    return { bundelId: r.bundel_id, verzoekId: r.verzoek_id, ontvangenOp: r.ontvangen_op, van: { code: r.code, naam: r.naam }, namens: i.namens ?? null, verwijderd: i.verwijderd, geweigerd: i.geweigerd };
  });
}

// ——— The partner side: what was received, and what it sends back ———

export async function ontvangenLijst(b: Bestand) {
  const dossiers = await b.v.all<{ id: number; dossier_nummer: string; van: string; van_code: string; ontvangen_op: string; bewaren_tot: string; opgeschoond_op: string | null; inhoud: string }>(
    'SELECT o.*, p.naam AS van, p.code AS van_code FROM ontvangen_dossiers o JOIN partners p ON p.id = o.van_partner_id ORDER BY o.ontvangen_op DESC',
  );
  const interventies = await b.v.all<{ id: number; ontvangen_dossier_id: number; extern_id: string; omschrijving: string; uiterlijk: string | null; status: string; laatst_gemeld_op: string | null }>('SELECT * FROM ontvangen_interventies ORDER BY uiterlijk');
  return dossiers.map((d) => ({
    id: d.id,
    dossierNummer: d.dossier_nummer,
    van: { code: d.van_code, naam: d.van },
    ontvangenOp: d.ontvangen_op,
    bewarenTot: d.bewaren_tot,
    opgeschoondOp: d.opgeschoond_op,
    aantalGegevens: ((JSON.parse(d.inhoud) as { gegevens?: unknown[] }).gegevens ?? []).length,
    interventies: interventies
      .filter((i) => i.ontvangen_dossier_id === d.id)
      .map((i) => ({ id: i.id, externId: i.extern_id, omschrijving: i.omschrijving, uiterlijk: i.uiterlijk, status: i.status, laatstGemeldOp: i.laatst_gemeld_op })),
  }));
}

/** The read-only extract; looking at it is a view of personal data, so audited. */
export async function ontvangenDetail(b: Bestand, id: number) {
  const d = await b.v.get<{ dossier_nummer: string; inhoud: string; bewaren_tot: string; opgeschoond_op: string | null }>(
    'SELECT dossier_nummer, inhoud, bewaren_tot, opgeschoond_op FROM ontvangen_dossiers WHERE id = ?',
    [id],
  );
  if (!d) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.dossierWeg'));
  if (d.opgeschoond_op) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.uittrekselVerwijderd', { nummer: d.dossier_nummer, datum: nlDatum(d.bewaren_tot) }), { artikel: 'art. 22.1' });
  await b.audit('overdracht.ingezien', `dossier:${d.dossier_nummer}`);
  // Corrections the sender made later (art. 26), applied or waiting for the partnermedewerker.
  return { id, ...(JSON.parse(d.inhoud) as Record<string, unknown>), correcties: await ontvangenCorrecties(b, id) };
}

export async function terugmeldingMaken(b: Bestand, g: { interventieId: number; status: 'in-uitvoering' | 'uitgevoerd' | 'niet-uitgevoerd'; datum: string; verslag: string; doelmap: string }) {
  const iv = await b.v.get<{ extern_id: string; van_partner_id: number; dossier_nummer: string }>(
    'SELECT i.extern_id, d.van_partner_id, d.dossier_nummer FROM ontvangen_interventies i JOIN ontvangen_dossiers d ON d.id = i.ontvangen_dossier_id WHERE i.id = ?',
    [g.interventieId],
  );
  if (!iv) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.interventieOnbekend'));
  const gemaakt = await bundelMaken(b, {
    soort: 'terugmelding',
    aan: [iv.van_partner_id],
    inhoud: { interventieId: iv.extern_id, status: g.status, datum: g.datum, verslag: g.verslag },
    doelmap: g.doelmap,
  });
  await b.v.transactie(async () => {
    await b.v.run('UPDATE ontvangen_interventies SET status = ?, laatst_gemeld_op = ? WHERE id = ?', [g.status, g.datum, g.interventieId]);
    await b.audit('terugmelding.verstuurd', `dossier:${iv.dossier_nummer}`, { interventie: iv.extern_id, status: g.status, bundel: gemaakt.id });
  });
  return gemaakt;
}

export async function verwijderverzoekMaken(
  b: Bestand,
  g: { aanPartnerId: number; bronregistratie: string; onderwerpen: Array<Onderwerp & { naam?: string | undefined; geboortedatum?: string | undefined }>; reden: string; doelmap: string; namens?: string | undefined },
) {
  const gemaakt = await bundelMaken(b, {
    soort: 'verwijderverzoek',
    aan: [g.aanPartnerId],
    // Name and birth date travel only for a person, and only inside the encrypted bundle (ADR 0028).
    inhoud: {
      bronregistratie: g.bronregistratie,
      onderwerpen: g.onderwerpen.map(({ soort, referentie, naam, geboortedatum }) => (soort === 'persoon' && naam && geboortedatum ? { soort, referentie, naam, geboortedatum } : { soort, referentie })),
      reden: g.reden,
      ...(g.namens ? { namens: g.namens } : {}),
    },
    doelmap: g.doelmap,
  });
  await b.audit('verwijderverzoek.verstuurd', `partner:${g.aanPartnerId}`, { onderwerpen: g.onderwerpen.length, ...(g.namens ? { namens: g.namens } : {}), bundel: gemaakt.id, artikel: 'art. 22.2' });
  return gemaakt;
}

/**
 * Art. 22.1 at the partner: on its "bewaren tot" date the received extract goes — the dossier's content
 * and the interventions' descriptions. What stays is the record of the handover and of what was
 * reported back (art. 16.6): dossier number, sender, dates, and per intervention its reference, status
 * and last report date. Runs inside the deleting transaction; returns how many extracts were emptied.
 */
export async function uittrekselsLegen(b: Bestand, peildatum: string): Promise<number> {
  const weg = await b.v.all<{ id: number }>('SELECT id FROM ontvangen_dossiers WHERE opgeschoond_op IS NULL AND bewaren_tot <= ?', [peildatum]);
  for (const { id } of weg) {
    await b.v.run("UPDATE ontvangen_dossiers SET inhoud = '{}', opgeschoond_op = ? WHERE id = ?", [nu().toISOString(), id]);
    await b.v.run("UPDATE ontvangen_interventies SET omschrijving = '' WHERE ontvangen_dossier_id = ?", [id]);
  }
  return weg.length;
}

/** Art. 22.1 at the partner, on its own (the retention sweep in bewaring/ does the same every day). */
export async function ontvangenOpschonen(b: Bestand, peildatum: string): Promise<number> {
  if (!(await b.v.get('SELECT 1 FROM ontvangen_dossiers WHERE opgeschoond_op IS NULL AND bewaren_tot <= ? LIMIT 1', [peildatum]))) return 0;
  return verwijderen(b, async () => {
    const n = await uittrekselsLegen(b, peildatum);
    await b.audit('bewaartermijn.verwerkt', 'ontvangen dossiers', { aantal: n, artikel: 'art. 22.1' });
    return n;
  });
}
