/**
 * The router (docs/ontwerp.md §4): every channel of the contract checks session, profile and role before it
 * reads the input (art. 15.3: only the roles named get access; art. 12.22: the privacy-medewerker reads
 * the audit), every refusal of a role is audited, and invalid input is answered field by field.
 * The cases are generated from the `kanalen` table, so a new channel is covered the day it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { kanaalNamen, kanalen, magRolKanaal, type KanaalNaam, VOOR_GEHEIMHOUDING } from '@shared/api';
import { ROLLEN_PER_PROFIEL, type Rol } from '@shared/rollen';
import { maakRouter, type Router } from '../../electron/backend/api';
import { aanmeldenAls, bestandMaken, geweigerd, ok, opruimen, tijdelijkeMap } from '../fixtures/omgeving';

const ROLLEN = ROLLEN_PER_PROFIEL.centraal;
const gebruikerMetRol = (rol: Rol) => (rol === 'ketenregisseur' ? 'regisseur' : `proef.${rol}`);

const nietOpen = kanaalNamen.filter((k) => kanalen[k].toegang !== 'open');

function magMetRol(k: KanaalNaam, rol: Rol): boolean {
  return magRolKanaal(kanalen[k], rol, 'centraal');
}

/** Values of every kind; for each field the test picks one that the field refuses. */
const KANDIDATEN: unknown[] = [{ geen: 'geldige waarde' }, 'geen geldige waarde', -1.5, true, [], null];

/**
 * Input that each field of the channel refuses, and the fields it must name. A field that accepts
 * every kind of value (free JSON) cannot be made invalid and is left out of the expectation.
 */
function ongeldigeInvoer(k: KanaalNaam): { invoer: Record<string, unknown>; velden: string[] } {
  const schema = kanalen[k].invoer as unknown as z.ZodObject;
  expect(schema).toBeInstanceOf(z.ZodObject);
  const invoer: Record<string, unknown> = {};
  for (const [veld, veldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const fout = KANDIDATEN.find((w) => !veldSchema.safeParse(w).success);
    if (fout !== undefined) invoer[veld] = fout;
  }
  const velden = Object.keys(invoer);
  if (velden.length === 0) invoer.onbekend = 1; // strict `{}` channels refuse unknown keys
  expect(schema.safeParse(invoer).success, `${k}: de testinvoer moet ongeldig zijn`).toBe(false);
  return { invoer, velden };
}

describe('router', () => {
  let werk: string;
  let router: Router;

  beforeAll(async () => {
    werk = await tijdelijkeMap('router');
    router = maakRouter({ werkmap: werk });
    await bestandMaken(router, { map: 'bestand' });
    for (const rol of ROLLEN.filter((r) => r !== 'ketenregisseur')) {
      await ok(router, 'gebruikers.toevoegen', { naam: gebruikerMetRol(rol), weergavenaam: `Proef ${rol}`, rol, wachtwoord: 'synthetisch-wachtwoord-voor-tests' });
    }
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('kanalen zonder rolbeperking zijn precies deze (een nieuw open kanaal is een bewuste keuze)', () => {
    const zonder = kanaalNamen.filter((k) => typeof kanalen[k].toegang === 'string').map((k) => `${k}: ${kanalen[k].toegang as string}`);
    expect(zonder.sort()).toEqual(
      [
        'bestand.demo: open',
        'bestand.herstellen: open',
        'bestand.herstelVoorbeeld: open',
        'bestand.herstelStatus: aangemeld',
        'bestand.lijst: open',
        'bestand.maken: open',
        'bestand.openen: open',
        // ADR 0010: the recovery key is used by someone who cannot sign in; the code is the credential.
        'herstelsleutel.gebruiken: open',
        'herstelmeldingen.openstaand: aangemeld',
        'herstelmeldingen.gezien: aangemeld',
        'sessie.aanmelden: open',
        'sessie.sluiten: open',
        'sessie.status: open',
        'sessie.vergrendelen: open',
        'sessie.activiteit: aangemeld',
        // Art. 21.2 (ADR 0043): acknowledging the duty of confidentiality comes before any role's work.
        'geheimhouding.bevestigen: aangemeld',
        'gebruikers.wachtwoordWijzigen: aangemeld',
        // ADR 0020: what the sweep at this sign-in deleted, counts per article only, for whoever signed in.
        'bewaring.status: aangemeld',
        // ADR 0036 (added deliberately): choosing a folder or file, confined to home and removable drives.
        'bestanden.bladeren: aangemeld',
        'bestanden.schijf: aangemeld',
      ].sort(),
    );
  });

  it('art. 21.2: vóór de bevestiging van de geheimhoudingsplicht zijn alleen deze kanalen met sessie bereikbaar (ADR 0043)', () => {
    expect([...VOOR_GEHEIMHOUDING].sort()).toEqual(['gebruikers.wachtwoordWijzigen', 'geheimhouding.bevestigen', 'sessie.activiteit']);
  });

  describe('zonder sessie', () => {
    let zonderBestand: Router;
    let nietAangemeld: Router;
    beforeAll(async () => {
      zonderBestand = maakRouter({ werkmap: werk });
      nietAangemeld = maakRouter({ werkmap: werk });
      await ok(nietAangemeld, 'bestand.openen', { map: 'bestand' });
    });

    it.each(nietOpen)('%s zonder gekozen bestand: GEEN_BESTAND', async (k) => {
      await geweigerd(zonderBestand, k, {}, 'GEEN_BESTAND');
    });

    it.each(nietOpen)('%s met gekozen bestand maar niet aangemeld: NIET_AANGEMELD', async (k) => {
      await geweigerd(nietAangemeld, k, {}, 'NIET_AANGEMELD');
    });
  });

  /** Signs in as the account with `rol`, unless it is signed in already. */
  async function als(rol: Rol) {
    if (router.sessie.open?.gebruiker.rol !== rol) await aanmeldenAls(router, gebruikerMetRol(rol));
    return router.sessie.open!;
  }
  const laatsteVolgnr = async () => (await router.sessie.open!.v.get<{ n: number }>('SELECT max(volgnr) AS n FROM audit'))!.n;

  const weigeringen = ROLLEN.flatMap((rol) => kanaalNamen.filter((k) => !magMetRol(k, rol)).map((k) => [rol, k] as const));
  const toegestaan = ROLLEN.flatMap((rol) => kanaalNamen.filter((k) => magMetRol(k, rol)).map((k) => [rol, k] as const));

  it.each(weigeringen)('art. 15.3: de rol %s buiten de toegang van %s krijgt GEEN_TOEGANG, en de weigering komt in het auditlog', async (rol, k) => {
    await als(rol);
    const voor = await laatsteVolgnr();
    const fout = await geweigerd(router, k, ongeldigeInvoer(k).invoer, 'GEEN_TOEGANG');
    expect(fout.artikel).toBe(k.startsWith('audit.') || k.startsWith('rechten.') ? 'art. 12.22' : 'art. 15.3');
    const na = await router.sessie.open!.v.all('SELECT volgnr, gebruiker, actie, onderwerp, details FROM audit WHERE volgnr > ? ORDER BY volgnr', [voor]);
    expect(na).toEqual([
      { volgnr: voor + 1, gebruiker: gebruikerMetRol(rol), actie: 'toegang.geweigerd', onderwerp: `kanaal:${k}`, details: JSON.stringify({ rol }) },
    ]);
  });

  it('een weigering citeert de omschrijving van het kanaal in goed Nederlands: "één", niet "eén"', async () => {
    await als('bewerker');
    const fout = await geweigerd(router, 'overdracht.uitvoeren', { dossierId: 1, doelmap: 'stick' }, 'GEEN_TOEGANG');
    expect(fout.melding).toContain('mag dit niet: één versleutelde, ondertekende bundel per handelende partner');
    expect(fout.melding).not.toMatch(/\beén\b/);
  });

  it.each(toegestaan)('de rol %s binnen de toegang van %s: ongeldige invoer geeft ONGELDIGE_INVOER met de velden, en verder gebeurt niets', async (rol, k) => {
    const b = await als(rol);
    const { invoer, velden } = ongeldigeInvoer(k);
    const voor = await laatsteVolgnr();
    const fout = await geweigerd(router, k, invoer, 'ONGELDIGE_INVOER');
    expect(fout.velden?.length).toBeGreaterThan(0);
    const paden = fout.velden!.map((v) => v.pad);
    // A nested field is named by its full path ("overschrijven.reden").
    for (const veld of velden) expect(paden.filter((p) => p === veld || p.startsWith(`${veld}.`)), `veld ${veld} in ${paden.join(', ')}`).not.toEqual([]);
    expect(router.sessie.open, 'de sessie blijft open').toBe(b);
    expect(await laatsteVolgnr()).toBe(voor);
  });

  describe('aangemeld als ketenregisseur', () => {
    beforeAll(async () => {
      await als('ketenregisseur');
    });

    it.each(kanaalNamen.filter((k) => magMetRol(k, 'ketenregisseur')))('%s met invoer die geen object is: ONGELDIGE_INVOER voor de hele invoer', async (k) => {
      const fout = await geweigerd(router, k, 42, 'ONGELDIGE_INVOER');
      expect(fout.velden).toEqual([expect.objectContaining({ pad: '(invoer)' })]);
    });

    it.each(['bestaat.niet', '', 'partners', 'PARTNERS.LIJST', 'partners.lijst ', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'een onbekend kanaal (%j) geeft ONBEKEND_KANAAL',
      async (k) => {
        await geweigerd(router, k, {}, 'ONBEKEND_KANAAL');
      },
    );

    it('een geldige aanroep lukt (controle: de weigeringen hierboven komen niet van een kapotte sessie)', async () => {
      const sessie = await ok(router, 'sessie.status', {});
      expect(sessie.gebruiker?.rol).toBe('ketenregisseur');
      expect((await ok(router, 'partners.lijst', {})).length).toBeGreaterThan(0);
    });
  });
});
