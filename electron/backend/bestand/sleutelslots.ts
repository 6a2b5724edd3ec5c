/**
 * Key slots, like LUKS (docs/ontwerp.md §5). The bestand is encrypted with one random 256-bit key. Each user
 * has a slot: an X25519 key pair whose private half is wrapped under the user's passphrase through
 * scrypt (memory-hard; parameters kept in the slot), and the bestand key sealed to the public half.
 * Sealing needs no passphrase, so a rekey after removing a user can re-seal the new key for every
 * remaining slot, and the removed user's old slot opens nothing written afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { schrijfAtomisch } from '../schrijven';

export const SLEUTELBESTAND = 'sleutels.json';
const FORMAAT = 'ketenbestand-sleutels/1';

export interface KdfParameters {
  naam: 'scrypt';
  /** log2 of scrypt's N. */
  kosten: number;
  r: number;
  p: number;
  zout: string;
}

interface Versleuteld {
  iv: string;
  data: string;
  tag: string;
}

interface Doosje extends Versleuteld {
  sleutelId: string;
  efemeer: string;
}

export interface Slot {
  label: string;
  kdf: KdfParameters;
  publiek: string;
  persoonlijk: Versleuteld;
  doosjes: Doosje[];
}

/**
 * What the login screen may know of a bestand before anyone unlocks it (ADR 0019): only whether it is
 * the demo, whose name and accounts are made up. Readable without a passphrase, so the bestand's own
 * name never goes here (tests/integration/versleuteling.test.ts: nothing readable beside the file).
 */
export interface Opschrift {
  demo: true;
  /** The demo's partner installation (the politie's), beside the central demo. */
  partner?: true;
}

export interface Sleutelbestand {
  formaat: typeof FORMAAT;
  bestandId: string;
  slots: Slot[];
  opschrift?: Opschrift;
}

export interface Bestandssleutel {
  id: string;
  sleutel: Buffer;
}

/**
 * scrypt N = 2^17, r = 8: 128 MiB per attempt, which is what makes guessing expensive. Only under the
 * test runner (vitest sets VITEST; the CLI processes a test starts inherit it) may
 * KETENBESTAND_KDF_KOSTEN lower it; a production slot is never cheaper than this default.
 */
export function standaardKdfKosten(): number {
  const uitOmgeving = Number(process.env.KETENBESTAND_KDF_KOSTEN);
  const onderTest = Boolean(process.env.VITEST);
  return onderTest && Number.isInteger(uitOmgeving) && uitOmgeving >= 14 && uitOmgeving <= 20 ? uitOmgeving : 17;
}

const b64 = (b: Buffer) => b.toString('base64');
const vanB64 = (s: string) => Buffer.from(s, 'base64');

export function slotLabel(bestandId: string, gebruikersnaam: string): string {
  return crypto.createHash('sha256').update(`${bestandId}:${gebruikersnaam.toLowerCase()}`).digest('hex');
}

export function afleiden(wachtwoord: string, kdf: KdfParameters): Promise<Buffer> {
  const N = 2 ** kdf.kosten;
  return new Promise((resolve, reject) =>
    crypto.scrypt(
      wachtwoord.normalize('NFC'),
      vanB64(kdf.zout),
      32,
      { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r + 1024 * 1024 },
      (err, sleutel) => (err ? reject(err) : resolve(sleutel)),
    ),
  );
}

function versleutel(sleutel: Buffer, data: Buffer, aad: string): Versleuteld {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', sleutel, iv);
  c.setAAD(Buffer.from(aad));
  const uit = Buffer.concat([c.update(data), c.final()]);
  return { iv: b64(iv), data: b64(uit), tag: b64(c.getAuthTag()) };
}

function ontsleutel(sleutel: Buffer, v: Versleuteld, aad: string): Buffer {
  const d = crypto.createDecipheriv('aes-256-gcm', sleutel, vanB64(v.iv));
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(vanB64(v.tag));
  return Buffer.concat([d.update(vanB64(v.data)), d.final()]);
}

/** Key for sealing: X25519 agreement with an ephemeral key, then HKDF. */
function zegelsleutel(privaat: crypto.KeyObject, publiek: crypto.KeyObject, context: string): Buffer {
  const gedeeld = crypto.diffieHellman({ privateKey: privaat, publicKey: publiek });
  return Buffer.from(crypto.hkdfSync('sha256', gedeeld, Buffer.alloc(0), `ketenbestand-slot:${context}`, 32));
}

export function verzegel(publiekB64: string, sleutel: Bestandssleutel, label: string): Doosje {
  const publiek = crypto.createPublicKey({ key: vanB64(publiekB64), format: 'der', type: 'spki' });
  const efemeer = crypto.generateKeyPairSync('x25519');
  const k = zegelsleutel(efemeer.privateKey, publiek, label);
  const epub = efemeer.publicKey.export({ format: 'der', type: 'spki' });
  return { sleutelId: sleutel.id, efemeer: b64(epub), ...versleutel(k, sleutel.sleutel, `${label}:${sleutel.id}`) };
}

function ontzegel(privaat: crypto.KeyObject, doosje: Doosje, label: string): Bestandssleutel {
  const efemeer = crypto.createPublicKey({ key: vanB64(doosje.efemeer), format: 'der', type: 'spki' });
  const k = zegelsleutel(privaat, efemeer, label);
  return { id: doosje.sleutelId, sleutel: ontsleutel(k, doosje, `${label}:${doosje.sleutelId}`) };
}

export async function maakSlot(
  bestandId: string,
  gebruikersnaam: string,
  wachtwoord: string,
  sleutels: Bestandssleutel[],
  kosten = standaardKdfKosten(),
): Promise<Slot> {
  const label = slotLabel(bestandId, gebruikersnaam);
  const kdf: KdfParameters = { naam: 'scrypt', kosten, r: 8, p: 1, zout: b64(crypto.randomBytes(16)) };
  const paar = crypto.generateKeyPairSync('x25519');
  const publiek = b64(paar.publicKey.export({ format: 'der', type: 'spki' }));
  const wikkel = await afleiden(wachtwoord, kdf);
  const privaatDer = paar.privateKey.export({ format: 'der', type: 'pkcs8' });
  const persoonlijk = versleutel(wikkel, privaatDer, label);
  wikkel.fill(0);
  privaatDer.fill(0);
  return { label, kdf, publiek, persoonlijk, doosjes: sleutels.map((s) => verzegel(publiek, s, label)) };
}

/**
 * Opens a slot with a passphrase: the bestand keys it holds, newest first. A wrong passphrase and an
 * unknown user give the same error after the same KDF work, so neither can be told from the other.
 */
export async function openSlot(
  bestand: Sleutelbestand,
  gebruikersnaam: string,
  wachtwoord: string,
): Promise<{ slot: Slot; sleutels: Bestandssleutel[]; privaat: crypto.KeyObject }> {
  const label = slotLabel(bestand.bestandId, gebruikersnaam);
  const slot = bestand.slots.find((s) => s.label === label);
  const kdf = slot?.kdf ?? { naam: 'scrypt', kosten: standaardKdfKosten(), r: 8, p: 1, zout: b64(crypto.randomBytes(16)) };
  const wikkel = await afleiden(wachtwoord, kdf);
  try {
    if (!slot) throw new Error('geen slot');
    const privaatDer = ontsleutel(wikkel, slot.persoonlijk, label);
    const privaat = crypto.createPrivateKey({ key: privaatDer, format: 'der', type: 'pkcs8' });
    privaatDer.fill(0);
    const sleutels = [...slot.doosjes].reverse().map((d) => ontzegel(privaat, d, label));
    return { slot, sleutels, privaat };
  } catch {
    throw new KetenFout('ONJUISTE_AANMELDING', melding('aanmelding.onjuist'));
  } finally {
    wikkel.fill(0);
  }
}

/** Re-wraps the slot's private key under a new passphrase; the sealed keys stay as they are. */
export async function wachtwoordWijzigen(slot: Slot, privaat: crypto.KeyObject, nieuw: string, kosten = standaardKdfKosten()): Promise<Slot> {
  const kdf: KdfParameters = { naam: 'scrypt', kosten, r: 8, p: 1, zout: b64(crypto.randomBytes(16)) };
  const wikkel = await afleiden(nieuw, kdf);
  const der = privaat.export({ format: 'der', type: 'pkcs8' });
  const persoonlijk = versleutel(wikkel, der, slot.label);
  wikkel.fill(0);
  der.fill(0);
  return { ...slot, kdf, persoonlijk };
}

export function nieuweBestandssleutel(): Bestandssleutel {
  return { id: crypto.randomUUID(), sleutel: crypto.randomBytes(32) };
}

export function nieuwSleutelbestand(bestandId: string): Sleutelbestand {
  return { formaat: FORMAAT, bestandId, slots: [] };
}

/**
 * The label of a bestand, or null when there is none (every real bestand) or the slot file cannot be
 * read: the label only decorates the login screen and never stops a bestand from opening. The file is
 * not protected against change, so the label is checked for shape.
 */
export async function leesOpschrift(map: string): Promise<Opschrift | null> {
  let o: unknown;
  try {
    o = (await leesSleutelbestand(map)).opschrift;
  } catch {
    return null;
  }
  if (!o || typeof o !== 'object' || (o as Record<string, unknown>).demo !== true) return null;
  return (o as Record<string, unknown>).partner === true ? { demo: true, partner: true } : { demo: true };
}

export async function opschriftZetten(map: string, opschrift: Opschrift): Promise<void> {
  const sb = await leesSleutelbestand(map);
  sb.opschrift = opschrift;
  await schrijfSleutelbestand(map, sb);
}

export async function leesSleutelbestand(map: string): Promise<Sleutelbestand> {
  let tekst: string;
  try {
    tekst = await fs.readFile(path.join(map, SLEUTELBESTAND), 'utf8');
  } catch {
    throw new KetenFout('SLEUTELS_ONTBREKEN', melding('sleutelslots.ontbreken', { SLEUTELBESTAND, map }));
  }
  try {
    const data = JSON.parse(tekst) as Sleutelbestand;
    if (data.formaat !== FORMAAT || typeof data.bestandId !== 'string' || !Array.isArray(data.slots)) throw new Error('vorm');
    return data;
  } catch {
    throw new KetenFout('SLEUTELS_ONTBREKEN', melding('sleutelslots.beschadigd', { SLEUTELBESTAND, map }));
  }
}

export function schrijfSleutelbestand(map: string, data: Sleutelbestand): Promise<void> {
  return schrijfAtomisch(path.join(map, SLEUTELBESTAND), JSON.stringify(data, null, 2));
}

/*
 * Slots under a label of their own, for a secret that belongs to no account: the recovery key
 * (ADR 0010, electron/backend/bestand/herstelsleutel.ts). Same construction as an account's slot,
 * so a rekey re-seals to it like to any other slot in `slots`.
 */

/** The recovery key's label: its own hash domain, so no `bestandId:gebruikersnaam` can give it. */
export const herstelLabel = (bestandId: string): string => crypto.createHash('sha256').update(`herstelsleutel:${bestandId}`).digest('hex');

export async function maakSlotMetLabel(label: string, geheim: string, sleutels: Bestandssleutel[], kosten = standaardKdfKosten()): Promise<Slot> {
  const kdf: KdfParameters = { naam: 'scrypt', kosten, r: 8, p: 1, zout: b64(crypto.randomBytes(16)) };
  const paar = crypto.generateKeyPairSync('x25519');
  const publiek = b64(paar.publicKey.export({ format: 'der', type: 'spki' }));
  const wikkel = await afleiden(geheim, kdf);
  const privaatDer = paar.privateKey.export({ format: 'der', type: 'pkcs8' });
  const persoonlijk = versleutel(wikkel, privaatDer, label);
  wikkel.fill(0);
  privaatDer.fill(0);
  return { label, kdf, publiek, persoonlijk, doosjes: sleutels.map((s) => verzegel(publiek, s, label)) };
}

/** The bestand keys in such a slot, newest first; throws (without detail) when the secret is wrong. */
export async function openSlotMetLabel(slot: Slot, geheim: string): Promise<Bestandssleutel[]> {
  const wikkel = await afleiden(geheim, slot.kdf);
  try {
    const privaatDer = ontsleutel(wikkel, slot.persoonlijk, slot.label);
    const privaat = crypto.createPrivateKey({ key: privaatDer, format: 'der', type: 'pkcs8' });
    privaatDer.fill(0);
    return [...slot.doosjes].reverse().map((d) => ontzegel(privaat, d, slot.label));
  } finally {
    wikkel.fill(0);
  }
}
