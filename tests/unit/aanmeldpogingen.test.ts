/**
 * Throttling of passphrase attempts (docs/ontwerp.md §5, ADR 0012): every attempt is recorded before any KDF
 * work; after each one that does not succeed the wait doubles — 1, 2, 4 … seconds, at most five
 * minutes — an attempt during the wait is refused (and counted), and the failures are written to the
 * audit log once someone signs in again (no key exists before that). Made-up names cannot grow the
 * file or the audit without limit (issue 8, item 7).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Bestand } from '../../electron/backend/bestand/bestand';
import { bestandMaken } from '../../electron/backend/keten/inrichten';
import * as gebruikers from '../../electron/backend/bestand/gebruikers';
import { afgeremd, pogingVastleggen, wachttijd } from '../../electron/backend/bestand/aanmeldpogingen';
import { metLock } from '../../electron/backend/bestand/lock';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { ANDER_WACHTWOORD, faaltMet, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

describe('aanmeldpogingen', () => {
  let werk: string;

  beforeAll(async () => {
    werk = await tijdelijkeMap('pogingen');
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await opruimen(werk);
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [8, 128],
    [9, 256],
    [10, 300],
    [40, 300],
  ])('na %i mislukte poging(en) op rij wacht men %i seconden', (aantal, seconden) => {
    expect(wachttijd(aantal)).toBe(seconden);
  });

  it('elke poging wordt vastgelegd; tijdens het wachten TE_VEEL_POGINGEN — die poging telt mee voor de volgende wachttijd', async () => {
    const map = await fs.mkdtemp(path.join(werk, 'los-'));
    const a = { soort: 'aanmelden' as const, label: 'label-a' };
    const nu = Date.UTC(2026, 5, 1, 9);
    await pogingVastleggen(map, a, nu); // 1st: wait 1 s
    const fout = await faaltMet(pogingVastleggen(map, a, nu + 500), 'TE_VEEL_POGINGEN'); // 2nd, during the wait
    expect(fout.message).toContain('over 1 seconde ');
    await faaltMet(pogingVastleggen(map, a, nu + 999), 'TE_VEEL_POGINGEN'); // 3rd: the running wait is not lengthened
    await pogingVastleggen(map, a, nu + 1000); // 4th: allowed, and now the wait is that of the 4th: 8 s
    const achtste = await faaltMet(pogingVastleggen(map, a, nu + 1001), 'TE_VEEL_POGINGEN');
    expect(achtste.message).toContain(`over ${wachttijd(4)} seconden`);
    await faaltMet(pogingVastleggen(map, a, nu + 8999), 'TE_VEEL_POGINGEN');
    await expect(pogingVastleggen(map, a, nu + 9000)).resolves.toBeDefined();
    // Another label, and another kind of attempt under the same label, have their own counters.
    await expect(pogingVastleggen(map, { soort: 'aanmelden', label: 'label-b' }, nu)).resolves.toBeDefined();
    await expect(pogingVastleggen(map, { soort: 'herstel', label: 'label-a' }, nu)).resolves.toBeDefined();
    // The file beside the bestand holds labels, kinds and times, nothing a user typed; no lock is left.
    const inhoud = await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8');
    expect(Object.keys((JSON.parse(inhoud) as { tellers: object }).tellers).sort()).toEqual(['aanmelden:label-a', 'aanmelden:label-b', 'herstel:label-a']);
    expect((await fs.readdir(map)).sort()).toEqual(['aanmeldpogingen.json']);
  });

  it('een geslaagde poging wist haar eigen vastlegging en de teller; een mislukte blijft staan', async () => {
    const map = await fs.mkdtemp(path.join(werk, 'afgeremd-'));
    const a = { soort: 'herstelsleutel' as const, label: 'label-a' };
    const nu = Date.UTC(2026, 5, 1, 9);
    await faaltMet(afgeremd(map, a, () => Promise.reject(new KetenFout('ONJUISTE_AANMELDING', melding('aanmelding.onjuist'))), nu), 'ONJUISTE_AANMELDING');
    await faaltMet(afgeremd(map, a, () => Promise.resolve('ja'), nu + 999), 'TE_VEEL_POGINGEN');
    await expect(afgeremd(map, a, () => Promise.resolve('ja'), nu + 1000)).resolves.toBe('ja');
    const p = JSON.parse(await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8')) as { tellers: Record<string, { aantal: number; tijden: string[] }> };
    // The two that did not succeed stay for the audit; the counter starts again.
    expect(p.tellers['herstelsleutel:label-a']).toMatchObject({ aantal: 0, tijden: [new Date(nu).toISOString(), new Date(nu + 999).toISOString()] });
  });

  it('een lockbestand van een proces dat niet meer bestaat, of van lang geleden, wordt doorbroken', async () => {
    const map = await fs.mkdtemp(path.join(werk, 'lock-'));
    const lock = path.join(map, 'aanmeldpogingen.lock');
    const dood = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    await fs.writeFile(lock, JSON.stringify({ pid: dood, host: os.hostname(), sinds: Date.now(), id: 'x' }));
    await expect(metLock(lock, async () => 'binnen')).resolves.toBe('binnen');
    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), sinds: Date.now() - 60_000, id: 'y' }));
    await expect(metLock(lock, async () => 'ook binnen')).resolves.toBe('ook binnen');
    expect(await fs.readdir(map)).toEqual([]);
  });

  it('twaalf gelijktijdige pogingen binnen één proces: alle twaalf geteld, geen vastlegging verloren', async () => {
    const map = await fs.mkdtemp(path.join(werk, 'parallel-'));
    const nu = Date.UTC(2026, 5, 1, 9);
    const uitslagen = await Promise.allSettled(Array.from({ length: 12 }, () => pogingVastleggen(map, { soort: 'aanmelden', label: 'x' }, nu)));
    expect(uitslagen.filter((u) => u.status === 'fulfilled')).toHaveLength(1);
    const p = JSON.parse(await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8')) as { tellers: Record<string, { aantal: number; tijden: string[] }> };
    expect(p.tellers['aanmelden:x']!.aantal).toBe(12);
  });

  describe('bij het ontgrendelen van een bestand', () => {
    let map: string;
    let t: number;
    const naar = (ms: number) => vi.setSystemTime((t += ms));
    const ontgrendelen = async (naam: string, wachtwoord: string) => {
      const b = await Bestand.ontgrendelen(map, naam, wachtwoord);
      const mislukkingen = await b.v.all<{ gebruiker: string; onderwerp: string; details: string }>(
        "SELECT gebruiker, onderwerp, details FROM audit WHERE actie = 'sessie.aanmelden-mislukt' ORDER BY volgnr",
      );
      await b.sluiten();
      return mislukkingen.map((r) => ({ ...r, details: JSON.parse(r.details) as { tijdVanPoging: string } }));
    };

    beforeAll(async () => {
      map = path.join(werk, 'bestand');
      const b = await bestandMaken(map, { naam: 'Proefbestand', penvoerder: 'Proefgemeente', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
      await gebruikers.gebruikerToevoegen(b, { naam: 'tweede', weergavenaam: 'Tweede', rol: 'bewerker', wachtwoord: ANDER_WACHTWOORD });
      await b.sluiten();
    });

    it('een fout wachtwoord, dan is ook het goede wachtwoord te vroeg (en telt mee); de wachttijd groeit; de pogingen komen bij de volgende aanmelding in het auditlog', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      t = Date.UTC(2026, 5, 1, 9);
      naar(0);
      const tijden: string[] = [];

      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-1234'), 'ONJUISTE_AANMELDING'); // wait 1 s
      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD), 'TE_VEEL_POGINGEN');
      naar(1000);
      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-5678'), 'ONJUISTE_AANMELDING'); // the 3rd: 4 s
      naar(3999);
      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD), 'TE_VEEL_POGINGEN');
      // A name that has no account is throttled in the same way, and audited without the name.
      const onbekend = new Date(t).toISOString();
      await faaltMet(Bestand.ontgrendelen(map, 'niemand.bekend', WACHTWOORD), 'ONJUISTE_AANMELDING');
      naar(1);

      const gelogd = await ontgrendelen('regisseur', WACHTWOORD);
      expect(gelogd).toEqual([
        ...tijden.map((tijd) => ({ gebruiker: '(niet aangemeld)', onderwerp: 'gebruiker:regisseur', details: { tijdVanPoging: tijd } })),
        { gebruiker: '(niet aangemeld)', onderwerp: 'onbekende gebruikersnaam', details: { aantal: 1, namen: 1, eerste: onbekend, laatste: onbekend } },
      ]);
      // Audited once: the next login adds nothing.
      expect(await ontgrendelen('regisseur', WACHTWOORD)).toHaveLength(5);
    });

    it('na een geslaagde aanmelding begint de eigen teller opnieuw; een ander account houdt zijn wachttijd', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      t = Date.UTC(2026, 5, 2, 9);
      naar(0);
      for (let i = 0; i < 3; i++) {
        await faaltMet(Bestand.ontgrendelen(map, 'tweede', 'fout-wachtwoord-0000'), 'ONJUISTE_AANMELDING');
        naar(wachttijd(i + 1) * 1000);
      }
      await faaltMet(Bestand.ontgrendelen(map, 'tweede', 'fout-wachtwoord-0000'), 'ONJUISTE_AANMELDING'); // 4th: wait 8 s
      await ontgrendelen('regisseur', WACHTWOORD);
      naar(7000);
      await faaltMet(Bestand.ontgrendelen(map, 'tweede', ANDER_WACHTWOORD), 'TE_VEEL_POGINGEN'); // counted, but the wait stays 8 s

      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-1111'), 'ONJUISTE_AANMELDING');
      naar(1000); // regisseur starts again at one second, not at four
      await expect(ontgrendelen('regisseur', WACHTWOORD)).resolves.toBeDefined();
      naar(1000);
      await expect(ontgrendelen('tweede', ANDER_WACHTWOORD)).resolves.toBeDefined();
    });

    it('item 7: verzonnen gebruikersnamen en eindeloze pogingen laten het pogingenbestand en het auditlog niet onbegrensd groeien', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      t = Date.UTC(2026, 5, 3, 9);
      naar(0);
      const eerste = new Date(t).toISOString();
      for (let i = 0; i < 60; i++) {
        await faaltMet(Bestand.ontgrendelen(map, `verzonnen.${i}`, 'fout-wachtwoord-0000'), 'ONJUISTE_AANMELDING');
        naar(10);
      }
      const laatste = new Date(t - 10).toISOString();
      for (let i = 1; i <= 30; i++) {
        await faaltMet(Bestand.ontgrendelen(map, 'tweede', 'fout-wachtwoord-0000'), 'ONJUISTE_AANMELDING');
        naar(wachttijd(i) * 1000);
      }
      const inhoud = await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8');
      // Hashed labels and times only — and a bounded number of them.
      expect(new Set(inhoud.match(/[0-9a-f]{64}/g)).size).toBeLessThanOrEqual(34);
      expect((inhoud.match(/\d{4}-\d\d-\d\dT/g) ?? []).length).toBeLessThanOrEqual(60);
      expect(inhoud).not.toContain('verzonnen');

      const gelogd = await ontgrendelen('regisseur', WACHTWOORD);
      const nieuw = gelogd.slice(-2);
      expect(nieuw).toEqual([
        { gebruiker: '(niet aangemeld)', onderwerp: 'gebruiker:tweede', details: expect.objectContaining({ aantal: 30 }) as unknown },
        { gebruiker: '(niet aangemeld)', onderwerp: 'onbekende gebruikersnaam', details: { aantal: 60, namen: 60, eerste, laatste } },
      ]);
    });
  });
});
