/**
 * Inquiries (navraag, art. 12.15, 16.2): asking a relevant partner what it knows about the case.
 * Asking is itself a provision — the partner learns whom we ask about — so it goes through the
 * verstrekkingenlog; the answer is recorded with its category and a relevance decision.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Partnersoort } from '@shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import { verstrekken } from '../beleid/verstrekken';
import { categorieVanBron } from '../beleid/categorie';
import { dossierRij } from './dossiers';

export async function navraagVastleggen(b: Bestand, g: { dossierId: number; partnerId: number; vraag: string; gevraagdOp: string }): Promise<{ id: number; verstrektAantal: number }> {
  const d = await dossierRij(b, g.dossierId);
  if (d.fase === 'gesloten') throw new KetenFout('CONFLICT', melding('dossier.gesloten', { nummer: d.nummer }));
  const partner = await b.v.get<{ id: number; soort: Partnersoort }>('SELECT id, soort FROM partners WHERE id = ?', [g.partnerId]);
  if (!partner) throw new KetenFout('NIET_GEVONDEN', melding('partner.dezeNietInRegister'), { velden: [veldfout('partnerId', melding('veld.onbekendePartner'))] });
  // The asked partner has a task here (answering); what it is shown, and whether it learns whom the
  // question is about, follows the choice of what it needs (beleid/nodig.ts, art. 9.4).
  const uitkomst = await verstrekken(b, {
    ontvangerId: g.partnerId,
    dossierId: g.dossierId,
    doel: 'navraag',
    soort: 'navraag',
    alleenToegestaan: true,
  });
  if (uitkomst.verstrekt.length === 0 && uitkomst.geweigerd.length > 0) {
    const g0 = uitkomst.geweigerd[0]!.beslissing;
    throw new KetenFout('CONVENANTREGEL', melding('navraag.kanNiet', { reden: g0.reden }), { artikel: g0.artikel });
  }
  return b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      'INSERT INTO navragen (dossier_id, partner_id, vraag, gevraagd_op, gevraagd_door, categorie) VALUES (?,?,?,?,?,?)',
      [g.dossierId, g.partnerId, g.vraag, g.gevraagdOp, b.gebruiker.naam, categorieVanBron(partner.soort)],
    );
    await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'navraag',?)", [g.dossierId, new Date().toISOString(), b.gebruiker.naam, `Navraag ${lastID} gesteld`]);
    await b.audit('navraag.gesteld', `dossier:${d.nummer}`, { navraagId: lastID, partnerId: g.partnerId });
    return { id: lastID, verstrektAantal: uitkomst.verstrekt.length };
  });
}

export async function navraagBeantwoorden(
  b: Bestand,
  g: { id: number; beantwoordOp: string; antwoord: string; relevant: boolean; toelichting: string; concreteVerdenking: boolean },
): Promise<void> {
  await b.v.transactie(async () => {
    const n = await b.v.get<{ dossier_id: number; gevraagd_op: string }>('SELECT dossier_id, gevraagd_op FROM navragen WHERE id = ?', [g.id]);
    if (!n) throw new KetenFout('NIET_GEVONDEN', melding('navraag.nietGevonden', { id: g.id }));
    if (g.beantwoordOp < n.gevraagd_op) {
      throw new KetenFout('ONGELDIGE_INVOER', melding('navraag.antwoordVoorVraag'), { velden: [veldfout('beantwoordOp', melding('veld.datumOpOfNa', { datum: n.gevraagd_op }))] });
    }
    await b.v.run('UPDATE navragen SET beantwoord_op = ?, antwoord = ?, relevant = ?, relevantie_toelichting = ?, concrete_verdenking = ? WHERE id = ?', [
      g.beantwoordOp,
      // Art. 16.2: only what is relevant within the covenant's aims is combined into the dossier.
      g.relevant ? g.antwoord : '',
      g.relevant ? 1 : 0,
      g.toelichting,
      g.concreteVerdenking ? 1 : 0,
      g.id,
    ]);
    await b.audit('navraag.beantwoord', `navraag:${g.id}`, { relevant: g.relevant, artikel: 'art. 16.2' });
  });
}

export async function navragenVanDossier(b: Bestand, dossierId: number) {
  const rijen = await b.v.all<{ id: number; partner_id: number; partner: string; vraag: string; gevraagd_op: string; gevraagd_door: string; beantwoord_op: string | null; antwoord: string; categorie: string; relevant: number | null; relevantie_toelichting: string; concrete_verdenking: number }>(
    'SELECT n.*, p.naam AS partner FROM navragen n JOIN partners p ON p.id = n.partner_id WHERE n.dossier_id = ? ORDER BY n.id',
    [dossierId],
  );
  return rijen.map((r) => ({
    id: r.id,
    partner: { id: r.partner_id, naam: r.partner },
    vraag: r.vraag,
    gevraagdOp: r.gevraagd_op,
    gevraagdDoor: r.gevraagd_door,
    beantwoordOp: r.beantwoord_op,
    antwoord: r.antwoord,
    categorie: r.categorie,
    relevant: r.relevant === null ? null : r.relevant === 1,
    relevantieToelichting: r.relevantie_toelichting,
    concreteVerdenking: r.concrete_verdenking === 1,
  }));
}
