/**
 * Helpers for the bundle tests (unit and integration): two real bestanden — a centraal one and a
 * partner installation (POLITIE) — that have exchanged and confirmed each other's public keys, and
 * ways to make messages no honest sender would make. All data is synthetic.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import * as openpgp from 'openpgp';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { bestandMaken as bestandMetRegister } from '../../electron/backend/keten/inrichten';
import { identiteitInstellen } from '../../electron/backend/bundels/identiteit';
import { PGP_CONFIG, SLEUTELTYPE, verzegelen } from '../../electron/backend/bundels/formaat';
import { eigenSleutel, partnerSleutelBevestigen, partnerSleutelImporteren } from '../../electron/backend/bundels/sleutels';
import { auditKop } from '../../electron/backend/bestand/audit';
import { standaardInleesHandler, type Inleeshandlers } from '../../electron/backend/bundels/inleeshandlers';
import { ontvangstbevestigingInlezen } from '../../electron/backend/bundels/ontvangstbevestiging';
import { BUNDELFORMAAT, type Bundelsoort, type BundelInhoudInvoer } from '@shared/domein/bundel';
import { WACHTWOORD } from '../fixtures/omgeving';

/**
 * For tests of the import itself: every soort kept as received (`ontvangen_bundels`), the receipt with its
 * own handler. The production table is overdracht/inleeshandlers.ts.
 */
export const BEWAARHANDLERS: Inleeshandlers = {
  overdracht: standaardInleesHandler,
  terugmelding: standaardInleesHandler,
  verwijderverzoek: standaardInleesHandler,
  agendapakket: standaardInleesHandler,
  signalen: standaardInleesHandler,
  ontvangstbevestiging: ontvangstbevestigingInlezen,
  verwijderbevestiging: standaardInleesHandler,
  correctie: standaardInleesHandler,
  statistiek: standaardInleesHandler,
};

export const PARTNERCODE = 'POLITIE';
export const CENTRAALCODE = 'GEM-VEILIGHEID';

export async function bestandMaken(map: string, profiel: 'centraal' | 'partner', naam: string): Promise<Bestand> {
  return bestandMetRegister(map, {
    naam,
    penvoerder: 'College van B&W van Voorbeeldstad (synthetisch)',
    profiel,
    gebruiker: profiel === 'centraal' ? 'regisseur' : 'medewerker',
    weergavenaam: profiel === 'centraal' ? 'Regisseur Proef' : 'Medewerker Proef',
    wachtwoord: WACHTWOORD,
  });
}

export async function partnerIdVan(b: Bestand, code: string): Promise<number> {
  const r = await b.v.get<{ id: number }>('SELECT id FROM partners WHERE code = ?', [code]);
  if (!r) throw new Error(`partner ${code} niet in het register`);
  return r.id;
}

/** `ontvanger` imports `afzender`'s public key for `code` and confirms it (as if by telephone). */
export async function sleutelOvernemen(ontvanger: Bestand, afzender: Bestand, code: string): Promise<number> {
  const publiek = (await eigenSleutel(afzender)).publiek;
  const s = await partnerSleutelImporteren(ontvanger, await partnerIdVan(ontvanger, code), publiek);
  await partnerSleutelBevestigen(ontvanger, s.id, 'telefonisch met de proefcontactpersoon', s.vingerafdrukGroepen);
  return s.id;
}

/** A centraal bestand and a POLITIE partner installation that trust each other's keys. */
export async function tweeBestanden(werk: string): Promise<{ centraal: Bestand; partner: Bestand }> {
  const centraal = await bestandMaken(path.join(werk, 'centraal'), 'centraal', 'Proefbestand Voorbeeldstad');
  const partner = await bestandMaken(path.join(werk, 'politie'), 'partner', 'Politie Proefeenheid');
  await identiteitInstellen(partner, await partnerIdVan(partner, PARTNERCODE));
  await sleutelOvernemen(partner, centraal, CENTRAALCODE);
  await sleutelOvernemen(centraal, partner, PARTNERCODE);
  return { centraal, partner };
}

export const BUNDELTABELLEN = ['uitgaande_bundels', 'uitgaande_bevestigingen', 'inkomende_bundels', 'ontvangen_bundels', 'eigen_sleutels', 'partner_sleutels', 'partners', 'instellingen'] as const;

/** Row counts of every table a bundle could touch, and the audit length: "nothing written" is these unchanged. */
export type Aantallen = Record<(typeof BUNDELTABELLEN)[number] | 'audit', number>;
export async function aantallen(b: Bestand): Promise<Aantallen> {
  const uit = {} as Aantallen;
  for (const t of [...BUNDELTABELLEN, 'audit'] as const) uit[t] = (await b.v.get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))!.n;
  return uit;
}

export async function laatsteAudit(b: Bestand): Promise<{ actie: string; onderwerp: string; details: Record<string, unknown> }> {
  const r = (await b.v.get<{ actie: string; onderwerp: string; details: string }>('SELECT actie, onderwerp, details FROM audit ORDER BY volgnr DESC LIMIT 1'))!;
  return { actie: r.actie, onderwerp: r.onderwerp, details: JSON.parse(r.details) as Record<string, unknown> };
}

export async function vreemdeSleutel(naam = 'Vreemde Afzender (proef)'): Promise<openpgp.PrivateKey> {
  const { privateKey } = await openpgp.generateKey({ ...SLEUTELTYPE, userIDs: [{ name: naam }], format: 'object', config: PGP_CONFIG });
  return privateKey;
}

export async function publiekeSleutel(b: Bestand): Promise<openpgp.PublicKey> {
  return openpgp.readKey({ armoredKey: (await eigenSleutel(b)).publiek });
}

/** Synthetic content per soort, valid for its schema. */
export const VOORBEELDINHOUD: { [S in Bundelsoort]: BundelInhoudInvoer<S> } = {
  overdracht: {
    dossier: { nummer: 'D-2026-0007', titel: 'Distributiecentrum Havendorp' },
    interventies: [{ id: 'I-2026-0012', omschrijving: 'Controle op de werkplek door de politie', uiterlijk: '2026-12-15' }],
    gegevens: [{ sleutel: 'signaal:3', vorm: 'geanonimiseerd', samenvatting: 'Werknemers wonen op het terrein' }],
  },
  terugmelding: { interventieId: 'I-2026-0012', status: 'uitgevoerd', datum: '2026-11-20', verslag: 'Controle uitgevoerd; drie werknemers gesproken.' },
  signalen: { signalen: [{ nummer: 'S-2026-0101', formulier: { samenvatting: 'Signaal over een nagelstudio', vermoedens: ['arbeid'] } }] },
  agendapakket: {
    overleg: { soort: 'zorgoverleg', datum: '2026-12-03' },
    agendapunten: [
      { volgorde: 1, dossierNummer: 'D-2026-0007', titel: 'Distributiecentrum Havendorp' },
      { volgorde: 2, dossierNummer: 'D-2026-0009', titel: 'Nagelstudio Polderveen' },
    ],
  },
  ontvangstbevestiging: { bundelId: '0b8a9b33-5d5e-4f7e-9a53-0c2a1f1c9e11', ontvangenOp: '2026-11-28T10:00:00.000Z', kop: 'a'.repeat(64) },
  verwijderverzoek: { bronregistratie: 'BVH', onderwerpen: [{ soort: 'signaal', referentie: 'S-2026-0101' }], reden: 'Verwijderd uit de bronregistratie (art. 22.2)' },
  verwijderbevestiging: { verzoekId: '0b8a9b33-5d5e-4f7e-9a53-0c2a1f1c9e12', verwijderd: [{ soort: 'signaal', referentie: 'S-2026-0101', signalen: 1, navragen: 0 }], geweigerd: [] },
  correctie: { correcties: [{ signaalNummer: 'S-2026-0101', rol: 'slachtoffer', soort: 'verbetering', veld: 'woonplaats', nieuweWaarde: 'Proefdorp' }], besloten: '2026-11-20', artikel: 'art. 26' },
  statistiek: {
    versie: 1,
    regio: 'Proefregio Voorbeeldstad',
    periode: '2026-H1',
    kerncijfers: { signalen: 40, dossiers: 12, besluiten: 7, overdrachten: '< 5', interventies: 9, opTijd: 6 },
    tabellen: [{ id: 'trechter', titel: 'Hoe ver signalen kwamen', rijkop: 'Verste stap', rijen: ['signaal', 'dossier'], kolommen: ['signalen'], cellen: [[28], [12]], rijtotalen: [28, 12], kolomtotalen: [40], totaal: 40 }],
    artikel: 'art. 19, 22.6, 31',
  },
};

/** A document as `afzender` would write it, with anything overridden; for crafting refusals. */
export async function document(afzender: Bestand, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    formaat: BUNDELFORMAAT,
    id: crypto.randomUUID(),
    soort: 'agendapakket',
    van: { partner: CENTRAALCODE, bestandId: afzender.instellingen.bestandId },
    aan: [PARTNERCODE],
    aangemaakt: new Date().toISOString(),
    kop: (await auditKop(afzender.v)).hash,
    inhoud: VOORBEELDINHOUD.agendapakket,
    ...extra,
  };
}

/** Signs (unless `ondertekenaar` is null) and encrypts any JSON, as a dishonest or broken sender might. */
export async function verzegeldeJson(json: unknown, ondertekenaar: openpgp.PrivateKey | null, ontvangers: openpgp.PublicKey[]): Promise<Uint8Array> {
  const inhoud = new TextEncoder().encode(JSON.stringify(json));
  if (ondertekenaar) return verzegelen(inhoud, ondertekenaar, ontvangers);
  const message = await openpgp.createMessage({ binary: inhoud, format: 'binary' });
  return openpgp.encrypt({ message, encryptionKeys: ontvangers, format: 'binary', config: PGP_CONFIG });
}
