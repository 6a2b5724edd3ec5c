/**
 * Spoed (art. 12.21, 16.9): ketenregisseur and zorgcoördinator together ask partners to act at once,
 * without waiting for the casusoverleg. "Together" is enforced: the signed-in user is one of the
 * two, and the other confirms with their own passphrase. The decision then waits on the next
 * casusoverleg agenda for confirmation.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Rol } from '@shared/rollen';
import type { Bestand } from '../bestand/bestand';
import * as slots from '../bestand/sleutelslots';
import { verstrekken } from '../beleid/verstrekken';
import { itemsVanDossier, ontvangers } from '../beleid/gegevens';
import { belangenafwegingInTransactie, spoedKeuzesLijst, spoedvoorstel } from '../beleid/nodig';
import { nu } from '../klok';
import { dossierRij } from './dossiers';

const REGISSEURS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur'];
const ZORGCOORDINATOREN: readonly Rol[] = ['zorgcoordinator', 'assistent-zorgcoordinator'];

export interface SpoedNodig {
  partnerId: number;
  itemSleutels: readonly string[];
  identificatie: boolean;
}

export async function spoedVastleggen(
  b: Bestand,
  g: {
    dossierId: number;
    partnerIds: number[];
    verzoek: string;
    medebeslisser: { gebruiker: string; wachtwoord: string };
    belangenafweging?: string | undefined;
    nodig?: readonly SpoedNodig[] | undefined;
  },
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
  const keuzes = await spoedkeuzesToetsen(b, d.nummer, g.dossierId, g.partnerIds, g.nodig ?? []);
  const [regisseur, zorg] = REGISSEURS.includes(ik.rol) ? [ik.naam, ander.naam] : [ander.naam, ik.naam];
  // One transaction: the decision, its choice per partner and the provisions stand or fall together.
  return b.v.transactie(async () => {
    // Art. 21.6: the weighing of the victim's interests, made by the two who decide, comes before the use.
    if (g.belangenafweging?.trim()) await belangenafwegingInTransactie(b, g.dossierId, g.belangenafweging);
    const tijd = nu().toISOString();
    const { lastID } = await b.v.run('INSERT INTO spoedbesluiten (dossier_id, verzoek, partner_ids, besloten_op, ketenregisseur, zorgcoordinator) VALUES (?,?,?,?,?,?)', [
      g.dossierId,
      g.verzoek,
      JSON.stringify(g.partnerIds),
      tijd,
      regisseur,
      zorg,
    ]);
    // Art. 16.9: what the deciders chose as needed for this immediate action, and who chose it.
    for (const k of keuzes) {
      await b.v.run('INSERT INTO spoed_keuzes (spoed_id, partner_id, items, identificatie, door, gekozen_op) VALUES (?,?,?,?,?,?)', [lastID, k.partnerId, JSON.stringify(k.itemSleutels), k.identificatie ? 1 : 0, ik.naam, tijd]);
    }
    await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'spoed',?)", [g.dossierId, tijd, ik.naam, `Spoedbesluit ${lastID}: ${g.verzoek}`]);
    await b.audit('spoed.besloten', `dossier:${d.nummer}`, {
      spoedId: lastID,
      ketenregisseur: regisseur,
      zorgcoordinator: zorg,
      partners: g.partnerIds,
      nodig: keuzes.map((k) => ({ partner: k.partnerId, items: k.itemSleutels, identificatie: k.identificatie })),
      artikel: 'art. 12.21, 16.9',
    });
    // Art. 12.21, 16.9: the decision now asks these partners to act; each gets only what was chosen as
    // needed for the immediate action (or the minimal suggestion), and the log says which and by whom.
    const verstrekkingen = [];
    for (const partnerId of g.partnerIds) {
      verstrekkingen.push({ partnerId, ...(await verstrekken(b, { ontvangerId: partnerId, dossierId: g.dossierId, doel: 'spoed', soort: 'spoed', alleenToegestaan: true })) });
    }
    return { id: lastID, verstrekkingen };
  });
}

/** The choice per partner for a spoed decision: only partners it asks to act, only items of the dossier. */
async function spoedkeuzesToetsen(b: Bestand, nummer: string, dossierId: number, partnerIds: readonly number[], nodig: readonly SpoedNodig[]): Promise<SpoedNodig[]> {
  if (nodig.length === 0) return [];
  const items = await itemsVanDossier(b.v, dossierId);
  return nodig.map((k) => {
    if (!partnerIds.includes(k.partnerId)) throw new KetenFout('ONGELDIGE_INVOER', melding('spoed.keuzeZonderVerzoek'), { artikel: 'art. 16.9', velden: [veldfout('nodig', melding('veld.kiesPartner'))] });
    const vreemd = k.itemSleutels.find((s) => !items.some((i) => i.sleutel === s));
    if (vreemd !== undefined) throw new KetenFout('ONGELDIGE_INVOER', melding('spoed.onbekendItem', { sleutel: vreemd, nummer }), { artikel: 'art. 16.9', velden: [veldfout('nodig', melding('veld.onbekendItem'))] });
    return { partnerId: k.partnerId, itemSleutels: items.map((i) => i.sleutel).filter((s) => k.itemSleutels.includes(s)), identificatie: k.identificatie };
  });
}

/** The spoed form's starting point: the dossier's items and per partner the minimal suggestion (art. 16.9). */
export async function spoedVoorstel(b: Bestand, g: { dossierId: number; partnerIds: readonly number[]; verzoek: string }) {
  await dossierRij(b, g.dossierId);
  const items = await itemsVanDossier(b.v, g.dossierId);
  const alle = await ontvangers(b.v);
  return {
    items: items.map((i) => ({ sleutel: i.sleutel, omschrijving: i.omschrijving, categorie: i.categorie })),
    partners: g.partnerIds.flatMap((id) => {
      const o = alle.find((x) => x.id === id);
      return o ? [{ partnerId: id, ...spoedvoorstel(items, o, [g.verzoek]) }] : [];
    }),
  };
}

/** Every spoed decision, or those waiting for confirmation, or (`dossierId`) those of one dossier. */
export async function spoedLijst(b: Bestand, alleenOnbevestigd = false, dossierId?: number) {
  const waar = [...(alleenOnbevestigd ? ["s.status = 'wacht-op-bevestiging'"] : []), ...(dossierId === undefined ? [] : ['s.dossier_id = ?'])];
  const rijen = await b.v.all<{ id: number; dossier_id: number | null; nummer: string | null; verzoek: string; partner_ids: string; besloten_op: string; ketenregisseur: string; zorgcoordinator: string; status: string }>(
    `SELECT s.*, d.nummer FROM spoedbesluiten s LEFT JOIN dossiers d ON d.id = s.dossier_id ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY s.id DESC`,
    dossierId === undefined ? [] : [dossierId],
  );
  const keuzes = await spoedKeuzesLijst(b.v, rijen.map((r) => r.id));
  return rijen.map((r) => ({
    id: r.id,
    nodig: keuzes.get(r.id) ?? [],
    dossier: r.dossier_id && r.nummer ? { id: r.dossier_id, nummer: r.nummer } : null,
    verzoek: r.verzoek,
    partnerIds: JSON.parse(r.partner_ids) as number[],
    beslotenOp: r.besloten_op,
    ketenregisseur: r.ketenregisseur,
    zorgcoordinator: r.zorgcoordinator,
    status: r.status as 'wacht-op-bevestiging' | 'bevestigd' | 'ingetrokken',
  }));
}
