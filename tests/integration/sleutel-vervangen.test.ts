/**
 * Removing an account replaces the bestand key (docs/ontwerp.md §5, art. 21.3's duty of confidentiality made
 * technical): the removed user's copy of the old slot file opens nothing written afterwards, while every
 * remaining user still gets in with their own passphrase.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { Bestand, DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { herstelLabel } from '../../electron/backend/bestand/herstelsleutel';
import { leesSleutelbestand, openSlot, SLEUTELBESTAND, slotLabel, type Sleutelbestand } from '../../electron/backend/bestand/sleutelslots';
import { aanmeldenAls, ANDER_WACHTWOORD, bestandMaken, faaltMet, ok, opruimen, partnerId, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const VERTREKKER = { naam: 'vertrekker', wachtwoord: 'wachtwoord-van-de-vertrekker' };

describe('sleutel vervangen bij het verwijderen van een account', () => {
  let werk: string;
  let router: Router;
  let map: string;
  let oudeSlots: Sleutelbestand;
  let oudeSleutel: Buffer;
  let nieuweSleutel: Buffer;

  beforeAll(async () => {
    werk = await tijdelijkeMap('sleutel');
    router = maakRouter({ werkmap: werk });
    map = (await bestandMaken(router, { map: 'bestand' })).map;
    await ok(router, 'gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheerder Proef', rol: 'beheerder', wachtwoord: ANDER_WACHTWOORD });
    await ok(router, 'gebruikers.toevoegen', { naam: VERTREKKER.naam, weergavenaam: 'Vertrekkende Bewerker', rol: 'bewerker', wachtwoord: VERTREKKER.wachtwoord });
    await ok(router, 'partners.contactpersoonToevoegen', { partnerId: await partnerId(router, 'OM'), naam: 'Gerbrich Veenstra-Proef' });
    // What the leaving user could have kept: a copy of the slot file as it was.
    oudeSlots = await leesSleutelbestand(map);
    oudeSleutel = router.sessie.open!.bestandssleutel();

    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    await ok(router, 'gebruikers.verwijderen', { naam: VERTREKKER.naam });
    nieuweSleutel = router.sessie.open!.bestandssleutel();
    await ok(router, 'sessie.sluiten', {});
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('controle: de oude slotkopie geeft de vertrekker nog steeds de oude sleutel', async () => {
    const { sleutels } = await openSlot(oudeSlots, VERTREKKER.naam, VERTREKKER.wachtwoord);
    expect(sleutels[0]!.sleutel.equals(oudeSleutel)).toBe(true);
    expect(oudeSleutel.equals(nieuweSleutel)).toBe(false);
  });

  it('die oude sleutel opent het bestand na de vervanging niet meer', async () => {
    await expect(openMetSleutel(path.join(map, DATABASEBESTAND), oudeSleutel, { alleenLezen: true })).rejects.toThrow(/not a database/);
  });

  it('ook niet via de app: huidig bestand plus oude slotkopie geeft BESTAND_ONLEESBAAR', async () => {
    const kopie = path.join(werk, 'met-oude-slots');
    await fs.mkdir(kopie);
    await fs.copyFile(path.join(map, DATABASEBESTAND), path.join(kopie, DATABASEBESTAND));
    await fs.writeFile(path.join(kopie, SLEUTELBESTAND), JSON.stringify(oudeSlots));
    await faaltMet(Bestand.ontgrendelen(kopie, VERTREKKER.naam, VERTREKKER.wachtwoord), 'BESTAND_ONLEESBAAR');
  });

  it('de vertrekker heeft geen slot meer; elk overgebleven slot bevat alleen de nieuwe sleutel', async () => {
    const sb = await leesSleutelbestand(map);
    expect(sb.slots.map((s) => s.label)).not.toContain(slotLabel(sb.bestandId, VERTREKKER.naam));
    // regisseur, beheer and the recovery key (ADR 0010), which the rekey re-seals like the others
    expect(sb.slots.map((s) => s.label).sort()).toEqual([slotLabel(sb.bestandId, 'regisseur'), slotLabel(sb.bestandId, 'beheer'), herstelLabel(sb.bestandId)].sort());
    const ids = new Set(sb.slots.flatMap((s) => s.doosjes.map((d) => d.sleutelId)));
    expect(ids.size).toBe(1);
    await faaltMet(openSlot(sb, VERTREKKER.naam, VERTREKKER.wachtwoord), 'ONJUISTE_AANMELDING');
  });

  it.each([
    ['regisseur', WACHTWOORD, 'ketenregisseur'],
    ['beheer', ANDER_WACHTWOORD, 'beheerder'],
  ])('%s komt er met het eigen wachtwoord nog in, en de gegevens zijn er nog', async (naam, wachtwoord, rol) => {
    await ok(router, 'bestand.openen', { map });
    const sessie = await ok(router, 'sessie.aanmelden', { gebruiker: naam, wachtwoord });
    expect(sessie.gebruiker?.rol).toBe(rol);
    expect(router.sessie.open!.bestandssleutel().equals(nieuweSleutel)).toBe(true);
    const om = await ok(router, 'partners.detail', { id: await partnerId(router, 'OM') });
    expect(om.contactpersonen.map((c) => c.naam)).toEqual(['Gerbrich Veenstra-Proef']);
    expect((await ok(router, 'gebruikers.lijst', {})).map((g) => g.naam)).not.toContain(VERTREKKER.naam);
    await ok(router, 'sessie.sluiten', {});
  });

  it('het auditlog is intact en legt verwijdering en sleutelvervanging vast', async () => {
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'regisseur');
    expect((await ok(router, 'audit.verifieren', {})).geldig).toBe(true);
    const acties = (await ok(router, 'audit.lijst', {})).regels.map((r) => r.actie);
    expect(acties.indexOf('sleutel.vervangen')).toBeGreaterThanOrEqual(0);
    expect(acties.indexOf('gebruiker.verwijderd')).toBeGreaterThan(acties.indexOf('sleutel.vervangen')); // newest first
    await ok(router, 'sessie.sluiten', {});
  });
});
