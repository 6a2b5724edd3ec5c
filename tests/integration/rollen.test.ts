/**
 * Who may give which role (art. 15.3, 21.10; docs/beslissingen/0003), through the API on a real
 * bestand of each profile: every role × every role it tries to give × self/other. The expectation is
 * written out here from the covenant, not read from shared/rollen.ts, so the backend is checked
 * against the rule and not against itself:
 *   - nobody changes their own role;
 *   - a role that sees case data is given (created or raised to) only by the profile's leading role;
 *   - the beheerder creates and re-roles only beheerder and privacy-medewerker accounts;
 *   - other roles manage no accounts.
 * Every refused grant leaves an audit line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { ROLLEN_PER_PROFIEL, type Profiel, type Rol } from '@shared/rollen';
import { aanmeldenAls, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const LEIDEND: Record<Profiel, Rol> = { centraal: 'ketenregisseur', zorgcoordinatie: 'zorgcoordinator', partner: 'partnermedewerker' };
/** Art. 15.3: these two see no case data. */
const ZONDER_CASUSGEGEVENS: readonly Rol[] = ['beheerder', 'privacy-medewerker'];

function magGeven(profiel: Profiel, ik: Rol, van: Rol | null, naar: Rol): boolean {
  if (ik === LEIDEND[profiel]) return true;
  if (ik !== 'beheerder') return false;
  return ZONDER_CASUSGEGEVENS.includes(naar) && (van === null || ZONDER_CASUSGEGEVENS.includes(van));
}

const LEIDER = 'leider';
const wie = (rol: Rol) => `wie.${rol}`;
const doel = (rol: Rol) => `doel.${rol}`;

describe.each<Profiel>(['centraal', 'zorgcoordinatie', 'partner'])('rollen toekennen in profiel %s (art. 15.3, 21.10)', (profiel) => {
  let werk: string;
  let router: Router;
  const rollen = ROLLEN_PER_PROFIEL[profiel];
  let volgnummer = 0;

  const auditRegels = async () => (await router.sessie.open!.v.get<{ n: number }>('SELECT count(*) AS n FROM audit'))!.n;
  const laatsteAudit = async () => (await router.sessie.open!.v.get<{ actie: string; details: string }>('SELECT actie, details FROM audit ORDER BY volgnr DESC LIMIT 1'))!;

  /** Calls the channel, checks the outcome against `mag`, and for a refusal its code, article and audit line. */
  async function poging(kanaal: 'gebruikers.toevoegen' | 'gebruikers.rolWijzigen', invoer: Record<string, unknown>, mag: boolean, wat: string) {
    const voor = await auditRegels();
    const r = await router.aanroepen(kanaal, invoer);
    expect(r.ok, `${wat}: ${r.ok ? 'toegestaan' : r.fout.melding}`).toBe(mag);
    if (r.ok) return true;
    expect(r.fout.code, wat).toBe('GEEN_TOEGANG');
    expect(r.fout.artikel, wat).toMatch(/art\. 15\.3/);
    expect(await auditRegels(), `${wat}: de geweigerde toekenning staat in het auditlog`).toBe(voor + 1);
    expect(['gebruiker.toekenning-geweigerd', 'toegang.geweigerd'], wat).toContain((await laatsteAudit()).actie);
    return false;
  }

  beforeAll(async () => {
    werk = await tijdelijkeMap(`rollen-${profiel}`);
    router = maakRouter({ werkmap: werk });
    await ok(router, 'bestand.maken', {
      map: 'bestand',
      naam: `Proefbestand ${profiel}`,
      penvoerder: 'Synthetische penvoerder',
      profiel,
      gebruiker: LEIDER,
      weergavenaam: 'Leidende rol (proef)',
      wachtwoord: WACHTWOORD,
    });
    for (const rol of rollen) {
      for (const naam of [wie(rol), doel(rol)]) await ok(router, 'gebruikers.toevoegen', { naam, weergavenaam: `Proef ${rol}`, rol, wachtwoord: WACHTWOORD });
    }
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it.each(rollen.map((r) => [r]))('%s: nieuwe accounts, eigen rol en de rol van anderen', async (ik) => {
    await aanmeldenAls(router, ik === LEIDEND[profiel] ? LEIDER : wie(ik));
    for (const naar of rollen) {
      const naam = `nieuw${++volgnummer}`;
      await poging('gebruikers.toevoegen', { naam, weergavenaam: 'Nieuw (proef)', rol: naar, wachtwoord: WACHTWOORD }, magGeven(profiel, ik, null, naar), `${ik} maakt een ${naar}`);
    }
    const eigen = ik === LEIDEND[profiel] ? LEIDER : wie(ik);
    for (const naar of rollen.filter((r) => r !== ik)) {
      await poging('gebruikers.rolWijzigen', { naam: eigen, rol: naar }, false, `${ik} maakt zichzelf ${naar}`);
    }
    for (const van of rollen) {
      for (const naar of rollen.filter((r) => r !== van)) {
        const gelukt = await poging('gebruikers.rolWijzigen', { naam: doel(van), rol: naar }, magGeven(profiel, ik, van, naar), `${ik} maakt een ${van} ${naar}`);
        if (gelukt) await ok(router, 'gebruikers.rolWijzigen', { naam: doel(van), rol: van });
      }
    }
  });
});

describe('de beheerder ziet daarna nog steeds geen casusgegevens (art. 15.3)', () => {
  let werk: string;
  let router: Router;
  beforeAll(async () => {
    werk = await tijdelijkeMap('rollen-beheerder');
    router = maakRouter({ werkmap: werk });
    await ok(router, 'bestand.maken', { map: 'b', naam: 'Proef', penvoerder: 'Proef', profiel: 'centraal', gebruiker: LEIDER, weergavenaam: 'Regisseur', wachtwoord: WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheerder', rol: 'beheerder', wachtwoord: WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: 'bewerker', weergavenaam: 'Bewerker', rol: 'bewerker', wachtwoord: WACHTWOORD });
    await aanmeldenAls(router, 'beheer');
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('na een geweigerde poging zichzelf een casusrol te geven kan de beheerder nog steeds geen signalen lezen', async () => {
    await router.aanroepen('gebruikers.rolWijzigen', { naam: 'beheer', rol: 'ketenregisseur' });
    await router.aanroepen('gebruikers.rolWijzigen', { naam: 'beheer', rol: 'bewerker' });
    const r = await router.aanroepen('signalen.lijst', {});
    expect(r.ok).toBe(false);
    expect(router.sessie.open!.gebruiker.rol).toBe('beheerder');
  });

  it('de beheerder verwijdert een account met een casusrol, maar niet dat van de ketenregisseur (art. 12.7)', async () => {
    await ok(router, 'gebruikers.verwijderen', { naam: 'bewerker' });
    const r = await router.aanroepen('gebruikers.verwijderen', { naam: LEIDER });
    expect(r.ok).toBe(false);
  });
});
