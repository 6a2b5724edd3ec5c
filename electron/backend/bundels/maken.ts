/**
 * Making a bundle (docs/ontwerp.md §6): a small explicit state machine — voorbereiden → schrijven → klaar | fout,
 * as SecureDrop's export. Preparing checks every recipient (in the registry, inside the EU/EEA, joined
 * and not left, a trusted and unrevoked key) and refuses with the article before anything is written;
 * writing records the bundle and writes the file in one transaction, the file atomically and last.
 *
 * What goes into `inhoud` is the caller's decision and must have passed the policy engine and the
 * verstrekkingenlog (beleid/verstrekken.ts) first; pass the verstrekking ids so the bundle names them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { KetenFout, veldfout, veldfoutenUitZod } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vandaag } from '@shared/datum';
import {
  BUNDELFORMAAT,
  bundelBestandsnaam,
  EXPORTMACHINE,
  INHOUDSCHEMAS,
  ketenbundelSchema,
  MAX_ONTVANGERS,
  type Bundelsoort,
  type BundelInhoudInvoer,
  type Exporttoestand,
  type Ketenbundel,
} from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import { auditKop } from '../bestand/audit';
import { ankerOndertekenen } from '../bestand/anker';
import { padBinnen } from '../paden';
import { schrijfAtomisch } from '../schrijven';
import { documentCoderen, verzegelen } from './formaat';
import { vereisteIdentiteit } from './identiteit';
import { buitenEuEer, buitenHetConvenant, partnerOpId, type Registerpartner } from './kring';
import { gekozenMap, schrijffout } from './schijf';
import { vertrouwdeSleutelVan } from './sleutels';
import { huidigeGeheimeSleutel } from '../bestand/eigensleutel';
import { Verloop } from './verloop';

export interface BundelOpties<S extends Bundelsoort> {
  soort: S;
  /** Registry ids of the recipients. */
  aan: readonly number[];
  inhoud: BundelInhoudInvoer<S>;
  /** An existing folder, named in full (a USB stick); the bundle chooses only its own file name. */
  doelmap: string;
  /** The verstrekkingenlog entries this bundle carries out (art. 25.3). */
  verstrekkingIds?: readonly number[];
  voortgang?: (toestand: Exporttoestand, detail?: string) => void;
}

export interface GemaakteBundel {
  id: string;
  soort: Bundelsoort;
  aan: string[];
  bestandsnaam: string;
  pad: string;
  bytes: number;
}

export interface VoorbereideBundel {
  document: Ketenbundel;
  versleuteld: Uint8Array;
  sha256: string;
  ontvangers: Registerpartner[];
  doelmap: string;
  bestandsnaam: string;
  pad: string;
  sleutelVingerafdruk: string;
  verstrekkingIds: readonly number[];
}

/** Every check, then sign and encrypt; writes nothing. */
export async function bundelVoorbereiden<S extends Bundelsoort>(
  b: Bestand,
  opties: BundelOpties<S>,
  melden: (detail: string) => void = () => undefined,
): Promise<VoorbereideBundel> {
  const schema = Object.hasOwn(INHOUDSCHEMAS, opties.soort) ? INHOUDSCHEMAS[opties.soort] : undefined;
  if (!schema) throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.onbekendeSoort', { soort: String(opties.soort) }), { velden: [veldfout('soort', melding('veld.onbekendeSoort'))] });
  const inhoud = schema.safeParse(opties.inhoud);
  if (!inhoud.success) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.inhoudPastNiet', { soort: opties.soort }), {
      velden: veldfoutenUitZod(inhoud.error).map((v) => ({ ...v, pad: `inhoud.${v.pad}` })),
    });
  }
  const wij = await vereisteIdentiteit(b);
  if (opties.aan.length === 0 || opties.aan.length > MAX_ONTVANGERS || new Set(opties.aan).size !== opties.aan.length) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.ontvangers', { MAX_ONTVANGERS }), { velden: [veldfout('aan', melding('veld.kiesOntvangers'))] });
  }

  // Each recipient, in the order of the policy engine: EU/EEA (art. 15.4), then the covenant circle (art. 4, 34.3).
  const datum = vandaag();
  const ontvangers: Registerpartner[] = [];
  const sleutels = [];
  for (const id of opties.aan) {
    const p = await partnerOpId(b.v, id);
    if (!p) throw new KetenFout('NIET_GEVONDEN', melding('bundel.partnerNietInRegister', { id }), { artikel: 'art. 21.7' });
    if (p.id === wij.id) throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.zelf', { code: p.code }), { velden: [veldfout('aan', melding('veld.nietAanUzelf'))] });
    const weigering = buitenEuEer(p) ?? buitenHetConvenant(p, datum);
    if (weigering) throw new KetenFout('CONVENANTREGEL', melding('bundel.geenBundelAan', { code: p.code, reden: weigering.reden }), { artikel: weigering.artikel });
    const sleutel = await vertrouwdeSleutelVan(b, p.id);
    if (!sleutel) {
      throw new KetenFout(
        'SLEUTEL_NIET_VERTROUWD',
        melding('bundel.geenSleutel', { naam: p.naam, code: p.code }),
      );
    }
    ontvangers.push(p);
    sleutels.push(sleutel.sleutel);
  }
  melden('ontvangers gecontroleerd');
  const doelmap = await gekozenMap(opties.doelmap, 'doelmap');

  const eigen = await huidigeGeheimeSleutel(b);
  // Partners hold anchors of ours (ADR 0011): the head, signed, in every bundle.
  const kop = await auditKop(b.v);
  const anker = await ankerOndertekenen({ bestandId: b.instellingen.bestandId, ...kop }, eigen.sleutel);
  const kandidaat = {
    formaat: BUNDELFORMAAT,
    id: crypto.randomUUID(),
    soort: opties.soort,
    van: { partner: wij.code, bestandId: b.instellingen.bestandId },
    aan: ontvangers.map((p) => p.code),
    aangemaakt: new Date().toISOString(),
    kop: kop.hash,
    anker: anker.tekst,
    inhoud: inhoud.data,
  };
  // Never send what a receiver would refuse: the whole document passes the import's own schema.
  const document = ketenbundelSchema.safeParse(kandidaat);
  if (!document.success) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('bundel.zouGeweigerd'), { velden: veldfoutenUitZod(document.error) });
  }
  const versleuteld = await verzegelen(documentCoderen(document.data), eigen.sleutel, sleutels);
  melden('ondertekend en versleuteld');
  const bestandsnaam = bundelBestandsnaam(document.data);
  return {
    document: document.data,
    versleuteld,
    sha256: crypto.createHash('sha256').update(versleuteld).digest('hex'),
    ontvangers,
    doelmap,
    bestandsnaam,
    pad: padBinnen(doelmap, bestandsnaam),
    sleutelVingerafdruk: eigen.vingerafdruk,
    verstrekkingIds: opties.verstrekkingIds ?? [],
  };
}

/**
 * Records the bundle as sent and writes its file, last. Call inside a transaction: a failed write
 * rolls the record back; the caller removes the file if the commit fails after it was written.
 */
export async function bundelVastleggenEnSchrijven(b: Bestand, vb: VoorbereideBundel): Promise<void> {
  const d = vb.document;
  await b.v.run(
    'INSERT INTO uitgaande_bundels (id, soort, aan, aangemaakt, aangemaakt_door, bestandsnaam, bytes, sha256, sleutel_vingerafdruk, verstrekking_ids) VALUES (?,?,?,?,?,?,?,?,?,?)',
    [d.id, d.soort, JSON.stringify(d.aan), d.aangemaakt, b.gebruiker.naam, vb.bestandsnaam, vb.versleuteld.length, vb.sha256, vb.sleutelVingerafdruk, JSON.stringify(vb.verstrekkingIds)],
  );
  await b.audit('bundel.verzonden', `bundel:${d.id}`, {
    soort: d.soort,
    aan: d.aan,
    bestandsnaam: vb.bestandsnaam,
    bytes: vb.versleuteld.length,
    sha256: vb.sha256,
    sleutel: vb.sleutelVingerafdruk,
    verstrekkingIds: [...vb.verstrekkingIds],
  });
  try {
    await schrijfAtomisch(vb.pad, vb.versleuteld);
  } catch (err) {
    throw schrijffout(err, vb.doelmap, 'de bundel');
  }
}

export async function bundelMaken<S extends Bundelsoort>(b: Bestand, opties: BundelOpties<S>): Promise<GemaakteBundel> {
  const verloop = new Verloop<Exporttoestand>(EXPORTMACHINE, 'voorbereiden', opties.voortgang);
  let vb: VoorbereideBundel | undefined;
  let geschreven = false;
  try {
    vb = await bundelVoorbereiden(b, opties, (detail) => verloop.meld('voorbereiden', detail));
    const klaar = vb;
    verloop.naar('schrijven', klaar.bestandsnaam);
    await b.v.transactie(async () => {
      await bundelVastleggenEnSchrijven(b, klaar);
      geschreven = true;
    });
    verloop.naar('klaar', klaar.bestandsnaam);
    return { id: klaar.document.id, soort: klaar.document.soort, aan: klaar.document.aan, bestandsnaam: klaar.bestandsnaam, pad: klaar.pad, bytes: klaar.versleuteld.length };
  } catch (err) {
    // The write succeeded but the commit did not: the file would be a bundle nobody recorded.
    if (geschreven && vb) await fs.rm(vb.pad, { force: true }).catch(() => undefined);
    verloop.naar('fout', err instanceof KetenFout ? err.code : 'INTERNE_FOUT');
    await b
      .audit('bundel.export-mislukt', 'bundel', {
        soort: String(opties.soort),
        aanPartnerIds: [...opties.aan],
        code: err instanceof KetenFout ? err.code : 'INTERNE_FOUT',
        ...(err instanceof KetenFout && err.artikel ? { artikel: err.artikel } : {}),
        toestanden: verloop.geschiedenis.map((s) => s.toestand),
      })
      .catch(() => undefined);
    throw err;
  }
}
