/**
 * Spoed (art. 12.21, 16.9): ketenregisseur and zorgcoördinator together ask partners to act at once,
 * without waiting for the casusoverleg. "Together" is enforced: the signed-in user is one of the
 * two, and the other confirms with their own passphrase. The decision then waits on the next
 * casusoverleg agenda for confirmation.
 */
import { KetenFout, veldfout } from '../../../shared/fouten';
import { melding } from '../../../shared/meldingen';
import type { Rol } from '../../../shared/rollen';
import type { Bestand } from '../bestand/bestand';
import * as slots from '../bestand/sleutelslots';
import { verstrekken } from '../beleid/verstrekken';
import { belangenafwegingVastleggen } from '../beleid/nodig';
import { dossierRij } from './dossiers';

const REGISSEURS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur'];
const ZORGCOORDINATOREN: readonly Rol[] = ['zorgcoordinator', 'assistent-zorgcoordinator'];

export async function spoedVastleggen(
  b: Bestand,
  g: { dossierId: number; partnerIds: number[]; verzoek: string; medebeslisser: { gebruiker: string; wachtwoord: string }; belangenafweging?: string | undefined },
) {
  const d = await dossierRij(b, g.dossierId);
  const ik = b.gebruiker;
  const ander = await b.v.get<{ naam: string; rol: Rol }>('SELECT naam, rol FROM gebruikers WHERE naam = ?', [g.medebeslisser.gebruiker]);
  const nodig = REGISSEURS.includes(ik.rol) ? ZORGCOORDINATOREN : ZORGCOORDINATOREN.includes(ik.rol) ? REGISSEURS : null;
  if (!nodig) throw new KetenFout('GEEN_TOEGANG', melding('spoed.alleenBeslissers'), { artikel: 'art. 12.21' });
  if (!ander || !nodig.includes(ander.rol) || ander.naam === ik.naam) {
    throw new KetenFout('CONVENANTREGEL', melding('spoed.medebeslisserNodig', { rol: nodig === REGISSEURS ? 'ketenregisseur' : 'zorgcoordinator' }), {
      artikel: 'art. 12.21',
      velden: [veldfout('medebeslisser.gebruiker', melding('veld.geenAccountMetVereisteRol'))],
    });
  }
  try {
    await slots.openSlot(await slots.leesSleutelbestand(b.map), ander.naam, g.medebeslisser.wachtwoord);
  } catch {
    throw new KetenFout('ONJUISTE_AANMELDING', melding('spoed.wachtwoordMedebeslisser'), { velden: [veldfout('medebeslisser.wachtwoord', melding('veld.onjuistWachtwoord'))] });
  }
  if (g.partnerIds.length === 0) throw new KetenFout('ONGELDIGE_INVOER', melding('spoed.kiesPartners'), { velden: [veldfout('partnerIds', melding('veld.kiesPartner'))] });
  // Art. 21.6: the weighing of the victim's interests, made by the two who decide, comes before the use.
  if (g.belangenafweging?.trim()) await belangenafwegingVastleggen(b, g.dossierId, g.belangenafweging);
  // Art. 12.21: the data needed for the action may be provided to the partners concerned.
  const verstrekkingen = [];
  for (const partnerId of g.partnerIds) {
    verstrekkingen.push({
      partnerId,
      // Art. 16.9: the decision being taken asks this partner to act; it gets only what the choice (or the
      // suggestion: the signals, not other partners' answers) names as needed for that immediate action.
      ...(await verstrekken(b, { ontvangerId: partnerId, dossierId: g.dossierId, doel: 'spoed', soort: 'spoed', taakErbij: { interventies: [], spoed: [{ id: 0, verzoek: g.verzoek }] }, alleenToegestaan: true })),
    });
  }
  const [regisseur, zorg] = REGISSEURS.includes(ik.rol) ? [ik.naam, ander.naam] : [ander.naam, ik.naam];
  const id = await b.v.transactie(async () => {
    const { lastID } = await b.v.run('INSERT INTO spoedbesluiten (dossier_id, verzoek, partner_ids, besloten_op, ketenregisseur, zorgcoordinator) VALUES (?,?,?,?,?,?)', [
      g.dossierId,
      g.verzoek,
      JSON.stringify(g.partnerIds),
      new Date().toISOString(),
      regisseur,
      zorg,
    ]);
    await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'spoed',?)", [g.dossierId, new Date().toISOString(), ik.naam, `Spoedbesluit ${lastID}: ${g.verzoek}`]);
    await b.audit('spoed.besloten', `dossier:${d.nummer}`, { spoedId: lastID, ketenregisseur: regisseur, zorgcoordinator: zorg, partners: g.partnerIds, artikel: 'art. 12.21' });
    return lastID;
  });
  return { id, verstrekkingen };
}

/** Every spoed decision, or those waiting for confirmation, or (`dossierId`) those of one dossier. */
export async function spoedLijst(b: Bestand, alleenOnbevestigd = false, dossierId?: number) {
  const waar = [...(alleenOnbevestigd ? ["s.status = 'wacht-op-bevestiging'"] : []), ...(dossierId === undefined ? [] : ['s.dossier_id = ?'])];
  const rijen = await b.v.all<{ id: number; dossier_id: number | null; nummer: string | null; verzoek: string; partner_ids: string; besloten_op: string; ketenregisseur: string; zorgcoordinator: string; status: string }>(
    `SELECT s.*, d.nummer FROM spoedbesluiten s LEFT JOIN dossiers d ON d.id = s.dossier_id ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY s.id DESC`,
    dossierId === undefined ? [] : [dossierId],
  );
  return rijen.map((r) => ({
    id: r.id,
    dossier: r.dossier_id && r.nummer ? { id: r.dossier_id, nummer: r.nummer } : null,
    verzoek: r.verzoek,
    partnerIds: JSON.parse(r.partner_ids) as number[],
    beslotenOp: r.besloten_op,
    ketenregisseur: r.ketenregisseur,
    zorgcoordinator: r.zorgcoordinator,
    status: r.status as 'wacht-op-bevestiging' | 'bevestigd' | 'ingetrokken',
  }));
}
