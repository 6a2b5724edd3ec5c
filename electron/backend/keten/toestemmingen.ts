/**
 * Consents as records (who consented, to what, when, recorded by whom, withdrawn when). Each kind
 * can only be given by the one the covenant names; anyone else is refused with that article.
 */
import { KetenFout } from '../../../shared/fouten';
import type { Partnersoort } from '../../../shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import type { Toestemmingsoort } from '../beleid/typen';
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
}

async function partner(b: Bestand, id: number) {
  const p = await b.v.get<{ id: number; naam: string; soort: Partnersoort }>('SELECT id, naam, soort FROM partners WHERE id = ?', [id]);
  if (!p) throw new KetenFout('NIET_GEVONDEN', `Partner ${id} staat niet in het register.`);
  return p;
}

export async function toestemmingVastleggen(b: Bestand, t: Invoer): Promise<number> {
  if ((t.signaalId === undefined) === (t.navraagId === undefined)) {
    throw new KetenFout('ONGELDIGE_INVOER', 'Een toestemming hoort bij precies één signaal of één antwoord op een navraag.', { velden: [{ pad: 'signaalId', melding: 'Kies een signaal of een navraag' }] });
  }
  // The supplier of the data the consent is about.
  let bron: { id: number; naam: string; soort: Partnersoort };
  let onderwerp: string;
  if (t.signaalId !== undefined) {
    const s = await signaalRij(b, t.signaalId);
    if (!s.bron_partner_id) throw new KetenFout('CONFLICT', `Signaal ${s.nummer} heeft geen bronpartner; leg die eerst vast.`);
    bron = await partner(b, s.bron_partner_id);
    onderwerp = `signaal:${s.nummer}`;
  } else {
    const n = await b.v.get<{ partner_id: number }>('SELECT partner_id FROM navragen WHERE id = ?', [t.navraagId!]);
    if (!n) throw new KetenFout('NIET_GEVONDEN', `Navraag ${t.navraagId} bestaat niet.`);
    bron = await partner(b, n.partner_id);
    onderwerp = `navraag:${t.navraagId}`;
  }
  const gever = await partner(b, t.gegevenDoorPartnerId);

  if (t.soort === 'riec-emm') {
    if (gever.id !== bron.id) {
      throw new KetenFout('CONVENANTREGEL', `Alleen de leverende partner (${bron.naam}) kan instemmen met verstrekking aan RIEC of EMM, niet ${gever.naam}.`, { artikel: 'art. 14.6' });
    }
    if (t.ontvangerPartnerId) {
      const o = await partner(b, t.ontvangerPartnerId);
      if (o.soort !== 'riec' && o.soort !== 'emm') throw new KetenFout('ONGELDIGE_INVOER', 'Deze toestemming geldt alleen voor het RIEC of het EMM.', { velden: [{ pad: 'ontvangerPartnerId', melding: 'Kies RIEC of EMM' }] });
    }
  } else if (t.soort === 'zorg-operationeel') {
    if (b.gebruiker.rol !== 'zorgcoordinator' && b.gebruiker.rol !== 'assistent-zorgcoordinator') {
      throw new KetenFout('CONVENANTREGEL', 'Alleen de zorgcoördinator kan instemmen met strafrechtelijk of bestuursrechtelijk gebruik van zorggegevens.', { artikel: 'art. 21.5' });
    }
    if (categorieVanBron(bron.soort) !== 'zorg') throw new KetenFout('ONGELDIGE_INVOER', `${bron.naam} is geen zorgpartner; deze toestemming is hier niet nodig.`, { artikel: 'art. 21.5' });
    if (gever.id !== bron.id) {
      throw new KetenFout('CONVENANTREGEL', `De zorgcoördinator stemt in na expliciete instemming van de leverende partner (${bron.naam}); leg die partner vast als gever.`, { artikel: 'art. 21.5' });
    }
  } else {
    if (gever.soort !== 'om') throw new KetenFout('CONVENANTREGEL', `Alleen de Officier van Justitie (OM) kan instemmen met verstrekking van strafrechtelijke gegevens buiten de partijen, niet ${gever.naam}.`, { artikel: 'art. 21.8' });
    if (categorieVanBron(bron.soort) !== 'strafrechtelijk') throw new KetenFout('ONGELDIGE_INVOER', 'Dit zijn geen strafrechtelijke gegevens; deze toestemming is hier niet nodig.', { artikel: 'art. 21.8' });
  }

  return b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      'INSERT INTO toestemmingen (soort, signaal_id, navraag_id, gegeven_door_partner_id, ontvanger_partner_id, gegeven_op, vastgelegd_door, vastgelegd_op, toelichting) VALUES (?,?,?,?,?,?,?,?,?)',
      [t.soort, t.signaalId ?? null, t.navraagId ?? null, gever.id, t.ontvangerPartnerId ?? null, t.gegevenOp, b.gebruiker.naam, new Date().toISOString(), t.toelichting],
    );
    await b.audit('toestemming.vastgelegd', onderwerp, { toestemmingId: lastID, soort: t.soort, gegevenDoor: gever.naam, gegevenOp: t.gegevenOp });
    return lastID;
  });
}

export async function toestemmingIntrekken(b: Bestand, id: number, datum: string): Promise<void> {
  await b.v.transactie(async () => {
    const r = await b.v.run('UPDATE toestemmingen SET ingetrokken_op = ? WHERE id = ? AND ingetrokken_op IS NULL', [datum, id]);
    if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', `Toestemming ${id} bestaat niet of is al ingetrokken.`);
    await b.audit('toestemming.ingetrokken', `toestemming:${id}`, { datum });
  });
}

export async function toestemmingenVanDossier(b: Bestand, dossierId: number) {
  return b.v.all<{ id: number; soort: Toestemmingsoort; signaalId: number | null; navraagId: number | null; gegevenDoor: string; ontvanger: string | null; gegevenOp: string; vastgelegdDoor: string; ingetrokkenOp: string | null; toelichting: string }>(
    `SELECT t.id, t.soort, t.signaal_id AS signaalId, t.navraag_id AS navraagId, g.naam AS gegevenDoor, o.naam AS ontvanger, t.gegeven_op AS gegevenOp,
            t.vastgelegd_door AS vastgelegdDoor, t.ingetrokken_op AS ingetrokkenOp, t.toelichting
       FROM toestemmingen t JOIN partners g ON g.id = t.gegeven_door_partner_id LEFT JOIN partners o ON o.id = t.ontvanger_partner_id
      WHERE t.signaal_id IN (SELECT id FROM signalen WHERE dossier_id = ?) OR t.navraag_id IN (SELECT id FROM navragen WHERE dossier_id = ?)
      ORDER BY t.id`,
    [dossierId, dossierId],
  );
}
