/**
 * Anchors of the audit chain (art. 21.9–21.11, ADR 0011). The hash chain alone cannot show that its
 * last rows were cut off, or that someone with the raw key recomputed it. An anchor is the head —
 * sequence number and hash — of this bestand's chain, signed with the installation's OpenPGP key as a
 * cleartext signature, so GnuPG verifies it with our public key alone. The latest one is kept beside
 * sleutels.json (`anker.asc`, outside the database: a lost -wal or a swapped-in older database does not
 * take it along) and a fresh one travels in every outgoing bundle, so partners hold anchors of ours.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { z } from 'zod';
import { KetenFout, type Foutcode } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import { MAX_ANKERTEKST } from '@shared/domein/bundel';
import { PGP_CONFIG } from './pgp';
import { schrijfAtomisch } from '../schrijven';
import type { AuditVerificatie } from '@shared/domein/audit';
import { auditKop, auditVerifieren, canoniek } from './audit';
import type { Verbinding } from './verbinding';

export const ANKERBESTAND = 'anker.asc';
export const ANKERFORMAAT = 'ketenanker/1';
export { MAX_ANKERTEKST };
/** Set in `instellingen` with the first anchor: from then on a missing anchor file is itself a finding. */
export const ANKER_INSTELLING = 'ankerSinds';

const ankerSchema = z
  .object({
    formaat: z.literal(ANKERFORMAAT),
    bestandId: z.string().min(1).max(100),
    volgnr: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    tijd: z.string().max(40),
  })
  .strict();
export type Anker = z.infer<typeof ankerSchema>;

export type Ankercode = Extract<Foutcode, `AUDIT_ANKER_${string}`>;

/** What an anchor says about the chain, when it does not simply fit. */
export interface Ankerafwijking {
  code: Ankercode;
  /** The first row the finding is about: the first missing row, or the anchored row that differs. */
  volgnr: number;
  melding: string;
  anker: Anker | null;
}

/** One line of canonical JSON inside an OpenPGP cleartext signature: `gpg --verify anker.asc` reads it. */
export async function ankerOndertekenen(kop: { bestandId: string; volgnr: number; hash: string }, sleutel: openpgp.PrivateKey, tijd = new Date()): Promise<{ anker: Anker; tekst: string }> {
  const anker: Anker = { formaat: ANKERFORMAAT, bestandId: kop.bestandId, volgnr: kop.volgnr, hash: kop.hash, tijd: tijd.toISOString() };
  const message = await openpgp.createCleartextMessage({ text: canoniek(anker) });
  const tekst = await openpgp.sign({ message, signingKeys: sleutel, config: PGP_CONFIG });
  return { anker, tekst };
}

const ongeldig = (reden: string) =>
  new KetenFout('AUDIT_ANKER_ONGELDIG', melding('anker.nietTeVertrouwen', { reden }));

/** Reads an anchor and checks its signature against `sleutels`; refuses with AUDIT_ANKER_ONGELDIG. */
export async function ankerLezen(tekst: string, sleutels: readonly openpgp.PublicKey[]): Promise<Anker> {
  if (tekst.length > MAX_ANKERTEKST) throw ongeldig(`groter dan ${MAX_ANKERTEKST / 1024} kB`);
  let message: openpgp.CleartextMessage;
  try {
    message = await openpgp.readCleartextMessage({ cleartextMessage: tekst, config: PGP_CONFIG });
  } catch {
    throw ongeldig('het is geen ondertekende OpenPGP-tekst');
  }
  if (sleutels.length === 0) throw ongeldig('er is geen sleutel om de handtekening mee te controleren');
  let data: string;
  try {
    const r = await openpgp.verify({ message, verificationKeys: [...sleutels], expectSigned: true, config: PGP_CONFIG });
    data = r.data;
  } catch {
    throw ongeldig('de handtekening klopt niet, of is niet gezet met een sleutel van dit bestand (of van deze partner)');
  }
  let anker: Anker;
  try {
    anker = ankerSchema.parse(JSON.parse(data));
  } catch {
    throw ongeldig(`de ondertekende tekst is geen anker in het formaat ${ANKERFORMAAT}`);
  }
  return anker;
}

/** The own public keys, current and rotated: an anchor may be older than the last rotation. */
export async function eigenPubliekeSleutels(v: Verbinding): Promise<openpgp.PublicKey[]> {
  const rijen = await v.all<{ publiek: string }>('SELECT publiek FROM eigen_sleutels');
  return Promise.all(rijen.map((r) => openpgp.readKey({ armoredKey: r.publiek, config: PGP_CONFIG })));
}

/** Compares the chain with an anchor that verified; null when the anchored row is there and the same. */
export async function ketenTegenAnker(v: Verbinding, anker: Anker, bestandId: string): Promise<Ankerafwijking | null> {
  if (anker.bestandId !== bestandId) {
    return { code: 'AUDIT_ANKER_ANDER_BESTAND', volgnr: anker.volgnr, anker, melding: `Dit anker hoort bij een ander bestand (${anker.bestandId}), niet bij dit (${bestandId}).` };
  }
  if (anker.volgnr === 0) return null;
  const rij = await v.get<{ hash: string }>('SELECT hash FROM audit WHERE volgnr = ?', [anker.volgnr]);
  const lengte = (await v.get<{ n: number | null }>('SELECT max(volgnr) AS n FROM audit'))?.n ?? 0;
  const van = `het anker van ${nlDatum(anker.tijd)} (regel ${anker.volgnr})`;
  if (!rij) {
    return {
      code: 'AUDIT_ANKER_KETEN_KORTER',
      volgnr: lengte + 1,
      anker,
      melding: `Het auditlog eindigt bij regel ${lengte}, maar ${van} bewijst dat er al ${anker.volgnr} regels waren: regels ${lengte + 1} tot en met ${anker.volgnr} ontbreken. Wat na regel ${lengte} is vastgelegd is verloren gegaan (bijvoorbeeld een verloren -wal-bestand na een crash) of verwijderd. Zet de laatste backup terug en meld dit aan de privacy-medewerker.`,
    };
  }
  if (rij.hash !== anker.hash) {
    return {
      code: 'AUDIT_ANKER_AFWIJKEND',
      volgnr: anker.volgnr,
      anker,
      melding: `Regel ${anker.volgnr} van het auditlog, of een regel ervoor, is herschreven: de keten komt niet overeen met ${van}. Regels kunnen ook verloren zijn gegaan en daarna door nieuwe vervangen. Zet de laatste backup terug en meld dit aan de privacy-medewerker.`,
    };
  }
  return null;
}

/** Reads, verifies and compares in one go; any problem with the anchor itself is a finding too. */
export async function ankerToetsen(v: Verbinding, tekst: string, bestandId: string): Promise<Ankerafwijking | null> {
  let anker: Anker;
  try {
    anker = await ankerLezen(tekst, await eigenPubliekeSleutels(v));
  } catch (err) {
    return { code: 'AUDIT_ANKER_ONGELDIG', volgnr: 0, anker: null, melding: `${(err as Error).message} Het ankerbestand is gewijzigd, of het bestand is vervangen door een ander of ouder exemplaar.` };
  }
  return ketenTegenAnker(v, anker, bestandId);
}

export async function ankerbestandLezen(map: string): Promise<string | null> {
  try {
    const tekst = await fs.readFile(path.join(map, ANKERBESTAND), 'utf8');
    return tekst.slice(0, MAX_ANKERTEKST + 1);
  } catch {
    return null;
  }
}

export function ankerbestandSchrijven(map: string, tekst: string): Promise<void> {
  return schrijfAtomisch(path.join(map, ANKERBESTAND), tekst);
}

/**
 * Anchors the committed head of a connection nobody is signed in to: a confirmed restore replaces the
 * chain on purpose, so the restored head gets its own anchor rather than an alarm at the next unlock.
 */
export async function kopAnkeren(v: Verbinding, map: string, bestandId: string, sleutel: openpgp.PrivateKey): Promise<void> {
  const kop = await auditKop(v);
  await v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO NOTHING', [ANKER_INSTELLING, String(kop.volgnr)]);
  const { tekst } = await ankerOndertekenen({ bestandId, ...kop }, sleutel);
  await ankerbestandSchrijven(map, tekst);
}

/** The check at unlock: the anchor file against the chain; a missing file counts once anchors were made. */
export async function ankerControleren(v: Verbinding, map: string, bestandId: string): Promise<Ankerafwijking | null> {
  const tekst = await ankerbestandLezen(map);
  if (tekst === null) {
    const sinds = await v.get<{ waarde: string }>('SELECT waarde FROM instellingen WHERE sleutel = ?', [ANKER_INSTELLING]);
    if (!sinds) return null;
    return {
      code: 'AUDIT_ANKER_ONTBREEKT',
      volgnr: 0,
      anker: null,
      melding: `Het ankerbestand (${ANKERBESTAND}) ontbreekt, terwijl dit bestand sinds regel ${sinds.waarde} ankers schrijft. Zonder anker valt niet na te gaan of het auditlog is ingekort. Zet het terug uit een backup of vraag een partner om een recent anker (audit verify --anker).`,
    };
  }
  return ankerToetsen(v, tekst, bestandId);
}

export interface Ankeruitslag {
  bron: 'eigen' | 'extern';
  volgnr: number | null;
  hash: string | null;
  tijd: string | null;
  code: Ankercode | null;
  melding: string | null;
}

/**
 * `audit verify`: the chain itself, then against the latest own anchor, and against an anchor received
 * from elsewhere (a partner's copy) when one is given. An external anchor that does not verify is
 * refused (bad input); a bad own anchor file is a finding.
 */
export async function ketenVerifieren(v: Verbinding, map: string, bestandId: string, externTekst?: string): Promise<AuditVerificatie> {
  const keten = await auditVerifieren(v);
  const uitslag = (bron: Ankeruitslag['bron'], a: Anker | null, afwijking: Ankerafwijking | null): Ankeruitslag => ({
    bron,
    volgnr: a?.volgnr ?? null,
    hash: a?.hash ?? null,
    tijd: a?.tijd ?? null,
    code: afwijking?.code ?? null,
    melding: afwijking?.melding ?? null,
  });
  const ankers: Ankeruitslag[] = [];
  const afwijkingen: Ankerafwijking[] = [];
  const eigenTekst = await ankerbestandLezen(map);
  const eigen = await ankerControleren(v, map, bestandId);
  if (eigen) afwijkingen.push(eigen);
  if (eigenTekst !== null || eigen) {
    let a = eigen?.anker ?? null;
    if (!a && eigenTekst !== null && !eigen) a = await ankerLezen(eigenTekst, await eigenPubliekeSleutels(v));
    ankers.push(uitslag('eigen', a, eigen));
  }
  if (externTekst !== undefined) {
    const a = await ankerLezen(externTekst, await eigenPubliekeSleutels(v));
    const extern = await ketenTegenAnker(v, a, bestandId);
    if (extern) afwijkingen.push(extern);
    ankers.push(uitslag('extern', a, extern));
  }
  const eerste = afwijkingen[0];
  return {
    ...keten,
    geldig: keten.geldig && afwijkingen.length === 0,
    eersteFout: keten.eersteFout ?? (eerste ? { volgnr: eerste.volgnr, reden: eerste.melding, code: eerste.code } : null),
    ankers,
  };
}
