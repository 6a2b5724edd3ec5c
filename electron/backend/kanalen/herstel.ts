/**
 * Restore from a backup (ADR 0012). Who may restore depends on the live bestand:
 * - it opens: only with a session on it by its leading role or the beheerder;
 * - the folder is empty: with the passphrase of a managing account in the backup;
 * - it cannot be opened at all (the disaster path): the same, and the answer says so.
 * The replaced bestand is set aside, not deleted; a backup older than the live one is restored only
 * after the loss was shown and confirmed. Every passphrase attempt is throttled like a login.
 */
import fssync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding as bericht } from '@shared/meldingen';
import { LEIDENDE_ROL, type Profiel, type Rol } from '@shared/rollen';
import type { HerstelUitkomst, HerstelVoorbeeld } from '@shared/api';
import type { Sessiebeheer } from '../sessie';
import { DATABASEBESTAND, openMetSleutel, walLegen, type Bestand } from '../bestand/bestand';
import { paginasBeschadigd } from '../bestand/controleren';
import { auditSchrijven } from '../bestand/audit';
import { ANKERBESTAND, kopAnkeren } from '../bestand/anker';
import { huidigeGeheimeSleutel } from '../bestand/eigensleutel';
import * as slots from '../bestand/sleutelslots';
import * as pogingen from '../bestand/aanmeldpogingen';
import { backupOpenen, backupTerugzetten, BEWAARDAGEN, verliesTellen, type GeopendeBackup, type Verlies } from '../bestand/backup';

type Weg = HerstelVoorbeeld['weg'];

interface HerstelInvoer {
  bron: string;
  map: string;
  gebruiker: string;
  wachtwoord: string;
}

const beherend = (rol: Rol | null, profiel: Profiel) => rol === LEIDENDE_ROL[profiel] || rol === 'beheerder';

const datum = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** Without credentials: is there nothing, something that cannot be opened, or a bestand that may open? */
async function liveToestand(map: string): Promise<'leeg' | 'onopenbaar' | 'aanwezig'> {
  const db = path.join(map, DATABASEBESTAND);
  const heeftDb = fssync.existsSync(db);
  const heeftSleutels = fssync.existsSync(path.join(map, slots.SLEUTELBESTAND));
  if (!heeftDb && !heeftSleutels) return 'leeg';
  if (!heeftDb || !heeftSleutels || (await fs.stat(db)).size === 0) return 'onopenbaar';
  try {
    await slots.leesSleutelbestand(map);
  } catch {
    return 'onopenbaar';
  }
  return 'aanwezig';
}

/**
 * The live bestand is present and nobody is signed in to it. Only if the given account's own slot
 * opens and still the file does not, is it the disaster case; otherwise restoring needs a session.
 */
async function onopenbaarAangetoond(map: string, gebruiker: string, wachtwoord: string): Promise<void> {
  const weigering = new KetenFout(
    'NIET_AANGEMELD',
    bericht('herstel.bestandWerkt', { map }),
  );
  const sb = await slots.leesSleutelbestand(map);
  const label = slots.slotLabel(sb.bestandId, gebruiker);
  let sleutels: slots.Bestandssleutel[];
  try {
    ({ sleutels } = await pogingen.afgeremd(map, { soort: 'herstel', label, bekend: sb.slots.some((s) => s.label === label) }, () => slots.openSlot(sb, gebruiker, wachtwoord)));
  } catch (err) {
    if (err instanceof KetenFout && err.code === 'ONJUISTE_AANMELDING') throw weigering;
    throw err;
  }
  try {
    for (const s of sleutels) {
      const v = await openMetSleutel(path.join(map, DATABASEBESTAND), s.sleutel, { alleenLezen: true }).catch(() => undefined);
      if (!v) continue;
      const kapot = await paginasBeschadigd(v);
      await v.sluiten();
      if (!kapot) throw weigering;
    }
  } finally {
    for (const s of sleutels) s.sleutel.fill(0);
  }
}

interface Voorbereid {
  map: string;
  weg: Weg;
  live: Bestand | null;
  backup: GeopendeBackup;
  verlies: Verlies | null;
  ouder: boolean;
  melding: string;
}

async function voorbereiden(i: HerstelInvoer, s: Sessiebeheer): Promise<Voorbereid> {
  const map = s.mapVan(i.map);
  const bron = path.resolve(i.bron);
  const live = s.open && s.open.map === map ? s.open : null;
  let weg: Weg;
  if (live) {
    if (!beherend(live.gebruiker.rol, live.instellingen.profiel)) {
      await live.audit('toegang.geweigerd', 'kanaal:bestand.herstellen', { rol: live.gebruiker.rol });
      throw new KetenFout('GEEN_TOEGANG', bericht('herstel.rolMagNiet', { rol: live.gebruiker.rol, leidend: LEIDENDE_ROL[live.instellingen.profiel] }), { artikel: 'art. 15.3' });
    }
    weg = 'aangemeld';
  } else {
    const toestand = await liveToestand(map);
    if (toestand === 'aanwezig') await onopenbaarAangetoond(map, i.gebruiker, i.wachtwoord);
    weg = toestand === 'leeg' ? 'leeg' : 'ramp';
    await fs.mkdir(map, { recursive: true, mode: 0o700 }); // the attempt is recorded beside the bestand
  }
  const backup = await backupOpenen(bron, i.gebruiker, i.wachtwoord, map);
  try {
    const liveId = live?.instellingen.bestandId ?? (await slots.leesSleutelbestand(map).then((sb) => sb.bestandId, () => null));
    if (liveId && liveId !== backup.manifest.bestandId) {
      throw new KetenFout('BACKUP_ONGELDIG', bericht('herstel.backupAnderBestand'));
    }
    if (weg !== 'aangemeld' && !beherend(backup.rol, backup.profiel)) {
      throw new KetenFout('GEEN_TOEGANG', bericht('herstel.zonderAanmelding', { leidend: LEIDENDE_ROL[backup.profiel] }), { artikel: 'art. 15.3' });
    }
    const verlies = live ? await verliesTellen(live.v, backup.v) : weg === 'leeg' ? { auditRegels: 0, signalen: 0, dossiers: 0, accountsTerug: 0 } : null;
    const ouder = (verlies?.auditRegels ?? 0) > 0;
    return { map, weg, live, backup, verlies, ouder, melding: voorbeeldMelding(weg, backup.manifest.gemaakt, verlies) };
  } catch (err) {
    await backup.sluiten();
    throw err;
  }
}

function voorbeeldMelding(weg: Weg, gemaakt: string, verlies: Verlies | null): string {
  const bewaren = `Het huidige bestand wordt niet gewist: het blijft opzij staan tot u het herstel bevestigt, hoogstens ${BEWAARDAGEN} dagen.`;
  if (weg === 'leeg') return `De map is leeg; de backup van ${datum(gemaakt)} wordt er neergezet.`;
  if (weg === 'ramp' || !verlies) {
    return `Noodweg: het huidige bestand kan niet worden geopend. Er wordt hersteld met het wachtwoord van een beherend account uit de backup van ${datum(gemaakt)}. Wat alleen in het huidige bestand stond, is niet te tellen. ${bewaren}`;
  }
  const terug = verlies.accountsTerug > 0 ? ` ${verlies.accountsTerug} account(s) die sindsdien zijn verwijderd, krijgen weer toegang.` : '';
  if (verlies.auditRegels === 0) return `Er gaat niets verloren: het huidige bestand bevat niets dat niet ook in de backup van ${datum(gemaakt)} staat.${terug} ${bewaren}`;
  return `Deze backup (${datum(gemaakt)}) is ouder dan het huidige bestand. Bij herstel gaan ${verlies.auditRegels} auditregel(s), ${verlies.signalen} signaal/signalen en ${verlies.dossiers} dossier(s) verloren die alleen in het huidige bestand staan.${terug} ${bewaren}`;
}

export async function herstelVoorbeeld(i: HerstelInvoer, s: Sessiebeheer): Promise<HerstelVoorbeeld> {
  const vb = await voorbereiden(i, s);
  await vb.backup.sluiten();
  return { weg: vb.weg, backupGemaakt: vb.backup.manifest.gemaakt, ouder: vb.ouder, verlies: vb.verlies, bewaarDagen: BEWAARDAGEN, melding: vb.melding };
}

export async function herstellen(i: HerstelInvoer & { verliesBevestigd: boolean }, s: Sessiebeheer): Promise<HerstelUitkomst> {
  const vb = await voorbereiden(i, s);
  const { backup, live, map, weg, verlies } = vb;
  const bron = path.resolve(i.bron);
  const sleutel = Buffer.from(backup.sleutel);
  try {
    if (vb.ouder && !i.verliesBevestigd) {
      throw new KetenFout('BEVESTIGING_NODIG', bericht('herstel.bevestigen', { melding: vb.melding }));
    }
    const door = live ? live.gebruiker.naam : i.gebruiker;
    const auditKop = backup.manifest.auditKop;
    await backup.sluiten();
    if (live) {
      // The set-aside copy records who replaced it, and with what.
      await live.audit('backup.terugzetten', 'bestand', { bron, auditKopVanBackup: auditKop, verlies });
      await s.vergrendelen();
    } else if (s.gekozen === map) {
      await s.vergrendelen();
    }
    const { opzij, bewaarTot } = await backupTerugzetten(bron, map);
    const v = await openMetSleutel(path.join(map, DATABASEBESTAND), sleutel);
    try {
      await auditSchrijven(v, { gebruiker: door, actie: 'backup.teruggezet', onderwerp: 'bestand', details: { bron, auditKopVanBackup: auditKop, weg, opzij, bewaarTot, verlies } });
      // The replaced bestand's anchor went aside with it; the restored chain, shorter on purpose and
      // audited as such, gets its own anchor (ADR 0011) instead of an alarm at the next unlock.
      // A backup without an own key pair (made before bundles existed) simply has no anchor yet.
      const eigen = await huidigeGeheimeSleutel({ v }).catch(() => null);
      if (eigen) await kopAnkeren(v, map, backup.manifest.bestandId, eigen.sleutel);
      await walLegen(v);
    } finally {
      await v.sluiten();
    }
    const melding = [
      weg === 'ramp' ? 'Hersteld via de noodweg (het vorige bestand kon niet worden geopend).' : 'Het bestand is hersteld uit de backup.',
      opzij
        ? `Het vervangen bestand staat ongewijzigd in ${opzij} en blijft daar tot u het herstel bevestigt na aanmelding op het herstelde bestand (Beheer → Backup, of: ketenbestand herstel bevestigen), hoogstens tot ${datum(bewaarTot!)}. Terug naar het vervangen bestand: sluit Ketenbestand en zet ${DATABASEBESTAND}, ${slots.SLEUTELBESTAND} en ${ANKERBESTAND} uit die map terug in ${map}.`
        : '',
    ].filter(Boolean).join(' ');
    return { map, auditKop, weg, opzij, bewaarTot, verlies, melding };
  } finally {
    sleutel.fill(0);
    await backup.sluiten().catch(() => undefined);
  }
}
