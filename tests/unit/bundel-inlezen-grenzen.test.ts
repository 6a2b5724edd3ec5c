/**
 * Reading a bundle (docs/ontwerp.md §6, ADR 0007) where tests/unit/bundel-inlezen.test.ts did not look, found by
 * mutation testing (docs/mutatietests.md): a signature that claims a trusted key but does not verify,
 * the first reason among several signatures, the re-check of "already read" inside the transaction, the
 * receipt file removed again when the commit fails, and the exact audit details of a refusal, a view
 * and an import. Two real encrypted bestanden, real OpenPGP.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { PGP_CONFIG } from '../../electron/backend/bundels/formaat';
import { ankerOndertekenen } from '../../electron/backend/bestand/anker';
import { auditKop } from '../../electron/backend/bestand/audit';
import { bundelbestandLezen, bundelInlezen, bundelLezen } from '../../electron/backend/bundels/inlezen';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { geheimeSleutelVoorTest } from '../../electron/backend/bundels/sleutels';
import { INLEESCONTROLES, MAX_BUNDELBYTES, vingerafdrukTonen } from '@shared/domein/bundel';
import { faaltMet, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import {
  aantallen,
  BEWAARHANDLERS,
  CENTRAALCODE,
  document,
  laatsteAudit,
  PARTNERCODE,
  partnerIdVan,
  publiekeSleutel,
  tweeBestanden,
  verzegeldeJson,
  VOORBEELDINHOUD,
  vreemdeSleutel,
} from '../integration/bundel-hulp';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('een bundel inlezen: de randen', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;
  let stick: string;
  let bevestigingen: string;
  let centraalGeheim: openpgp.PrivateKey;
  let partnerPubliek: openpgp.PublicKey;
  let vreemd: openpgp.PrivateKey;

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-inlezen-grenzen');
    ({ centraal, partner } = await tweeBestanden(werk));
    stick = path.join(werk, 'stick');
    bevestigingen = path.join(werk, 'bevestigingen');
    await fs.mkdir(stick);
    await fs.mkdir(bevestigingen);
    centraalGeheim = await openpgp.readPrivateKey({ armoredKey: await geheimeSleutelVoorTest(centraal) });
    partnerPubliek = await publiekeSleutel(partner);
    vreemd = await vreemdeSleutel();
  }, 60_000);
  afterAll(async () => {
    await centraal?.sluiten();
    await partner?.sluiten();
    await opruimen(werk);
  });

  async function echteBundel(soort: 'agendapakket' | 'terugmelding' = 'agendapakket'): Promise<Uint8Array> {
    const gemaakt = await bundelMaken(centraal, { soort, aan: [await partnerIdVan(centraal, PARTNERCODE)], inhoud: VOORBEELDINHOUD[soort], doelmap: stick });
    return fs.readFile(gemaakt.pad);
  }

  /**
   * A bundle whose signatures were made over another document: it decrypts for us, and each signature
   * names its key, but none verifies over what is inside (as when the content was swapped after signing).
   */
  async function verkeerdOndertekend(ondertekenaars: openpgp.PrivateKey[], geldig: openpgp.PrivateKey[] = []): Promise<Uint8Array> {
    const inhoud = await openpgp.createMessage({ binary: new TextEncoder().encode(JSON.stringify(await document(centraal))), format: 'binary' });
    const ander = await openpgp.createMessage({ binary: new TextEncoder().encode(JSON.stringify(await document(centraal))), format: 'binary' });
    const handtekening = async (k: openpgp.PrivateKey, over: openpgp.Message<Uint8Array>) =>
      (await openpgp.readSignature({ binarySignature: await openpgp.sign({ message: over, signingKeys: k, detached: true, format: 'binary', config: PGP_CONFIG }) })).packets;
    // Signature packets before the literal data: the old form of a signed message, still valid OpenPGP.
    const pakketten = new openpgp.PacketList<openpgp.AnyPacket>();
    for (const k of ondertekenaars) pakketten.push(...(await handtekening(k, ander)));
    for (const k of geldig) pakketten.push(...(await handtekening(k, inhoud)));
    pakketten.push(...inhoud.packets);
    return openpgp.encrypt({ message: new openpgp.Message(pakketten), encryptionKeys: partnerPubliek, format: 'binary', config: PGP_CONFIG });
  }

  describe('controle 3: een handtekening moet kloppen, niet alleen een vertrouwde sleutel noemen', () => {
    it('een handtekening van de vertrouwde sleutel van GEM-VEILIGHEID die niet klopt: BUNDEL_NIET_ONDERTEKEND, niets ingelezen', async () => {
      const bytes = await verkeerdOndertekend([centraalGeheim]);
      const voor = await aantallen(partner);
      const fout = await faaltMet(bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen }), 'BUNDEL_NIET_ONDERTEKEND');
      expect(fout.message).toBe(
        `De handtekening van ${CENTRAALCODE} klopt niet: de bundel is na het ondertekenen gewijzigd, of de handtekening is niet echt.`,
      );
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect(await laatsteAudit(partner)).toEqual({
        actie: 'bundel.geweigerd',
        onderwerp: 'bundel',
        details: { stap: 3, controle: INLEESCONTROLES[2], code: 'BUNDEL_NIET_ONDERTEKEND', bytes: bytes.length, sha256: sha256(bytes) },
      });
      await faaltMet(bundelLezen(partner, bytes), 'BUNDEL_NIET_ONDERTEKEND');
      expect(await fs.readdir(bevestigingen)).toEqual([]);
    });

    it('bij meer handtekeningen telt er één die klopt; zonder die noemt de weigering de eerste reden', async () => {
      // An unknown key first, then a failing trusted one: the unknown key is the reason given.
      const tweeFout = await verkeerdOndertekend([vreemd, centraalGeheim]);
      const fout = await faaltMet(bundelLezen(partner, tweeFout), 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD');
      expect(fout.message).toContain(`onbekende sleutel (${vingerafdrukTonen(vreemd.getKeyID().toHex())})`);
      // A failing signature, then one that verifies: the bundle is read, signed by that key.
      const ookGoed = await verkeerdOndertekend([vreemd], [centraalGeheim]);
      const v = await bundelLezen(partner, ookGoed);
      expect(v.van.code).toBe(CENTRAALCODE);
      expect(v.ondertekenaar.vingerafdrukGroepen).toBe(vingerafdrukTonen(centraalGeheim.getFingerprint()));
    });
  });

  describe('de auditregels', () => {
    it('een bestand dat geen OpenPGP-bericht is: geweigerd, en het auditlog krijgt er niets van (geen hash van willekeurige bestanden)', async () => {
      const voor = await laatsteAudit(partner);
      const bytes = new TextEncoder().encode('geen bundel');
      await faaltMet(bundelLezen(partner, bytes), 'BUNDEL_ONLEESBAAR');
      expect(await laatsteAudit(partner)).toEqual(voor);
    });

    it('een weigering na het adres noemt de bundel en de afzender zoals de bundel die noemt (ingekort)', async () => {
      const d = await document(centraal, { aan: ['OM'] });
      const bytes = await verzegeldeJson(d, centraalGeheim, [partnerPubliek]);
      await faaltMet(bundelLezen(partner, bytes), 'BUNDEL_NIET_AAN_ONS');
      expect(await laatsteAudit(partner)).toEqual({
        actie: 'bundel.geweigerd',
        onderwerp: `bundel:${String(d.id)}`,
        details: { stap: 5, controle: INLEESCONTROLES[4], code: 'BUNDEL_NIET_AAN_ONS', van: CENTRAALCODE, bytes: bytes.length, sha256: sha256(bytes) },
      });
      const lang = await document(centraal, { id: `${'x'.repeat(60)}`, van: { partner: 'P'.repeat(30), bestandId: centraal.instellingen.bestandId } });
      const onjuist = await faaltMet(bundelLezen(partner, await verzegeldeJson(lang, centraalGeheim, [partnerPubliek])), 'BUNDEL_AFZENDER_ONJUIST');
      // The name the bundle gives is not in the register: the message says so, and names it shortened too.
      expect(onjuist.message).toBe(
        `Deze bundel zegt van ${'P'.repeat(20)} te komen, maar is ondertekend met de sleutel van ${CENTRAALCODE}. Hij wordt niet ingelezen. ` +
          'De genoemde afzender staat niet in het partnerregister; meld dit aan uw ketenregisseur.',
      );
      const a = await laatsteAudit(partner);
      expect(a.onderwerp).toBe(`bundel:${'x'.repeat(40)}`);
      expect(a.details).toMatchObject({ stap: 4, van: 'P'.repeat(20) });
    });

    it('art. 34.3: de weigering van een uitgetreden afzender legt het artikel vast', async () => {
      const bytes = await echteBundel();
      await partner.v.run("UPDATE partners SET uitgetreden_per = '2025-07-02' WHERE code = ?", [CENTRAALCODE]);
      try {
        await faaltMet(bundelLezen(partner, bytes), 'CONVENANTREGEL');
        expect((await laatsteAudit(partner)).details).toMatchObject({ stap: 4, code: 'CONVENANTREGEL', artikel: 'art. 34.3', van: CENTRAALCODE });
      } finally {
        await partner.v.run('UPDATE partners SET uitgetreden_per = NULL WHERE code = ?', [CENTRAALCODE]);
      }
    });

    it('bekijken en inlezen: soort, afzender, sleutel, hash en de auditkop van de afzender', async () => {
      const bytes = await echteBundel();
      const v = await bundelLezen(partner, bytes);
      expect(await laatsteAudit(partner)).toEqual({ actie: 'bundel.bekeken', onderwerp: `bundel:${v.id}`, details: { soort: 'agendapakket', van: CENTRAALCODE } });
      const sleutel = (await partner.v.get<{ id: number }>('SELECT id FROM partner_sleutels WHERE vingerafdruk = ?', [centraalGeheim.getFingerprint()]))!;
      expect(v).toMatchObject({
        soort: 'agendapakket',
        van: { id: await partnerIdVan(partner, CENTRAALCODE), code: CENTRAALCODE, bestandId: centraal.instellingen.bestandId },
        aan: [PARTNERCODE],
        ondertekenaar: { sleutelId: sleutel.id, vingerafdrukGroepen: vingerafdrukTonen(centraalGeheim.getFingerprint()) },
      });
      const uit = await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen });
      const rij = (await partner.v.get<{ kop: string }>('SELECT kop FROM inkomende_bundels WHERE id = ?', [uit.id]))!;
      const ingelezen = (await partner.v.get<{ details: string }>("SELECT details FROM audit WHERE actie = 'bundel.ingelezen' ORDER BY volgnr DESC LIMIT 1"))!;
      expect(JSON.parse(ingelezen.details)).toEqual({ soort: 'agendapakket', van: CENTRAALCODE, sleutelId: sleutel.id, sha256: sha256(bytes), kopAfzender: rij.kop });
      for (const f of await fs.readdir(bevestigingen)) await fs.rm(path.join(bevestigingen, f));
    });
  });

  describe('de transactie van het inlezen', () => {
    it('"al ingelezen" wordt in de transactie opnieuw gecontroleerd: kwam een ander inlezen ertussen, dan BUNDEL_AL_INGELEZEN', async () => {
      const bytes = await echteBundel();
      // Read it once for real, keep its row, and take it away again, so the checks pass a second time.
      const eerste = await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen });
      for (const f of await fs.readdir(bevestigingen)) await fs.rm(path.join(bevestigingen, f));
      const rij = (await partner.v.get<Record<string, string | number | null>>('SELECT * FROM inkomende_bundels WHERE id = ?', [eerste.id]))!;
      await partner.v.run('DELETE FROM ontvangen_bundels WHERE bundel_id = ?', [eerste.id]);
      await partner.v.run('DELETE FROM inkomende_bundels WHERE id = ?', [eerste.id]);
      const kolommen = Object.keys(rij);
      // The other import: queued right after check 6 passed, so it commits before our transaction starts.
      let ander: Promise<void> | undefined;
      const voortgang = (_t: string, detail?: string) => {
        if (detail?.startsWith('7.') && !ander) {
          ander = partner.v.transactie(async () => {
            await partner.v.run(`INSERT INTO inkomende_bundels (${kolommen.join(',')}) VALUES (${kolommen.map(() => '?').join(',')})`, Object.values(rij));
          });
        }
      };
      const fout = await faaltMet(bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen, voortgang }), 'BUNDEL_AL_INGELEZEN');
      await ander;
      expect(fout.message).toMatch(/al ingelezen op \d{2}-\d{2}-\d{4} om \d{2}:\d{2} door /);
      expect((await laatsteAudit(partner)).details).toMatchObject({ stap: INLEESCONTROLES.length + 1, controle: 'inlezen', code: 'BUNDEL_AL_INGELEZEN' });
      expect(await fs.readdir(bevestigingen)).toEqual([]);
    });

    it('mislukt de commit nadat de ontvangstbevestiging is geschreven, dan wordt dat bestand weer verwijderd', async () => {
      const bytes = await echteBundel('terugmelding');
      // A handler whose write is only refused at COMMIT: a deferred foreign key to a partner that does not exist.
      const uitgesteld = {
        ...BEWAARHANDLERS,
        terugmelding: async (b: Bestand) => {
          await b.v.exec('CREATE TABLE proef_uitgesteld (partner_id INTEGER REFERENCES partners(id) DEFERRABLE INITIALLY DEFERRED)');
          await b.v.run('INSERT INTO proef_uitgesteld (partner_id) VALUES (?)', [999_999]);
        },
      };
      const voor = await aantallen(partner);
      const gemeld: string[] = [];
      await expect(bundelInlezen(partner, bytes, uitgesteld, { bevestigingMap: bevestigingen, voortgang: (t, d) => gemeld.push(d ? `${t}: ${d}` : t) })).rejects.toThrow(/FOREIGN KEY/);
      expect(gemeld.slice(-2)).toEqual(['inlezen', 'geweigerd: INTERNE_FOUT']);
      expect(await fs.readdir(bevestigingen)).toEqual([]);
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect((await laatsteAudit(partner)).details).toMatchObject({ code: 'INTERNE_FOUT', controle: 'inlezen', stap: INLEESCONTROLES.length + 1 });
      expect(await partner.v.get("SELECT name FROM sqlite_master WHERE name = 'proef_uitgesteld'")).toBeUndefined();
    });

    it('een ontvangstbevestiging wordt niet met een ontvangstbevestiging beantwoord, ook niet als er een map is gekozen', async () => {
      const bytes = await echteBundel();
      const uit = await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen });
      const [naam] = await fs.readdir(bevestigingen);
      expect(naam).toBe(uit.bevestiging!.bestandsnaam);
      const bevestiging = await fs.readFile(path.join(bevestigingen, naam!));
      await fs.rm(path.join(bevestigingen, naam!));
      const terug = path.join(werk, 'terug');
      await fs.mkdir(terug);
      const gelezen = await bundelInlezen(centraal, bevestiging, BEWAARHANDLERS, { bevestigingMap: terug });
      expect(gelezen.soort).toBe('ontvangstbevestiging');
      expect(gelezen.bevestiging).toBeNull();
      expect(await fs.readdir(terug)).toEqual([]);
    });
  });
  describe('controle 1: het bestand op de stick (bundelbestandLezen)', () => {
    it('een echte bundel wordt byte voor byte gelezen', async () => {
      const bytes = await echteBundel();
      const pad = path.join(werk, 'gelezen.ketenbundel');
      await fs.writeFile(pad, bytes);
      expect(Buffer.from(await bundelbestandLezen(pad)).equals(Buffer.from(bytes))).toBe(true);
    });

    it('een bestand dat er niet is, of een map in plaats van een bestand: hetzelfde antwoord als een bestand dat geen bundel is (BUNDEL_ONLEESBAAR)', async () => {
      await faaltMet(bundelbestandLezen(path.join(werk, 'bestaat-niet.ketenbundel')), 'BUNDEL_ONLEESBAAR');
      await faaltMet(bundelbestandLezen(stick), 'BUNDEL_ONLEESBAAR');
    });

    it('groter dan de grens voor een bundel: BUNDEL_TE_GROOT, met de grens in MB, en het bestand wordt niet gelezen', async () => {
      const pad = path.join(werk, 'te-groot.ketenbundel');
      await fs.writeFile(pad, '');
      await fs.truncate(pad, MAX_BUNDELBYTES + 1); // sparse: no 50 MB on disk
      try {
        const fout = await faaltMet(bundelbestandLezen(pad), 'BUNDEL_TE_GROOT');
        expect(fout.message).toBe('Dit bestand is groter dan 50 MB en wordt niet gelezen; een ketenbundel is nooit zo groot.');
      } finally {
        await fs.rm(pad);
      }
    });
  });

  describe('de voortgang en de meldingen per controle', () => {
    it('de voortgang noemt de zeven controles in hun volgorde, elk met haar nummer', async () => {
      const gemeld: string[] = [];
      await bundelLezen(partner, await echteBundel(), { voortgang: (t, d) => gemeld.push(d ? `${t}: ${d}` : t) });
      expect(gemeld.filter((g) => g.startsWith('controleren: '))).toEqual(INLEESCONTROLES.map((c, i) => `controleren: ${i + 1}. ${c}`));
    });

    it('controle 5: de weigering noemt hoogstens vijf geadresseerden, of "niemand"', async () => {
      const zes = ['OM', 'KMAR', 'IND', 'SZW-AI', 'SZW-SIOD', 'COMENSHA'];
      const fout = await faaltMet(bundelLezen(partner, await verzegeldeJson(await document(centraal, { aan: zes }), centraalGeheim, [partnerPubliek])), 'BUNDEL_NIET_AAN_ONS');
      expect(fout.message).toBe(`Deze bundel is gericht aan ${zes.slice(0, 5).join(', ')}, niet aan ${PARTNERCODE} (deze installatie). Hij wordt niet ingelezen.`);
      const leeg = await faaltMet(bundelLezen(partner, await verzegeldeJson(await document(centraal, { aan: [] }), centraalGeheim, [partnerPubliek])), 'BUNDEL_NIET_AAN_ONS');
      expect(leeg.message).toBe(`Deze bundel is gericht aan niemand, niet aan ${PARTNERCODE} (deze installatie). Hij wordt niet ingelezen.`);
    });

    it('controle 7: de weigering legt de zevende controle vast in de audit', async () => {
      const d = await document(centraal, { formaat: 'ketenbundel/2' });
      const bytes = await verzegeldeJson(d, centraalGeheim, [partnerPubliek]);
      await faaltMet(bundelLezen(partner, bytes), 'BUNDEL_FORMAAT_ONBEKEND');
      expect(await laatsteAudit(partner)).toEqual({
        actie: 'bundel.geweigerd',
        onderwerp: `bundel:${String(d.id)}`,
        details: { stap: 7, controle: INLEESCONTROLES[6], code: 'BUNDEL_FORMAAT_ONBEKEND', van: CENTRAALCODE, bytes: bytes.length, sha256: sha256(bytes) },
      });
    });

    it('een onverwachte fout tijdens het controleren wordt een weigering (BUNDEL_ONLEESBAAR) met een auditregel, niet de kale fout', async () => {
      const bytes = await echteBundel();
      const echt = partner.v.get.bind(partner.v);
      // The look-up of check 6 fails the way a disk or a library might: not with a KetenFout.
      const spion = vi
        .spyOn(partner.v, 'get')
        .mockImplementation(((sql: string, params?: never[]) => (sql.includes('FROM inkomende_bundels') ? Promise.reject(new Error('schijf weg (proef)')) : echt(sql, params))) as typeof partner.v.get);
      try {
        const fout = await faaltMet(bundelLezen(partner, bytes), 'BUNDEL_ONLEESBAAR');
        expect(fout.message).toBe('Deze bundel kon niet worden gelezen (onverwachte fout bij het controleren); er is niets ingelezen.');
      } finally {
        spion.mockRestore();
      }
      expect(await laatsteAudit(partner)).toMatchObject({ actie: 'bundel.geweigerd', details: { stap: 6, controle: INLEESCONTROLES[5], code: 'BUNDEL_ONLEESBAAR' } });
    });
  });

  describe('de map voor de ontvangstbevestiging', () => {
    it('zonder map: ONGELDIGE_INVOER op het veld bevestigingMap, met wat de gebruiker moet doen', async () => {
      const fout = await faaltMet(bundelInlezen(partner, await echteBundel(), BEWAARHANDLERS), 'ONGELDIGE_INVOER');
      expect(fout.message).toBe(`Kies de map waarin de ontvangstbevestiging voor ${CENTRAALCODE} wordt geschreven; er is niets ingelezen.`);
      expect((fout as unknown as { velden: unknown }).velden).toEqual([{ pad: 'bevestigingMap', melding: 'Kies een map (bijvoorbeeld op de USB-stick)', meldingcode: 'veld.kiesMapOpUsb', parameters: {} }]);
    });

    it('een map die niet bestaat: SCHRIJFFOUT op het veld bevestigingMap, voordat er iets wordt gecontroleerd', async () => {
      const voor = await aantallen(partner);
      const fout = await faaltMet(bundelInlezen(partner, await echteBundel(), BEWAARHANDLERS, { bevestigingMap: path.join(werk, 'geen-stick') }), 'SCHRIJFFOUT');
      expect((fout as unknown as { velden: unknown }).velden).toEqual([{ pad: 'bevestigingMap', melding: 'Deze map bestaat niet', meldingcode: 'veld.mapBestaatNiet', parameters: {} }]);
      expect(await aantallen(partner)).toEqual(voor);
    });
  });

  describe('wat het inlezen vastlegt', () => {
    it('ADR 0011: een echt anker op de juiste kop, maar van een ander bestand dan de afzender noemt: BUNDEL_INHOUD_ONGELDIG', async () => {
      const kop = await auditKop(centraal.v);
      const ander = await ankerOndertekenen({ bestandId: partner.instellingen.bestandId, ...kop }, centraalGeheim);
      const fout = await faaltMet(bundelLezen(partner, await verzegeldeJson(await document(centraal, { kop: kop.hash, anker: ander.tekst }), centraalGeheim, [partnerPubliek])), 'BUNDEL_INHOUD_ONGELDIG');
      expect(fout.message).toBe(
        `Het anker van de auditketen in deze bundel hoort niet bij de afzender of niet bij de kop van deze bundel; er is niets ingelezen. Meld dit aan ${CENTRAALCODE}.`,
      );
    });

    it('alleen een convenantregel legt een artikel vast: een fout uit een handler die zelf een "artikel" meedraagt, zet dat niet in de audit', async () => {
      const bytes = await echteBundel('terugmelding');
      const metArtikel = {
        ...BEWAARHANDLERS,
        terugmelding: async () => {
          throw Object.assign(new Error('verwerking mislukt (proef)'), { artikel: 'art. 99' });
        },
      };
      await expect(bundelInlezen(partner, bytes, metArtikel, { bevestigingMap: bevestigingen })).rejects.toThrow('verwerking mislukt');
      expect((await laatsteAudit(partner)).details).not.toHaveProperty('artikel');
      expect(await fs.readdir(bevestigingen)).toEqual([]);
    });

    it('ADR 0011: het anker van de afzender wordt met zijn volgnummer bewaard; de bevestiging staat bij de bundel; de audit noemt de bundel', async () => {
      const kop = await auditKop(centraal.v);
      const anker = await ankerOndertekenen({ bestandId: centraal.instellingen.bestandId, ...kop }, centraalGeheim);
      const d = await document(centraal, { kop: kop.hash, anker: anker.tekst });
      const uit = await bundelInlezen(partner, await verzegeldeJson(d, centraalGeheim, [partnerPubliek]), BEWAARHANDLERS, { bevestigingMap: bevestigingen });
      const rij = (await partner.v.get<Record<string, unknown>>(
        'SELECT anker, anker_volgnr, bevestiging_id, bevestiging_bestandsnaam FROM inkomende_bundels WHERE id = ?',
        [d.id as string],
      ))!;
      expect(rij).toEqual({ anker: anker.tekst, anker_volgnr: kop.volgnr, bevestiging_id: uit.bevestiging!.id, bevestiging_bestandsnaam: uit.bevestiging!.bestandsnaam });
      expect(await partner.v.get("SELECT onderwerp FROM audit WHERE actie = 'bundel.ingelezen' ORDER BY volgnr DESC LIMIT 1")).toEqual({ onderwerp: `bundel:${String(d.id)}` });
      for (const f of await fs.readdir(bevestigingen)) await fs.rm(path.join(bevestigingen, f));
    });
  });
});
