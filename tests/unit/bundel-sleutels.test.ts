/**
 * Keys, identity and making bundles (docs/ontwerp.md §6, ADR 0007), against real encrypted bestanden. The
 * secret key stays inside the bestand; a partner key is trusted only after its fingerprint is
 * confirmed; a bundle goes only to partners inside the covenant and the EU/EEA with a trusted key
 * (art. 4, 34.3, 15.4), and a refused or failed export leaves no file and no record behind.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as openpgp from 'openpgp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Foutcode } from '@shared/fouten';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import { eigenIdentiteit, identiteitInstellen } from '../../electron/backend/bundels/identiteit';
import {
  eigenSleutel,
  eigenSleutelExporteren,
  eigenSleutelRoteren,
  partnerSleutelBevestigen,
  partnerSleutelImporteren,
  partnerSleutelIntrekken,
  partnerSleutelsLijst,
} from '../../electron/backend/bundels/sleutels';
import { faaltMet, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { aantallen, bestandMaken, laatsteAudit, PARTNERCODE, partnerIdVan, tweeBestanden, VOORBEELDINHOUD, vreemdeSleutel } from '../integration/bundel-hulp';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('sleutels, eigen organisatie en bundels maken', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;
  let stick: string;

  beforeAll(async () => {
    werk = await tijdelijkeMap('bundel-sleutels');
    ({ centraal, partner } = await tweeBestanden(werk));
    stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
  }, 60_000);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await centraal?.sluiten();
    await partner?.sluiten();
    await opruimen(werk);
  });

  describe('het eigen sleutelpaar', () => {
    it('wordt gemaakt met het bestand: v4, Curve25519, "<naam> (<profiel>)", geaudit', async () => {
      const eigen = await eigenSleutel(centraal);
      const sleutel = await openpgp.readKey({ armoredKey: eigen.publiek });
      expect(sleutel.isPrivate()).toBe(false);
      expect(sleutel.keyPacket.version).toBe(4);
      expect(sleutel.getUserIDs()).toEqual(['Proefbestand Voorbeeldstad (centraal)']);
      expect(eigen.vingerafdruk).toBe(sleutel.getFingerprint());
      expect(eigen.vingerafdrukGroepen).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
      const audit = await centraal.v.get<{ details: string }>("SELECT details FROM audit WHERE actie = 'sleutel.gemaakt'");
      expect(JSON.parse(audit!.details)).toMatchObject({ vingerafdruk: eigen.vingerafdruk });
    });

    it('de geheime sleutel staat nergens leesbaar op schijf: niet in de bestandsmap, niet in de export', async () => {
      const eigen = await eigenSleutel(centraal);
      expect(eigen.publiek).not.toMatch(/PRIVATE/);
      const { pad } = await eigenSleutelExporteren(centraal, stick);
      expect(path.dirname(pad)).toBe(stick);
      expect(path.basename(pad)).toBe(`ketenbestand-sleutel-GEM-VEILIGHEID-${eigen.vingerafdruk.slice(-16).toUpperCase()}.asc`);
      expect(await fs.readFile(pad, 'utf8')).toBe(eigen.publiek);
      await centraal.sporenWissen();
      for (const map of [centraal.map, stick]) {
        for (const f of await fs.readdir(map)) {
          const inhoud = await fs.readFile(path.join(map, f));
          expect(inhoud.includes(Buffer.from('PRIVATE KEY')), `${f} bevat een geheime sleutel`).toBe(false);
        }
      }
      await fs.rm(pad);
    });

    it('exporteren naar een pad met .. of een relatief pad wordt geweigerd', async () => {
      await faaltMet(eigenSleutelExporteren(centraal, 'usb-stick'), 'ONVEILIG_PAD');
      await faaltMet(eigenSleutelExporteren(centraal, `${stick}/../elders`), 'ONVEILIG_PAD');
      await faaltMet(eigenSleutelExporteren(centraal, path.join(werk, 'bestaat-niet')), 'SCHRIJFFOUT');
    });

    it('roteren: een nieuwe huidige sleutel, de oude blijft (om oudere bundels te lezen), geaudit', async () => {
      const b = await bestandMaken(path.join(werk, 'roteren'), 'centraal', 'Roteerbestand');
      try {
        const oud = await eigenSleutel(b);
        const nieuw = await eigenSleutelRoteren(b);
        expect(nieuw.vingerafdruk).not.toBe(oud.vingerafdruk);
        expect(nieuw.eerdere).toEqual([expect.objectContaining({ id: oud.id, vingerafdruk: oud.vingerafdruk })]);
        expect(await laatsteAudit(b)).toMatchObject({ actie: 'sleutel.geroteerd', details: { vorigeVingerafdruk: oud.vingerafdruk, vingerafdruk: nieuw.vingerafdruk } });
      } finally {
        await b.sluiten();
      }
    });
  });

  describe('partnersleutels', () => {
    it('een geheime sleutel wordt geweigerd en niet opgeslagen', async () => {
      const k = await vreemdeSleutel();
      const voor = await aantallen(centraal);
      const fout = await faaltMet(partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'OM'), k.armor()), 'SLEUTEL_ONGELDIG');
      expect(fout.message).toMatch(/GEHEIME sleutel/);
      expect(await aantallen(centraal)).toEqual(voor);
    });

    it.each([
      ['onzin', 'geen sleutel'],
      ['twee sleutels in één bestand', 'twee'],
      ['de eigen sleutel van het bestand', 'eigen'],
    ])('%s wordt geweigerd (SLEUTEL_ONGELDIG)', async (_, wat) => {
      const armored =
        wat === 'geen sleutel'
          ? '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbWFhcg==\n-----END PGP PUBLIC KEY BLOCK-----\n'
          : wat === 'twee'
            ? (await vreemdeSleutel()).toPublic().armor() + (await vreemdeSleutel()).toPublic().armor()
            : (await eigenSleutel(centraal)).publiek;
      await faaltMet(partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'OM'), armored), 'SLEUTEL_ONGELDIG');
    });

    it('onbevestigd na import; een verkeerde vingerafdruk vertrouwt niets en wordt geaudit; bevestigd: wie, wanneer, hoe', async () => {
      const k = await vreemdeSleutel('Openbaar Ministerie proef (partner)');
      const s = await partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'OM'), k.toPublic().armor());
      expect(s).toMatchObject({ status: 'onbevestigd', partner: { code: 'OM' }, vingerafdruk: k.getFingerprint(), bevestigdOp: null });
      await faaltMet(partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'KVK'), k.toPublic().armor()), 'CONFLICT');

      await faaltMet(partnerSleutelBevestigen(centraal, s.id, 'telefonisch met Piet Proef', '0000 1111 2222 3333 4444 5555 6666 7777 8888 9999'), 'SLEUTEL_ONGELDIG');
      expect((await laatsteAudit(centraal)).actie).toBe('sleutel.bevestiging-mislukt');
      expect((await partnerSleutelsLijst(centraal)).find((x) => x.id === s.id)!.status).toBe('onbevestigd');

      const bevestigd = await partnerSleutelBevestigen(centraal, s.id, 'telefonisch met Piet Proef', s.vingerafdrukGroepen.toLowerCase());
      expect(bevestigd).toMatchObject({ status: 'vertrouwd', bevestigdDoor: 'regisseur', bevestigdHoe: 'telefonisch met Piet Proef' });
      const audit = await laatsteAudit(centraal);
      expect(audit).toMatchObject({ actie: 'sleutel.partner-bevestigd', onderwerp: 'partner:OM' });
      // The audit chain can never be edited, so the name of the contact never goes into it.
      expect(JSON.stringify(audit)).not.toContain('Piet');

      const ingetrokken = await partnerSleutelIntrekken(centraal, s.id, 'proef');
      expect(ingetrokken.status).toBe('ingetrokken');
      await faaltMet(partnerSleutelBevestigen(centraal, s.id, 'nogmaals telefonisch', s.vingerafdruk), 'CONFLICT');
      const opnieuw = await faaltMet(partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'OM'), k.toPublic().armor()), 'CONFLICT');
      expect(opnieuw.message).toMatch(/nooit meer vertrouwd/);
    });

    it('de geheime sleutel voor de GnuPG-test wordt buiten tests/ nergens aangeroepen', () => {
      const treffers = execFileSync('grep', ['-rl', 'geheimeSleutelVoorTest', 'electron', 'shared', 'renderer', 'bench', 'scripts', 'bin'], { cwd: WORTEL, encoding: 'utf8' }).trim().split('\n');
      expect(treffers).toEqual(['electron/backend/bundels/sleutels.ts']);
    });
  });

  describe('de eigen organisatie', () => {
    it('centraal is standaard de Directie Veiligheid (art. 12.2); een partnerinstallatie kiest bij de inrichting', async () => {
      expect((await eigenIdentiteit(centraal))?.code).toBe('GEM-VEILIGHEID');
      expect((await eigenIdentiteit(partner))?.code).toBe(PARTNERCODE);
      const nieuw = await bestandMaken(path.join(werk, 'nieuwe-partner'), 'partner', 'Nieuwe partner');
      try {
        expect(await eigenIdentiteit(nieuw)).toBeNull();
        const fout = await faaltMet(identiteitInstellen(nieuw, await partnerIdVan(nieuw, 'KMAR')), 'CONVENANTREGEL');
        expect(fout.artikel).toBe('art. 4');
        expect((await identiteitInstellen(nieuw, await partnerIdVan(nieuw, 'RIEC'))).code).toBe('RIEC');
        expect((await laatsteAudit(nieuw)).actie).toBe('bundel.identiteit-ingesteld');
      } finally {
        await nieuw.sluiten();
      }
    });
  });

  describe('een bundel maken', () => {
    const maken = async (aan: string[], extra: Partial<Parameters<typeof bundelMaken>[1]> = {}) =>
      bundelMaken(centraal, { soort: 'agendapakket', aan: await Promise.all(aan.map((c) => partnerIdVan(centraal, c))), inhoud: VOORBEELDINHOUD.agendapakket, doelmap: stick, ...extra });

    /** Refused: the code (and article), no file, no record of a sent bundle, one audit entry. */
    async function geweigerd(poging: () => Promise<unknown>, code: Foutcode, artikel?: string): Promise<string> {
      const voor = await aantallen(centraal);
      const fout = await faaltMet(poging(), code);
      if (artikel) expect(fout.artikel).toBe(artikel);
      expect(await fs.readdir(stick)).toEqual([]);
      expect(await aantallen(centraal)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect(await laatsteAudit(centraal)).toMatchObject({ actie: 'bundel.export-mislukt', details: { code } });
      return fout.message;
    }

    it('lukt: voorbereiden → schrijven → klaar, het bestand en het verzendrecord', async () => {
      const gemeld: string[] = [];
      const b = await maken([PARTNERCODE], { voortgang: (t) => gemeld.push(t) });
      expect([...new Set(gemeld)]).toEqual(['voorbereiden', 'schrijven', 'klaar']);
      expect(await fs.readdir(stick)).toEqual([b.bestandsnaam]);
      expect(await centraal.v.get('SELECT soort, aan, status FROM uitgaande_bundels WHERE id = ?', [b.id])).toEqual({ soort: 'agendapakket', aan: '["POLITIE"]', status: 'verzonden' });
      expect((await laatsteAudit(centraal)).actie).toBe('bundel.verzonden');
      await fs.rm(b.pad);
    });

    it('art. 4: niet aan een partner die (nog) niet is toegetreden', async () => {
      expect(await geweigerd(() => maken(['KMAR']), 'CONVENANTREGEL', 'art. 4')).toMatch(/niet tot het convenant toegetreden/);
    });

    it('art. 34.3: niet aan een partner die is uitgetreden', async () => {
      await centraal.v.run("UPDATE partners SET opgezegd_op = '2025-01-02', uitgetreden_per = '2025-07-02' WHERE code = ?", [PARTNERCODE]);
      try {
        await geweigerd(() => maken([PARTNERCODE]), 'CONVENANTREGEL', 'art. 34.3');
      } finally {
        await centraal.v.run('UPDATE partners SET opgezegd_op = NULL, uitgetreden_per = NULL WHERE code = ?', [PARTNERCODE]);
      }
    });

    it('art. 15.4: niet buiten de EU/EER, ook niet met een vertrouwde sleutel', async () => {
      await centraal.v.run("UPDATE partners SET land = 'US' WHERE code = ?", [PARTNERCODE]);
      try {
        await geweigerd(() => maken([PARTNERCODE]), 'CONVENANTREGEL', 'art. 15.4');
      } finally {
        await centraal.v.run("UPDATE partners SET land = 'NL' WHERE code = ?", [PARTNERCODE]);
      }
    });

    it('niet aan een partner zonder bevestigde, niet-ingetrokken sleutel — ook niet als één van meerdere ontvangers', async () => {
      expect(await geweigerd(() => maken([PARTNERCODE, 'IND']), 'SLEUTEL_NIET_VERTROUWD')).toMatch(/IND.*bevestig de vingerafdruk telefonisch/);
      const s = await partnerSleutelImporteren(centraal, await partnerIdVan(centraal, 'IND'), (await vreemdeSleutel()).toPublic().armor());
      await geweigerd(() => maken(['IND']), 'SLEUTEL_NIET_VERTROUWD');
      await partnerSleutelBevestigen(centraal, s.id, 'telefonisch met de proefcontactpersoon', s.vingerafdruk);
      await partnerSleutelIntrekken(centraal, s.id, 'proef');
      await geweigerd(() => maken(['IND']), 'SLEUTEL_NIET_VERTROUWD');
    });

    it('niet met inhoud die niet bij de soort past, en niet naar een map die niet bestaat', async () => {
      await geweigerd(() => maken([PARTNERCODE], { inhoud: { overleg: { soort: 'borrel', datum: 'morgen' } } as never }), 'ONGELDIGE_INVOER');
      await geweigerd(() => maken([PARTNERCODE], { doelmap: path.join(werk, 'geen-stick') }), 'SCHRIJFFOUT');
    });

    it('een volle USB-stick: SCHRIJFFOUT in het Nederlands, geen half bestand, niets vastgelegd, toestand fout', async () => {
      const echt = fsp.open.bind(fsp);
      vi.spyOn(fsp, 'open').mockImplementation((async (...args: Parameters<typeof fsp.open>) => {
        const handle = await echt(...args);
        if (!String(args[0]).startsWith(stick)) return handle;
        // Half the bytes reach the stick, then it is full.
        handle.writeFile = async (data: Parameters<fs.FileHandle['writeFile']>[0]) => {
          const bytes = data as Uint8Array;
          await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
        return handle;
      }) as typeof fsp.open);
      const gemeld: string[] = [];
      const melding = await geweigerd(() => maken([PARTNERCODE], { voortgang: (t) => gemeld.push(t) }), 'SCHRIJFFOUT');
      expect(melding).toMatch(/de USB-stick of schijf is vol\. Er is geen half bestand achtergebleven/);
      expect([...new Set(gemeld)]).toEqual(['voorbereiden', 'schrijven', 'fout']);
    });
  });
});
