/**
 * OpenPGP keys for bundles (docs/ontwerp.md §6, ADR 0007). Each bestand makes its own key pair when it is
 * created and keeps the secret key only inside the encrypted bestand. A partner's public key is tied
 * to a registry partner and is not trusted until someone confirms its fingerprint with the partner
 * (by telephone, in person) and records who, when and how. Rotating the own key keeps the old one to
 * read older bundles; a revoked partner key never verifies again. Every key action is audited; the
 * audit holds fingerprints and ids, never the confirmation text (it names a person, and the audit
 * chain can never be edited).
 */
import path from 'node:path';
import * as openpgp from 'openpgp';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vingerafdrukNormaliseren, vingerafdrukTonen, type PartnerSleutel } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { padBinnen } from '../paden';
import { schrijfAtomisch } from '../schrijven';
import { PGP_CONFIG } from './formaat';
import { eigenSleutelOpslaan, huidigeRij, sleutelpaarGenereren } from '../bestand/eigensleutel';
import { eigenIdentiteit } from './identiteit';
import { partnerOpId } from './kring';
import { bestandLezen, gekozenMap, schrijffout } from './schijf';
import { nlDatum } from '@shared/datum';

export const MAX_SLEUTELTEKST = 64 * 1024;

interface PartnerSleutelRij {
  id: number;
  partner_id: number;
  partner_code: string;
  partner_naam: string;
  vingerafdruk: string;
  publiek: string;
  sleutel_aangemaakt: string;
  geimporteerd_op: string;
  geimporteerd_door: string;
  bevestigd_op: string | null;
  bevestigd_door: string | null;
  bevestigd_hoe: string | null;
  ingetrokken_op: string | null;
  ingetrokken_door: string | null;
}

const PARTNER_SLEUTEL_SELECT = `SELECT s.*, p.code AS partner_code, p.naam AS partner_naam FROM partner_sleutels s JOIN partners p ON p.id = s.partner_id`;

export async function eigenSleutel(b: Bestand) {
  const rij = await huidigeRij(b);
  const eerdere = await b.v.all<{ id: number; vingerafdruk: string; aangemaakt: string; vervangenOp: string }>(
    'SELECT id, vingerafdruk, aangemaakt, vervangen_op AS vervangenOp FROM eigen_sleutels WHERE vervangen_op IS NOT NULL ORDER BY vervangen_op DESC',
  );
  const wij = await eigenIdentiteit(b);
  return {
    id: rij.id,
    vingerafdruk: rij.vingerafdruk,
    vingerafdrukGroepen: vingerafdrukTonen(rij.vingerafdruk),
    aangemaakt: rij.aangemaakt,
    publiek: rij.publiek,
    identiteit: wij ? { id: wij.id, code: wij.code, naam: wij.naam } : null,
    eerdere,
  };
}

/**
 * TEST ONLY: the current secret key, armored, for the GnuPG peer in tests/integration/gpg.test.ts.
 * No channel, command or module outside tests/ calls it (tests/unit/bundel-sleutels.test.ts checks);
 * it refuses to run outside vitest.
 */
export async function geheimeSleutelVoorTest(b: Bestand): Promise<string> {
  if (!process.env.VITEST) throw new KetenFout('GEEN_TOEGANG', melding('bundelsleutel.geheimBlijft'));
  return (await huidigeRij(b)).geheim;
}

/** Writes the own public key to a file the user can hand to a partner; the secret key never leaves. */
export async function eigenSleutelExporteren(b: Bestand, doelmapInvoer: string): Promise<{ pad: string; vingerafdruk: string; vingerafdrukGroepen: string }> {
  const doelmap = await gekozenMap(doelmapInvoer, 'doelmap');
  const rij = await huidigeRij(b);
  const wij = await eigenIdentiteit(b);
  const naam = `ketenbestand-sleutel-${wij?.code ?? b.instellingen.profiel}-${rij.vingerafdruk.slice(-16).toUpperCase()}.asc`;
  const pad = padBinnen(doelmap, naam);
  try {
    await schrijfAtomisch(pad, rij.publiek);
  } catch (err) {
    throw schrijffout(err, doelmap, 'de publieke sleutel');
  }
  await b.audit('sleutel.geexporteerd', 'bundelsleutel', { sleutelId: rij.id, vingerafdruk: rij.vingerafdruk, bestandsnaam: path.basename(pad) });
  return { pad, vingerafdruk: rij.vingerafdruk, vingerafdrukGroepen: vingerafdrukTonen(rij.vingerafdruk) };
}

/** A new own key; the old one stays, marked replaced, to open bundles that were encrypted to it. */
export async function eigenSleutelRoteren(b: Bestand) {
  const paar = await sleutelpaarGenereren(b.instellingen.naam, b.instellingen.profiel);
  await b.v.transactie(async () => {
    const oud = await b.v.get<{ id: number; vingerafdruk: string }>('SELECT id, vingerafdruk FROM eigen_sleutels WHERE vervangen_op IS NULL');
    if (oud) await b.v.run('UPDATE eigen_sleutels SET vervangen_op = ? WHERE id = ?', [new Date().toISOString(), oud.id]);
    const sleutelId = await eigenSleutelOpslaan(b.v, b.gebruiker.naam, paar);
    await b.audit(oud ? 'sleutel.geroteerd' : 'sleutel.gemaakt', 'bundelsleutel', {
      sleutelId,
      vingerafdruk: paar.vingerafdruk,
      ...(oud ? { vorigeSleutelId: oud.id, vorigeVingerafdruk: oud.vingerafdruk } : {}),
    });
  });
  return eigenSleutel(b);
}

export function sleutelbestandLezen(pad: string): Promise<Uint8Array> {
  return bestandLezen(pad, MAX_SLEUTELTEKST, () => new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.bestandTeGroot', { kb: MAX_SLEUTELTEKST / 1024 })));
}

/** Reads one public key, usable for both signing and encryption, or refuses with SLEUTEL_ONGELDIG. */
async function publiekeSleutelLezen(armored: string): Promise<openpgp.PublicKey> {
  if (armored.length > MAX_SLEUTELTEKST) throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.tekstTeLang'));
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armored)) {
    throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.geheimeSleutel'));
  }
  // openpgp reads only the first armored block; a second one would be dropped without a word.
  const blokken = (armored.match(/-----BEGIN PGP /g) ?? []).length;
  if (blokken > 1) throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.blokken', { blokken }));
  let sleutels: openpgp.Key[];
  try {
    sleutels = await openpgp.readKeys({ armoredKeys: armored, config: PGP_CONFIG });
  } catch {
    throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.onleesbaar'));
  }
  if (sleutels.length !== 1) throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.meerdere', { aantal: sleutels.length }));
  const sleutel = sleutels[0]!;
  if (sleutel.isPrivate()) throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.geheimImporteren'));
  try {
    await sleutel.getSigningKey();
    await sleutel.getEncryptionKey();
  } catch (err) {
    throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.onbruikbaar', { reden: (err as Error).message.slice(0, 200) }));
  }
  return sleutel as openpgp.PublicKey;
}

/** A partner's public key, tied to a registry partner; untrusted until its fingerprint is confirmed. */
export async function partnerSleutelImporteren(b: Bestand, partnerId: number, armored: string): Promise<PartnerSleutel> {
  const partner = await partnerOpId(b.v, partnerId);
  if (!partner) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: partnerId }));
  const sleutel = await publiekeSleutelLezen(armored);
  const vingerafdruk = sleutel.getFingerprint();
  if (await b.v.get('SELECT 1 FROM eigen_sleutels WHERE vingerafdruk = ?', [vingerafdruk])) {
    throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.eigen'));
  }
  const id = await b.v.transactie(async () => {
    const bestaand = await b.v.get<PartnerSleutelRij>(`${PARTNER_SLEUTEL_SELECT} WHERE s.vingerafdruk = ?`, [vingerafdruk]);
    if (bestaand) {
      const feiten = { vingerafdruk: vingerafdrukTonen(vingerafdruk), partner_code: bestaand.partner_code };
      throw new KetenFout(
        'CONFLICT',
        bestaand.ingetrokken_op
          ? melding('bundelsleutel.alGeimporteerdIngetrokken', { ...feiten, ingetrokken_op: nlDatum(bestaand.ingetrokken_op) })
          : melding('bundelsleutel.alGeimporteerd', feiten),
      );
    }
    const { lastID } = await b.v.run(
      'INSERT INTO partner_sleutels (partner_id, vingerafdruk, publiek, sleutel_aangemaakt, geimporteerd_op, geimporteerd_door) VALUES (?,?,?,?,?,?)',
      [partner.id, vingerafdruk, sleutel.armor(), sleutel.getCreationTime().toISOString(), new Date().toISOString(), b.gebruiker.naam],
    );
    await b.audit('sleutel.partner-geimporteerd', `partner:${partner.code}`, { sleutelId: lastID, vingerafdruk });
    return lastID;
  });
  return partnerSleutel(b, id);
}

async function partnerSleutelRij(b: Bestand, sleutelId: number): Promise<PartnerSleutelRij> {
  const rij = await b.v.get<PartnerSleutelRij>(`${PARTNER_SLEUTEL_SELECT} WHERE s.id = ?`, [sleutelId]);
  if (!rij) throw new KetenFout('NIET_GEVONDEN', melding('bundelsleutel.nietGevonden', { sleutelId }));
  return rij;
}

function naarPartnerSleutel(r: PartnerSleutelRij): PartnerSleutel {
  return {
    id: r.id,
    partner: { id: r.partner_id, code: r.partner_code, naam: r.partner_naam },
    vingerafdruk: r.vingerafdruk,
    vingerafdrukGroepen: vingerafdrukTonen(r.vingerafdruk),
    sleutelAangemaakt: r.sleutel_aangemaakt,
    geimporteerdOp: r.geimporteerd_op,
    geimporteerdDoor: r.geimporteerd_door,
    status: r.ingetrokken_op ? 'ingetrokken' : r.bevestigd_op ? 'vertrouwd' : 'onbevestigd',
    bevestigdOp: r.bevestigd_op,
    bevestigdDoor: r.bevestigd_door,
    bevestigdHoe: r.bevestigd_hoe,
    ingetrokkenOp: r.ingetrokken_op,
    ingetrokkenDoor: r.ingetrokken_door,
  };
}

export async function partnerSleutel(b: Bestand, sleutelId: number): Promise<PartnerSleutel> {
  return naarPartnerSleutel(await partnerSleutelRij(b, sleutelId));
}

export async function partnerSleutelsLijst(b: Bestand): Promise<PartnerSleutel[]> {
  const rijen = await b.v.all<PartnerSleutelRij>(`${PARTNER_SLEUTEL_SELECT} ORDER BY p.code, s.geimporteerd_op DESC`);
  return rijen.map(naarPartnerSleutel);
}

/**
 * Trust: someone compared the fingerprint with the partner over a second channel. The user types the
 * fingerprint they heard and it must match — a click alone trusts nothing; a mismatch is audited.
 * Only the leading role gets here (shared/api.ts): trusting a key decides where victims' data goes.
 */
export async function partnerSleutelBevestigen(b: Bestand, sleutelId: number, hoe: string, gehoord: string): Promise<PartnerSleutel> {
  const rij = await partnerSleutelRij(b, sleutelId);
  if (rij.ingetrokken_op) throw new KetenFout('CONFLICT', melding('bundelsleutel.ingetrokken', { partner_code: rij.partner_code, ingetrokken_op: nlDatum(rij.ingetrokken_op) }));
  if (rij.bevestigd_op) throw new KetenFout('CONFLICT', melding('bundelsleutel.alBevestigd', { partner_code: rij.partner_code, bevestigd_op: nlDatum(rij.bevestigd_op), bevestigd_door: rij.bevestigd_door ?? '' }));
  if (vingerafdrukNormaliseren(gehoord) !== rij.vingerafdruk.toLowerCase()) {
    await b.audit('sleutel.bevestiging-mislukt', `partner:${rij.partner_code}`, { sleutelId, vingerafdruk: rij.vingerafdruk });
    throw new KetenFout('SLEUTEL_ONGELDIG', melding('bundelsleutel.vingerafdrukAnders', { partner_code: rij.partner_code }), {
      velden: [veldfout('vingerafdruk', melding('veld.komtNietOvereen'))],
    });
  }
  await vastleggen(b, () => b.v.run('UPDATE partner_sleutels SET bevestigd_op = ?, bevestigd_door = ?, bevestigd_hoe = ? WHERE id = ?', [new Date().toISOString(), b.gebruiker.naam, hoe, sleutelId]), {
    actie: 'sleutel.partner-bevestigd',
    onderwerp: `partner:${rij.partner_code}`,
    details: { sleutelId, vingerafdruk: rij.vingerafdruk },
  });
  return partnerSleutel(b, sleutelId);
}

/** A revoked key never verifies again and is never encrypted to; the row stays as evidence. */
export async function partnerSleutelIntrekken(b: Bestand, sleutelId: number, reden: string): Promise<PartnerSleutel> {
  const rij = await partnerSleutelRij(b, sleutelId);
  if (rij.ingetrokken_op) throw new KetenFout('CONFLICT', melding('bundelsleutel.alIngetrokken', { partner_code: rij.partner_code, ingetrokken_op: nlDatum(rij.ingetrokken_op) }));
  await vastleggen(b, () => b.v.run('UPDATE partner_sleutels SET ingetrokken_op = ?, ingetrokken_door = ?, ingetrokken_reden = ? WHERE id = ?', [new Date().toISOString(), b.gebruiker.naam, reden, sleutelId]), {
    actie: 'sleutel.partner-ingetrokken',
    onderwerp: `partner:${rij.partner_code}`,
    details: { sleutelId, vingerafdruk: rij.vingerafdruk },
  });
  return partnerSleutel(b, sleutelId);
}

export interface BekendeSleutel {
  id: number;
  partnerId: number;
  partnerCode: string;
  vingerafdruk: string;
  status: PartnerSleutel['status'];
  sleutel: openpgp.PublicKey;
  /** Hex IDs of the primary key and its subkeys: a signature names one of these. */
  sleutelIds: string[];
}

/** Every partner key we hold, whatever its status: the import decides what each status means. */
export async function bekendePartnerSleutels(b: Bestand): Promise<BekendeSleutel[]> {
  const rijen = await b.v.all<PartnerSleutelRij>(PARTNER_SLEUTEL_SELECT);
  const uit: BekendeSleutel[] = [];
  for (const r of rijen) {
    const sleutel = await openpgp.readKey({ armoredKey: r.publiek, config: PGP_CONFIG });
    uit.push({
      id: r.id,
      partnerId: r.partner_id,
      partnerCode: r.partner_code,
      vingerafdruk: r.vingerafdruk,
      status: naarPartnerSleutel(r).status,
      sleutel,
      sleutelIds: sleutel.getKeyIDs().map((k) => k.toHex()),
    });
  }
  return uit;
}

/** The key a bundle to this partner is encrypted to: trusted, not revoked, most recently confirmed. */
export async function vertrouwdeSleutelVan(b: Bestand, partnerId: number): Promise<{ id: number; vingerafdruk: string; sleutel: openpgp.PublicKey } | null> {
  const rij = await b.v.get<{ id: number; vingerafdruk: string; publiek: string }>(
    'SELECT id, vingerafdruk, publiek FROM partner_sleutels WHERE partner_id = ? AND bevestigd_op IS NOT NULL AND ingetrokken_op IS NULL ORDER BY bevestigd_op DESC, id DESC LIMIT 1',
    [partnerId],
  );
  if (!rij) return null;
  return { id: rij.id, vingerafdruk: rij.vingerafdruk, sleutel: await openpgp.readKey({ armoredKey: rij.publiek, config: PGP_CONFIG }) };
}
