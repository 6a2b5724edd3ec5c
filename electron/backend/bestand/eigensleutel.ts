/**
 * The installation's own OpenPGP key pair (docs/ontwerp.md §6, ADR 0007): made with the bestand, its
 * secret key kept only inside it. It signs the audit anchors (anker.ts, ADR 0011) as well as the
 * bundles, so it lives in the storage area; bundels/sleutels.ts shows, exports and rotates it.
 */
import * as openpgp from 'openpgp';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Profiel } from '@shared/rollen';
import { auditSchrijven } from './audit';
import { PGP_CONFIG, SLEUTELTYPE } from './pgp';
import type { Verbinding } from './verbinding';

export interface EigenRij {
  id: number;
  vingerafdruk: string;
  publiek: string;
  geheim: string;
  aangemaakt: string;
  vervangen_op: string | null;
}

/** v4, Curve25519 (EdDSA for signing, ECDH for encryption), user ID "<naam> (<profiel>)". */
export async function sleutelpaarGenereren(naam: string, profiel: Profiel): Promise<{ publiek: string; geheim: string; vingerafdruk: string; aangemaakt: string }> {
  const { privateKey, publicKey } = await openpgp.generateKey({ ...SLEUTELTYPE, userIDs: [{ name: `${naam} (${profiel})` }], format: 'armored', config: PGP_CONFIG });
  const sleutel = await openpgp.readKey({ armoredKey: publicKey });
  return { publiek: publicKey, geheim: privateKey, vingerafdruk: sleutel.getFingerprint(), aangemaakt: sleutel.getCreationTime().toISOString() };
}

export async function eigenSleutelOpslaan(v: Verbinding, gebruiker: string, paar: Awaited<ReturnType<typeof sleutelpaarGenereren>>): Promise<number> {
  const { lastID } = await v.run('INSERT INTO eigen_sleutels (vingerafdruk, publiek, geheim, aangemaakt, aangemaakt_door) VALUES (?,?,?,?,?)', [
    paar.vingerafdruk,
    paar.publiek,
    paar.geheim,
    paar.aangemaakt,
    gebruiker,
  ]);
  return lastID;
}

/** The one call in `Bestand.maken`, inside its creating transaction: the bestand's first key pair. */
export async function eersteSleutelpaarMaken(v: Verbinding, g: { naam: string; profiel: Profiel; gebruiker: string }): Promise<void> {
  const paar = await sleutelpaarGenereren(g.naam, g.profiel);
  const sleutelId = await eigenSleutelOpslaan(v, g.gebruiker, paar);
  await auditSchrijven(v, { gebruiker: g.gebruiker, actie: 'sleutel.gemaakt', onderwerp: 'bundelsleutel', details: { sleutelId, vingerafdruk: paar.vingerafdruk } });
}

export async function huidigeRij(b: { v: Verbinding }): Promise<EigenRij> {
  const rij = await b.v.get<EigenRij>('SELECT * FROM eigen_sleutels WHERE vervangen_op IS NULL');
  if (!rij) {
    throw new KetenFout('NIET_GEVONDEN', melding('bundelsleutel.geenEigen'));
  }
  return rij;
}

/** The current secret key first, then the rotated ones: all of them may open an incoming bundle. */
export async function eigenGeheimeSleutels(b: { v: Verbinding }): Promise<openpgp.PrivateKey[]> {
  const rijen = await b.v.all<EigenRij>('SELECT * FROM eigen_sleutels ORDER BY vervangen_op IS NOT NULL, vervangen_op DESC');
  return Promise.all(rijen.map((r) => openpgp.readPrivateKey({ armoredKey: r.geheim })));
}

/** The key that signs what this bestand sends. */
/** Also on a bare connection: a restore anchors the restored head before anyone signs in (ADR 0011). */
export async function huidigeGeheimeSleutel(b: { v: Verbinding }): Promise<{ sleutel: openpgp.PrivateKey; vingerafdruk: string }> {
  const rij = await huidigeRij(b);
  return { sleutel: await openpgp.readPrivateKey({ armoredKey: rij.geheim }), vingerafdruk: rij.vingerafdruk };
}
