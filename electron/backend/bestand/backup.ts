/**
 * Encrypted backups (docs/ontwerp.md §5): SQLCipher's own export into a fresh file under the same key, with
 * the key slots beside it, so the same passphrases open it. A restore checks the backup whole —
 * passphrase, page HMACs, integrity, schema version, audit chain — before it replaces anything.
 */
import fs from 'node:fs/promises';
import fssync from 'node:fs';
import path from 'node:path';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { absoluteMap } from '../paden';
import type { Profiel, Rol } from '@shared/rollen';
import { DATABASEBESTAND, openMetSleutel, type Bestand } from './bestand';
import { ANKERBESTAND } from './anker';
import type { Verbinding } from './verbinding';
import * as pogingen from './aanmeldpogingen';
import { auditKop, auditVerifieren } from './audit';
import { schemaversie } from './migreren';
import { SCHEMAVERSIE } from './migraties';
import * as slots from './sleutelslots';
import { schrijfAtomisch } from '../schrijven';
import { beschadigdFout, isBeschadigd } from './verbinding';

const MANIFEST = 'backup.json';

interface Manifest {
  formaat: 'ketenbestand-backup/1';
  bestandId: string;
  gemaakt: string;
  schemaversie: number;
  auditKop: string;
}

function schrijffout(err: unknown, waar: string): KetenFout {
  const code = (err as NodeJS.ErrnoException).code;
  const reden =
    code === 'ENOSPC' ? 'de schijf is vol' :
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'er mag niet geschreven worden' :
    code === 'ENOENT' ? 'de map bestaat niet (meer)' :
    (err as Error).message;
  return new KetenFout('SCHRIJFFOUT', melding('backup.schrijven', { waar, reden }));
}

const tijdstempel = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * An interrupted backup (stick pulled, power cut) leaves its temp folder: a whole encrypted copy that
 * nobody will ever restore. Cleared at the next backup of this bestand to the same target; only our
 * own `.ketenbestand-backup-<id>-<stamp>.tmp` folders, never anything else on the stick.
 */
async function restantenOpruimen(doelmap: string, voorvoegsel: string): Promise<void> {
  const patroon = new RegExp(`^\\.${voorvoegsel}\\d{8}-\\d{6}\\.tmp$`);
  const namen = await fs.readdir(doelmap, { withFileTypes: true }).catch(() => []);
  for (const d of namen) {
    if (d.isDirectory() && patroon.test(d.name)) await fs.rm(path.join(doelmap, d.name), { recursive: true, force: true }).catch(() => undefined);
  }
}

export async function backupMaken(b: Bestand, doelmapInvoer: string): Promise<{ map: string; bytes: number }> {
  const doelmap = absoluteMap(doelmapInvoer);
  const stat = await fs.stat(doelmap).catch(() => undefined);
  if (!stat?.isDirectory()) throw new KetenFout('SCHRIJFFOUT', melding('backup.doelmapBestaatNiet', { doelmap }), { velden: [veldfout('doelmap', melding('veld.mapBestaatNiet'))] });
  const voorvoegsel = `ketenbestand-backup-${b.instellingen.bestandId.slice(0, 8)}-`;
  await restantenOpruimen(doelmap, voorvoegsel);
  const naam = `${voorvoegsel}${tijdstempel()}`;
  const tijdelijk = path.join(doelmap, `.${naam}.tmp`);
  const definitief = path.join(doelmap, naam);
  const sleutel = b.bestandssleutel();
  try {
    await fs.mkdir(tijdelijk, { mode: 0o700 });
    const kop = await auditKop(b.v);
    await b.v.transactie(async () => undefined); // no write may be half-way while we copy
    await b.v.kopieSchrijven(path.join(tijdelijk, DATABASEBESTAND), sleutel, await b.schemaversie());
    await fs.copyFile(path.join(b.map, slots.SLEUTELBESTAND), path.join(tijdelijk, slots.SLEUTELBESTAND));
    const manifest: Manifest = { formaat: 'ketenbestand-backup/1', bestandId: b.instellingen.bestandId, gemaakt: new Date().toISOString(), schemaversie: await b.schemaversie(), auditKop: kop.hash };
    await schrijfAtomisch(path.join(tijdelijk, MANIFEST), JSON.stringify(manifest, null, 2));
    const dbHandle = await fs.open(path.join(tijdelijk, DATABASEBESTAND), 'r+');
    await dbHandle.sync();
    await dbHandle.close();
    await fs.rename(tijdelijk, definitief);
  } catch (err) {
    await fs.rm(tijdelijk, { recursive: true, force: true });
    if (err instanceof KetenFout) throw err;
    // A damaged page of the live bestand is no write error on the stick.
    if (isBeschadigd(err)) throw beschadigdFout();
    throw schrijffout(err, doelmap);
  } finally {
    sleutel.fill(0);
  }
  const bytes = (await fs.stat(path.join(definitief, DATABASEBESTAND))).size;
  await b.audit('backup.gemaakt', 'bestand', { map: definitief, bytes });
  return { map: definitief, bytes };
}

/** The last backup made from this bestand: when, by whom, where (shown under Beheer; issue 11 §6). */
export async function laatsteBackup(b: Bestand): Promise<{ op: string; door: string; map: string } | null> {
  const r = await b.v.get<{ tijd: string; gebruiker: string; details: string }>("SELECT tijd, gebruiker, details FROM audit WHERE actie = 'backup.gemaakt' ORDER BY volgnr DESC LIMIT 1");
  if (!r) return null;
  let map = '';
  try {
    map = String((JSON.parse(r.details) as { map?: unknown }).map ?? '');
  } catch {
    // an unreadable detail leaves the folder out, not the date
  }
  return { op: r.tijd, door: r.gebruiker, map };
}

/** The backup, checked whole and opened read-only with its key; the caller closes it. */
export interface GeopendeBackup {
  manifest: Manifest;
  v: Verbinding;
  sleutel: Buffer;
  /** The role of the given account in the backup, and the backup's profile. */
  rol: Rol | null;
  profiel: Profiel;
  sluiten(): Promise<void>;
}

/**
 * Everything a restore must know is sound before it may replace the live bestand. The passphrase
 * attempt is throttled and recorded like a login, in `pogingenMap` (the target folder: the backup
 * itself may be on a read-only stick).
 */
export async function backupOpenen(bron: string, gebruiker: string, wachtwoord: string, pogingenMap: string): Promise<GeopendeBackup> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(bron, MANIFEST), 'utf8')) as Manifest;
    if (manifest.formaat !== 'ketenbestand-backup/1') throw new Error('formaat');
  } catch {
    throw new KetenFout('BACKUP_ONGELDIG', melding('backup.geenBackup', { bron, MANIFEST }));
  }
  const sb = await slots.leesSleutelbestand(bron);
  if (sb.bestandId !== manifest.bestandId) throw new KetenFout('BACKUP_ONGELDIG', melding('backup.sleutelsHorenNiet'));
  const label = slots.slotLabel(sb.bestandId, gebruiker);
  const poging = { soort: 'herstel' as const, label, bekend: sb.slots.some((s) => s.label === label) };
  const { sleutels } = await pogingen.afgeremd(pogingenMap, poging, () => slots.openSlot(sb, gebruiker, wachtwoord));
  const dbPad = path.join(bron, DATABASEBESTAND);
  try {
    if (!fssync.existsSync(dbPad)) throw new KetenFout('BACKUP_ONGELDIG', melding('backup.bestandOntbreekt', { DATABASEBESTAND }));
    for (const s of sleutels) {
      let v: Verbinding;
      try {
        v = await openMetSleutel(dbPad, s.sleutel, { alleenLezen: true });
      } catch {
        continue;
      }
      try {
        const hmac = await v.paginasControleren();
        const fouten = hmac.paginas.length + hmac.meldingen.length;
        if (fouten > 0) throw new KetenFout('BACKUP_ONGELDIG', melding('backup.paginas', { aantal: fouten }));
        const integriteit = await v.get<{ integrity_check: string }>('PRAGMA integrity_check');
        if (integriteit?.integrity_check !== 'ok') throw new KetenFout('BACKUP_ONGELDIG', melding('backup.integriteit', { reden: integriteit?.integrity_check ?? 'onbekende fout' }));
        const versie = await schemaversie(v);
        if (versie > SCHEMAVERSIE) throw new KetenFout('BESTAND_TE_NIEUW', melding('backup.teNieuw', { versie }));
        const keten = await auditVerifieren(v);
        if (!keten.geldig) throw new KetenFout('BACKUP_ONGELDIG', melding('backup.auditNietIntact', { reden: keten.eersteFout?.reden ?? '' }));
        const rij = await v.get<{ rol: Rol }>('SELECT rol FROM gebruikers WHERE naam = ?', [gebruiker]);
        const profiel = ((await v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'profiel'"))?.waarde ?? 'centraal') as Profiel;
        const sleutel = Buffer.from(s.sleutel);
        const open = v;
        let dicht = false;
        return {
          manifest, v, sleutel, rol: rij?.rol ?? null, profiel,
          sluiten: async () => {
            if (dicht) return;
            dicht = true;
            await open.sluiten();
            sleutel.fill(0);
          },
        };
      } catch (err) {
        await v.sluiten();
        if (err instanceof KetenFout) throw err;
        throw new KetenFout('BACKUP_ONGELDIG', melding('backup.integriteit', { reden: (err as Error).message }));
      }
    }
    throw new KetenFout('BACKUP_ONGELDIG', melding('backup.beschadigdOfAndereSleutels'));
  } finally {
    for (const k of sleutels) k.sleutel.fill(0);
  }
}

/** What a restore would lose: what only the live bestand holds, counted against the backup. */
export async function verliesTellen(live: Verbinding, backup: Verbinding): Promise<Verlies> {
  const hashes = async (v: Verbinding) => (await v.all<{ volgnr: number; hash: string }>('SELECT volgnr, hash FROM audit ORDER BY volgnr')).map((r) => r.hash);
  const [l, b] = [await hashes(live), await hashes(backup)];
  let gemeen = 0;
  while (gemeen < l.length && gemeen < b.length && l[gemeen] === b[gemeen]) gemeen++;
  const ids = async (v: Verbinding, tabel: string) => new Set((await v.all<{ id: number | string }>(`SELECT ${tabel === 'gebruikers' ? 'naam' : 'id'} AS id FROM ${tabel}`)).map((r) => r.id));
  const alleenIn = async (tabel: string, a: Verbinding, z: Verbinding) => {
    const inZ = await ids(z, tabel);
    return [...(await ids(a, tabel))].filter((x) => !inZ.has(x)).length;
  };
  return {
    auditRegels: l.length - gemeen,
    signalen: await alleenIn('signalen', live, backup),
    dossiers: await alleenIn('dossiers', live, backup),
    accountsTerug: await alleenIn('gebruikers', backup, live),
  };
}

export interface Verlies {
  auditRegels: number;
  signalen: number;
  dossiers: number;
  accountsTerug: number;
}

/** How long a replaced bestand is kept beside the restored one when nobody confirms the restore. */
export const BEWAARDAGEN = 14;
const OPZIJ = '.vervangen-';
const HERSTELMARKERING = 'herstel.json';

export interface Opzij {
  map: string;
  teruggezet: string;
  bewaarTot: string;
  bron: string;
}

/**
 * Restores `bron` into `map` (which must be closed). The backup is copied next to the target first;
 * only then are the live files moved aside and the copy moved in, so a failure at any step leaves
 * either the old bestand or the restored one — never a mix. The old files are not deleted: they stay
 * in a `.vervangen-…` folder until the restore is confirmed, or BEWAARDAGEN days (ADR 0012).
 */
export async function backupTerugzetten(bron: string, map: string, nu = new Date()): Promise<{ opzij: string | null; bewaarTot: string | null }> {
  await fs.mkdir(map, { recursive: true, mode: 0o700 });
  await fs.chmod(map, 0o700);
  const stempel = tijdstempel(nu);
  const kopie = path.join(map, `.herstel-${stempel}`);
  const opzij = path.join(map, `${OPZIJ}${stempel}`);
  const bestanden = [DATABASEBESTAND, slots.SLEUTELBESTAND];
  const bewaarTot = new Date(nu.getTime() + BEWAARDAGEN * 86_400_000).toISOString();
  let verplaatst = 0;
  try {
    await fs.mkdir(kopie, { mode: 0o700 });
    for (const f of bestanden) {
      await fs.copyFile(path.join(bron, f), path.join(kopie, f));
      // Restored files get the modes of new ones, whatever the stick or the umask gave them.
      await fs.chmod(path.join(kopie, f), 0o600);
    }
    await fs.mkdir(opzij, { mode: 0o700 });
    // The anchor goes with the bestand it anchors: going back brings it back (ADR 0011).
    for (const f of [...bestanden, `${DATABASEBESTAND}-wal`, `${DATABASEBESTAND}-shm`, ANKERBESTAND]) {
      if (fssync.existsSync(path.join(map, f))) {
        await fs.rename(path.join(map, f), path.join(opzij, f));
        verplaatst++;
      }
    }
    if (verplaatst > 0) {
      const markering: Opzij = { map: opzij, teruggezet: nu.toISOString(), bewaarTot, bron };
      await schrijfAtomisch(path.join(opzij, HERSTELMARKERING), JSON.stringify(markering, null, 2));
    }
    for (const f of bestanden) await fs.rename(path.join(kopie, f), path.join(map, f));
  } catch (err) {
    // Put the old files back where they were.
    for (const f of await fs.readdir(opzij).catch(() => [] as string[])) {
      if (f !== HERSTELMARKERING) await fs.rename(path.join(opzij, f), path.join(map, f)).catch(() => undefined);
    }
    await fs.rm(kopie, { recursive: true, force: true });
    await fs.rm(opzij, { recursive: true, force: true });
    throw schrijffout(err, map);
  }
  await fs.rm(kopie, { recursive: true, force: true });
  if (verplaatst === 0) {
    await fs.rm(opzij, { recursive: true, force: true });
    return { opzij: null, bewaarTot: null };
  }
  return { opzij, bewaarTot };
}

/** The replaced bestanden beside `map` that still wait for a confirmation. */
export async function opzijLijst(map: string): Promise<Opzij[]> {
  const uit: Opzij[] = [];
  for (const naam of (await fs.readdir(map).catch(() => [] as string[])).filter((n) => n.startsWith(OPZIJ)).sort()) {
    try {
      uit.push(JSON.parse(await fs.readFile(path.join(map, naam, HERSTELMARKERING), 'utf8')) as Opzij);
    } catch {
      // A folder without its note was not made by a restore: it is left alone.
    }
  }
  return uit;
}

/** Removes the set-aside bestanden: all of them on confirmation, or only those past their date. */
export async function opzijVerwijderen(map: string, alleenVerlopen: boolean, nu = new Date()): Promise<number> {
  let n = 0;
  for (const o of await opzijLijst(map)) {
    if (alleenVerlopen && o.bewaarTot > nu.toISOString()) continue;
    await fs.rm(path.join(map, path.basename(o.map)), { recursive: true, force: true });
    n++;
  }
  return n;
}
