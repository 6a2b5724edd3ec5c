/**
 * The bundle on the wire (docs/ontwerp.md §6, ADR 0007): one OpenPGP message, signed by the sender and then
 * encrypted to the recipients, around one JSON document. Written the way GnuPG 2.2 reads it: v4 keys
 * on Curve25519 in the form gpg knows (EdDSA/ECDH), SEIPD with MDC rather than AEAD, binary packets.
 * Every failure here is a KetenFout with the code of the import step it belongs to.
 */
import * as openpgp from 'openpgp';
import { KetenFout, veldfoutenUitZod } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import {
  BUNDELFORMAAT,
  bundelAdresSchema,
  INHOUDSCHEMAS,
  ketenbundelSchema,
  MAX_BUNDELBYTES,
  type Ketenbundel,
} from '@shared/domein/bundel';
import type { z } from 'zod';
import { PGP_CONFIG, SLEUTELTYPE } from '../bestand/pgp';

export { PGP_CONFIG, SLEUTELTYPE };

const utf8 = new TextEncoder();
const strengUtf8 = new TextDecoder('utf-8', { fatal: true });

export function documentCoderen(document: Ketenbundel): Uint8Array {
  return utf8.encode(JSON.stringify(document));
}

/** Signs with the sender's key, then encrypts to every recipient key, in one message. */
export async function verzegelen(inhoud: Uint8Array, afzender: openpgp.PrivateKey, ontvangers: readonly openpgp.PublicKey[]): Promise<Uint8Array> {
  const message = await openpgp.createMessage({ binary: inhoud, format: 'binary' });
  return openpgp.encrypt({ message, encryptionKeys: [...ontvangers], signingKeys: afzender, format: 'binary', config: PGP_CONFIG });
}

const ARMOR = utf8.encode('-----BEGIN PGP MESSAGE-----');

function isArmored(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++;
  if (bytes.length - i < ARMOR.length) return false;
  return ARMOR.every((b, j) => bytes[i + j] === b);
}

const VERSLEUTELD = [openpgp.enums.packet.symEncryptedIntegrityProtectedData, openpgp.enums.packet.aeadEncryptedData, openpgp.enums.packet.symmetricallyEncryptedData];

/**
 * The one answer for every file that is not a readable bundle — missing, unreadable, a folder, or no
 * OpenPGP message — so that reading a bundle never tells which files exist on this machine.
 */
export function bundelOnleesbaar(): KetenFout {
  return new KetenFout(
    'BUNDEL_ONLEESBAAR',
    melding('bundel.geenOpenpgp'),
  );
}

/** Check 1: an OpenPGP message, armored or binary, that holds at least one packet. */
export async function berichtLezen(bytes: Uint8Array): Promise<openpgp.Message<Uint8Array>> {
  if (bytes.length > MAX_BUNDELBYTES) {
    throw new KetenFout('BUNDEL_TE_GROOT', melding('bundel.teGroot', { mb: MAX_BUNDELBYTES / 1024 / 1024 }));
  }
  const onleesbaar = bundelOnleesbaar;
  let bericht: openpgp.Message<Uint8Array>;
  try {
    bericht = isArmored(bytes)
      ? ((await openpgp.readMessage({ armoredMessage: new TextDecoder('utf-8').decode(bytes), config: PGP_CONFIG })) as unknown as openpgp.Message<Uint8Array>)
      : await openpgp.readMessage({ binaryMessage: bytes, config: PGP_CONFIG });
  } catch {
    throw onleesbaar();
  }
  if (bericht.packets.length === 0) throw onleesbaar();
  return bericht;
}

export interface Handtekening {
  /** Hex key ID of the signing (sub)key, as the signature names it. */
  sleutelId: string;
  /** Whether it verifies against one of the keys offered; false for a key not offered. */
  geldig: boolean;
}

/**
 * Check 2: decrypt with one of our keys (current or rotated). Signatures are checked against every
 * key offered and reported, not judged: trust is the caller's business (check 3).
 */
export async function ontsleutelen(
  bericht: openpgp.Message<Uint8Array>,
  eigen: readonly openpgp.PrivateKey[],
  verificatie: readonly openpgp.PublicKey[],
): Promise<{ data: Uint8Array; handtekeningen: Handtekening[] }> {
  if (bericht.packets.filterByTag(...VERSLEUTELD).length === 0) {
    throw new KetenFout('BUNDEL_NIET_ONTSLEUTELBAAR', melding('bundel.nietVersleuteld'));
  }
  const aan = bericht.getEncryptionKeyIDs();
  const onze = eigen.flatMap((k) => k.getKeyIDs());
  if (!aan.some((id) => onze.some((o) => o.equals(id, true)))) {
    throw new KetenFout(
      'BUNDEL_NIET_ONTSLEUTELBAAR',
      melding('bundel.nietVoorOns'),
    );
  }
  let uitkomst: openpgp.DecryptMessageResult & { data: Uint8Array };
  try {
    uitkomst = await openpgp.decrypt({
      message: bericht,
      decryptionKeys: [...eigen],
      verificationKeys: [...verificatie],
      expectSigned: false,
      format: 'binary',
      config: PGP_CONFIG,
    });
  } catch {
    throw new KetenFout('BUNDEL_NIET_ONTSLEUTELBAAR', melding('bundel.nietTeOntsleutelen'));
  }
  // Await every verification here, so no rejected promise is ever left unhandled.
  const handtekeningen: Handtekening[] = [];
  for (const s of uitkomst.signatures) {
    const geldig = await s.verified.then(
      (v) => v === true,
      () => false,
    );
    await s.signature.catch(() => undefined);
    handtekeningen.push({ sleutelId: s.keyID.toHex(), geldig });
  }
  return { data: uitkomst.data, handtekeningen };
}

/** Checks 4–6 need sender, addressees and id before the full schema; without them it is no ketenbundel. */
export function adresLezen(data: Uint8Array): { document: unknown; adres: z.output<typeof bundelAdresSchema> } {
  const onbekend = () => new KetenFout('BUNDEL_FORMAAT_ONBEKEND', melding('bundel.geenKetenbundel', { BUNDELFORMAAT }));
  let document: unknown;
  try {
    document = JSON.parse(strengUtf8.decode(data));
  } catch {
    throw onbekend();
  }
  const adres = bundelAdresSchema.safeParse(document);
  if (!adres.success) throw onbekend();
  return { document, adres: adres.data };
}

/** Check 7: a format we know, and content valid for its soort. */
export function documentValideren(document: unknown): Ketenbundel {
  const formaat = (document as { formaat?: unknown } | null)?.formaat;
  if (formaat !== BUNDELFORMAAT) {
    const genoemd = typeof formaat === 'string' ? `"${formaat.slice(0, 40)}"` : 'geen formaat';
    throw new KetenFout('BUNDEL_FORMAAT_ONBEKEND', melding('bundel.anderFormaat', { genoemd, BUNDELFORMAAT }));
  }
  const soort = (document as { soort?: unknown }).soort;
  if (typeof soort !== 'string' || !Object.hasOwn(INHOUDSCHEMAS, soort)) {
    throw new KetenFout('BUNDEL_FORMAAT_ONBEKEND', melding('bundel.onbekendeSoortGelezen', { soort: typeof soort === 'string' ? soort.slice(0, 40) : 'geen' }));
  }
  const r = ketenbundelSchema.safeParse(document);
  if (!r.success) {
    throw new KetenFout('BUNDEL_INHOUD_ONGELDIG', melding('bundel.inhoudOngeldig', { soort, BUNDELFORMAAT }), {
      velden: veldfoutenUitZod(r.error).slice(0, 50),
    });
  }
  return r.data;
}
