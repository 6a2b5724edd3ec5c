/**
 * Art. 21.2 (issue 11 §3, ADR 0043): every account acknowledges the duty of confidentiality at its first
 * login, over a real encrypted bestand in each of the three profiles:
 * - a fresh account is refused a case-data call with GEHEIMHOUDING_NIET_BEVESTIGD and art. 21.2 (audited)
 *   until it acknowledges; the refusal is the router's, not the page's;
 * - the acknowledgment is kept in the bestand (account, time, version) and in the audit log;
 * - Beheer → Gebruikers shows who acknowledged and when;
 * - a new version of the text asks every account again.
 * The sign-ins here go through `router.aanroepen`, never the helpers that acknowledge on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { GEHEIMHOUDINGSTEKST } from '@shared/domein/geheimhouding';
import { LEIDENDE_ROL, type Profiel } from '@shared/rollen';
import type { Uitvoer } from '@shared/api';
import { geweigerd, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const CASUSKANAAL: Record<Profiel, string> = { centraal: 'signalen.lijst', zorgcoordinatie: 'signalen.lijst', partner: 'ontvangen.lijst' };
const TWEEDE_WACHTWOORD = 'een ander lang wachtwoord voor de proef';
const NIEUWE_TEKST = { ...GEHEIMHOUDINGSTEKST, versie: GEHEIMHOUDINGSTEKST.versie + 1, uitleg: [...GEHEIMHOUDINGSTEKST.uitleg, 'Een zin die er in de nieuwe versie bij is gekomen (proef).'] };

async function roep<T = unknown>(router: Router, kanaal: string, invoer: unknown = {}): Promise<T> {
  const r = await router.aanroepen(kanaal, invoer);
  if (!r.ok) throw new Error(`${kanaal}: ${r.fout.code} ${r.fout.melding}`);
  return r.waarde as T;
}
const status = (router: Router) => roep<Uitvoer<'sessie.status'>>(router, 'sessie.status');
const aanmelden = (router: Router, gebruiker: string) => roep<Uitvoer<'sessie.aanmelden'>>(router, 'sessie.aanmelden', { gebruiker, wachtwoord: WACHTWOORD });

describe.each<Profiel>(['centraal', 'zorgcoordinatie', 'partner'])('art. 21.2: geheimhouding bij de eerste aanmelding (profiel %s)', (profiel) => {
  let werk: string;
  let router: Router;
  const kanaal = CASUSKANAAL[profiel];
  const rol = LEIDENDE_ROL[profiel];

  const audit = (actie: string) =>
    router.sessie.open!.v.all<{ gebruiker: string; onderwerp: string; details: string }>('SELECT gebruiker, onderwerp, details FROM audit WHERE actie = ? ORDER BY volgnr', [actie]);

  beforeAll(async () => {
    werk = await tijdelijkeMap(`geheimhouding-${profiel}`);
    router = maakRouter({ werkmap: werk });
    await roep(router, 'bestand.maken', { map: 'b', naam: `Proef ${profiel}`, penvoerder: 'Synthetische penvoerder', profiel, gebruiker: 'eerste', weergavenaam: 'Eerste (proef)', wachtwoord: WACHTWOORD });
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('een nieuw account krijgt de tekst van art. 21.2 en wordt casusgegevens geweigerd tot het bevestigt', async () => {
    const s = await status(router);
    expect(s.geheimhouding).toMatchObject({ versie: GEHEIMHOUDINGSTEKST.versie, artikel: 'art. 21.2' });
    expect(s.geheimhouding!.citaat).toContain('een plicht tot geheimhouding op');

    for (const k of [kanaal, 'gebruikers.lijst', 'partners.lijst']) {
      const fout = await geweigerd(router, k, {}, 'GEHEIMHOUDING_NIET_BEVESTIGD');
      expect(fout.artikel).toBe('art. 21.2');
    }
    const weigeringen = (await audit('toegang.geweigerd')).filter((r) => JSON.parse(r.details).reden === 'geheimhouding');
    expect(weigeringen.map((r) => r.onderwerp)).toEqual([`kanaal:${kanaal}`, 'kanaal:gebruikers.lijst', 'kanaal:partners.lijst']);
    expect(await audit('geheimhouding.bevestigd')).toEqual([]);
    // Staying signed in is allowed; acknowledging a version that was not shown is not.
    await roep(router, 'sessie.activiteit');
    await geweigerd(router, 'geheimhouding.bevestigen', { versie: GEHEIMHOUDINGSTEKST.versie + 5 }, 'CONFLICT');
  });

  it('voor het bevestigen mag het account zijn eigen wachtwoord vervangen (geen casusgegevens), en meldt het zich daarna daarmee aan', async () => {
    await roep(router, 'gebruikers.wachtwoordWijzigen', { huidig: WACHTWOORD, nieuw: TWEEDE_WACHTWOORD });
    expect(await audit('gebruiker.wachtwoord-gewijzigd')).toHaveLength(1);
    await roep(router, 'sessie.vergrendelen');
    await roep(router, 'sessie.aanmelden', { gebruiker: 'eerste', wachtwoord: TWEEDE_WACHTWOORD });
    // Still not acknowledged: case data stays refused, and the passphrase goes back for the next tests.
    await geweigerd(router, kanaal, {}, 'GEHEIMHOUDING_NIET_BEVESTIGD');
    await roep(router, 'gebruikers.wachtwoordWijzigen', { huidig: TWEEDE_WACHTWOORD, nieuw: WACHTWOORD });
  });

  it('na bevestigen: vastgelegd (account, tijd, versie) en geaudit, en casusgegevens zijn bereikbaar', async () => {
    const na = await roep<Uitvoer<'geheimhouding.bevestigen'>>(router, 'geheimhouding.bevestigen', { versie: GEHEIMHOUDINGSTEKST.versie });
    expect(na.geheimhouding).toBeNull();
    await roep(router, kanaal);

    const rijen = await router.sessie.open!.v.all<{ naam: string; versie: number; tijd: string }>(
      'SELECT g.naam, b.versie, b.tijd FROM geheimhouding_bevestigingen b JOIN gebruikers g ON g.id = b.gebruiker_id',
    );
    expect(rijen).toEqual([{ naam: 'eerste', versie: GEHEIMHOUDINGSTEKST.versie, tijd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    const regels = await audit('geheimhouding.bevestigd');
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({ gebruiker: 'eerste', onderwerp: 'gebruiker:eerste' });
    expect(JSON.parse(regels[0]!.details)).toMatchObject({ versie: GEHEIMHOUDINGSTEKST.versie, artikel: 'art. 21.2' });

    // A second sign-in does not ask again.
    await roep(router, 'sessie.vergrendelen');
    expect((await aanmelden(router, 'eerste')).geheimhouding).toBeNull();
    await roep(router, kanaal);
  });

  it('een tweede account bevestigt zelf; Beheer → Gebruikers toont wie wanneer bevestigde', async () => {
    await roep(router, 'gebruikers.toevoegen', { naam: 'tweede', weergavenaam: 'Tweede (proef)', rol, wachtwoord: WACHTWOORD });
    const lijst = await roep<Uitvoer<'gebruikers.lijst'>>(router, 'gebruikers.lijst');
    expect(lijst.find((g) => g.naam === 'eerste')!.geheimhouding).toMatchObject({ versie: GEHEIMHOUDINGSTEKST.versie, actueel: true });
    expect(lijst.find((g) => g.naam === 'tweede')!.geheimhouding).toBeNull();

    expect((await aanmelden(router, 'tweede')).geheimhouding).not.toBeNull();
    await geweigerd(router, kanaal, {}, 'GEHEIMHOUDING_NIET_BEVESTIGD');
    await roep(router, 'geheimhouding.bevestigen', { versie: GEHEIMHOUDINGSTEKST.versie });
    await roep(router, kanaal);
  });

  it('een nieuwe versie van de tekst: elk account bevestigt opnieuw', async () => {
    await router.afsluiten();
    router = maakRouter({ werkmap: werk, geheimhouding: NIEUWE_TEKST });
    await roep(router, 'bestand.openen', { map: 'b' });
    const s = await aanmelden(router, 'eerste');
    expect(s.geheimhouding).toMatchObject({ versie: NIEUWE_TEKST.versie });
    const fout = await geweigerd(router, kanaal, {}, 'GEHEIMHOUDING_NIET_BEVESTIGD');
    expect(fout.artikel).toBe('art. 21.2');
    // The page still showing the old text cannot acknowledge the new one with it.
    await geweigerd(router, 'geheimhouding.bevestigen', { versie: GEHEIMHOUDINGSTEKST.versie }, 'CONFLICT');
    await roep(router, 'geheimhouding.bevestigen', { versie: NIEUWE_TEKST.versie });
    await roep(router, kanaal);

    const lijst = await roep<Uitvoer<'gebruikers.lijst'>>(router, 'gebruikers.lijst');
    expect(lijst.find((g) => g.naam === 'eerste')!.geheimhouding).toMatchObject({ versie: NIEUWE_TEKST.versie, actueel: true });
    expect(lijst.find((g) => g.naam === 'tweede')!.geheimhouding).toMatchObject({ versie: GEHEIMHOUDINGSTEKST.versie, actueel: false });
    expect((await audit('geheimhouding.bevestigd')).map((r) => [r.gebruiker, JSON.parse(r.details).versie])).toEqual([
      ['eerste', GEHEIMHOUDINGSTEKST.versie],
      ['tweede', GEHEIMHOUDINGSTEKST.versie],
      ['eerste', NIEUWE_TEKST.versie],
    ]);
  });
});
