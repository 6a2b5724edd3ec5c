/**
 * Backups (docs/ontwerp.md §5): an encrypted copy made with SQLCipher's own export, and a restore that checks the
 * backup whole — passphrase, page HMACs, integrity, schema version, audit chain — before it replaces
 * anything. Also how an unlock answers a damaged, keyless or newer bestand: each with its own code, and
 * never by changing the file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND } from '../../electron/backend/bestand/bestand';
import { SCHEMAVERSIE } from '../../electron/backend/bestand/migraties';
import { SLEUTELBESTAND } from '../../electron/backend/bestand/sleutelslots';
import { Verbinding } from '../../electron/backend/bestand/verbinding';
import { bestandMaken, geweigerd, mapAfdruk, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

type Knoei = (map: string) => Promise<unknown>;

const VOOR_DE_BACKUP = 'Reinoutje Bakkerzijl';
const NA_DE_BACKUP = 'Thijmen Na-de-Backup';

/** Runs SQL on a file with the raw key, as someone holding the key could, without the app's settings. */
async function metSleutel(pad: string, sleutel: Buffer, sql: string): Promise<void> {
  const v = await Verbinding.openen(pad);
  try {
    await v.sleutelen(sleutel);
    await v.exec(sql);
  } finally {
    await v.sluiten();
  }
}

async function kopieerMap(van: string, naar: string, zonder: string[] = []): Promise<string> {
  await fs.mkdir(naar, { recursive: true });
  for (const f of await fs.readdir(van)) if (!zonder.includes(f)) await fs.copyFile(path.join(van, f), path.join(naar, f));
  return naar;
}

async function byteOmdraaien(pad: string, positie: number): Promise<void> {
  const b = await fs.readFile(pad);
  if (positie < 0) positie += b.length;
  b[positie]! ^= 0xff;
  await fs.writeFile(pad, b);
}

describe('backup en herstel', () => {
  let werk: string;
  let router: Router;
  let live: string;
  let doelmap: string;
  let backup: string;
  let sleutel: Buffer;
  let teller = 0;
  const nieuweMap = (naam: string) => path.join(werk, `${++teller}-${naam}`);

  const contactpersonen = async () => (await ok(router, 'partners.detail', { id: await partnerId(router, 'POLITIE') })).contactpersonen.map((c) => c.naam);
  const aanmelden = async (map: string) => {
    await ok(router, 'bestand.openen', { map });
    await ok(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD });
  };

  beforeAll(async () => {
    werk = await tijdelijkeMap('backup');
    router = maakRouter({ werkmap: werk });
    live = (await bestandMaken(router, { map: 'live' })).map;
    doelmap = path.join(werk, 'usb-stick');
    await fs.mkdir(doelmap);
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'POLITIE'), naam: VOOR_DE_BACKUP });
    sleutel = router.sessie.open!.bestandssleutel();
    backup = (await ok(router, 'beheer.backupMaken', { doelmap })).map;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('een backup is een map met de versleutelde database, de sleutelslots en een manifest — niets half', async () => {
    expect(path.dirname(backup)).toBe(doelmap);
    expect((await fs.readdir(backup)).sort()).toEqual(['backup.json', DATABASEBESTAND, SLEUTELBESTAND]);
    expect(await fs.readdir(doelmap)).toEqual([path.basename(backup)]);
    const db = await fs.readFile(path.join(backup, DATABASEBESTAND));
    expect(db.includes(Buffer.from(VOOR_DE_BACKUP))).toBe(false);
    const { regels } = await ok(router, 'audit.lijst', { actie: 'backup.gemaakt' });
    expect(regels[0]?.details).toMatchObject({ map: backup });
  });

  it('backup → herstel: de gegevens van toen zijn terug, het auditlog is intact en legt het herstel vast; het vervangen bestand staat opzij', async () => {
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'POLITIE'), naam: NA_DE_BACKUP });
    expect(await contactpersonen()).toEqual([VOOR_DE_BACKUP, NA_DE_BACKUP].sort());

    const manifest = JSON.parse(await fs.readFile(path.join(backup, 'backup.json'), 'utf8')) as { auditKop: string; schemaversie: number };
    // Restoring over a live bestand needs a session on it (ADR 0012), and the loss confirmed.
    const uitkomst = await ok(router, 'bestand.herstellen', { bron: backup, map: live, gebruiker: 'regisseur', wachtwoord: WACHTWOORD, verliesBevestigd: true });
    expect(uitkomst).toMatchObject({ map: live, auditKop: manifest.auditKop, weg: 'aangemeld' });
    expect(manifest.schemaversie).toBe(SCHEMAVERSIE);
    expect((await fs.readdir(live)).filter((f) => f.startsWith('.'))).toEqual([path.basename(uitkomst.opzij!)]);

    await aanmelden(live);
    expect(await contactpersonen()).toEqual([VOOR_DE_BACKUP]);
    expect(await ok(router, 'audit.verifieren', {})).toMatchObject({ geldig: true, eersteFout: null });
    const { regels } = await ok(router, 'audit.lijst', { actie: 'backup.teruggezet' });
    expect(regels).toHaveLength(1);
    expect(regels[0]!.details).toMatchObject({ bron: backup, auditKopVanBackup: manifest.auditKop, opzij: uitkomst.opzij });
    await ok(router, 'bestand.herstelBevestigen', {});
    await aanmelden(live);
  });

  describe('een herstel dat niet mag doorgaan laat het bestand byte voor byte zoals het was', () => {
    let afdruk: Record<string, string>;
    // The attempt counter beside the bestand records each try (ADR 0012); nothing else may change.
    const zonderPogingen = async () => {
      const a = await mapAfdruk(live);
      delete a['aanmeldpogingen.json'];
      return a;
    };
    beforeAll(async () => {
      afdruk = await zonderPogingen();
    });
    afterEach(async () => {
      expect(await zonderPogingen()).toEqual(afdruk);
    });
    afterAll(async () => {
      await ok(router, 'sessie.sluiten', {});
    });

    const PAGINA = 4096;
    it.each<[string, (map: string) => Promise<unknown>]>([
      ['een omgedraaide byte in een datapagina', (m) => byteOmdraaien(path.join(m, DATABASEBESTAND), 2 * PAGINA + 1000)],
      ['een omgedraaide byte in de eerste pagina', (m) => byteOmdraaien(path.join(m, DATABASEBESTAND), 100)],
      ['een veranderd IV', (m) => byteOmdraaien(path.join(m, DATABASEBESTAND), 2 * PAGINA - 80 + 3)],
      ['een veranderde HMAC van de laatste pagina', (m) => byteOmdraaien(path.join(m, DATABASEBESTAND), -10)],
      ['een afgekapte database', async (m) => fs.truncate(path.join(m, DATABASEBESTAND), 3 * PAGINA)],
      ['een ontbrekende database', (m) => fs.rm(path.join(m, DATABASEBESTAND))],
      ['een ontbrekend manifest', (m) => fs.rm(path.join(m, 'backup.json'))],
      ['sleutels van een ander bestand', async (m) => {
        const sb = JSON.parse(await fs.readFile(path.join(m, SLEUTELBESTAND), 'utf8')) as { bestandId: string };
        await fs.writeFile(path.join(m, SLEUTELBESTAND), JSON.stringify({ ...sb, bestandId: '00000000-0000-4000-8000-000000000000' }));
      }],
      ['een auditlog dat met de sleutel is bewerkt', (m) => metSleutel(path.join(m, DATABASEBESTAND), sleutel, "UPDATE audit SET onderwerp = 'vervalst' WHERE volgnr = 2")],
    ])('een backup met %s: BACKUP_ONGELDIG', async (_, knoei) => {
      const kopie = await kopieerMap(backup, nieuweMap('geknoeid'));
      await knoei(kopie);
      const fout = await geweigerd(router, 'bestand.herstellen', { bron: kopie, map: live, gebruiker: 'regisseur', wachtwoord: WACHTWOORD }, 'BACKUP_ONGELDIG');
      expect(fout.melding.length).toBeGreaterThan(0);
    });

    it('controle: een ongeschonden kopie van dezelfde backup wordt wel aanvaard (in een lege map)', async () => {
      const kopie = await kopieerMap(backup, nieuweMap('heel'));
      await expect(ok(router, 'bestand.herstellen', { bron: kopie, map: nieuweMap('elders'), gebruiker: 'regisseur', wachtwoord: WACHTWOORD })).resolves.toBeDefined();
    });

    it.each([
      ['een onjuist wachtwoord', 'regisseur', 'fout-wachtwoord-voor-herstel'],
      ['een onbekende gebruiker', 'niemand', WACHTWOORD],
    ])('%s voor de backup: ONJUISTE_AANMELDING, niets vervangen', async (_, gebruiker, wachtwoord) => {
      await geweigerd(router, 'bestand.herstellen', { bron: backup, map: live, gebruiker, wachtwoord }, 'ONJUISTE_AANMELDING');
      await new Promise((r) => setTimeout(r, 1100)); // the restore attempt is throttled like a login
    });

    it('een backup met een nieuwere schemaversie: BESTAND_TE_NIEUW, niets vervangen', async () => {
      const kopie = await kopieerMap(backup, nieuweMap('nieuwer'));
      await metSleutel(path.join(kopie, DATABASEBESTAND), sleutel, `PRAGMA user_version = ${SCHEMAVERSIE + 10}`);
      await geweigerd(router, 'bestand.herstellen', { bron: kopie, map: live, gebruiker: 'regisseur', wachtwoord: WACHTWOORD }, 'BESTAND_TE_NIEUW');
    });
  });

  describe('een backup die halverwege mislukt laat geen halve map achter', () => {
    beforeAll(async () => {
      await aanmelden(live);
    });
    afterAll(async () => {
      await ok(router, 'sessie.sluiten', {});
    });

    async function nogBruikbaar() {
      const v = router.sessie.open!.v;
      expect((await v.all<{ name: string }>('PRAGMA database_list')).map((d) => d.name)).toEqual(['main']);
      await ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'POLITIE'), naam: `Na mislukking ${++teller}` });
      const goed = await ok(router, 'beheer.backupMaken', { doelmap: await fs.mkdtemp(path.join(werk, 'goed-')) });
      expect(await fs.readdir(goed.map)).toHaveLength(3);
    }

    it('een volle schijf (tmpfs van 16 KiB): SCHRIJFFOUT, de doelmap blijft leeg, het bestand werkt door', async (ctx) => {
      const klein = nieuweMap('klein');
      await fs.mkdir(klein);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k,mode=0700', 'tmpfs', klein], { stdio: 'pipe' });
      } catch (err) {
        ctx.skip(`tmpfs aankoppelen mag hier niet (${(err as Error).message.split('\n')[0]}); de botsende map hieronder dekt het geval`);
      }
      try {
        expect((await fs.stat(path.join(live, DATABASEBESTAND))).size, 'de backup moet groter zijn dan de schijf').toBeGreaterThan(2 * 16 * 1024);
        const fout = await geweigerd(router, 'beheer.backupMaken', { doelmap: klein }, 'SCHRIJFFOUT');
        expect(fout.melding).toMatch(/geen half bestand/);
        expect(await fs.readdir(klein)).toEqual([]);
        await nogBruikbaar();
      } finally {
        execFileSync('umount', [klein]);
      }
    });

    it('twee backups in dezelfde seconde: de tweede mislukt bij het hernoemen, laat niets achter en raakt de eerste niet', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now());
      const doel = nieuweMap('dubbel');
      await fs.mkdir(doel);
      const eerste = await ok(router, 'beheer.backupMaken', { doelmap: doel });
      const afdruk = await mapAfdruk(eerste.map);
      await geweigerd(router, 'beheer.backupMaken', { doelmap: doel }, 'SCHRIJFFOUT');
      expect(await fs.readdir(doel)).toEqual([path.basename(eerste.map)]);
      expect(await mapAfdruk(eerste.map)).toEqual(afdruk);
      vi.useRealTimers();
      await nogBruikbaar();
    });
  });

  describe('ontgrendelen van een beschadigd bestand: een eigen foutcode, en het bestand blijft zoals het was', () => {
    let referentie: string;
    beforeAll(async () => {
      referentie = await kopieerMap(live, nieuweMap('referentie'));
    });

    /** Damages a copy (before and/or after choosing it), tries to unlock it, and checks the files are untouched. */
    async function probeer(code: Parameters<typeof geweigerd>[3], voorKiezen: Knoei, naKiezen?: Knoei) {
      const map = await kopieerMap(referentie, nieuweMap('kapot'));
      await voorKiezen(map);
      if (!naKiezen) {
        const afdruk = await mapAfdruk(map);
        const gekozen = await router.aanroepen('bestand.openen', { map });
        if (!gekozen.ok) {
          expect(gekozen.fout.code).toBe(code);
          expect(await mapAfdruk(map)).toEqual(afdruk);
          return;
        }
      } else {
        await ok(router, 'bestand.openen', { map });
        await naKiezen(map);
      }
      const afdruk = await mapAfdruk(map);
      await geweigerd(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD }, code);
      expect(await mapAfdruk(map)).toEqual(afdruk);
    }

    it('controle: een ongeschonden kopie gaat open', async () => {
      await aanmelden(await kopieerMap(referentie, nieuweMap('heel')));
      expect(await contactpersonen()).toContain(VOOR_DE_BACKUP);
      await ok(router, 'sessie.sluiten', {});
    });

    it.each<[string, Knoei]>([
      ['leeg (0 bytes)', (m) => fs.truncate(path.join(m, DATABASEBESTAND), 0)],
      ['afgekapt midden in de eerste pagina', (m) => fs.truncate(path.join(m, DATABASEBESTAND), 2048)],
      ['afgekapt na twee pagina’s', (m) => fs.truncate(path.join(m, DATABASEBESTAND), 2 * 4096)],
      ['met een beschadigde eerste pagina', (m) => byteOmdraaien(path.join(m, DATABASEBESTAND), 1000)],
      ['vervangen door willekeurige bytes', (m) => fs.writeFile(path.join(m, DATABASEBESTAND), Buffer.alloc(16 * 4096, 0x5a))],
    ])('een database die %s is: BESTAND_ONLEESBAAR', async (_, knoei) => {
      await probeer('BESTAND_ONLEESBAAR', knoei);
    });

    const sleutelsWeg: Knoei = (m) => fs.rm(path.join(m, SLEUTELBESTAND));
    it.each<[string, Knoei, Knoei | undefined]>([
      ['ontbreekt al bij het kiezen', sleutelsWeg, undefined],
      ['verdwijnt na het kiezen', async () => undefined, sleutelsWeg],
      ['is beschadigd', (m) => fs.writeFile(path.join(m, SLEUTELBESTAND), '{"formaat": kapot'), undefined],
    ])('het sleutelbestand %s: SLEUTELS_ONTBREKEN', async (_, voor, na) => {
      await probeer('SLEUTELS_ONTBREKEN', voor, na);
    });

    it('een bestand met een nieuwere schemaversie: BESTAND_TE_NIEUW, en het bestand is byte voor byte ongewijzigd', async () => {
      await probeer('BESTAND_TE_NIEUW', (m) => metSleutel(path.join(m, DATABASEBESTAND), sleutel, `PRAGMA user_version = ${SCHEMAVERSIE + 10}; PRAGMA wal_checkpoint(TRUNCATE)`));
    });
  });
});
