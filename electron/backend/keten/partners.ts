/** The partner registry: repository and the accession/notice procedures (art. 2, 4, 30.1, 34.3). */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum, vandaag } from '@shared/datum';
import type { Partner, PartnerDetail, PartnerRol, Partnersoort } from '@shared/domein/partner';
import type { Verbinding } from '../bestand/verbinding';
import zaaidata from '../../../resources/partners.json';
import { isPartijOp, ontbrekendeInstemmingen, partnerStatus, uittredingsdatum, type PartnerDatums } from '../beleid/partnerregels';

/** A registry row as stored; the bundle module reads the same rows (bundels/kring.ts). */
export interface PartnerRij {
  id: number;
  code: string;
  naam: string;
  soort: Partnersoort;
  land: string;
  rol: PartnerRol;
  toetreding_aangevraagd_op: string | null;
  toegetreden_op: string | null;
  opgezegd_op: string | null;
  uitgetreden_per: string | null;
  toelichting: string;
}

/** The dates the registry rules (partnerregels.ts) decide on. */
export const partnerDatums = (r: Omit<PartnerRij, 'toelichting'>): PartnerDatums => ({
  rol: r.rol,
  toetredingAangevraagdOp: r.toetreding_aangevraagd_op,
  toegetredenOp: r.toegetreden_op,
  opgezegdOp: r.opgezegd_op,
  uitgetredenPer: r.uitgetreden_per,
});

function naarPartner(r: PartnerRij, datum: string): Partner {
  const datums = partnerDatums(r);
  return {
    id: r.id,
    code: r.code,
    naam: r.naam,
    soort: r.soort,
    land: r.land,
    toelichting: r.toelichting,
    ...datums,
    status: partnerStatus(datums, datum),
  };
}

interface Zaaipartner {
  code: string;
  naam: string;
  soort: Partnersoort;
  rol: PartnerRol;
  artikel: string;
}

/** Seeds art. 2's parties (joined when the bestand is made), footnote 2's suggestions, RIEC and EMM. */
export async function partnersZaaien(v: Verbinding, datum = vandaag()): Promise<void> {
  for (const p of zaaidata.partners as Zaaipartner[]) {
    await v.run(
      'INSERT INTO partners (code, naam, soort, land, rol, toegetreden_op, toelichting) VALUES (?,?,?,?,?,?,?)',
      [p.code, p.naam, p.soort, 'NL', p.rol, p.rol === 'partij' ? datum : null, `Bron: ${p.artikel.startsWith('voetnoot') ? p.artikel : `art. ${p.artikel}`} van het convenant.`],
    );
  }
}

export async function partnersLijst(v: Verbinding, datum = vandaag()): Promise<Partner[]> {
  const rijen = await v.all<PartnerRij>('SELECT * FROM partners ORDER BY rol = \'kandidaat\', rol = \'ontvanger\', code');
  return rijen.map((r) => naarPartner(r, datum));
}

async function rij(v: Verbinding, id: number): Promise<PartnerRij> {
  const r = await v.get<PartnerRij>('SELECT * FROM partners WHERE id = ?', [id]);
  if (!r) throw new KetenFout('NIET_GEVONDEN', melding('partner.bestaatNiet', { id }));
  return r;
}

export async function partnerDetail(v: Verbinding, id: number, datum = vandaag()): Promise<PartnerDetail> {
  const p = naarPartner(await rij(v, id), datum);
  const contactpersonen = await v.all<{ id: number; naam: string; functie: string; telefoon: string; email: string }>(
    'SELECT id, naam, functie, telefoon, email FROM partner_contactpersonen WHERE partner_id = ? ORDER BY naam',
    [id],
  );
  const instemmingen = await v.all<{ partijId: number; partijCode: string; partijNaam: string; datum: string; vastgelegdDoor: string }>(
    `SELECT i.partij_id AS partijId, p.code AS partijCode, p.naam AS partijNaam, i.datum, i.vastgelegd_door AS vastgelegdDoor
       FROM toetreding_instemmingen i JOIN partners p ON p.id = i.partij_id WHERE i.kandidaat_id = ? ORDER BY p.code`,
    [id],
  );
  const ontbrekend =
    p.rol === 'kandidaat' && p.toetredingAangevraagdOp
      ? ontbrekendeInstemmingen(id, await partnersLijst(v, datum), new Set(instemmingen.map((i) => i.partijId)), datum).map((x) => ({ id: x.id, code: x.code, naam: x.naam }))
      : [];
  return { ...p, contactpersonen, instemmingen, ontbrekendeInstemmingen: ontbrekend };
}

export async function partnerToevoegen(
  v: Verbinding,
  g: { code: string; naam: string; soort: Partnersoort; land: string; toelichting: string },
): Promise<number> {
  if (await v.get('SELECT 1 FROM partners WHERE code = ?', [g.code])) {
    throw new KetenFout('CONFLICT', melding('partner.codeBestaatAl', { code: g.code }), { velden: [veldfout('code', melding('veld.codeBezet'))] });
  }
  // RIEC and EMM are recipients by their nature (art. 21.4); every other new partner is a candidate (art. 4.1).
  const rol: PartnerRol = g.soort === 'riec' || g.soort === 'emm' ? 'ontvanger' : 'kandidaat';
  const r = await v.run('INSERT INTO partners (code, naam, soort, land, rol, toelichting) VALUES (?,?,?,?,?,?)', [g.code, g.naam, g.soort, g.land, rol, g.toelichting]);
  return r.lastID;
}

export async function partnerWijzigen(v: Verbinding, id: number, g: { naam: string; land: string; toelichting: string }): Promise<void> {
  await rij(v, id);
  await v.run('UPDATE partners SET naam = ?, land = ?, toelichting = ? WHERE id = ?', [g.naam, g.land, g.toelichting, id]);
}

export async function contactpersoonToevoegen(v: Verbinding, partnerId: number, c: { naam: string; functie: string; telefoon: string; email: string }): Promise<number> {
  await rij(v, partnerId);
  const r = await v.run('INSERT INTO partner_contactpersonen (partner_id, naam, functie, telefoon, email) VALUES (?,?,?,?,?)', [partnerId, c.naam, c.functie, c.telefoon, c.email]);
  return r.lastID;
}

export async function contactpersoonVerwijderen(v: Verbinding, partnerId: number, contactpersoonId: number): Promise<void> {
  const r = await v.run('DELETE FROM partner_contactpersonen WHERE id = ? AND partner_id = ?', [contactpersoonId, partnerId]);
  if (r.changes === 0) throw new KetenFout('NIET_GEVONDEN', melding('partner.contactpersoonNietGevonden'));
}

/** Art. 4.2: an organisation applies to join; only a candidate can. */
export async function toetredingAanvragen(v: Verbinding, id: number, datum: string): Promise<void> {
  const p = await rij(v, id);
  if (p.rol === 'ontvanger') {
    throw new KetenFout('CONVENANTREGEL', melding('partner.ontvangerGeenPartij', { naam: p.naam }), { artikel: 'art. 21.4' });
  }
  if (p.rol === 'partij') throw new KetenFout('CONFLICT', melding('partner.alPartij', { naam: p.naam }));
  await v.run('UPDATE partners SET toetreding_aangevraagd_op = ? WHERE id = ?', [datum, id]);
}

/** Art. 4.3: a current party consents to a candidate's accession. */
export async function instemmingVastleggen(v: Verbinding, kandidaatId: number, partijId: number, datum: string, door: string): Promise<void> {
  const k = await rij(v, kandidaatId);
  const p = await rij(v, partijId);
  if (k.rol !== 'kandidaat' || !k.toetreding_aangevraagd_op) {
    throw new KetenFout('CONVENANTREGEL', melding('partner.geenVerzoek', { naam: k.naam }), { artikel: 'art. 4.2' });
  }
  const partij = naarPartner(p, datum);
  if (!isPartijOp(partij, datum)) {
    throw new KetenFout('CONVENANTREGEL', melding('partner.geenPartijInstemmen', { naam: p.naam, datum: nlDatum(datum) }), { artikel: 'art. 4.3' });
  }
  await v.run(
    'INSERT INTO toetreding_instemmingen (kandidaat_id, partij_id, datum, vastgelegd_door) VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET datum = excluded.datum, vastgelegd_door = excluded.vastgelegd_door',
    [kandidaatId, partijId, datum, door],
  );
}

/**
 * Art. 4.3: accession is recorded only when every party on the day of accession has consented, on or
 * before that day — whatever the date. Only the parties that signed at the start joined without
 * consents, and that is recorded when the bestand is made (partnersZaaien); before that day there is
 * nobody who could consent, so no accession either.
 */
export async function toetredingVastleggen(v: Verbinding, id: number, datum: string): Promise<void> {
  const detail = await partnerDetail(v, id, datum);
  if (detail.rol !== 'kandidaat' || !detail.toetredingAangevraagdOp) {
    throw new KetenFout('CONVENANTREGEL', melding('partner.geenVerzoekVastgelegd', { naam: detail.naam }), { artikel: 'art. 4.2' });
  }
  if (datum < detail.toetredingAangevraagdOp) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('partner.toetredingVoorVerzoek'), { velden: [veldfout('datum', melding('veld.datumNaVerzoek'))] });
  }
  const partijen = (await partnersLijst(v, datum)).filter((p) => p.id !== id && isPartijOp(p, datum));
  if (partijen.length === 0) {
    const begin = (await v.get<{ d: string | null }>("SELECT min(toegetreden_op) AS d FROM partners WHERE rol = 'partij' AND id != ?", [id]))?.d;
    const sinds = begin ? ` De partijen van het begin staan in dit bestand als ondertekend op ${nlDatum(begin)}.` : '';
    throw new KetenFout('CONVENANTREGEL', melding('partner.niemandKanInstemmen', { datum: nlDatum(datum), naam: detail.naam, sinds }), {
      artikel: 'art. 4.3',
      velden: [veldfout('datum', melding('veld.datumInstemming'))],
    });
  }
  // A consent counts only if it was given by the day of accession ("na instemming", art. 4.3).
  const ingestemd = new Set(detail.instemmingen.filter((i) => i.datum <= datum).map((i) => i.partijId));
  const ontbrekend = ontbrekendeInstemmingen(id, partijen, ingestemd, datum);
  if (ontbrekend.length > 0) {
    const namen = ontbrekend.map((p) => p.naam).join(', ');
    throw new KetenFout('CONVENANTREGEL', melding('partner.instemmingOntbreekt', { datum: nlDatum(datum), namen }), { artikel: 'art. 4.3' });
  }
  await v.run("UPDATE partners SET rol = 'partij', toegetreden_op = ? WHERE id = ?", [datum, id]);
}

/** Art. 34.3: a party gives notice; it leaves six months later and receives nothing after that. */
export async function opzeggen(v: Verbinding, id: number, datum: string): Promise<void> {
  const p = await rij(v, id);
  if (p.rol !== 'partij') throw new KetenFout('CONVENANTREGEL', melding('partner.geenPartijOpzeggen', { naam: p.naam }), { artikel: 'art. 34.3' });
  if (p.opgezegd_op) throw new KetenFout('CONFLICT', melding('partner.alOpgezegd', { naam: p.naam, opgezegd_op: nlDatum(p.opgezegd_op) }));
  if (p.toegetreden_op && datum < p.toegetreden_op) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('partner.opzeggingVoorToetreding'), { velden: [veldfout('datum', melding('veld.datumNaToetreding'))] });
  }
  await v.run('UPDATE partners SET opgezegd_op = ?, uitgetreden_per = ? WHERE id = ?', [datum, uittredingsdatum(datum), id]);
}
