/**
 * Reading a bundle (docs/ontwerp.md §6, ADR 0007). The checks run in a fixed order and stop at the first
 * failure with its own code and a Dutch message; a refusal writes nothing but one audit entry:
 *
 *   1. a readable OpenPGP message (armored or binary)          BUNDEL_TE_GROOT, BUNDEL_ONLEESBAAR
 *   2. decryptable with one of our keys (current or rotated)   BUNDEL_NIET_ONTSLEUTELBAAR
 *   3. signed by a trusted, unrevoked partner key              BUNDEL_NIET_ONDERTEKEND, BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD, BUNDEL_SLEUTEL_INGETROKKEN
 *   4. that signer is the partner named in `van`, and that     BUNDEL_AFZENDER_ONJUIST,
 *      partner is inside the covenant (art. 4, 34.3)           CONVENANTREGEL
 *   5. addressed to us                                         BUNDEL_NIET_AAN_ONS
 *   6. not read before (bundle id)                             BUNDEL_AL_INGELEZEN
 *   7. a known `formaat` and content valid for its soort       BUNDEL_FORMAAT_ONBEKEND, BUNDEL_INHOUD_ONGELDIG
 *
 * `bundelLezen` gives a preview after all checks; `bundelInlezen` checks again, then records the bundle,
 * runs the handler of its soort (from the table its caller passes, overdracht/inleeshandlers.ts) and
 * writes the signed receipt — all in one transaction.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum, vandaag } from '@shared/datum';
import {
  bundelSamenvatting,
  INLEESMACHINE,
  INLEESCONTROLES,
  MAX_BUNDELBYTES,
  vingerafdrukTonen,
  type Bundelvoorbeeld,
  type Inleestoestand,
  type Ketenbundel,
} from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import { nu as klokNu } from '../klok';
import { auditKop } from '../bestand/audit';
import { ankerLezen, type Anker } from '../bestand/anker';
import { adresLezen, berichtLezen, bundelOnleesbaar, documentValideren, ontsleutelen, type Handtekening } from './formaat';
import { vereisteIdentiteit } from './identiteit';
import type { InleesHandler, Inleeshandlers } from './inleeshandlers';
import { buitenHetConvenant, partnerOpCode, type Registerpartner } from './kring';
import { bundelVastleggenEnSchrijven, bundelVoorbereiden, type VoorbereideBundel } from './maken';
import { bestandLezen, gekozenMap } from './schijf';
import { bekendePartnerSleutels, type BekendeSleutel } from './sleutels';
import { eigenGeheimeSleutels } from '../bestand/eigensleutel';
import { Verloop } from './verloop';

/**
 * A bundle this large (thousands of signals) is read in as one large transaction, under the rollback
 * journal (ADR 0050); smaller ones in WAL mode like any other write.
 */
const GROTE_BUNDEL_VANAF = 2 * 1024 * 1024;

export interface Inleesopties {
  voortgang?: (toestand: Inleestoestand, detail?: string) => void;
}

interface Gecontroleerd {
  bundel: Ketenbundel;
  afzender: Registerpartner;
  ondertekenaar: BekendeSleutel;
  /** The sender's signed audit head, checked (ADR 0011); null for a bundle without one. */
  anker: Anker | null;
  sha256: string;
}

/** A refusal remembers at which check it happened, for the audit entry. */
class Stap {
  nummer = 0;
  bundelId: string | undefined;
  van: string | undefined;
}

export async function bundelbestandLezen(pad: string): Promise<Uint8Array> {
  try {
    return await bestandLezen(pad, MAX_BUNDELBYTES, () => new KetenFout('BUNDEL_TE_GROOT', melding('bundel.teGroot', { mb: MAX_BUNDELBYTES / 1024 / 1024 })));
  } catch (err) {
    // Missing, unreadable or not a regular file: the same answer as for a file that is no bundle.
    if (err instanceof KetenFout && (err.code === 'NIET_GEVONDEN' || err.code === 'ONGELDIGE_INVOER')) throw bundelOnleesbaar();
    throw err;
  }
}

/** Check 3: among the signatures, one by a trusted, unrevoked key that verifies; else the first reason why not. */
function ondertekenaarVaststellen(handtekeningen: readonly Handtekening[], bekend: readonly BekendeSleutel[]): BekendeSleutel {
  if (handtekeningen.length === 0) {
    throw new KetenFout('BUNDEL_NIET_ONDERTEKEND', melding('bundel.nietOndertekend'));
  }
  let eerste: KetenFout | undefined;
  for (const h of handtekeningen) {
    const k = bekend.find((x) => x.sleutelIds.includes(h.sleutelId));
    let fout: KetenFout;
    if (!k) {
      fout = new KetenFout(
        'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD',
        melding('bundel.onbekendeSleutel', { sleutelId: vingerafdrukTonen(h.sleutelId) }),
      );
    } else if (k.status === 'ingetrokken') {
      fout = new KetenFout('BUNDEL_SLEUTEL_INGETROKKEN', melding('bundel.sleutelIngetrokken', { partnerCode: k.partnerCode, vingerafdruk: vingerafdrukTonen(k.vingerafdruk) }));
    } else if (k.status === 'onbevestigd') {
      fout = new KetenFout(
        'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD',
        melding('bundel.sleutelNietBevestigd', { partnerCode: k.partnerCode, vingerafdruk: vingerafdrukTonen(k.vingerafdruk) }),
      );
    } else if (!h.geldig) {
      fout = new KetenFout('BUNDEL_NIET_ONDERTEKEND', melding('bundel.handtekeningKlopt', { partnerCode: k.partnerCode }));
    } else {
      return k;
    }
    eerste ??= fout;
  }
  throw eerste!;
}

async function controleren(b: Bestand, bytes: Uint8Array, stap: Stap, melden: (detail: string) => void): Promise<Gecontroleerd> {
  const wij = await vereisteIdentiteit(b);
  const volgende = () => {
    stap.nummer += 1;
    melden(`${stap.nummer}. ${INLEESCONTROLES[stap.nummer - 1]}`);
  };

  volgende(); // 1
  const bericht = await berichtLezen(bytes);

  volgende(); // 2
  const bekend = await bekendePartnerSleutels(b);
  const { data, handtekeningen } = await ontsleutelen(bericht, await eigenGeheimeSleutels(b), bekend.map((k) => k.sleutel));

  volgende(); // 3
  const ondertekenaar = ondertekenaarVaststellen(handtekeningen, bekend);

  volgende(); // 4
  const { document, adres } = adresLezen(data);
  stap.bundelId = adres.id.slice(0, 40);
  stap.van = adres.van.partner.slice(0, 20);
  const afzender = await partnerOpCode(b.v, adres.van.partner);
  if (!afzender || afzender.id !== ondertekenaar.partnerId) {
    throw new KetenFout(
      'BUNDEL_AFZENDER_ONJUIST',
      afzender
        ? melding('bundel.afzenderBekend', { van: adres.van.partner.slice(0, 20), partnerCode: ondertekenaar.partnerCode, afzender: afzender.code })
        : melding('bundel.afzenderOnbekend', { van: adres.van.partner.slice(0, 20), partnerCode: ondertekenaar.partnerCode }),
    );
  }
  const buiten = buitenHetConvenant(afzender, vandaag());
  if (buiten) throw new KetenFout('CONVENANTREGEL', melding('bundel.nietInlezen', { reden: buiten.reden }), { artikel: buiten.artikel });

  volgende(); // 5
  if (!adres.aan.includes(wij.code)) {
    throw new KetenFout('BUNDEL_NIET_AAN_ONS', melding('bundel.nietAanOns', { aan: adres.aan.slice(0, 5).join(', ') || 'niemand', code: wij.code }));
  }

  volgende(); // 6
  await nietEerderIngelezen(b, adres.id);

  volgende(); // 7
  const bundel = documentValideren(document);
  const anker = bundel.anker === undefined ? null : await ankerVanAfzender(bundel, ondertekenaar);
  return { bundel, afzender, ondertekenaar, anker, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The sender's anchor (ADR 0011) must be signed by the key that signed the bundle and name the sender's
 * bestand and the head in `kop`: we keep it as proof for the sender, so it must be one.
 */
async function ankerVanAfzender(bundel: Ketenbundel, ondertekenaar: BekendeSleutel): Promise<Anker> {
  const ongeldig = (reden: string) => new KetenFout('BUNDEL_INHOUD_ONGELDIG', melding('bundel.ankerOngeldig', { reden, partnerCode: ondertekenaar.partnerCode }));
  let anker: Anker;
  try {
    anker = await ankerLezen(bundel.anker ?? '', [ondertekenaar.sleutel]);
  } catch {
    throw ongeldig('is niet ondertekend met de sleutel die de bundel ondertekende');
  }
  if (anker.bestandId !== bundel.van.bestandId || anker.hash !== bundel.kop) throw ongeldig('hoort niet bij de afzender of niet bij de kop van deze bundel');
  return anker;
}

async function nietEerderIngelezen(b: Bestand, id: string): Promise<void> {
  const eerder = await b.v.get<{ ingelezen_op: string; ingelezen_door: string }>('SELECT ingelezen_op, ingelezen_door FROM inkomende_bundels WHERE id = ?', [id]);
  if (eerder) {
    const tijd = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(eerder.ingelezen_op));
    throw new KetenFout('BUNDEL_AL_INGELEZEN', melding('bundel.alIngelezen', { datum: nlDatum(vandaag(new Date(eerder.ingelezen_op))), tijd, ingelezen_door: eerder.ingelezen_door }));
  }
}

/**
 * The one thing a refusal writes: an audit entry naming the step, the code and the file's hash. Only
 * for bundles: a file that did not even pass check 1 (no OpenPGP message) is not one, and the hash of
 * an arbitrary file the user pointed at has no place in the audit.
 */
async function weigeringAuditen(b: Bestand, err: unknown, stap: Stap, bytes: Uint8Array): Promise<void> {
  if (stap.nummer < 2) return;
  const code = err instanceof KetenFout ? err.code : 'INTERNE_FOUT';
  await b
    .audit('bundel.geweigerd', stap.bundelId ? `bundel:${stap.bundelId}` : 'bundel', {
      stap: stap.nummer,
      controle: stap.nummer > 0 && stap.nummer <= INLEESCONTROLES.length ? INLEESCONTROLES[stap.nummer - 1] : stap.nummer === 0 ? 'voorwaarden' : 'inlezen',
      code,
      ...(err instanceof KetenFout && err.artikel ? { artikel: err.artikel } : {}),
      ...(stap.van ? { van: stap.van } : {}),
      bytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    })
    .catch(() => undefined);
}

/** Anything that is not a KetenFout (a bug, a library surprise) still reaches the user as a refusal. */
function alsKetenFout(err: unknown): KetenFout {
  if (err instanceof KetenFout) return err;
  return new KetenFout('BUNDEL_ONLEESBAAR', melding('bundel.onverwacht'));
}

async function gecontroleerdOfGeweigerd(b: Bestand, bytes: Uint8Array, verloop: Verloop<Inleestoestand>): Promise<{ g: Gecontroleerd; stap: Stap }> {
  const stap = new Stap();
  try {
    return { g: await controleren(b, bytes, stap, (detail) => verloop.meld('controleren', detail)), stap };
  } catch (err) {
    const fout = alsKetenFout(err);
    verloop.naar('geweigerd', fout.code);
    await weigeringAuditen(b, fout, stap, bytes);
    throw fout;
  }
}

function voorbeeld(g: Gecontroleerd): Bundelvoorbeeld {
  return {
    id: g.bundel.id,
    soort: g.bundel.soort,
    van: { id: g.afzender.id, code: g.afzender.code, naam: g.afzender.naam, bestandId: g.bundel.van.bestandId },
    aan: g.bundel.aan,
    aangemaakt: g.bundel.aangemaakt,
    ondertekenaar: { sleutelId: g.ondertekenaar.id, vingerafdrukGroepen: vingerafdrukTonen(g.ondertekenaar.vingerafdruk) },
    samenvatting: bundelSamenvatting(g.bundel),
  };
}

/** Phase 1: every check, then a preview. Writes only the audit entry of the view (or of the refusal). */
export async function bundelLezen(b: Bestand, bytes: Uint8Array, opties: Inleesopties = {}): Promise<Bundelvoorbeeld> {
  const verloop = new Verloop<Inleestoestand>(INLEESMACHINE, 'controleren', opties.voortgang);
  const { g } = await gecontroleerdOfGeweigerd(b, bytes, verloop);
  await b.audit('bundel.bekeken', `bundel:${g.bundel.id}`, { soort: g.bundel.soort, van: g.afzender.code });
  verloop.naar('voorbeeld');
  return voorbeeld(g);
}

/**
 * Phase 2: the checks again (the file may have changed since the preview), then one transaction:
 * record, handler of the soort, audit, and the signed receipt for the sender — its file written last,
 * and removed again if the commit fails. A receipt is never answered with a receipt.
 */
export async function bundelInlezen(
  b: Bestand,
  bytes: Uint8Array,
  handlers: Inleeshandlers,
  opties: Inleesopties & { bevestigingMap?: string } = {},
): Promise<Bundelvoorbeeld & { bevestiging: { id: string; pad: string; bestandsnaam: string } | null }> {
  const bevestigingMap = opties.bevestigingMap === undefined ? undefined : await gekozenMap(opties.bevestigingMap, 'bevestigingMap');
  const verloop = new Verloop<Inleestoestand>(INLEESMACHINE, 'controleren', opties.voortgang);
  const { g, stap } = await gecontroleerdOfGeweigerd(b, bytes, verloop);
  const { bundel, afzender } = g;
  const metBevestiging = bundel.soort !== 'ontvangstbevestiging';
  if (metBevestiging && !bevestigingMap) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.kiesMapBevestiging', { code: afzender.code }), {
      velden: [veldfout('bevestigingMap', melding('veld.kiesMapOpUsb'))],
    });
  }
  verloop.naar('inlezen');
  stap.nummer = INLEESCONTROLES.length + 1;
  let bevestiging: VoorbereideBundel | undefined;
  let geschreven = false;
  try {
    await b.v.transactie(async () => {
      await nietEerderIngelezen(b, bundel.id); // another import may have come first while we checked
      // The backend's clock (klok.ts): receipt dates start retention terms (art. 22.1, ADR 0020).
      const nu = klokNu().toISOString();
      await b.v.run(
        'INSERT INTO inkomende_bundels (id, soort, van_partner_id, van_code, van_bestand_id, aangemaakt, kop, sleutel_vingerafdruk, sha256, ingelezen_op, ingelezen_door, anker, anker_volgnr) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
        [bundel.id, bundel.soort, afzender.id, afzender.code, bundel.van.bestandId, bundel.aangemaakt, bundel.kop, g.ondertekenaar.vingerafdruk, g.sha256, nu, b.gebruiker.naam, g.anker ? (bundel.anker ?? null) : null, g.anker?.volgnr ?? null],
      );
      await (handlers[bundel.soort] as InleesHandler)(b, bundel, { afzender, ontvangenOp: nu });
      await b.audit('bundel.ingelezen', `bundel:${bundel.id}`, { soort: bundel.soort, van: afzender.code, sleutelId: g.ondertekenaar.id, sha256: g.sha256, kopAfzender: bundel.kop });
      if (metBevestiging && bevestigingMap) {
        bevestiging = await bundelVoorbereiden(b, {
          soort: 'ontvangstbevestiging',
          aan: [afzender.id],
          inhoud: { bundelId: bundel.id, ontvangenOp: nu, kop: (await auditKop(b.v)).hash },
          doelmap: bevestigingMap,
        });
        await b.v.run('UPDATE inkomende_bundels SET bevestiging_id = ?, bevestiging_bestandsnaam = ? WHERE id = ?', [bevestiging.document.id, bevestiging.bestandsnaam, bundel.id]);
        await bundelVastleggenEnSchrijven(b, bevestiging);
        geschreven = true;
      }
    }, { groot: bytes.length >= GROTE_BUNDEL_VANAF });
  } catch (err) {
    if (geschreven && bevestiging) await fs.rm(bevestiging.pad, { force: true }).catch(() => undefined);
    verloop.naar('geweigerd', err instanceof KetenFout ? err.code : 'INTERNE_FOUT');
    await weigeringAuditen(b, err, stap, bytes);
    throw err;
  }
  verloop.naar('klaar');
  const klaar = bevestiging as VoorbereideBundel | undefined;
  return { ...voorbeeld(g), bevestiging: klaar ? { id: klaar.document.id, pad: klaar.pad, bestandsnaam: klaar.bestandsnaam } : null };
}
