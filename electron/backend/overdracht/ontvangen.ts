/**
 * What arrives after a handover, on both sides. At the partner: the dossier extract and its
 * interventions, kept read-only and at most five years (art. 22.1). At the centraal bestand: the
 * partner's terugmelding updates the intervention (art. 16.6), and a verwijderverzoek deletes what
 * that partner supplied once it is gone from its source registration (art. 22.2).
 * The handlers run inside the import's one transaction; a refusal rolls the whole import back.
 */
import { KetenFout } from '../../../shared/fouten';
import { melding } from '../../../shared/meldingen';
import { maandenErbij } from '../../../shared/datum';
import type { Bestand } from '../bestand/bestand';
import type { InleesHandler } from '../bundels/inleeshandlers';
import { bundelMaken } from '../bundels/maken';
import { interventieBijwerken } from '../overleg/interventies';
import { signaalVerwijderen, verwijderen, zoekindexOpschonen } from '../keten/verwijderen';
import { ontvangenCorrecties } from './correcties';

/** Art. 22.1: at most five years; counted from receipt, which is never later than the chain dossier's closure. */
export const BEWAARTERMIJN_MAANDEN = 60;

export const overdrachtInlezen: InleesHandler<'overdracht'> = async (b, bundel, { afzender, ontvangenOp }) => {
  const inhoud = bundel.inhoud;
  const { lastID } = await b.v.run('INSERT INTO ontvangen_dossiers (bundel_id, dossier_nummer, van_partner_id, ontvangen_op, bewaren_tot, inhoud) VALUES (?,?,?,?,?,?)', [
    bundel.id,
    inhoud.dossier.nummer,
    afzender.id,
    ontvangenOp,
    maandenErbij(ontvangenOp.slice(0, 10), BEWAARTERMIJN_MAANDEN),
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

export const verwijderverzoekInlezen: InleesHandler<'verwijderverzoek'> = async (b, bundel, { afzender }) => {
  const verzoek = bundel.inhoud;
  const verwijderd: string[] = [];
  const nietVanAfzender: string[] = [];
  let signaalWeg = false;
  for (const o of verzoek.onderwerpen) {
    if (o.soort === 'signaal') {
      const s = await b.v.get<{ id: number; bron_partner_id: number | null }>('SELECT id, bron_partner_id FROM signalen WHERE nummer = ?', [o.referentie]);
      if (!s) continue; // already gone
      if (s.bron_partner_id !== afzender.id) {
        nietVanAfzender.push(o.referentie);
        continue;
      }
      await signaalVerwijderen(b.v, s.id);
      signaalWeg = true;
      verwijderd.push(o.referentie);
    } else if (o.soort === 'navraag') {
      const r = await b.v.run('DELETE FROM navragen WHERE id = ? AND partner_id = ?', [Number(o.referentie), afzender.id]);
      if (r.changes) verwijderd.push(`navraag ${o.referentie}`);
      else nietVanAfzender.push(`navraag ${o.referentie}`);
    } else {
      nietVanAfzender.push(`${o.soort} ${o.referentie}`);
    }
  }
  // Art. 22.2 speaks of what *that* partner supplied; the rest is not its to withdraw.
  if (nietVanAfzender.length && !verwijderd.length) {
    throw new KetenFout('CONVENANTREGEL', melding('ontvangen.alleenEigen', { naam: afzender.naam, nummers: nietVanAfzender.join(', ') }), { artikel: 'art. 22.2' });
  }
  // Inside the import's transaction; the import channel checkpoints after the commit (keten/verwijderen.ts).
  if (signaalWeg) await zoekindexOpschonen(b.v);
  await b.audit('verwijderverzoek.verwerkt', `partner:${afzender.code}`, { verwijderd, geweigerd: nietVanAfzender, bronregistratie: verzoek.bronregistratie, artikel: 'art. 22.2' });
};

// ——— The partner side: what was received, and what it sends back ———

export async function ontvangenLijst(b: Bestand) {
  const dossiers = await b.v.all<{ id: number; dossier_nummer: string; van: string; van_code: string; ontvangen_op: string; bewaren_tot: string; inhoud: string }>(
    'SELECT o.*, p.naam AS van, p.code AS van_code FROM ontvangen_dossiers o JOIN partners p ON p.id = o.van_partner_id ORDER BY o.ontvangen_op DESC',
  );
  const interventies = await b.v.all<{ id: number; ontvangen_dossier_id: number; extern_id: string; omschrijving: string; uiterlijk: string | null; status: string; laatst_gemeld_op: string | null }>('SELECT * FROM ontvangen_interventies ORDER BY uiterlijk');
  return dossiers.map((d) => ({
    id: d.id,
    dossierNummer: d.dossier_nummer,
    van: { code: d.van_code, naam: d.van },
    ontvangenOp: d.ontvangen_op,
    bewarenTot: d.bewaren_tot,
    aantalGegevens: ((JSON.parse(d.inhoud) as { gegevens?: unknown[] }).gegevens ?? []).length,
    interventies: interventies
      .filter((i) => i.ontvangen_dossier_id === d.id)
      .map((i) => ({ id: i.id, externId: i.extern_id, omschrijving: i.omschrijving, uiterlijk: i.uiterlijk, status: i.status, laatstGemeldOp: i.laatst_gemeld_op })),
  }));
}

/** The read-only extract; looking at it is a view of personal data, so audited. */
export async function ontvangenDetail(b: Bestand, id: number) {
  const d = await b.v.get<{ dossier_nummer: string; inhoud: string }>('SELECT dossier_nummer, inhoud FROM ontvangen_dossiers WHERE id = ?', [id]);
  if (!d) throw new KetenFout('NIET_GEVONDEN', melding('ontvangen.dossierWeg'));
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
  g: { aanPartnerId: number; bronregistratie: string; onderwerpen: Array<{ soort: 'signaal' | 'navraag' | 'dossier' | 'persoon'; referentie: string }>; reden: string; doelmap: string },
) {
  const gemaakt = await bundelMaken(b, {
    soort: 'verwijderverzoek',
    aan: [g.aanPartnerId],
    inhoud: { bronregistratie: g.bronregistratie, onderwerpen: g.onderwerpen, reden: g.reden },
    doelmap: g.doelmap,
  });
  await b.audit('verwijderverzoek.verstuurd', `partner:${g.aanPartnerId}`, { onderwerpen: g.onderwerpen.length, bundel: gemaakt.id, artikel: 'art. 22.2' });
  return gemaakt;
}

/** Art. 22.1 at the partner: what has passed its retention date is deleted. */
export async function ontvangenOpschonen(b: Bestand, peildatum: string): Promise<number> {
  if (!(await b.v.get('SELECT 1 FROM ontvangen_dossiers WHERE bewaren_tot <= ? LIMIT 1', [peildatum]))) return 0;
  return verwijderen(b, async () => {
    const weg = await b.v.run('DELETE FROM ontvangen_dossiers WHERE bewaren_tot <= ?', [peildatum]);
    await b.audit('bewaartermijn.verwerkt', 'ontvangen dossiers', { aantal: weg.changes, artikel: 'art. 22.1' });
    return weg.changes;
  });
}
