/**
 * Reading a bundle (docs/ontwerp.md §6, ADR 0007), against two real encrypted bestanden: a centraal one
 * (GEM-VEILIGHEID) and a POLITIE installation that trust each other's keys. Each check has its own
 * refusal with its own code and Dutch message, and a refusal writes nothing but one audit entry; the
 * checks run in their fixed order; an import is one transaction with its handler and its receipt.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Foutcode } from '@shared/fouten';
import { BUNDELSOORTEN } from '@shared/domein/bundel';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { bundelInlezen, bundelLezen } from '../../electron/backend/bundels/inlezen';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { ontvangstbevestigingInlezen } from '../../electron/backend/bundels/ontvangstbevestiging';
import { INLEESHANDLERS } from '../../electron/backend/overdracht/inleeshandlers';
import { PGP_CONFIG } from '../../electron/backend/bundels/formaat';
import { ankerOndertekenen } from '../../electron/backend/bestand/anker';
import { auditKop } from '../../electron/backend/bestand/audit';
import {
  eigenSleutelRoteren,
  geheimeSleutelVoorTest,
  partnerSleutelBevestigen,
  partnerSleutelImporteren,
  partnerSleutelIntrekken,
} from '../../electron/backend/bundels/sleutels';
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

describe('een bundel inlezen', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;
  let stick: string;
  let bevestigingen: string;
  let centraalGeheim: openpgp.PrivateKey;
  let partnerPubliek: openpgp.PublicKey;
  let vreemd: openpgp.PrivateKey;

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-inlezen');
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

  /** A bundle as the centraal bestand sends it, through the real export. */
  async function echteBundel(soort: 'agendapakket' | 'terugmelding' = 'agendapakket'): Promise<Uint8Array> {
    const gemaakt = await bundelMaken(centraal, { soort, aan: [await partnerIdVan(centraal, PARTNERCODE)], inhoud: VOORBEELDINHOUD[soort], doelmap: stick });
    return fs.readFile(gemaakt.pad);
  }

  const ondertekendDoorCentraal = async (extra: Record<string, unknown> = {}) => verzegeldeJson(await document(centraal, extra), centraalGeheim, [partnerPubliek]);

  /**
   * The refusal: its code and message, the step it names in the audit, and nothing else written —
   * every bundle and key table the same, one audit entry more, no receipt on the stick.
   */
  async function weigert(bytes: Uint8Array, code: Foutcode, stap: number, melding: RegExp): Promise<void> {
    const voor = await aantallen(partner);
    const fout = await faaltMet(bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen }), code);
    expect(fout.message).toMatch(melding);
    expect(await fs.readdir(bevestigingen)).toEqual([]);
    // A file that is no OpenPGP message at all is no bundle: nothing about it, not even its hash, is audited.
    if (stap === 1) {
      expect(await aantallen(partner)).toEqual(voor);
      return;
    }
    expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
    const audit = await laatsteAudit(partner);
    expect(audit.actie).toBe('bundel.geweigerd');
    expect(audit.details).toMatchObject({ code, stap });
  }

  describe('elke controle heeft haar eigen weigering, en een weigering schrijft alleen een auditregel', () => {
    it('1. geen OpenPGP-bericht (een gewone brief): BUNDEL_ONLEESBAAR', async () => {
      await weigert(new TextEncoder().encode('Geachte heer, hierbij de gegevens van mevrouw Jansen.'), 'BUNDEL_ONLEESBAAR', 1, /geen leesbaar OpenPGP-bericht/);
    });

    it('1. een afgebroken armored bericht: BUNDEL_ONLEESBAAR', async () => {
      await weigert(new TextEncoder().encode('-----BEGIN PGP MESSAGE-----\n\nhQEMA+kapot\n-----END PGP MESSAGE-----\n'), 'BUNDEL_ONLEESBAAR', 1, /OpenPGP/);
    });

    it('2. versleuteld voor een andere sleutel dan de onze: BUNDEL_NIET_ONTSLEUTELBAAR', async () => {
      await weigert(await verzegeldeJson(await document(centraal), centraalGeheim, [vreemd.toPublic()]), 'BUNDEL_NIET_ONTSLEUTELBAAR', 2, /niet versleuteld voor een sleutel van dit bestand/);
    });

    it('2. alleen ondertekend, niet versleuteld: BUNDEL_NIET_ONTSLEUTELBAAR', async () => {
      const message = await openpgp.createMessage({ text: JSON.stringify(await document(centraal)) });
      const bytes = await openpgp.sign({ message, signingKeys: centraalGeheim, format: 'binary', config: PGP_CONFIG });
      await weigert(bytes, 'BUNDEL_NIET_ONTSLEUTELBAAR', 2, /niet versleuteld/);
    });

    it('3. niet ondertekend: BUNDEL_NIET_ONDERTEKEND', async () => {
      await weigert(await verzegeldeJson(await document(centraal), null, [partnerPubliek]), 'BUNDEL_NIET_ONDERTEKEND', 3, /niet ondertekend/);
    });

    it('3. ondertekend met een onbekende sleutel: BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', async () => {
      await weigert(await verzegeldeJson(await document(centraal), vreemd, [partnerPubliek]), 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', 3, /onbekende sleutel/);
    });

    it('3. ondertekend met een geïmporteerde maar niet bevestigde sleutel: BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', async () => {
      const onbevestigd = await vreemdeSleutel('Arbeidsinspectie proef (partner)');
      await partnerSleutelImporteren(partner, await partnerIdVan(partner, 'SZW-AI'), onbevestigd.toPublic().armor());
      const bytes = await verzegeldeJson(await document(centraal, { van: { partner: 'SZW-AI', bestandId: centraal.instellingen.bestandId } }), onbevestigd, [partnerPubliek]);
      await weigert(bytes, 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', 3, /nog niet is bevestigd/);
    });

    it('3. ondertekend met een ingetrokken sleutel: BUNDEL_SLEUTEL_INGETROKKEN', async () => {
      const ingetrokken = await vreemdeSleutel('SIOD proef (partner)');
      const s = await partnerSleutelImporteren(partner, await partnerIdVan(partner, 'SZW-SIOD'), ingetrokken.toPublic().armor());
      await partnerSleutelBevestigen(partner, s.id, 'telefonisch met de proefcontactpersoon', s.vingerafdruk);
      await partnerSleutelIntrekken(partner, s.id, 'laptop gestolen (proef)');
      const bytes = await verzegeldeJson(await document(centraal, { van: { partner: 'SZW-SIOD', bestandId: centraal.instellingen.bestandId } }), ingetrokken, [partnerPubliek]);
      await weigert(bytes, 'BUNDEL_SLEUTEL_INGETROKKEN', 3, /ingetrokken/);
    });

    it('4. de ondertekenaar is een andere partner dan de afzender in `van`: BUNDEL_AFZENDER_ONJUIST', async () => {
      await weigert(await ondertekendDoorCentraal({ van: { partner: 'OM', bestandId: centraal.instellingen.bestandId } }), 'BUNDEL_AFZENDER_ONJUIST', 4, /zegt van OM te komen, maar is ondertekend met de sleutel van GEM-VEILIGHEID\. Hij wordt niet ingelezen\. Meld dit aan OM, de afzender die de bundel noemt/);
    });

    it('4. correct ondertekend, maar geen ketenbundel (geen JSON): BUNDEL_FORMAAT_ONBEKEND', async () => {
      const bytes = await verzegeldeJson('gewoon een tekst', centraalGeheim, [partnerPubliek]);
      await weigert(bytes, 'BUNDEL_FORMAAT_ONBEKEND', 4, /geen ketenbundel/);
    });

    it('5. gericht aan een andere partner: BUNDEL_NIET_AAN_ONS', async () => {
      await weigert(await ondertekendDoorCentraal({ aan: ['OM'] }), 'BUNDEL_NIET_AAN_ONS', 5, /gericht aan OM, niet aan POLITIE/);
    });

    it('6. een bundel die al is ingelezen: BUNDEL_AL_INGELEZEN ("al ingelezen op …")', async () => {
      const bytes = await echteBundel();
      await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: stick });
      await weigert(bytes, 'BUNDEL_AL_INGELEZEN', 6, /al ingelezen op \d{2}-\d{2}-\d{4} om \d{2}:\d{2} door medewerker/);
    });

    it('7. een onbekend formaat: BUNDEL_FORMAAT_ONBEKEND', async () => {
      await weigert(await ondertekendDoorCentraal({ formaat: 'ketenbundel/2' }), 'BUNDEL_FORMAAT_ONBEKEND', 7, /formaat "ketenbundel\/2"/);
    });

    it('7. inhoud die niet past bij de soort: BUNDEL_INHOUD_ONGELDIG, met de velden', async () => {
      const bytes = await ondertekendDoorCentraal({ soort: 'terugmelding', inhoud: { ...VOORBEELDINHOUD.terugmelding, status: 'misschien' } });
      await weigert(bytes, 'BUNDEL_INHOUD_ONGELDIG', 7, /voldoet niet aan het formaat/);
    });

    it('7. ADR 0011: een anker dat niet met de sleutel van de bundel is ondertekend: BUNDEL_INHOUD_ONGELDIG', async () => {
      const kop = await auditKop(centraal.v);
      const vals = await ankerOndertekenen({ bestandId: centraal.instellingen.bestandId, ...kop }, await vreemdeSleutel());
      await weigert(await ondertekendDoorCentraal({ anker: vals.tekst }), 'BUNDEL_INHOUD_ONGELDIG', 7, /anker van de auditketen in deze bundel is niet ondertekend/);
    });

    it('7. ADR 0011: een echt anker dat niet bij de kop van de bundel hoort: BUNDEL_INHOUD_ONGELDIG', async () => {
      const ander = await ankerOndertekenen({ bestandId: centraal.instellingen.bestandId, volgnr: 1, hash: 'b'.repeat(64) }, centraalGeheim);
      await weigert(await ondertekendDoorCentraal({ anker: ander.tekst }), 'BUNDEL_INHOUD_ONGELDIG', 7, /hoort niet bij de afzender of niet bij de kop/);
    });

    it('art. 34.3: een afzender die uit het convenant is getreden wordt geweigerd (CONVENANTREGEL)', async () => {
      const bytes = await echteBundel();
      await partner.v.run("UPDATE partners SET opgezegd_op = '2025-01-02', uitgetreden_per = '2025-07-02' WHERE code = ?", [CENTRAALCODE]);
      try {
        await weigert(bytes, 'CONVENANTREGEL', 4, /per 02-07-2025 uit het convenant getreden/);
        await expect(bundelLezen(partner, bytes)).rejects.toMatchObject({ artikel: 'art. 34.3' });
      } finally {
        await partner.v.run('UPDATE partners SET opgezegd_op = NULL, uitgetreden_per = NULL WHERE code = ?', [CENTRAALCODE]);
      }
    });

    it('zonder ingestelde eigen organisatie wordt niets gelezen (IDENTITEIT_ONBEKEND)', async () => {
      const bytes = await echteBundel();
      const rij = (await partner.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'bundelIdentiteit'"))!;
      await partner.v.run("DELETE FROM instellingen WHERE sleutel = 'bundelIdentiteit'");
      try {
        await faaltMet(bundelLezen(partner, bytes), 'IDENTITEIT_ONBEKEND');
      } finally {
        await partner.v.run("INSERT INTO instellingen (sleutel, waarde) VALUES ('bundelIdentiteit', ?)", [rij.waarde]);
      }
    });
  });

  describe('de volgorde van de controles: de eerste die faalt, beslist', () => {
    // Each row breaks its own check and every later one; the refusal must name its own.
    it.each([
      [3, 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', 'vreemd', { van: { partner: 'OM' }, aan: ['OM'], formaat: 'x' }],
      [4, 'BUNDEL_AFZENDER_ONJUIST', 'centraal', { van: { partner: 'OM' }, aan: ['OM'], formaat: 'x' }],
      [5, 'BUNDEL_NIET_AAN_ONS', 'centraal', { aan: ['OM'], formaat: 'x' }],
      [7, 'BUNDEL_FORMAAT_ONBEKEND', 'centraal', { formaat: 'x' }],
    ] as const)('controle %i faalt als eerste: %s', async (stap, code, door, kapot) => {
      const d = await document(centraal);
      const json = { ...d, ...kapot, van: { ...(d.van as object), ...('van' in kapot ? kapot.van : {}) } };
      await weigert(await verzegeldeJson(json, door === 'vreemd' ? vreemd : centraalGeheim, [partnerPubliek]), code, stap, /./);
    });
  });

  describe('voorbeeld, inlezen en ontvangstbevestiging', () => {
    it('het voorbeeld toont soort, afzender en een samenvatting, en schrijft alleen dat het is bekeken', async () => {
      const bytes = await echteBundel();
      const voor = await aantallen(partner);
      const gemeld: string[] = [];
      const v = await bundelLezen(partner, bytes, { voortgang: (t, d) => gemeld.push(d ? `${t}: ${d}` : t) });
      expect(v).toMatchObject({ soort: 'agendapakket', van: { code: CENTRAALCODE }, aan: [PARTNERCODE], samenvatting: ['Agendapakket zorgoverleg van 2026-12-03', '2 agendapunt(en)'] });
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect((await laatsteAudit(partner)).actie).toBe('bundel.bekeken');
      expect(gemeld[0]).toBe('controleren');
      expect(gemeld.filter((g) => /^controleren: \d\./.test(g))).toHaveLength(7);
      expect(gemeld.at(-1)).toBe('voorbeeld');
    });

    it('inlezen: één transactie met de standaardhandler en een ondertekende ontvangstbevestiging voor de afzender', async () => {
      const bytes = await echteBundel();
      const voor = await aantallen(partner);
      const uit = await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen });
      const na = await aantallen(partner);
      expect(na.inkomende_bundels).toBe(voor.inkomende_bundels + 1);
      expect(na.ontvangen_bundels).toBe(voor.ontvangen_bundels + 1);
      expect(na.uitgaande_bundels).toBe(voor.uitgaande_bundels + 1);
      expect(uit.bevestiging).not.toBeNull();
      expect(await fs.readdir(bevestigingen)).toEqual([uit.bevestiging!.bestandsnaam]);
      expect(uit.bevestiging!.bestandsnaam).toMatch(new RegExp(`^\\d{8}-ontvangstbevestiging-${CENTRAALCODE}-[0-9a-f]{8}\\.ketenbundel$`));
      const opgeslagen = await partner.v.get<{ inhoud: string }>('SELECT inhoud FROM ontvangen_bundels WHERE bundel_id = ?', [uit.id]);
      // Stored as read: the schema's defaults filled in (an older pack without art. 12.31 feedback has none).
      expect(JSON.parse(opgeslagen!.inhoud)).toEqual({ terugkoppeling: [], ...VOORBEELDINHOUD.agendapakket });
      await fs.rm(uit.bevestiging!.pad);
    });

    it('een bundel die versleuteld is voor onze vorige (geroteerde) sleutel is nog te lezen', async () => {
      const bytes = await echteBundel(); // encrypted to the partner's key as the centraal bestand knows it
      const oud = (await partner.v.get<{ id: number }>('SELECT id FROM eigen_sleutels WHERE vervangen_op IS NULL'))!.id;
      const nieuw = await eigenSleutelRoteren(partner);
      expect(nieuw.eerdere.map((e) => e.id)).toContain(oud);
      expect((await bundelLezen(partner, bytes)).soort).toBe('agendapakket');
    });

    it('zonder map voor de ontvangstbevestiging wordt niets ingelezen', async () => {
      const bytes = await echteBundel();
      const voor = await aantallen(partner);
      const fout = await faaltMet(bundelInlezen(partner, bytes, BEWAARHANDLERS), 'ONGELDIGE_INVOER');
      expect(fout.message).toMatch(/ontvangstbevestiging/);
      expect((await aantallen(partner)).inkomende_bundels).toBe(voor.inkomende_bundels);
    });

    it('een handler per soort loopt in de transactie: faalt hij, dan blijft alleen de auditregel', async () => {
      const bytes = await echteBundel('terugmelding');
      const gezien: string[] = [];
      const falend = {
        ...BEWAARHANDLERS,
        terugmelding: async (_b: Bestand, bundel: { inhoud: { interventieId: string } }) => {
          gezien.push(bundel.inhoud.interventieId);
          throw new Error('verwerking mislukt (proef)');
        },
      };
      const voor = await aantallen(partner);
      await expect(bundelInlezen(partner, bytes, falend, { bevestigingMap: bevestigingen })).rejects.toThrow('verwerking mislukt');
      expect(gezien).toEqual(['I-2026-0012']);
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect((await laatsteAudit(partner)).details).toMatchObject({ code: 'INTERNE_FOUT', controle: 'inlezen' });
      expect(await fs.readdir(bevestigingen)).toEqual([]);
      // Without the failing handler the default takes it: the same bundle now goes in.
      expect((await bundelInlezen(partner, bytes, BEWAARHANDLERS, { bevestigingMap: bevestigingen })).soort).toBe('terugmelding');
      for (const f of await fs.readdir(bevestigingen)) await fs.rm(path.join(bevestigingen, f));
    });

    it('ADR 0014: één tabel noemt per soort de handler; de ontvangstbevestiging heeft die van de bundels zelf', () => {
      expect(Object.keys(INLEESHANDLERS).sort()).toEqual([...BUNDELSOORTEN].sort());
      expect(Object.values(INLEESHANDLERS).every((h) => typeof h === 'function')).toBe(true);
      expect(INLEESHANDLERS.ontvangstbevestiging).toBe(ontvangstbevestigingInlezen);
    });

    it('een ontvangstbevestiging voor een bundel die wij nooit verzonden, wordt niet ingelezen', async () => {
      const bytes = await ondertekendDoorCentraal({ soort: 'ontvangstbevestiging', inhoud: VOORBEELDINHOUD.ontvangstbevestiging });
      const voor = await aantallen(partner);
      await faaltMet(bundelInlezen(partner, bytes, BEWAARHANDLERS), 'NIET_GEVONDEN');
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
    });
  });
});
