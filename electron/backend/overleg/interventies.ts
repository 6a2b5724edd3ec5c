/**
 * Interventions: an action assigned to a partner with a due date, followed until done (art. 7.4,
 * 16.6). Statuses follow a transition table; the dossier's step follows its interventions, and
 * evaluation closes the dossier, which starts the five-year retention of art. 22.5.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { datumVan, nlDatum, vandaag } from '@shared/datum';
import { INTERVENTIEMACHINE, type Interventie, type Interventiestatus } from '@shared/domein/overleg';
import { overgaan } from '@shared/overgang';
import type { Bestand } from '../bestand/bestand';
import { isPartijOp } from '../beleid/partnerregels';
import { partnersLijst } from '../keten/partners';
import { dossierRij, faseWijzigen } from '../keten/dossiers';

interface InterventieRij {
  id: number;
  dossier_id: number;
  nummer: string;
  partner_id: number;
  partner: string;
  omschrijving: string;
  deadline: string;
  status: Interventiestatus;
  reden: string;
  uitkomst: string;
  toegewezen_op: string;
}

const naarInterventie = (r: InterventieRij, nu: string): Interventie => ({
  id: r.id,
  dossierId: r.dossier_id,
  dossierNummer: r.nummer,
  partner: { id: r.partner_id, naam: r.partner },
  omschrijving: r.omschrijving,
  deadline: r.deadline,
  status: r.status,
  reden: r.reden,
  uitkomst: r.uitkomst,
  toegewezenOp: r.toegewezen_op,
  teLaat: (r.status === 'toegewezen' || r.status === 'in-uitvoering') && r.deadline < nu,
});

export async function interventiesVan(b: Bestand, f: { agendapuntId?: number; dossierId?: number; open?: boolean; partnerId?: number }): Promise<Interventie[]> {
  const waar: string[] = [];
  const params: number[] = [];
  if (f.agendapuntId !== undefined) {
    waar.push('i.agendapunt_id = ?');
    params.push(f.agendapuntId);
  }
  if (f.dossierId !== undefined) {
    waar.push('i.dossier_id = ?');
    params.push(f.dossierId);
  }
  if (f.partnerId !== undefined) {
    waar.push('i.partner_id = ?');
    params.push(f.partnerId);
  }
  if (f.open) waar.push("i.status IN ('toegewezen', 'in-uitvoering')");
  const rijen = await b.v.all<InterventieRij>(
    `SELECT i.*, d.nummer, p.naam AS partner FROM interventies i JOIN dossiers d ON d.id = i.dossier_id JOIN partners p ON p.id = i.partner_id
      ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY i.deadline, i.id`,
    params,
  );
  const nu = vandaag();
  return rijen.map((r) => naarInterventie(r, nu));
}

/** Checks an intervention before it is assigned: partner, due date, and that the partner is a party. */
export async function controleerInterventie(b: Bestand, g: { partnerId: number | null | undefined; omschrijving: string; deadline: string | null | undefined }, datum = vandaag()): Promise<void> {
  const velden = [];
  if (!g.partnerId) velden.push(veldfout('partnerId', melding('veld.kiesUitvoerder')));
  if (!g.deadline) velden.push(veldfout('deadline', melding('veld.kiesDeadline')));
  else if (g.deadline < datum) velden.push(veldfout('deadline', melding('veld.deadlineVerleden')));
  if (g.omschrijving.trim().length < 3) velden.push(veldfout('omschrijving', melding('veld.beschrijfInterventie')));
  if (velden.length) throw new KetenFout('ONGELDIGE_INVOER', melding('interventie.onvolledig'), { velden });
  const p = (await partnersLijst(b.v, datum)).find((x) => x.id === g.partnerId);
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('partner.dezeNietInRegister'), { velden: [veldfout('partnerId', melding('veld.onbekendePartner'))] });
  if (p.soort === 'emm') return; // art. 13.4: the whole case can go to the EMM
  if (!isPartijOp(p, datum)) {
    throw new KetenFout('CONVENANTREGEL', p.uitgetredenPer ? melding('interventie.partnerUitgetreden', { naam: p.naam, datum: nlDatum(p.uitgetredenPer) }) : melding('interventie.partnerGeenPartij', { naam: p.naam }), {
      artikel: p.uitgetredenPer ? 'art. 34.3' : 'art. 4.3',
      velden: [veldfout('partnerId', melding('veld.geenActievePartij'))],
    });
  }
}

export async function interventieToewijzen(b: Bestand, g: { dossierId: number; agendapuntId: number | null; partnerId: number; omschrijving: string; deadline: string }): Promise<number> {
  await controleerInterventie(b, g);
  const nu = new Date().toISOString();
  const { lastID } = await b.v.run('INSERT INTO interventies (dossier_id, agendapunt_id, partner_id, omschrijving, deadline, toegewezen_op, gewijzigd) VALUES (?,?,?,?,?,?,?)', [
    g.dossierId,
    g.agendapuntId,
    g.partnerId,
    g.omschrijving,
    g.deadline,
    datumVan(nu),
    nu,
  ]);
  await b.audit('interventie.toegewezen', `dossier:${g.dossierId}`, { interventieId: lastID, partnerId: g.partnerId, deadline: g.deadline });
  return lastID;
}

export async function interventieBijwerken(b: Bestand, id: number, g: { status: Interventiestatus; reden: string; uitkomst: string }): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.get<{ dossier_id: number; status: Interventiestatus }>('SELECT dossier_id, status FROM interventies WHERE id = ?', [id]);
    if (!r) throw new KetenFout('NIET_GEVONDEN', melding('interventie.nietGevonden', { id }));
    if (r.status !== g.status) overgaan(INTERVENTIEMACHINE, r.status, g.status);
    if (g.status === 'niet-uitgevoerd' && g.reden.trim().length < 3) {
      throw new KetenFout('ONGELDIGE_INVOER', melding('interventie.redenNietUitgevoerd'), { velden: [veldfout('reden', melding('veld.redenVerplicht'))] });
    }
    await b.v.run('UPDATE interventies SET status = ?, reden = ?, uitkomst = ?, gewijzigd = ? WHERE id = ?', [g.status, g.reden, g.uitkomst, new Date().toISOString(), id]);
    await b.audit('interventie.bijgewerkt', `interventie:${id}`, { van: r.status, naar: g.status });
    await dossierStapVolgen(b, r.dossier_id);
  });
}

/** The dossier's process step follows its interventions: started → uitvoering; all done → evaluatie. */
async function dossierStapVolgen(b: Bestand, dossierId: number): Promise<void> {
  const d = await dossierRij(b, dossierId);
  const statussen = (await b.v.all<{ status: Interventiestatus }>('SELECT status FROM interventies WHERE dossier_id = ?', [dossierId])).map((r) => r.status);
  const klaar = statussen.length > 0 && statussen.every((s) => s === 'uitgevoerd' || s === 'niet-uitgevoerd');
  if (d.fase === 'toewijzing-interventie' && statussen.some((s) => s !== 'toegewezen')) await faseWijzigen(b, dossierId, 'uitvoering-interventie', 'Eerste interventie in uitvoering');
  if (klaar && (await dossierRij(b, dossierId)).fase === 'uitvoering-interventie') await faseWijzigen(b, dossierId, 'evaluatie', 'Alle interventies afgerond');
}

/** Evaluation closes the dossier (art. 10.1); the closing date starts the retention of art. 22.5. */
export async function dossierEvalueren(b: Bestand, dossierId: number, evaluatie: string): Promise<string> {
  const d = await dossierRij(b, dossierId);
  if (d.fase !== 'evaluatie') {
    throw new KetenFout('CONFLICT', melding('interventie.evaluerenTeVroeg', { nummer: d.nummer, fase: d.fase }), { artikel: 'art. 10.1' });
  }
  await b.v.transactie(async () => {
    await faseWijzigen(b, dossierId, 'gesloten', `Evaluatie: ${evaluatie}`);
    await b.audit('dossier.geevalueerd', `dossier:${d.nummer}`, { artikel: 'art. 22.5' });
  });
  return (await dossierRij(b, dossierId)).gesloten_op!;
}
