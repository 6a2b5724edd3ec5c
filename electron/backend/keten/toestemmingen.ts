/**
 * Consents as records (who consented, to what, when, recorded by whom, withdrawn when). Each kind
 * can only be given by the one the covenant names; anyone else is refused with that article.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Partnersoort } from '@shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import type { Doel, Toestemmingsoort } from '../beleid/typen';
import { categorieVanBron } from '../beleid/categorie';
import { signaalRij } from './signalen';

interface Invoer {
  soort: Toestemmingsoort;
  signaalId?: number | undefined;
  navraagId?: number | undefined;
  gegevenDoorPartnerId: number;
  ontvangerPartnerId?: number | null | undefined;
  gegevenOp: string;
  toelichting: string;
  /** Art. 14.8: the purpose it is given for. */
  doel: Doel;
  /** Art. 14.8: the supplier judged the further processing compatible with the purpose of collection. */
  verenigbaar: boolean;
}

async function partner(b: Bestand, id: number) {
  const p = await b.v.get<{ id: number; naam: string; soort: Partnersoort }>('SELECT id, naam, soort FROM partners WHERE id = ?', [id]);
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id }));
  return p;
}

export async function toestemmingVastleggen(b: Bestand, t: Invoer): Promise<number> {
  if ((t.signaalId === undefined) === (t.navraagId === undefined)) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('toestemming.eenBron'), { velden: [veldfout('signaalId', melding('veld.kiesSignaalOfNavraag'))] });
  }
  // The supplier of the data the consent is about.
  let bron: { id: number; naam: string; soort: Partnersoort };
  let onderwerp: string;
  if (t.signaalId !== undefined) {
    const s = await signaalRij(b, t.signaalId);
    if (!s.bron_partner_id) throw new KetenFout('CONFLICT', melding('toestemming.geenBronpartner', { nummer: s.nummer }));
    bron = await partner(b, s.bron_partner_id);
    onderwerp = `signaal:${s.nummer}`;
  } else {
    const n = await b.v.get<{ partner_id: number }>('SELECT partner_id FROM navragen WHERE id = ?', [t.navraagId!]);
    if (!n) throw new KetenFout('NIET_GEVONDEN', melding('navraag.nietGevonden', { id: t.navraagId ?? '' }));
    bron = await partner(b, n.partner_id);
    onderwerp = `navraag:${t.navraagId}`;
  }
  const gever = await partner(b, t.gegevenDoorPartnerId);
  // Art. 14.8: a partner that finds the further processing incompatible withholds its consent.
  if (!t.verenigbaar) throw new KetenFout('CONVENANTREGEL', melding('toestemming.nietVerenigbaar'), { artikel: 'art. 14.8', velden: [veldfout('verenigbaar', melding('veld.verenigbaarNodig'))] });

  if (t.soort === 'riec-emm') {
    if (gever.id !== bron.id) {
      throw new KetenFout('CONVENANTREGEL', melding('toestemming.alleenLeverende', { naam: bron.naam, naam2: gever.naam }), { artikel: 'art. 14.6' });
    }
    if (t.ontvangerPartnerId) {
      const o = await partner(b, t.ontvangerPartnerId);
      if (o.soort !== 'riec' && o.soort !== 'emm') throw new KetenFout('ONGELDIGE_INVOER', melding('toestemming.alleenRiecEmm'), { velden: [veldfout('ontvangerPartnerId', melding('veld.kiesRiecOfEmm'))] });
    }
  } else if (t.soort === 'zorg-operationeel') {
    if (b.gebruiker.rol !== 'zorgcoordinator' && b.gebruiker.rol !== 'assistent-zorgcoordinator') {
      throw new KetenFout('CONVENANTREGEL', melding('toestemming.alleenZorgcoordinator'), { artikel: 'art. 21.5' });
    }
    if (categorieVanBron(bron.soort) !== 'zorg') throw new KetenFout('ONGELDIGE_INVOER', melding('toestemming.geenZorgpartner', { naam: bron.naam }), { artikel: 'art. 21.5' });
    if (gever.id !== bron.id) {
      throw new KetenFout('CONVENANTREGEL', melding('toestemming.eerstLeverende', { naam: bron.naam }), { artikel: 'art. 21.5' });
    }
  } else {
    if (gever.soort !== 'om') throw new KetenFout('CONVENANTREGEL', melding('toestemming.alleenOm', { naam: gever.naam }), { artikel: 'art. 21.8' });
    if (categorieVanBron(bron.soort) !== 'strafrechtelijk') throw new KetenFout('ONGELDIGE_INVOER', melding('toestemming.geenStrafrechtelijk'), { artikel: 'art. 21.8' });
  }

  return b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      'INSERT INTO toestemmingen (soort, signaal_id, navraag_id, gegeven_door_partner_id, ontvanger_partner_id, gegeven_op, vastgelegd_door, vastgelegd_op, toelichting, doel, verenigbaar) VALUES (?,?,?,?,?,?,?,?,?,?,1)',
      [t.soort, t.signaalId ?? null, t.navraagId ?? null, gever.id, t.ontvangerPartnerId ?? null, t.gegevenOp, b.gebruiker.naam, new Date().toISOString(), t.toelichting, t.doel],
    );
    await b.audit('toestemming.vastgelegd', onderwerp, { toestemmingId: lastID, soort: t.soort, gegevenDoor: gever.naam, gegevenOp: t.gegevenOp, doel: t.doel, verenigbaar: true, artikel: 'art. 14.8' });
    return lastID;
  });
}

export async function toestemmingIntrekken(b: Bestand, id: number, datum: string): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE toestemmingen SET ingetrokken_op = ? WHERE id = ? AND ingetrokken_op IS NULL', [datum, id]);
    if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', melding('toestemming.nietGevonden', { id }));
    await b.audit('toestemming.ingetrokken', `toestemming:${id}`, { datum });
  });
}

export async function toestemmingenVanDossier(b: Bestand, dossierId: number) {
  const rijen = await b.v.all<{ id: number; soort: Toestemmingsoort; signaalId: number | null; navraagId: number | null; gegevenDoor: string; ontvanger: string | null; gegevenOp: string; vastgelegdDoor: string; ingetrokkenOp: string | null; toelichting: string; doel: string | null; verenigbaar: number | null }>(
    `SELECT t.id, t.soort, t.signaal_id AS signaalId, t.navraag_id AS navraagId, g.naam AS gegevenDoor, o.naam AS ontvanger, t.gegeven_op AS gegevenOp,
            t.vastgelegd_door AS vastgelegdDoor, t.ingetrokken_op AS ingetrokkenOp, t.toelichting, t.doel,
            CASE t.verenigbaar WHEN 1 THEN 1 WHEN 0 THEN 0 END AS verenigbaar
       FROM toestemmingen t JOIN partners g ON g.id = t.gegeven_door_partner_id LEFT JOIN partners o ON o.id = t.ontvanger_partner_id
      WHERE t.signaal_id IN (SELECT id FROM signalen WHERE dossier_id = ?) OR t.navraag_id IN (SELECT id FROM navragen WHERE dossier_id = ?)
      ORDER BY t.id`,
    [dossierId, dossierId],
  );
  return rijen.map((r) => ({ ...r, verenigbaar: r.verenigbaar === null ? null : r.verenigbaar === 1 }));
}
