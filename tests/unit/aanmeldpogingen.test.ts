/**
 * Throttling of passphrase attempts (DESIGN §5): after each failure in a row the wait doubles — 1, 2,
 * 4 … seconds, at most five minutes — an attempt during the wait is refused before any KDF work, and
 * the failures are written to the audit log once someone signs in again (no key exists before that).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Bestand } from '../../electron/backend/bestand/bestand';
import * as gebruikers from '../../electron/backend/bestand/gebruikers';
import { controleerWachttijd, mislukt, wachttijd } from '../../electron/backend/bestand/aanmeldpogingen';
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

  it('elke mislukking verlengt de wachttijd; tijdens het wachten TE_VEEL_POGINGEN, daarna niet meer', async () => {
    const map = await fs.mkdtemp(path.join(werk, 'los-'));
    let nu = Date.UTC(2026, 5, 1, 9);
    for (let n = 1; n <= 11; n++) {
      await mislukt(map, 'label-a', nu);
      const wacht = wachttijd(n) * 1000;
      const fout = await faaltMet(controleerWachttijd(map, 'label-a', nu), 'TE_VEEL_POGINGEN');
      expect(fout.message).toContain(`over ${wachttijd(n)} seconde`);
      await faaltMet(controleerWachttijd(map, 'label-a', nu + wacht - 1), 'TE_VEEL_POGINGEN');
      await expect(controleerWachttijd(map, 'label-a', nu + wacht)).resolves.toBeUndefined();
      // Another label is not held up by these failures.
      await expect(controleerWachttijd(map, 'label-b', nu)).resolves.toBeUndefined();
      nu += wacht;
    }
    // The file beside the bestand holds labels and times, nothing a user typed.
    expect(Object.keys(JSON.parse(await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8')))).toEqual(['label-a']);
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
      const b = await Bestand.maken(map, { naam: 'Proefbestand', penvoerder: 'Proefgemeente', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
      await gebruikers.gebruikerToevoegen(b, { naam: 'tweede', weergavenaam: 'Tweede', rol: 'bewerker', wachtwoord: ANDER_WACHTWOORD });
      await b.sluiten();
    });

    it('een fout wachtwoord, dan is ook het goede wachtwoord te vroeg; de wachttijd groeit; de mislukkingen komen bij de volgende aanmelding in het auditlog', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      t = Date.UTC(2026, 5, 1, 9);
      naar(0);
      const tijden: string[] = [];

      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-1234'), 'ONJUISTE_AANMELDING');
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD), 'TE_VEEL_POGINGEN');
      naar(1000);
      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-5678'), 'ONJUISTE_AANMELDING');
      naar(1999); // the second failure asks for two seconds
      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', WACHTWOORD), 'TE_VEEL_POGINGEN');
      // A name that has no account is throttled and audited in the same way.
      tijden.push(new Date(t).toISOString());
      await faaltMet(Bestand.ontgrendelen(map, 'niemand.bekend', WACHTWOORD), 'ONJUISTE_AANMELDING');
      naar(1);

      const gelogd = await ontgrendelen('regisseur', WACHTWOORD);
      expect(gelogd).toEqual([
        { gebruiker: '(niet aangemeld)', onderwerp: 'gebruiker:regisseur', details: { tijdVanPoging: tijden[0] } },
        { gebruiker: '(niet aangemeld)', onderwerp: 'gebruiker:regisseur', details: { tijdVanPoging: tijden[1] } },
        { gebruiker: '(niet aangemeld)', onderwerp: 'onbekende gebruikersnaam', details: { tijdVanPoging: tijden[2] } },
      ]);
      // Audited once: the next login adds nothing.
      expect(await ontgrendelen('regisseur', WACHTWOORD)).toHaveLength(3);
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
      await faaltMet(Bestand.ontgrendelen(map, 'tweede', ANDER_WACHTWOORD), 'TE_VEEL_POGINGEN');

      await faaltMet(Bestand.ontgrendelen(map, 'regisseur', 'fout-wachtwoord-1111'), 'ONJUISTE_AANMELDING');
      naar(1000); // regisseur starts again at one second, not at four
      await expect(ontgrendelen('regisseur', WACHTWOORD)).resolves.toBeDefined();
      naar(1000);
      await expect(ontgrendelen('tweede', ANDER_WACHTWOORD)).resolves.toBeDefined();
    });
  });
});
