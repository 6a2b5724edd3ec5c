/**
 * The recovery key (ADR 0010) on real SQLCipher files. Art. 12.7 makes the ketenregisseur finally
 * responsible; if the only one forgets the passphrase, nobody may grant that role again (the beheerder
 * rightly may not, art. 15.3). The penvoerder's printed code restores exactly that — loudly, once.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRouter, type Router } from '../../electron/backend/api';
import { DATABASEBESTAND, openMetSleutel } from '../../electron/backend/bestand/bestand';
import { herstelLabel } from '../../electron/backend/bestand/herstelsleutel';
import { leesSleutelbestand, openSlotMetLabel, schrijfSleutelbestand, slotLabel, type Sleutelbestand } from '../../electron/backend/bestand/sleutelslots';
import { nieuweCode } from '../../electron/backend/bestand/herstelsleutel';
import { aanmeldenAls, ANDER_WACHTWOORD, bestandMaken, geweigerd, ok, opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

const NIEUW = 'nieuw-synthetisch-wachtwoord-na-herstel';
const ZORG = { naam: 'zorg', wachtwoord: 'wachtwoord-van-de-zorgcoordinator' };

interface Teller { soort: string; label: string; aantal: number; wachtTot: number; tijden: string[] }
interface Pogingenbestand { versie: 2; tellers: Record<string, Teller>; samengevat: Record<string, unknown> }

async function pogingenbestand(map: string): Promise<Pogingenbestand> {
  try {
    return JSON.parse(await fs.readFile(path.join(map, 'aanmeldpogingen.json'), 'utf8')) as Pogingenbestand;
  } catch {
    return { versie: 2, tellers: {}, samengevat: {} };
  }
}

/** The counters beside the bestand (aanmeldpogingen.ts), by slot label: the recovery slot's and the accounts'. */
async function pogingen(map: string): Promise<Record<string, Teller>> {
  return Object.fromEntries(Object.values((await pogingenbestand(map)).tellers).map((t) => [t.label, t]));
}

/** Pretends the waiting time has passed, as a clock would after the delay. */
async function wachttijdVerstreken(map: string): Promise<void> {
  const p = await pogingenbestand(map);
  for (const t of Object.values(p.tellers)) t.wachtTot = 0;
  await fs.writeFile(path.join(map, 'aanmeldpogingen.json'), JSON.stringify(p));
}

async function bestandMetMedewerkers(router: Router, naam: string) {
  const info = await bestandMaken(router, { map: naam });
  await ok(router, 'gebruikers.toevoegen', { naam: 'beheer', weergavenaam: 'Beheerder Proef', rol: 'beheerder', wachtwoord: ANDER_WACHTWOORD });
  await ok(router, 'gebruikers.toevoegen', { naam: ZORG.naam, weergavenaam: 'Zorgcoördinator Proef', rol: 'zorgcoordinator', wachtwoord: ZORG.wachtwoord });
  await ok(router, 'sessie.sluiten', {});
  return info;
}

describe('herstelsleutel: de ketenregisseur is zijn wachtwoord vergeten (art. 12.7)', () => {
  let werk: string;
  let router: Router;
  let map: string;
  let code: string;
  let nieuweHerstelsleutel: string;
  let slotsVoorHerstel: Sleutelbestand;
  let sleutelVoorHerstel: Buffer;

  beforeAll(async () => {
    werk = await tijdelijkeMap('herstel');
    router = maakRouter({ werkmap: werk });
    const info = await bestandMetMedewerkers(router, 'bestand');
    map = info.map;
    code = info.herstelsleutel;
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'regisseur');
    sleutelVoorHerstel = router.sessie.open!.bestandssleutel();
    await ok(router, 'sessie.sluiten', {});
    slotsVoorHerstel = await leesSleutelbestand(map);
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('bestand.maken geeft één keer een herstelsleutel: 8 groepen van 6 cijfers, als eigen slot naast de accounts', async () => {
    expect(code).toMatch(/^\d{6}(-\d{6}){7}$/);
    expect(slotsVoorHerstel.slots.map((s) => s.label)).toContain(herstelLabel(slotsVoorHerstel.bestandId));
    expect(await fs.readFile(path.join(map, 'sleutels.json'), 'utf8')).not.toContain(code.replace(/-/g, ''));
  });

  it('een typefout in de code wordt vóór elke KDF gemeld, met de groep, en telt niet als poging', async () => {
    const groepen = code.split('-');
    groepen[4] = groepen[4]!.slice(0, 5) + String((Number(groepen[4]![5]) + 1) % 10);
    const fout = await geweigerd(router, 'herstelsleutel.gebruiken', { map, code: groepen.join(' '), gebruiker: 'regisseur', nieuwWachtwoord: NIEUW }, 'ONGELDIGE_INVOER');
    expect(fout.velden).toEqual([{ pad: 'code', melding: expect.stringMatching(/^Groep 5 klopt niet/), meldingcode: 'herstelsleutel.groepFout', parameters: { groep: 5 } }]);
    expect(await pogingen(map)).toEqual({});
  });

  it('een verkeerde code wordt geweigerd en daarna geremd, met oplopende wachttijd (1, 4 … s)', async () => {
    const label = herstelLabel(slotsVoorHerstel.bestandId);
    const verkeerd = { map, code: nieuweCode(), gebruiker: 'regisseur', nieuwWachtwoord: NIEUW };
    await geweigerd(router, 'herstelsleutel.gebruiken', verkeerd, 'ONJUISTE_AANMELDING');
    expect((await pogingen(map))[label]?.aantal).toBe(1);
    // Even the right code waits now: the delay is per slot, not per guess.
    const meteen = await geweigerd(router, 'herstelsleutel.gebruiken', { ...verkeerd, code }, 'TE_VEEL_POGINGEN');
    expect(meteen.melding).toContain('1 seconde ');
    await wachttijdVerstreken(map);
    await geweigerd(router, 'herstelsleutel.gebruiken', verkeerd, 'ONJUISTE_AANMELDING');
    // The attempt refused during the wait counted too (ADR 0012: a burst lengthens the next wait):
    // this is the third attempt, so 4 s, and the refused one now is the fourth.
    const tweede = await geweigerd(router, 'herstelsleutel.gebruiken', verkeerd, 'TE_VEEL_POGINGEN');
    expect(tweede.melding).toMatch(/[34] seconden/);
    expect((await pogingen(map))[label]?.aantal).toBe(4);
    await wachttijdVerstreken(map);
  });

  it('een account zonder de leidende rol kan er niet mee worden hersteld; er verandert niets', async () => {
    await ok(router, 'bestand.openen', { map });
    const voor = await fs.readFile(path.join(map, 'sleutels.json'), 'utf8');
    for (const gebruiker of [ZORG.naam, 'beheer', 'niemand']) {
      const fout = await geweigerd(router, 'herstelsleutel.gebruiken', { map, code, gebruiker, nieuwWachtwoord: NIEUW }, 'GEEN_TOEGANG');
      expect(fout.melding).toContain('ketenregisseur');
      expect(fout.artikel).toBe('art. 12.7');
    }
    expect(await fs.readFile(path.join(map, 'sleutels.json'), 'utf8')).toBe(voor);
    expect(router.sessie.open).toBeNull();
    expect(router.sessie.gekozen).toBe(map);
    await aanmeldenAls(router, ZORG.naam, ZORG.wachtwoord);
    await ok(router, 'sessie.sluiten', {});
  });

  it('met de juiste code krijgt de ketenregisseur een nieuw wachtwoord, is aangemeld en krijgt een nieuwe code', async () => {
    await ok(router, 'bestand.openen', { map });
    // Whoever forgot the passphrase has usually tried it first: that delay must not block the recovery.
    await geweigerd(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: 'het-vergeten-wachtwoord-misschien' }, 'ONJUISTE_AANMELDING');
    const uit = await ok(router, 'herstelsleutel.gebruiken', { map, code: code.replace(/-/g, ' '), gebruiker: 'regisseur', nieuwWachtwoord: NIEUW });
    expect(uit.gebruiker).toMatchObject({ naam: 'regisseur', rol: 'ketenregisseur' });
    nieuweHerstelsleutel = uit.herstelsleutel;
    expect(nieuweHerstelsleutel).toMatch(/^\d{6}(-\d{6}){7}$/);
    expect(nieuweHerstelsleutel).not.toBe(code);
    await ok(router, 'sessie.sluiten', {});

    await ok(router, 'bestand.openen', { map });
    await geweigerd(router, 'sessie.aanmelden', { gebruiker: 'regisseur', wachtwoord: WACHTWOORD }, 'ONJUISTE_AANMELDING');
    await wachttijdVerstreken(map);
    await aanmeldenAls(router, 'regisseur', NIEUW);
    // The other accounts are untouched.
    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    await ok(router, 'sessie.sluiten', {});
  });

  it('de gebruikte code werkt daarna niet meer; de nieuwe wel', async () => {
    await geweigerd(router, 'herstelsleutel.gebruiken', { map, code, gebruiker: 'regisseur', nieuwWachtwoord: 'nog-een-ander-wachtwoord' }, 'ONJUISTE_AANMELDING');
    await wachttijdVerstreken(map);
    // An ordinary login next writes that failure to the audit, as the recovery key's own.
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    const { regels } = await ok(router, 'audit.lijst', { actie: 'herstelsleutel.mislukt', limiet: 10 });
    expect(regels[0]).toMatchObject({ gebruiker: '(niet aangemeld)', onderwerp: 'herstelsleutel' });
    // Every attempt, also those refused during a wait (ADR 0012): three with a wrong code, one with the
    // right code too early, and the used code now.
    expect(regels).toHaveLength(5);
    await ok(router, 'sessie.sluiten', {});
    await ok(router, 'herstelsleutel.gebruiken', { map, code: nieuweHerstelsleutel, gebruiker: 'regisseur', nieuwWachtwoord: NIEUW }).then((u) => {
      nieuweHerstelsleutel = u.herstelsleutel;
    });
    await ok(router, 'sessie.sluiten', {});
  });

  it('ook met een oude kopie van sleutels.json opent de gebruikte code niets wat daarna is geschreven (rekey)', async () => {
    const oudSlot = slotsVoorHerstel.slots.find((s) => s.label === herstelLabel(slotsVoorHerstel.bestandId))!;
    const [sleutel] = await openSlotMetLabel(oudSlot, code.replace(/-/g, ''));
    expect(sleutel!.sleutel.equals(sleutelVoorHerstel)).toBe(true);
    await expect(openMetSleutel(path.join(map, DATABASEBESTAND), sleutel!.sleutel, { alleenLezen: true })).rejects.toThrow(/not a database/);
  });

  it('het auditlog toont het luid: de mislukte pogingen, de weigeringen, het gebruik, de nieuwe sleutels — en de keten klopt', async () => {
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'regisseur', NIEUW);
    const { regels } = await ok(router, 'audit.lijst', { limiet: 1000 });
    const acties = regels.map((r) => r.actie);
    expect(acties.filter((a) => a === 'herstelsleutel.mislukt').length).toBe(5);
    expect(acties.filter((a) => a === 'herstelsleutel.geweigerd').length).toBe(3);
    expect(regels.filter((r) => r.actie === 'sessie.aanmelden-mislukt' && r.onderwerp === 'gebruiker:regisseur').length).toBeGreaterThanOrEqual(1);
    const gebruikt = regels.filter((r) => r.actie === 'herstelsleutel.gebruikt');
    expect(gebruikt).toHaveLength(2);
    expect(gebruikt[0]).toMatchObject({ gebruiker: '(herstelsleutel)', onderwerp: 'gebruiker:regisseur', details: { rol: 'ketenregisseur' } });
    expect(regels.filter((r) => r.actie === 'herstelsleutel.vervangen' && r.details.reden === 'na gebruik')).toHaveLength(2);
    expect(acties).toContain('sleutel.vervangen');
    expect(acties).toContain('herstelsleutel.gemaakt');
    expect(JSON.stringify(regels)).not.toContain(code.replace(/-/g, '').slice(0, 12));
    expect((await ok(router, 'audit.verifieren', {})).geldig).toBe(true);
    await ok(router, 'sessie.sluiten', {});
  });

  it('elk ander account ziet het bij zijn volgende aanmelding, tot het de melding heeft gezien', async () => {
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, ZORG.naam, ZORG.wachtwoord);
    const meldingen = await ok(router, 'herstelmeldingen.openstaand', {});
    expect(meldingen).toHaveLength(2);
    expect(meldingen[0]).toMatchObject({ account: 'regisseur', rol: 'ketenregisseur' });
    await ok(router, 'herstelmeldingen.gezien', { ids: meldingen.map((m) => m.id) });
    await aanmeldenAls(router, ZORG.naam, ZORG.wachtwoord);
    expect(await ok(router, 'herstelmeldingen.openstaand', {})).toEqual([]);

    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    expect(await ok(router, 'herstelmeldingen.openstaand', {})).toHaveLength(2);
    // Who recovered knows it already, and an account made afterwards was not there to be surprised.
    await aanmeldenAls(router, 'regisseur', NIEUW);
    expect(await ok(router, 'herstelmeldingen.openstaand', {})).toEqual([]);
    await ok(router, 'gebruikers.toevoegen', { naam: 'nieuwkomer', weergavenaam: 'Nieuwkomer Proef', rol: 'bewerker', wachtwoord: ANDER_WACHTWOORD });
    await aanmeldenAls(router, 'nieuwkomer', ANDER_WACHTWOORD);
    expect(await ok(router, 'herstelmeldingen.openstaand', {})).toEqual([]);
    await ok(router, 'sessie.sluiten', {});
  });
});

describe('herstelsleutel: blijft werken na een nieuwe bestandssleutel, en is te vervangen', () => {
  let werk: string;
  let router: Router;
  let map: string;
  let code: string;

  beforeAll(async () => {
    werk = await tijdelijkeMap('herstel2');
    router = maakRouter({ werkmap: werk });
    const info = await bestandMetMedewerkers(router, 'bestand');
    map = info.map;
    code = info.herstelsleutel;
  });
  afterAll(async () => {
    await router?.afsluiten();
    await opruimen(werk);
  });

  it('na het verwijderen van een account (rekey) en een handmatige rekey opent de herstelsleutel het bestand nog', async () => {
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    await ok(router, 'gebruikers.verwijderen', { naam: ZORG.naam });
    await ok(router, 'beheer.sleutelVervangen', {});
    const sb = await leesSleutelbestand(map);
    const huidig = router.sessie.open!.bestandssleutel();
    const slot = sb.slots.find((s) => s.label === herstelLabel(sb.bestandId))!;
    const [sleutel] = await openSlotMetLabel(slot, code.replace(/-/g, ''));
    expect(sleutel!.sleutel.equals(huidig)).toBe(true);
    expect(slot.doosjes).toHaveLength(1);
    await ok(router, 'sessie.sluiten', {});
    await ok(router, 'herstelsleutel.gebruiken', { map, code, gebruiker: 'regisseur', nieuwWachtwoord: NIEUW });
    await ok(router, 'sessie.sluiten', {});
  });

  it('vervangen: alleen de leidende rol, met het eigen wachtwoord opnieuw; de vorige code werkt daarna niet meer', async () => {
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'beheer', ANDER_WACHTWOORD);
    await geweigerd(router, 'herstelsleutel.vervangen', { wachtwoord: ANDER_WACHTWOORD }, 'GEEN_TOEGANG');
    await geweigerd(router, 'herstelsleutel.status', {}, 'GEEN_TOEGANG');
    await aanmeldenAls(router, 'regisseur', NIEUW);
    const fout = await geweigerd(router, 'herstelsleutel.vervangen', { wachtwoord: WACHTWOORD }, 'ONJUISTE_AANMELDING');
    expect(fout.velden?.[0]?.pad).toBe('wachtwoord');
    const sb = await leesSleutelbestand(map);
    const vorigSlot = sb.slots.find((s) => s.label === herstelLabel(sb.bestandId))!;
    const { herstelsleutel } = await ok(router, 'herstelsleutel.vervangen', { wachtwoord: NIEUW });
    expect((await ok(router, 'herstelsleutel.status', {})).aanwezig).toBe(true);
    const nu = await leesSleutelbestand(map);
    const nieuwSlot = nu.slots.find((s) => s.label === herstelLabel(nu.bestandId))!;
    expect(nieuwSlot.publiek).not.toBe(vorigSlot.publiek);
    await expect(openSlotMetLabel(nieuwSlot, herstelsleutel.replace(/-/g, ''))).resolves.toHaveLength(1);
    await ok(router, 'sessie.sluiten', {});
    const laatste = (await ok(router, 'herstelsleutel.gebruiken', { map, code: herstelsleutel, gebruiker: 'regisseur', nieuwWachtwoord: NIEUW })).herstelsleutel;
    await ok(router, 'sessie.sluiten', {});
    await geweigerd(router, 'herstelsleutel.gebruiken', { map, code: herstelsleutel, gebruiker: 'regisseur', nieuwWachtwoord: NIEUW }, 'ONJUISTE_AANMELDING');
    expect(laatste).not.toBe(herstelsleutel);
  });

  it('een ouder bestand zonder herstelsleutel: status zegt het, gebruiken weigert met uitleg, de leidende rol maakt er een', async () => {
    const sb = await leesSleutelbestand(map);
    sb.slots = sb.slots.filter((s) => s.label !== herstelLabel(sb.bestandId));
    await schrijfSleutelbestand(map, sb);
    await geweigerd(router, 'herstelsleutel.gebruiken', { map, code: nieuweCode(), gebruiker: 'regisseur', nieuwWachtwoord: NIEUW }, 'NIET_GEVONDEN');
    await ok(router, 'bestand.openen', { map });
    await aanmeldenAls(router, 'regisseur', NIEUW);
    expect(await ok(router, 'herstelsleutel.status', {})).toEqual({ aanwezig: false, gemaakt: null });
    await ok(router, 'herstelsleutel.vervangen', { wachtwoord: NIEUW });
    expect((await ok(router, 'herstelsleutel.status', {})).aanwezig).toBe(true);
    expect((await leesSleutelbestand(map)).slots.filter((s) => s.label === slotLabel(sb.bestandId, 'regisseur'))).toHaveLength(1);
    await ok(router, 'sessie.sluiten', {});
  });
});
