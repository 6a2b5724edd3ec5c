/**
 * The recovery key (ADR 0010), like BitLocker's: a high-entropy code printed once for the
 * penvoerder's safe, held as a key slot of its own kind in sleutels.json. It can do one thing: set a
 * new passphrase for an account with the profile's leading role, when the last person who could
 * grant that role has forgotten theirs. Every use is loud — an audit entry, a notice at every
 * account's next login, a rekey — and the code is replaced afterwards.
 */
import crypto from 'node:crypto';
import fssync from 'node:fs';
import path from 'node:path';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { LEIDENDE_ROL, type Profiel, type Rol } from '@shared/rollen';
import { codeLezen, codeOpmaken, groepMaken, GROEPEN } from '@shared/domein/herstelsleutel';
import { Bestand, DATABASEBESTAND, mislukkingenAuditen, openMetSleutel } from './bestand';
import { auditSchrijven } from './audit';
import { migreren } from './migreren';
import * as slots from './sleutelslots';
import * as pogingen from './aanmeldpogingen';
import type { Verbinding } from './verbinding';

/** The slot in sleutels.json; `soort` tells it from account slots, whose labels hash a user name. */
export interface Herstelslot extends slots.Slot {
  soort: 'herstelsleutel';
  gemaakt: string;
}

export const herstelLabel = slots.herstelLabel;

/** The audit's name for who acted: nobody signed in, the recovery key did. */
const HERSTELSLEUTEL_ALS_GEBRUIKER = '(herstelsleutel)';

export function nieuweCode(): string {
  const groepen = Array.from({ length: GROEPEN }, () => groepMaken(Array.from({ length: 5 }, () => crypto.randomInt(0, 10)).join('')));
  return codeOpmaken(groepen);
}

/** The KDF works on the digits alone, so the way the code was typed never matters. */
const geheimVan = (code: string): string => code.replace(/\D/g, '');

function vindHerstelslot(sb: slots.Sleutelbestand): Herstelslot | undefined {
  const label = herstelLabel(sb.bestandId);
  return sb.slots.find((s): s is Herstelslot => s.label === label);
}

export async function herstelsleutelStatus(b: Bestand): Promise<{ aanwezig: boolean; gemaakt: string | null }> {
  const slot = vindHerstelslot(await slots.leesSleutelbestand(b.map));
  return { aanwezig: Boolean(slot), gemaakt: slot?.gemaakt ?? null };
}

/**
 * Makes a new recovery key for the open bestand, replacing any earlier one (whose key pair goes
 * with it: the old code unwraps nothing in the new slot). Returns the code, which is not stored.
 */
export async function herstelsleutelMaken(b: Bestand, reden: 'nieuw bestand' | 'vervangen' | 'na gebruik'): Promise<string> {
  const code = nieuweCode();
  const sb = await slots.leesSleutelbestand(b.map);
  const label = herstelLabel(sb.bestandId);
  const sleutel = b.huidigeSleutel();
  try {
    const slot: Herstelslot = { ...(await slots.maakSlotMetLabel(label, geheimVan(code), [sleutel])), soort: 'herstelsleutel', gemaakt: new Date().toISOString() };
    sb.slots = [...sb.slots.filter((s) => s.label !== label), slot];
  } finally {
    sleutel.sleutel.fill(0);
  }
  await slots.schrijfSleutelbestand(b.map, sb);
  await b.audit(reden === 'nieuw bestand' ? 'herstelsleutel.gemaakt' : 'herstelsleutel.vervangen', 'bestand', { reden });
  return code;
}

/** Replacing by the leading role asks its own passphrase again: a left-open screen is not enough. */
export async function herstelsleutelVervangen(b: Bestand, wachtwoord: string): Promise<string> {
  try {
    const { sleutels } = await slots.openSlot(await slots.leesSleutelbestand(b.map), b.gebruiker.naam, wachtwoord);
    for (const s of sleutels) s.sleutel.fill(0);
  } catch (err) {
    if (err instanceof KetenFout && err.code === 'ONJUISTE_AANMELDING') {
      throw new KetenFout('ONJUISTE_AANMELDING', melding('herstelsleutel.wachtwoordOnjuist'), { velden: [veldfout('wachtwoord', melding('veld.onjuistWachtwoord'))] });
    }
    throw err;
  }
  return herstelsleutelMaken(b, 'vervangen');
}

async function openMetEenVan(dbPad: string, sleutels: slots.Bestandssleutel[]): Promise<{ v: Verbinding; sleutel: slots.Bestandssleutel }> {
  for (const kandidaat of sleutels) {
    try {
      return { v: await openMetSleutel(dbPad, kandidaat.sleutel), sleutel: kandidaat };
    } catch {
      // a rekey may have stopped halfway: the next stored key may fit
    }
  }
  throw new KetenFout('BESTAND_ONLEESBAAR', melding('herstelsleutel.bestandHoortNiet', { DATABASEBESTAND }));
}

/**
 * Sets a new passphrase for a leading-role account with the recovery key, without anyone signed in.
 * Then signs that account in, replaces the recovery key and the bestand key, and returns the open
 * bestand with the new code (shown once). The code is checked for typing errors before this runs
 * (the contract's schema); a wrong code costs a KDF run and a growing delay, like a wrong passphrase.
 */
export async function herstelsleutelGebruiken(
  map: string,
  invoer: { code: string; gebruiker: string; nieuwWachtwoord: string },
): Promise<{ bestand: Bestand; code: string }> {
  const gelezen = codeLezen(invoer.code);
  if (!gelezen.ok) throw new KetenFout('ONGELDIGE_INVOER', gelezen.bericht, { velden: [{ pad: 'code', melding: gelezen.melding }] });
  const dbPad = path.join(map, DATABASEBESTAND);
  if (!fssync.existsSync(dbPad)) throw new KetenFout('BESTAND_NIET_GEVONDEN', melding('bestand.ontbreekt', { map, DATABASEBESTAND }));
  const sb = await slots.leesSleutelbestand(map);
  const slot = vindHerstelslot(sb);
  if (!slot) {
    throw new KetenFout('NIET_GEVONDEN', melding('herstelsleutel.ontbreekt'));
  }

  // Throttled like a login (aanmeldpogingen.ts): recorded before the KDF, serialised across processes.
  const sleutels = await pogingen.afgeremd(map, { soort: 'herstelsleutel', label: slot.label }, () =>
    slots.openSlotMetLabel(slot, geheimVan(gelezen.code)).catch(() => {
      throw new KetenFout('ONJUISTE_AANMELDING', melding('herstelsleutel.hoortNiet'), {
        velden: [veldfout('code', melding('veld.onjuisteHerstelsleutel'))],
      });
    }),
  );

  const { v, sleutel } = await openMetEenVan(dbPad, sleutels);
  for (const s of sleutels) if (s !== sleutel) s.sleutel.fill(0);
  try {
    await migreren(v);
    const profiel = ((await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'profiel'"))?.waarde ?? 'centraal') as Profiel;
    const leidend = LEIDENDE_ROL[profiel];
    const account = await v.get<{ id: number; naam: string; rol: Rol }>('SELECT id, naam, rol FROM gebruikers WHERE naam = ?', [invoer.gebruiker]);
    // The right code is past; what is left is whether the key may do this, and the audit must say so,
    // after the failed attempts (codes and logins) waiting since the last sign-in.
    await mislukkingenAuditen(v, sb.bestandId, await pogingen.teAuditen(map, new Set(sb.slots.map((s) => s.label))), await v.all<{ naam: string }>('SELECT naam FROM gebruikers'));
    if (!account || account.rol !== leidend) {
      await auditSchrijven(v, {
        gebruiker: HERSTELSLEUTEL_ALS_GEBRUIKER,
        actie: 'herstelsleutel.geweigerd',
        onderwerp: account ? `gebruiker:${account.naam}` : 'onbekende gebruikersnaam',
        details: { reden: `geen ${leidend}` },
      });
      throw new KetenFout(
        'GEEN_TOEGANG',
        account
          ? melding('herstelsleutel.rolNietLeidend', { leidend, naam: account.naam, rol: account.rol })
          : melding('herstelsleutel.geenAccount', { naam: invoer.gebruiker, leidend }),
        { artikel: 'art. 12.7', velden: [veldfout('gebruiker', melding('veld.geenAccountMetRol', { rol: leidend }))] },
      );
    }
    // The forgotten passphrase cannot unwrap the old slot, so the account gets a fresh one.
    const label = slots.slotLabel(sb.bestandId, account.naam);
    // Whoever forgot it has usually tried it first; the recovery proves authority, so that delay ends
    // here (its failures were audited just above) instead of blocking the login that follows.
    await pogingen.geslaagd(map, { soort: 'aanmelden', label }, '');
    const nieuwSlot = await slots.maakSlot(sb.bestandId, account.naam, invoer.nieuwWachtwoord, [sleutel]);
    const actueel = await slots.leesSleutelbestand(map);
    actueel.slots = [...actueel.slots.filter((s) => s.label !== label), nieuwSlot];
    await slots.schrijfSleutelbestand(map, actueel);
    const nu = new Date().toISOString();
    await v.transactie(async () => {
      await auditSchrijven(v, {
        gebruiker: HERSTELSLEUTEL_ALS_GEBRUIKER,
        actie: 'herstelsleutel.gebruikt',
        onderwerp: `gebruiker:${account.naam}`,
        details: {
          rol: account.rol,
          gevolg: 'nieuw wachtwoord ingesteld met de herstelsleutel; melding aan alle accounts bij hun volgende aanmelding; herstelsleutel en bestandssleutel vervangen',
        },
      });
      const { lastID } = await v.run('INSERT INTO herstelmeldingen (tijd, account, rol) VALUES (?,?,?)', [nu, account.naam, account.rol]);
      // Who recovered knows it already.
      await v.run('INSERT INTO herstelmeldingen_gezien (melding_id, gebruiker_id, gezien_op) VALUES (?,?,?)', [lastID, account.id, nu]);
    });
  } finally {
    await v.sluiten();
    sleutel.sleutel.fill(0);
  }

  const bestand = await Bestand.ontgrendelen(map, invoer.gebruiker, invoer.nieuwWachtwoord);
  try {
    // A new key pair for the recovery slot first, then a rekey that seals the new bestand key to
    // it and the others: the used code, even with an old copy of sleutels.json, opens nothing new.
    const code = await herstelsleutelMaken(bestand, 'na gebruik');
    await bestand.sleutelVervangen();
    return { bestand, code };
  } catch (err) {
    await bestand.sluiten().catch(() => undefined);
    throw err;
  }
}

export interface Herstelmelding {
  id: number;
  tijd: string;
  account: string;
  rol: Rol;
}

/** The notices this account has not yet acknowledged (only those from after it was made). */
export async function openstaandeMeldingen(b: Bestand): Promise<Herstelmelding[]> {
  return b.v.all<Herstelmelding>(
    `SELECT m.id, m.tijd, m.account, m.rol FROM herstelmeldingen m
       JOIN gebruikers g ON g.id = ?
      WHERE m.tijd >= g.aangemaakt
        AND NOT EXISTS (SELECT 1 FROM herstelmeldingen_gezien z WHERE z.melding_id = m.id AND z.gebruiker_id = g.id)
      ORDER BY m.id`,
    [b.gebruiker.id],
  );
}

export async function meldingenGezien(b: Bestand, ids: number[]): Promise<void> {
  const open = new Set((await openstaandeMeldingen(b)).map((m) => m.id));
  const nu = new Date().toISOString();
  await b.v.transactie(async () => {
    for (const id of ids.filter((i) => open.has(i))) {
      await b.v.run('INSERT INTO herstelmeldingen_gezien (melding_id, gebruiker_id, gezien_op) VALUES (?,?,?)', [id, b.gebruiker.id, nu]);
      await b.audit('herstelmelding.gezien', `gebruiker:${b.gebruiker.naam}`, { melding: id });
    }
  });
}
