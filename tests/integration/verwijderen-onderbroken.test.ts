/**
 * An account removal that is cut off (kill -9, a pulled plug) while the bestand key is replaced
 * (docs/ontwerp.md §5, art. 21.3: a removed user must not keep access through an old copy of sleutels.json).
 * A child process removes an account on a bestand large enough that `PRAGMA rekey` takes a while and
 * is killed at random moments. Afterwards a remaining user must get in (the next unlock finishes the
 * key replacement and audits it), no slot may keep old keys, and the removed user's old copy of the
 * slot file must open nothing — unless the removal had not started at all, in which case he simply
 * still has his account.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bestand, DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { bestandMaken } from '../../electron/backend/keten/inrichten';
import { gebruikerToevoegen } from '../../electron/backend/bestand/gebruikers';
import { auditLijst, auditVerifieren } from '../../electron/backend/bestand/audit';
import { leesSleutelbestand, SLEUTELBESTAND, slotLabel } from '../../electron/backend/bestand/sleutelslots';
import { wisselBeginnen } from '../../electron/backend/bestand/sleutelwissel';
import { opruimen, tijdelijkeMap, WACHTWOORD, ANDER_WACHTWOORD } from '../fixtures/omgeving';

const KIND = path.resolve(__dirname, '../fixtures/verwijderen-kind.ts');
const PIET = { naam: 'piet', wachtwoord: ANDER_WACHTWOORD };
const POGINGEN = 6;

interface Afloop {
  duur: number;
  gedood: boolean;
}

/** Runs the child; with `doodNaMs` it is SIGKILLed that many ms after it says "begin". */
function verwijderenInKind(map: string, doodNaMs?: number): Promise<Afloop> {
  return new Promise((resolve, reject) => {
    // node itself with tsx as loader: the tsx wrapper would leave its node child alive after SIGKILL.
    const kind = spawn(process.execPath, ['--import', 'tsx', KIND, map, 'anna', PIET.naam], {
      env: { ...process.env, KETENBESTAND_WACHTWOORD: WACHTWOORD, KETENBESTAND_KDF_KOSTEN: '14' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let begin = 0;
    let fouten = '';
    kind.stderr.on('data', (d: Buffer) => (fouten += d.toString()));
    kind.stdout.on('data', (d: Buffer) => {
      if (!begin && d.toString().includes('begin')) {
        begin = Date.now();
        if (doodNaMs !== undefined) setTimeout(() => kind.kill('SIGKILL'), doodNaMs);
      }
    });
    kind.on('error', reject);
    kind.on('exit', (code, signaal) => {
      if (signaal === 'SIGKILL') resolve({ duur: Date.now() - begin, gedood: true });
      else if (code === 0) resolve({ duur: Date.now() - begin, gedood: false });
      else reject(new Error(`kind faalde (${code}): ${fouten}`));
    });
  });
}

async function kopieer(van: string, naar: string): Promise<void> {
  await fs.mkdir(naar, { recursive: true });
  for (const f of await fs.readdir(van)) await fs.copyFile(path.join(van, f), path.join(naar, f));
}

describe('art. 21.3 — een onderbroken accountverwijdering laat de verwijderde geen toegang', () => {
  let werk: string;
  let basis: string;
  let oudeSlotkopie: string;
  let volledigeDuur = 0;

  beforeAll(async () => {
    werk = await tijdelijkeMap('onderbroken');
    basis = path.join(werk, 'basis');
    const b = await bestandMaken(basis, {
      naam: 'Proefbestand Gemeente Voorbeeldstad',
      penvoerder: 'College van B&W (synthetisch)',
      profiel: 'centraal',
      gebruiker: 'anna',
      weergavenaam: 'Anna Proef',
      wachtwoord: WACHTWOORD,
    });
    await gebruikerToevoegen(b, { naam: PIET.naam, weergavenaam: 'Piet Proef', rol: 'bewerker', wachtwoord: PIET.wachtwoord });
    // Synthetic filler only, so that rewriting every page under the new key takes a noticeable time.
    await b.v.exec('CREATE TABLE proef_vulling (x BLOB)');
    await b.v.transactie(async () => {
      for (let i = 0; i < 600; i++) await b.v.run('INSERT INTO proef_vulling (x) VALUES (?)', [crypto.randomBytes(64 * 1024)]);
    });
    await b.sluiten();
    // What piet could have kept: his copy of the slot file as it was before the removal.
    oudeSlotkopie = path.join(werk, 'piet-sleutels.json');
    await fs.copyFile(path.join(basis, SLEUTELBESTAND), oudeSlotkopie);

    const proef = path.join(werk, 'ongestoord');
    await kopieer(basis, proef);
    volledigeDuur = (await verwijderenInKind(proef)).duur;
    await opruimen(proef);
  }, 300_000);
  afterAll(() => opruimen(werk));

  it(`na kill -9 op ${POGINGEN} willekeurige momenten: anna komt erin, de sleutelwissel is afgemaakt en piets oude kopie opent niets`, async () => {
    let begonnen = 0;
    for (let i = 0; i < POGINGEN; i++) {
      const map = path.join(werk, `poging-${i}`);
      await kopieer(basis, map);
      // Spread over the whole removal, each at a random point inside its own stretch.
      const doodNa = Math.floor((volledigeDuur * (i + Math.random())) / POGINGEN);
      await verwijderenInKind(map, doodNa);

      const naKill = await leesSleutelbestand(map);
      const pietLabel = slotLabel(naKill.bestandId, PIET.naam);
      const verwijderingBegonnen = !naKill.slots.some((s) => s.label === pietLabel);
      if (verwijderingBegonnen) begonnen++;

      const b = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
      try {
        expect((await auditVerifieren(b.v)).geldig).toBe(true);
        const sb = await leesSleutelbestand(map);
        // No key piles up: after the unlock every slot holds exactly the key that opens the file.
        for (const s of sb.slots) expect(s.doosjes.map((d) => d.sleutelId)).toEqual([sb.slots[0]!.doosjes[0]!.sleutelId]);
        expect(Object.keys(sb)).not.toContain('sleutelwissel');
        const namen = (await b.v.all<{ naam: string }>('SELECT naam FROM gebruikers')).map((r) => r.naam);
        if (verwijderingBegonnen) {
          expect(namen).not.toContain(PIET.naam);
          const acties = (await auditLijst(b.v, { limiet: 50 })).regels.map((r) => r.actie);
          expect(acties).toContain('sleutel.vervangen');
          expect(acties).toContain('gebruiker.verwijderd');
        } else {
          expect(namen).toContain(PIET.naam);
        }
      } finally {
        await b.sluiten();
      }

      if (verwijderingBegonnen) {
        // Piet, with the file as it is now and his old copy of sleutels.json.
        const metOudeKopie = path.join(werk, `piet-${i}`);
        await fs.mkdir(metOudeKopie);
        await fs.copyFile(path.join(map, DATABASEBESTAND), path.join(metOudeKopie, DATABASEBESTAND));
        await fs.copyFile(oudeSlotkopie, path.join(metOudeKopie, SLEUTELBESTAND));
        await expect(Bestand.ontgrendelen(metOudeKopie, PIET.naam, PIET.wachtwoord)).rejects.toMatchObject({ code: 'BESTAND_ONLEESBAAR' });
        await opruimen(metOudeKopie);
      } else {
        const b2 = await Bestand.ontgrendelen(map, PIET.naam, PIET.wachtwoord);
        await b2.sluiten();
      }
      await opruimen(map);
    }
    // The kills must have landed inside the removal for this test to mean anything.
    expect(begonnen).toBeGreaterThan(0);
  }, 600_000);

  // The two states a crash can leave once the journal is written, made on purpose rather than by chance.
  it.each([
    ['vóór de rekey (het bestand staat nog onder de oude sleutel)', false],
    ['na de rekey, vóór het opruimen van de slots (het bestand staat al onder de nieuwe sleutel)', true],
  ])('onderbroken %s: de volgende ontgrendeling maakt de wissel af en auditeert hem', async (_naam, rekeyGedaan) => {
    const map = path.join(werk, `precies-${rekeyGedaan ? 'na' : 'voor'}`);
    await kopieer(basis, map);
    const b = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    const huidig = { id: (await leesSleutelbestand(map)).slots[0]!.doosjes[0]!.sleutelId, sleutel: b.bestandssleutel() };
    const nieuw = await wisselBeginnen(map, huidig, [PIET.naam]);
    if (rekeyGedaan) await b.v.rekey(nieuw.sleutel);
    await b.v.sluiten(); // the process dies here: no row deleted, no slots tidied

    const na = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    try {
      expect(na.bestandssleutel().equals(nieuw.sleutel)).toBe(true);
      const sb = await leesSleutelbestand(map);
      expect(Object.keys(sb)).not.toContain('sleutelwissel');
      for (const s of sb.slots) expect(s.doosjes.map((d) => d.sleutelId)).toEqual([nieuw.id]);
      expect((await na.v.all<{ naam: string }>('SELECT naam FROM gebruikers')).map((r) => r.naam)).not.toContain(PIET.naam);
      const regels = (await auditLijst(na.v, { limiet: 10 })).regels;
      expect(regels.find((r) => r.actie === 'sleutel.vervangen')?.details).toMatchObject({ sleutelId: nieuw.id, afgemaaktNaOnderbreking: true });
      expect(regels.find((r) => r.actie === 'gebruiker.verwijderd')?.details).toMatchObject({ afgemaaktNaOnderbreking: true });
    } finally {
      await na.sluiten();
    }
    const metOudeKopie = path.join(werk, `piet-precies-${rekeyGedaan ? 'na' : 'voor'}`);
    await fs.mkdir(metOudeKopie);
    await fs.copyFile(path.join(map, DATABASEBESTAND), path.join(metOudeKopie, DATABASEBESTAND));
    await fs.copyFile(oudeSlotkopie, path.join(metOudeKopie, SLEUTELBESTAND));
    await expect(Bestand.ontgrendelen(metOudeKopie, PIET.naam, PIET.wachtwoord)).rejects.toMatchObject({ code: 'BESTAND_ONLEESBAAR' });
  }, 300_000);

  // The third moment: the rekey and the slots done, the audit row of the replacement not yet written. The
  // journal went before the audit until a CI run's kill landed there: the removal was then never audited.
  it('onderbroken vóór de auditregel van de wissel: het journaal staat er nog, en de volgende ontgrendeling auditeert de wissel', async () => {
    const map = path.join(werk, 'precies-voor-audit');
    await kopieer(basis, map);
    const b = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    // The process "dies" at the audit row of the replacement: an insert that fails, nothing after it runs. A
    // trigger in the file itself, not a TEMP one: the Multiple Ciphers driver reopens the file after its rekey.
    await b.v.exec("CREATE TRIGGER sterven BEFORE INSERT ON audit WHEN NEW.actie = 'sleutel.vervangen' BEGIN SELECT RAISE(ABORT, 'gedood'); END");
    await expect(b.sleutelVervangen({ verwijderen: [PIET.naam] })).rejects.toThrow(/gedood/);
    expect(Object.keys(await leesSleutelbestand(map))).toContain('sleutelwissel');
    await b.v.exec('DROP TRIGGER sterven');
    await b.v.sluiten();

    const na = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    try {
      expect(Object.keys(await leesSleutelbestand(map))).not.toContain('sleutelwissel');
      const regels = (await auditLijst(na.v, { limiet: 10 })).regels;
      expect(regels.find((r) => r.actie === 'sleutel.vervangen')?.details).toMatchObject({ afgemaaktNaOnderbreking: true });
      expect((await auditVerifieren(na.v)).geldig).toBe(true);
    } finally {
      await na.sluiten();
    }
  }, 300_000);

  it('een ontgrendeling die de wissel afmaakt maar niet kan auditeren, laat het journaal staan; de volgende auditeert hem', async () => {
    const map = path.join(werk, 'precies-bij-ontgrendelen');
    await kopieer(basis, map);
    const b = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    const huidig = { id: (await leesSleutelbestand(map)).slots[0]!.doosjes[0]!.sleutelId, sleutel: b.bestandssleutel() };
    const nieuw = await wisselBeginnen(map, huidig, [PIET.naam]);
    await b.v.rekey(nieuw.sleutel);
    await b.v.exec("CREATE TRIGGER sterven BEFORE INSERT ON audit WHEN NEW.actie = 'sleutel.vervangen' BEGIN SELECT RAISE(ABORT, 'gedood'); END");
    await b.v.sluiten(); // the removal's process dies after its rekey

    // The next unlock "dies" at the audit row of the replacement it finishes.
    await expect(Bestand.ontgrendelen(map, 'anna', WACHTWOORD)).rejects.toThrow();
    expect(Object.keys(await leesSleutelbestand(map))).toContain('sleutelwissel');
    const v = await openMetSleutel(path.join(map, DATABASEBESTAND), nieuw.sleutel);
    await v.exec('DROP TRIGGER sterven');
    await v.sluiten();

    const na = await Bestand.ontgrendelen(map, 'anna', WACHTWOORD);
    try {
      expect(Object.keys(await leesSleutelbestand(map))).not.toContain('sleutelwissel');
      const regels = (await auditLijst(na.v, { limiet: 10 })).regels;
      expect(regels.find((r) => r.actie === 'sleutel.vervangen')?.details).toMatchObject({ sleutelId: nieuw.id, afgemaaktNaOnderbreking: true });
      expect((await na.v.all<{ naam: string }>('SELECT naam FROM gebruikers')).map((r) => r.naam)).not.toContain(PIET.naam);
    } finally {
      await na.sluiten();
    }
  }, 300_000);
});
