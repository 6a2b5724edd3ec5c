/**
 * One bestand: a folder with the SQLCipher file and its key slots (docs/ontwerp.md §5). Creating, unlocking,
 * locking, rekeying. Nothing here decides who may do what; the router does.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import fssync from 'node:fs';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Profiel, Rol } from '@shared/rollen';
import { LEIDENDE_ROL } from '@shared/rollen';
import { beschadigdFout, isBeschadigd, Verbinding } from './verbinding';
import { migreren, schemaversie } from './migreren';
import { auditKop, auditSchrijven } from './audit';
import * as anker from './anker';
import * as slots from './sleutelslots';
import * as pogingen from './aanmeldpogingen';
import * as wissel from './sleutelwissel';
import { eersteSleutelpaarMaken, huidigeGeheimeSleutel } from './eigensleutel';
import type { Fout } from '@shared/fouten';

export const DATABASEBESTAND = 'bestand.db';
/**
 * At most this long after an audit row is written, its head is anchored (besides at every lock and in
 * every bundle): the window in which a lost -wal goes unnoticed (ADR 0011).
 */
export const ANKER_NA_MS = 30_000;

/** Up to this many failures of one account are audited one row each; more become one summary row. */
const PER_POGING_GEAUDIT = 5;

export interface Instellingen {
  bestandId: string;
  naam: string;
  penvoerder: string;
  profiel: Profiel;
  vergrendelNaMinuten: number;
  faseLabels: string[];
  /** The region's code and name in its statistics bundles (ADR 0041, addendum); empty until the beheerder sets them. */
  regiocode: string;
  regionaam: string;
}

/** Art. 14.4 speaks of five-phase signals; the labels are the region's own, so configurable. */
export const STANDAARD_FASELABELS = ['Vermoeden', 'Nader onderzoek', 'Concrete aanwijzingen', 'Melding voorbereidingsteam', 'Afgerond'];

export interface AangemeldeGebruiker {
  id: number;
  naam: string;
  weergavenaam: string;
  rol: Rol;
}

/** 64 MiB of page cache, in the KiB that a negative `cache_size` means: 100,000 signals with their indexes. */
export const CACHE_KIB = 64 * 1024;

/** Opens the SQLCipher file with a raw key and proves the key fits before anything else runs. */
export async function openMetSleutel(dbPad: string, sleutel: Buffer, opties: { alleenLezen?: boolean } = {}): Promise<Verbinding> {
  const v = await Verbinding.openen(dbPad, opties);
  try {
    await v.sleutelen(sleutel);
    await v.get('SELECT count(*) AS n FROM sqlite_master');
    if (opties.alleenLezen) return v;
    // No plaintext temp files: sorts and temp tables stay in memory (docs/ontwerp.md §5).
    await v.exec('PRAGMA temp_store = MEMORY');
    await v.exec('PRAGMA journal_mode = WAL');
    await v.exec('PRAGMA foreign_keys = ON');
    // Deleted means gone: freed pages are overwritten, not left for a forensic reader.
    await v.exec('PRAGMA secure_delete = ON');
    // SQLCipher decrypts a page each time it enters the cache; with SQLite's default 2 MiB a search over
    // 100,000 signals decrypted the same pages on every query (count: 100 ms, with this cache 7 ms;
    // docs/ontwerp.md §9, ADR 0016). The pages live in this process's memory only, as before.
    await v.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
    return v;
  } catch (err) {
    await v.sluiten().catch(() => undefined);
    throw err;
  }
}

/** Copies the WAL into the database file and empties it: after a restore or a deletion nothing stays behind in the -wal. */
export async function walLegen(v: Verbinding): Promise<void> {
  await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}

async function leesInstellingen(v: Verbinding): Promise<Instellingen> {
  const rijen = await v.all<{ sleutel: string; waarde: string }>('SELECT sleutel, waarde FROM instellingen');
  const m = new Map(rijen.map((r) => [r.sleutel, r.waarde]));
  return {
    bestandId: m.get('bestandId') ?? '',
    naam: m.get('naam') ?? '',
    penvoerder: m.get('penvoerder') ?? '',
    profiel: (m.get('profiel') ?? 'centraal') as Profiel,
    vergrendelNaMinuten: Number(m.get('vergrendelNaMinuten') ?? 15),
    faseLabels: m.has('faseLabels') ? (JSON.parse(m.get('faseLabels')!) as string[]) : STANDAARD_FASELABELS,
    regiocode: m.get('regiocode') ?? '',
    regionaam: m.get('regionaam') ?? '',
  };
}

export class Bestand {
  private constructor(
    readonly map: string,
    readonly v: Verbinding,
    private sleutel: slots.Bestandssleutel,
    public instellingen: Instellingen,
    public gebruiker: AangemeldeGebruiker,
  ) {}

  /** What the anchor check at unlock found (chain cut off, rewritten, anchor missing), or null. */
  ankerMelding: Fout | null = null;
  private ankerTimer: ReturnType<typeof setTimeout> | null = null;
  private ankerRij: Promise<unknown> = Promise.resolve();
  private laatsteAnkerVolgnr = -1;

  get dbPad(): string {
    return path.join(this.map, DATABASEBESTAND);
  }

  async audit(actie: string, onderwerp: string, details?: Record<string, unknown>): Promise<string> {
    const hash = await auditSchrijven(this.v, { gebruiker: this.gebruiker.naam, actie, onderwerp, ...(details ? { details } : {}) });
    this.ankerPlannen();
    return hash;
  }

  /** An anchor of the committed head within ANKER_NA_MS of this write, so a lost -wal is seen later. */
  private ankerPlannen(): void {
    if (this.ankerTimer) return;
    this.ankerTimer = setTimeout(() => {
      this.ankerTimer = null;
      void this.ankeren().catch(() => undefined);
    }, ANKER_NA_MS);
    this.ankerTimer.unref();
  }

  /**
   * Signs the committed audit head and keeps it as the latest anchor beside sleutels.json (ADR 0011).
   * One at a time, and never older than one this session already wrote.
   */
  ankeren(): Promise<{ anker: anker.Anker; tekst: string }> {
    const werk = this.ankerRij.then(async () => {
      const { sleutel } = await huidigeGeheimeSleutel(this);
      // Audit bookkeeping only (the first anchored head), so `stand` stays where it was (ADR 0047).
      const kop = await this.v.naTransactiesAlleenAudit(async () => {
        const k = await auditKop(this.v);
        const { changes } = await this.v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO NOTHING', [anker.ANKER_INSTELLING, String(k.volgnr)]);
        return { uitkomst: k, rijen: changes };
      });
      const getekend = await anker.ankerOndertekenen({ bestandId: this.instellingen.bestandId, ...kop }, sleutel);
      if (kop.volgnr >= this.laatsteAnkerVolgnr) {
        await anker.ankerbestandSchrijven(this.map, getekend.tekst);
        this.laatsteAnkerVolgnr = kop.volgnr;
      }
      return getekend;
    });
    this.ankerRij = werk.catch(() => undefined);
    return werk;
  }

  async schemaversie(): Promise<number> {
    return schemaversie(this.v);
  }

  /** The raw key, only for code that must write an encrypted copy (backup) or read pages (tests). */
  bestandssleutel(): Buffer {
    return Buffer.from(this.sleutel.sleutel);
  }

  /** The current key with its id, to seal into a slot that belongs to no account (ADR 0010). */
  huidigeSleutel(): slots.Bestandssleutel {
    return { id: this.sleutel.id, sleutel: Buffer.from(this.sleutel.sleutel) };
  }

  async instellingWijzigen(sleutel: Exclude<keyof Instellingen, 'bestandId'>, waarde: string): Promise<void> {
    await this.v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde', [sleutel, waarde]);
    this.instellingen = await leesInstellingen(this.v);
  }

  /**
   * Call after deleting personal data. `secure_delete` wipes the freed bytes in the new page version,
   * but in WAL mode the older versions of that page stay behind — in the -wal file and in the database
   * file — until a checkpoint; TRUNCATE copies the wiped pages home and empties the WAL (docs/ontwerp.md §3:
   * deletion is real, art. 16.7, 22.2).
   */
  async sporenWissen(): Promise<void> {
    await this.v.transactie(async () => undefined); // after the deleting transaction, not inside it
    await this.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  /** Locking closes the file and wipes the key from memory; unlocking needs a passphrase again. */
  async sluiten(): Promise<void> {
    if (this.ankerTimer) clearTimeout(this.ankerTimer);
    this.ankerTimer = null;
    // Every lock anchors the head; a bestand without an own key pair (older than bundles) cannot sign.
    await this.ankeren().catch(() => undefined);
    await this.v.exec('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
    await this.v.sluiten();
    this.sleutel.sleutel.fill(0);
  }

  /**
   * Replaces the bestand key (PRAGMA rekey), removing the slots of `verwijderen` first. A journal in
   * sleutels.json, written with the new key sealed into every remaining slot before the rekey starts,
   * lets the next unlock finish whatever a crash cut off (sleutelwissel.ts, ADR 0011). `tussendoor`
   * runs after the journal and before the rekey: the database side of an account removal.
   */
  async sleutelVervangen(opties: { verwijderen?: readonly string[]; tussendoor?: () => Promise<void> } = {}): Promise<void> {
    const nieuw = await wissel.wisselBeginnen(this.map, this.sleutel, opties.verwijderen ?? []);
    await opties.tussendoor?.();
    await this.v.transactie(async () => undefined); // wait for queued writes
    await this.v.rekey(nieuw.sleutel);
    await this.v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    this.sleutel.sleutel.fill(0);
    this.sleutel = nieuw;
    // Audited before the journal goes: a crash in between leaves the journal, and the next unlock audits
    // that it finished the replacement. The other way round, a crash between the two lost the record of a
    // replacement that had happened (verwijderen-onderbroken.test.ts, in CI).
    await this.audit('sleutel.vervangen', 'bestand', { sleutelId: nieuw.id });
    await wissel.wisselAfronden(this.map, nieuw);
  }

  /** Adds a slot for a new account, sealed to the current key. */
  async slotToevoegen(gebruikersnaam: string, wachtwoord: string): Promise<void> {
    const sb = await slots.leesSleutelbestand(this.map);
    const label = slots.slotLabel(sb.bestandId, gebruikersnaam);
    const slot = await slots.maakSlot(sb.bestandId, gebruikersnaam, wachtwoord, [this.sleutel]);
    sb.slots = [...sb.slots.filter((s) => s.label !== label), slot];
    await slots.schrijfSleutelbestand(this.map, sb);
  }

  async eigenWachtwoordWijzigen(huidig: string, nieuw: string): Promise<void> {
    const sb = await slots.leesSleutelbestand(this.map);
    const { slot, privaat } = await slots.openSlot(sb, this.gebruiker.naam, huidig);
    const vervangen = await slots.wachtwoordWijzigen(slot, privaat, nieuw);
    sb.slots = sb.slots.map((s) => (s.label === slot.label ? vervangen : s));
    await slots.schrijfSleutelbestand(this.map, sb);
  }

  /**
   * `vullen` runs inside the creating transaction, after the first account and before the first audit
   * row: what an area above storage puts into every new bestand (the partner registry, keten/inrichten.ts).
   * Storage itself knows nothing of it (ADR 0014).
   */
  static async maken(
    map: string,
    gegevens: { naam: string; penvoerder: string; profiel: Profiel; gebruiker: string; weergavenaam: string; wachtwoord: string },
    vullen: (v: Verbinding) => Promise<void>,
  ): Promise<Bestand> {
    if (fssync.existsSync(path.join(map, DATABASEBESTAND)) || fssync.existsSync(path.join(map, slots.SLEUTELBESTAND))) {
      throw new KetenFout('BESTAND_BESTAAT_AL', melding('bestand.bestaatAl', { map }));
    }
    await fs.mkdir(map, { recursive: true, mode: 0o700 });
    const bestandId = crypto.randomUUID();
    const sleutel = slots.nieuweBestandssleutel();
    const dbPad = path.join(map, DATABASEBESTAND);
    try {
      const v = await openMetSleutel(dbPad, sleutel.sleutel);
      try {
        await fs.chmod(dbPad, 0o600);
        await migreren(v);
        const rol = LEIDENDE_ROL[gegevens.profiel];
        await v.transactie(async () => {
          const instellingen: Array<[keyof Instellingen | 'aangemaakt', string]> = [
            ['bestandId', bestandId],
            ['naam', gegevens.naam],
            ['penvoerder', gegevens.penvoerder],
            ['profiel', gegevens.profiel],
            ['vergrendelNaMinuten', '15'],
            ['aangemaakt', new Date().toISOString()],
          ];
          for (const [k, w] of instellingen) await v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?)', [k, w]);
          await v.run('INSERT INTO gebruikers (naam, weergavenaam, rol, aangemaakt) VALUES (?,?,?,?)', [
            gegevens.gebruiker,
            gegevens.weergavenaam,
            rol,
            new Date().toISOString(),
          ]);
          await vullen(v);
          await auditSchrijven(v, {
            gebruiker: gegevens.gebruiker,
            actie: 'bestand.gemaakt',
            onderwerp: 'bestand',
            details: { profiel: gegevens.profiel, naam: gegevens.naam, penvoerder: gegevens.penvoerder, eersteGebruiker: gegevens.gebruiker, rol },
          });
          // docs/ontwerp.md §6: each bestand signs and opens bundles with its own key pair, kept only inside it.
          await eersteSleutelpaarMaken(v, { naam: gegevens.naam, profiel: gegevens.profiel, gebruiker: gegevens.gebruiker });
        });
        await v.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      } finally {
        await v.sluiten();
      }
      const sb = slots.nieuwSleutelbestand(bestandId);
      sb.slots.push(await slots.maakSlot(bestandId, gegevens.gebruiker, gegevens.wachtwoord, [sleutel]));
      await slots.schrijfSleutelbestand(map, sb);
    } catch (err) {
      for (const f of [DATABASEBESTAND, `${DATABASEBESTAND}-wal`, `${DATABASEBESTAND}-shm`, slots.SLEUTELBESTAND]) {
        await fs.rm(path.join(map, f), { force: true });
      }
      throw err;
    } finally {
      sleutel.sleutel.fill(0);
    }
    return Bestand.ontgrendelen(map, gegevens.gebruiker, gegevens.wachtwoord);
  }

  /**
   * Unlocks with one user's passphrase. Wrong user and wrong passphrase give one message and a
   * growing delay; a damaged file, a missing slot file or a newer schema each get their own.
   */
  static async ontgrendelen(map: string, gebruikersnaam: string, wachtwoord: string): Promise<Bestand> {
    const dbPad = path.join(map, DATABASEBESTAND);
    if (!fssync.existsSync(dbPad)) {
      throw new KetenFout('BESTAND_NIET_GEVONDEN', melding('bestand.ontbreekt', { map, DATABASEBESTAND }));
    }
    // SQLite takes an empty file for a new database under any key and would give it a fresh schema,
    // so a copy broken off at zero bytes would be overwritten and then look like a wrong passphrase.
    // A real bestand is never empty: `maken` writes the schema before the first slot exists.
    if ((await fs.stat(dbPad)).size === 0) {
      throw new KetenFout('BESTAND_ONLEESBAAR', melding('bestand.leeg', { DATABASEBESTAND, map }));
    }
    const sb = await slots.leesSleutelbestand(map);
    const label = slots.slotLabel(sb.bestandId, gebruikersnaam);
    // Recorded before the key derivation and serialised across processes (ADR 0012).
    const poging = { soort: 'aanmelden' as const, label, bekend: sb.slots.some((s) => s.label === label) };
    const geopend = await pogingen.afgeremd(map, poging, () => slots.openSlot(sb, gebruikersnaam, wachtwoord));
    let v: Verbinding | undefined;
    let sleutel: slots.Bestandssleutel | undefined;
    for (const kandidaat of geopend.sleutels) {
      try {
        v = await openMetSleutel(dbPad, kandidaat.sleutel);
        sleutel = kandidaat;
        break;
      } catch {
        // try the next stored key: a rekey may have stopped halfway
      }
    }
    if (!v || !sleutel) {
      for (const s of geopend.sleutels) s.sleutel.fill(0);
      throw new KetenFout('BESTAND_ONLEESBAAR', melding('bestand.beschadigdOfAndereSleutels', { DATABASEBESTAND, map }));
    }
    let afgemaakt: wissel.Sleutelwissel | null;
    try {
      // A key replacement cut off by a crash is finished before anything else reads or writes.
      ({ sleutel, afgemaakt } = await wissel.wisselAfmaken(map, v, sleutel, geopend.sleutels));
    } catch (err) {
      await v.sluiten().catch(() => undefined);
      for (const s of geopend.sleutels) s.sleutel.fill(0);
      if (err instanceof KetenFout) throw err;
      throw new KetenFout('BESTAND_ONLEESBAAR', melding('bestand.sleutelvervangingOnaf', { map, reden: (err as Error).message }));
    }
    for (const s of geopend.sleutels) if (s !== sleutel) s.sleutel.fill(0);
    try {
      await migreren(v); // one transaction of its own: all or nothing
      // Every read that can fail (a damaged page) comes before the first write, so that a refusal
      // really leaves the bestand as it was: settings, the account, all account names for the audit of
      // failed attempts, and the audit head that the entries below chain to.
      const instellingen = await leesInstellingen(v);
      const rij = await v.get<{ id: number; naam: string; weergavenaam: string; rol: Rol }>(
        'SELECT id, naam, weergavenaam, rol FROM gebruikers WHERE naam = ?',
        [gebruikersnaam],
      );
      if (!rij) throw new KetenFout('ONJUISTE_AANMELDING', melding('aanmelding.onjuist'));
      const namen = await v.all<{ naam: string }>('SELECT naam FROM gebruikers');
      await auditKop(v);
      const bestand = new Bestand(map, v, sleutel, instellingen, rij);
      if (afgemaakt) {
        await bestand.wisselAuditen(afgemaakt);
        await wissel.wisselAfronden(map, sleutel);
      }
      await bestand.ankerNagaan();
      const teAuditen = await pogingen.teAuditen(map, new Set(sb.slots.map((s) => s.label)));
      await v.transactie(async () => {
        await mislukkingenAuditen(v, instellingen.bestandId, teAuditen, namen);
        await v.run('UPDATE gebruikers SET laatst_aangemeld = ? WHERE id = ?', [new Date().toISOString(), rij.id]);
        await bestand.audit('sessie.aangemeld', `gebruiker:${rij.naam}`, { rol: rij.rol });
      });
      return bestand;
    } catch (err) {
      await v.sluiten().catch(() => undefined);
      sleutel.sleutel.fill(0);
      if (err instanceof KetenFout) throw err;
      if (isBeschadigd(err)) throw beschadigdFout();
      throw new KetenFout('BESTAND_ONLEESBAAR', melding('bestand.onleesbaar', { map, reden: (err as Error).message }));
    }
  }

  /**
   * The database side of an interrupted account removal (its rows may still be there when the crash
   * came before they were deleted), and the audit of the replacement this unlock finished.
   */
  private async wisselAuditen(w: wissel.Sleutelwissel): Promise<void> {
    const namen = await this.v.all<{ id: number; naam: string; rol: Rol }>('SELECT id, naam, rol FROM gebruikers');
    await this.v.transactie(async () => {
      for (const g of namen.filter((n) => w.verwijderd.includes(slots.slotLabel(this.instellingen.bestandId, n.naam)))) {
        await this.v.run('DELETE FROM gebruikers WHERE id = ?', [g.id]);
        await this.audit('gebruiker.verwijderd', `gebruiker:${g.naam}`, { rol: g.rol, afgemaaktNaOnderbreking: true });
      }
      await this.audit('sleutel.vervangen', 'bestand', { sleutelId: w.naar, vorigeSleutelId: w.van, begonnen: w.begonnen, afgemaaktNaOnderbreking: true, verwijderdeSlots: w.verwijderd.length });
    });
  }

  /**
   * The anchor check at unlock (ADR 0011). A finding does not refuse the unlock — the user must be able
   * to look, export and restore — but it is audited with the anchor itself as evidence and shown to the
   * user (`ankerMelding`, in the session status and on the CLI's stderr).
   */
  private async ankerNagaan(): Promise<void> {
    const afwijking = await anker.ankerControleren(this.v, this.map, this.instellingen.bestandId);
    if (!afwijking) return;
    const lengte = (await auditKop(this.v)).volgnr;
    const tekst = await anker.ankerbestandLezen(this.map);
    await this.audit('audit.anker-afwijking', 'audit', {
      code: afwijking.code,
      volgnr: afwijking.volgnr,
      ketenLengte: lengte,
      ...(afwijking.anker ? { ankerVolgnr: afwijking.anker.volgnr, ankerHash: afwijking.anker.hash, ankerTijd: afwijking.anker.tijd } : {}),
      ...(tekst ? { anker: tekst } : {}),
    });
    this.ankerMelding = { code: afwijking.code, melding: afwijking.melding, artikel: 'art. 21.9' };
  }

  /** Failed logins and restores since the last sign-in (see `mislukkingenAuditen` below). */
  async mislukkingenAuditen(teAuditen: pogingen.TeAuditen[]): Promise<void> {
    await mislukkingenAuditen(this.v, this.instellingen.bestandId, teAuditen, await this.v.all<{ naam: string }>('SELECT naam FROM gebruikers'));
  }
}

/**
 * Failed logins, restores and recovery codes are audited once someone can write to the bestand again:
 * one row per attempt for a few, one summary row for many, and one summary for names that have no
 * account (made-up names must not grow the audit without limit). Only labels are stored beside the
 * bestand; here they become account names again, and an unknown name is never written.
 */
export async function mislukkingenAuditen(v: Verbinding, bestandId: string, teAuditen: pogingen.TeAuditen[], namen: ReadonlyArray<{ naam: string }>): Promise<void> {
  if (teAuditen.length === 0) return;
  const perLabel = new Map(namen.map((n) => [slots.slotLabel(bestandId, n.naam), n.naam]));
  await v.transactie(async () => {
    for (const m of teAuditen) {
      const naam = m.label === null ? undefined : perLabel.get(m.label);
      // A wrong recovery code (ADR 0010) is about the bestand's recovery slot, not about an account.
      const herstelsleutel = m.soort === 'herstelsleutel';
      const onderwerp = herstelsleutel ? 'herstelsleutel' : naam ? `gebruiker:${naam}` : 'onbekende gebruikersnaam';
      const regel = (details: Record<string, unknown>) =>
        auditSchrijven(v, { gebruiker: '(niet aangemeld)', actie: pogingen.AUDITACTIE[m.soort], onderwerp, details });
      if ((naam || herstelsleutel) && m.tijden.length === m.aantal && m.aantal <= PER_POGING_GEAUDIT) {
        for (const tijd of m.tijden) await regel({ tijdVanPoging: tijd });
      } else {
        await regel({ aantal: m.aantal, eerste: m.eerste, laatste: m.laatste, ...(m.namen !== undefined || !(naam || herstelsleutel) ? { namen: m.namen ?? 1 } : {}) });
      }
    }
  });
}
