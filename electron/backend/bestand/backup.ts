/**
 * Encrypted backups (DESIGN §5): SQLCipher's own export into a fresh file under the same key, with
 * the key slots beside it, so the same passphrases open it. A restore checks the backup whole —
 * passphrase, page HMACs, integrity, schema version, audit chain — before it replaces anything.
 */
import fs from 'node:fs/promises';
import fssync from 'node:fs';
import path from 'node:path';
import { KetenFout } from '../../../shared/fouten';
import { absoluteMap } from '../paden';
import { DATABASEBESTAND, openMetSleutel, type Bestand } from './bestand';
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
  return new KetenFout('SCHRIJFFOUT', `Schrijven naar ${waar} is mislukt: ${reden}. Er is geen half bestand achtergebleven en het bestand zelf is ongewijzigd.`);
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
  if (!stat?.isDirectory()) throw new KetenFout('SCHRIJFFOUT', `De doelmap ${doelmap} bestaat niet.`, { velden: [{ pad: 'doelmap', melding: 'Deze map bestaat niet' }] });
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
    await b.v.run(`ATTACH DATABASE ? AS backup KEY "x'${sleutel.toString('hex')}'"`, [path.join(tijdelijk, DATABASEBESTAND)]);
    try {
      await b.v.get("SELECT sqlcipher_export('backup')");
      await b.v.exec(`PRAGMA backup.user_version = ${await b.schemaversie()}`);
    } finally {
      await b.v.exec('DETACH DATABASE backup');
    }
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

/** Everything a restore must know is sound before it may replace the live bestand. */
export async function backupControleren(bron: string, gebruiker: string, wachtwoord: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(bron, MANIFEST), 'utf8')) as Manifest;
    if (manifest.formaat !== 'ketenbestand-backup/1') throw new Error('formaat');
  } catch {
    throw new KetenFout('BACKUP_ONGELDIG', `${bron} is geen backup van Ketenbestand (${MANIFEST} ontbreekt of is onleesbaar).`);
  }
  const sb = await slots.leesSleutelbestand(bron);
  if (sb.bestandId !== manifest.bestandId) throw new KetenFout('BACKUP_ONGELDIG', 'De sleutels in deze backup horen niet bij het bestand in dezelfde backup.');
  const { sleutels } = await slots.openSlot(sb, gebruiker, wachtwoord);
  const dbPad = path.join(bron, DATABASEBESTAND);
  if (!fssync.existsSync(dbPad)) throw new KetenFout('BACKUP_ONGELDIG', `In de backup ontbreekt ${DATABASEBESTAND}.`);
  for (const s of sleutels) {
    let v;
    try {
      v = await openMetSleutel(dbPad, s.sleutel, { alleenLezen: true });
    } catch {
      continue;
    }
    try {
      const hmac = await v.all('PRAGMA cipher_integrity_check');
      if (hmac.length > 0) throw new KetenFout('BACKUP_ONGELDIG', `De backup is beschadigd: ${hmac.length} pagina('s) kloppen niet met hun controlecode.`);
      const integriteit = await v.get<{ integrity_check: string }>('PRAGMA integrity_check');
      if (integriteit?.integrity_check !== 'ok') throw new KetenFout('BACKUP_ONGELDIG', `De backup is beschadigd: ${integriteit?.integrity_check ?? 'onbekende fout'}.`);
      const versie = await schemaversie(v);
      if (versie > SCHEMAVERSIE) throw new KetenFout('BESTAND_TE_NIEUW', `Deze backup is gemaakt met een nieuwere versie van Ketenbestand (schemaversie ${versie}).`);
      const keten = await auditVerifieren(v);
      if (!keten.geldig) throw new KetenFout('BACKUP_ONGELDIG', `Het auditlog in de backup is niet intact: ${keten.eersteFout?.reden ?? ''}.`);
      return manifest;
    } catch (err) {
      if (err instanceof KetenFout) throw err;
      throw new KetenFout('BACKUP_ONGELDIG', `De backup is beschadigd: ${(err as Error).message}.`);
    } finally {
      await v.sluiten();
      for (const k of sleutels) k.sleutel.fill(0);
    }
  }
  throw new KetenFout('BACKUP_ONGELDIG', 'De backup is beschadigd of hoort niet bij deze sleutels.');
}

/**
 * Restores `bron` into `map` (which must be closed). The backup is checked on a copy next to the
 * target; only then are the live files moved aside and the copy moved in, so a failure at any step
 * leaves either the old bestand or the restored one — never a mix.
 */
export async function backupTerugzetten(bronInvoer: string, mapInvoer: string, gebruiker: string, wachtwoord: string): Promise<{ map: string; auditKop: string }> {
  const bron = absoluteMap(bronInvoer);
  const map = path.resolve(mapInvoer);
  const manifest = await backupControleren(bron, gebruiker, wachtwoord);
  if (fssync.existsSync(path.join(map, slots.SLEUTELBESTAND))) {
    const huidig = await slots.leesSleutelbestand(map);
    if (huidig.bestandId !== manifest.bestandId) {
      throw new KetenFout('BACKUP_ONGELDIG', 'Deze backup hoort bij een ander bestand; herstel hem in een nieuwe, lege map.');
    }
  }
  await fs.mkdir(map, { recursive: true, mode: 0o700 });
  const stempel = tijdstempel();
  const kopie = path.join(map, `.herstel-${stempel}`);
  const opzij = path.join(map, `.vervangen-${stempel}`);
  const bestanden = [DATABASEBESTAND, slots.SLEUTELBESTAND];
  try {
    await fs.mkdir(kopie, { mode: 0o700 });
    for (const f of bestanden) await fs.copyFile(path.join(bron, f), path.join(kopie, f));
    await fs.mkdir(opzij, { mode: 0o700 });
    for (const f of [...bestanden, `${DATABASEBESTAND}-wal`, `${DATABASEBESTAND}-shm`]) {
      if (fssync.existsSync(path.join(map, f))) await fs.rename(path.join(map, f), path.join(opzij, f));
    }
    for (const f of bestanden) await fs.rename(path.join(kopie, f), path.join(map, f));
  } catch (err) {
    // Put the old files back where they were.
    for (const f of await fs.readdir(opzij).catch(() => [] as string[])) {
      await fs.rename(path.join(opzij, f), path.join(map, f)).catch(() => undefined);
    }
    await fs.rm(kopie, { recursive: true, force: true });
    await fs.rm(opzij, { recursive: true, force: true });
    throw schrijffout(err, map);
  }
  await fs.rm(kopie, { recursive: true, force: true });
  await fs.rm(opzij, { recursive: true, force: true });
  return { map, auditKop: manifest.auditKop };
}
