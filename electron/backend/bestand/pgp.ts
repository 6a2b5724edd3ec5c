/**
 * The OpenPGP settings of this installation, for its own key pair (bestand/eigensleutel.ts), the audit
 * anchors (anker.ts) and the bundles (bundels/formaat.ts). They live in the storage area because the
 * anchors need them and the storage area imports nothing above it (ADR 0014).
 */
import type * as openpgp from 'openpgp';
import { MAX_ONTSLEUTELD_BYTES } from '@shared/domein/bundel';

/**
 * `type: 'curve25519'` in openpgp 6 means the RFC 9580 algorithms (Ed25519/X25519, ids 27/25), which
 * GnuPG 2.2 cannot read at all ("secret key info missing"). `ecc` on `curve25519Legacy` gives the same
 * curve as v4 EdDSA + ECDH-cv25519 keys, which every gpg since 2.1 reads (ADR 0007).
 */
export const SLEUTELTYPE = { type: 'ecc', curve: 'curve25519Legacy' } as const;

/** One configuration for every OpenPGP call. */
export const PGP_CONFIG: openpgp.PartialConfig = {
  // SEIPD v1 with MDC: what GnuPG 2.2 decrypts. Tampering is still detected (allowUnauthenticatedMessages stays false).
  aeadProtect: false,
  // A bundle made by gpg is compressed; this stops a small file from unpacking into a memory bomb.
  maxDecompressedMessageSize: MAX_ONTSLEUTELD_BYTES,
};
