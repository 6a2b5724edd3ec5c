/**
 * The state of one running installation: which bestand is chosen, who is signed in, when they were
 * last active. Locking closes the file and wipes its key (docs/ontwerp.md §5: auto-lock after inactivity).
 */
import fs from 'node:fs';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Bestandsinfo, Sessie } from '@shared/api';
import type { Bewaarstatus } from '@shared/domein/bewaring';
import { vandaag } from '@shared/datum';
import { bewaringUitvoeren, type Aanleiding } from './bewaring';
import { nu as klokNu } from './klok';
import { Bestand, DATABASEBESTAND } from './bestand/bestand';
import { SLEUTELBESTAND, leesOpschrift, leesSleutelbestand, type Opschrift } from './bestand/sleutelslots';
import { demoNaam, DEMO_GEBRUIKERS, DEMO_PARTNER_GEBRUIKERS, DEMO_WACHTWOORD } from './demo';
import { bevestigen as geheimhoudingVastleggen, heeftBevestigd } from './bestand/geheimhouding';
import { GEHEIMHOUDINGSTEKST, type Geheimhoudingstekst } from '@shared/domein/geheimhouding';
import { absoluteMap, padBinnen } from './paden';

export interface SessieOpties {
  /** Folder under which this installation keeps its bestanden (and the demo). */
  werkmap: string;
  browsermodus?: boolean;
  /** Clock, replaceable in tests of the auto-lock. */
  nu?: () => number;
  /** The text of the duty of confidentiality (art. 21.2); another version only in tests of a changed text. */
  geheimhouding?: Geheimhoudingstekst;
}

export class Sessiebeheer {
  readonly werkmap: string;
  readonly browsermodus: boolean;
  private readonly nu: () => number;
  readonly geheimhoudingstekst: Geheimhoudingstekst;
  /** Whether the signed-in account acknowledged the current text (art. 21.2); null: not looked up yet. */
  private geheimhoudingBevestigd: boolean | null = null;
  private gekozenMap: string | null = null;
  /** The chosen bestand's label (ADR 0019), read when it is chosen: is it the demo? */
  private opschrift: Opschrift | null = null;
  private bestand: Bestand | null = null;
  private laatsteActiviteit = 0;
  /** What the retention sweep did in this session (ADR 0020): shown after login, counts only. */
  private bewaring: Bewaarstatus = { laatste: null, fout: null };
  /** The day the sweep last ran; the daily timer runs it again when the day has changed. */
  private bewaardag: string | null = null;
  private bewaartimer: ReturnType<typeof setInterval> | null = null;

  private readonly wachter: ReturnType<typeof setInterval>;

  constructor(opties: SessieOpties) {
    this.werkmap = path.resolve(opties.werkmap);
    this.browsermodus = opties.browsermodus ?? false;
    this.nu = opties.nu ?? Date.now;
    this.geheimhoudingstekst = opties.geheimhouding ?? GEHEIMHOUDINGSTEKST;
    // Locks also when no call comes at all (a closed window, a walked-away user), not only on the next call.
    this.wachter = setInterval(() => void this.vergrendelBijInactiviteit().catch(() => undefined), 30_000);
    this.wachter.unref();
  }

  /** A name is a folder in the werkmap; a full path is taken as it is (after the path checks). */
  mapVan(invoer: string): string {
    return path.isAbsolute(invoer) ? absoluteMap(invoer) : padBinnen(this.werkmap, invoer);
  }

  isBestandsmap(map: string): boolean {
    return fs.existsSync(path.join(map, SLEUTELBESTAND)) && fs.existsSync(path.join(map, DATABASEBESTAND));
  }

  async kiezen(map: string): Promise<void> {
    if (!this.isBestandsmap(map)) {
      // A database whose slot file is gone is a bestand nobody can open: say that (SLEUTELS_ONTBREKEN,
      // restore it from a backup) rather than that there is no bestand here.
      if (fs.existsSync(path.join(map, DATABASEBESTAND))) await leesSleutelbestand(map);
      throw new KetenFout('BESTAND_NIET_GEVONDEN', melding('sessie.geenKetenbestand', { map, DATABASEBESTAND, SLEUTELBESTAND }));
    }
    await this.sluiten();
    this.gekozenMap = map;
    this.opschrift = await leesOpschrift(map);
  }

  get gekozen(): string | null {
    return this.gekozenMap;
  }

  async aanmelden(gebruiker: string, wachtwoord: string): Promise<Bestand> {
    if (!this.gekozenMap) throw new KetenFout('GEEN_BESTAND', melding('sessie.kiesBestand'));
    await this.vergrendelen();
    this.bestand = await Bestand.ontgrendelen(this.gekozenMap, gebruiker, wachtwoord);
    this.geheimhoudingBevestigd = null;
    this.laatsteActiviteit = this.nu();
    await this.bewaren('aanmelden');
    // Once a day while unlocked; checked hourly, cleared on lock.
    this.bewaartimer = setInterval(() => {
      if (this.bestand && this.bewaardag !== vandaag(klokNu())) void this.bewaren('dagelijks');
    }, 3_600_000);
    this.bewaartimer.unref();
    return this.bestand;
  }

  /**
   * The retention sweep (bewaring/): what has reached its term goes. A failure never blocks the
   * session; it is kept so the overview can say the sweep did not run, and tried again tomorrow.
   */
  async bewaren(aanleiding: Aanleiding): Promise<Bewaarstatus> {
    const b = this.bestand;
    if (!b) return this.bewaring;
    this.bewaardag = vandaag(klokNu());
    try {
      this.bewaring = { laatste: await bewaringUitvoeren(b, aanleiding), fout: null };
    } catch (err) {
      this.bewaring = { laatste: this.bewaring.laatste, fout: (err as Error).message };
    }
    return this.bewaring;
  }

  get bewaarstatus(): Bewaarstatus {
    return this.bewaring;
  }

  /** Used right after creating a bestand: the creator is signed in already. */
  aangemeldAls(bestand: Bestand): void {
    if (this.gekozenMap !== bestand.map) this.opschrift = null;
    this.gekozenMap = bestand.map;
    this.bestand = bestand;
    this.geheimhoudingBevestigd = null;
    this.laatsteActiviteit = this.nu();
  }

  aangemeld(): Bestand {
    if (!this.bestand) {
      throw new KetenFout(this.gekozenMap ? 'NIET_AANGEMELD' : 'GEEN_BESTAND', this.gekozenMap ? melding('sessie.nietAangemeld') : melding('sessie.kiesBestandEnAanmelden'));
    }
    return this.bestand;
  }

  get open(): Bestand | null {
    return this.bestand;
  }

  /**
   * Does the signed-in account still have to acknowledge the duty of confidentiality (art. 21.2)?
   * Looked up once per session; the router refuses case data until it is done (ADR 0043).
   */
  async geheimhoudingOpen(): Promise<boolean> {
    const b = this.bestand;
    if (!b) return false;
    this.geheimhoudingBevestigd ??= await heeftBevestigd(b, this.geheimhoudingstekst.versie);
    return !this.geheimhoudingBevestigd;
  }

  async geheimhoudingBevestigen(versie: number): Promise<void> {
    const b = this.aangemeld();
    await geheimhoudingVastleggen(b, this.geheimhoudingstekst, versie);
    this.geheimhoudingBevestigd = true;
  }

  activiteit(): void {
    this.laatsteActiviteit = this.nu();
  }

  async vergrendelBijInactiviteit(): Promise<void> {
    if (!this.bestand) return;
    const grens = this.bestand.instellingen.vergrendelNaMinuten * 60_000;
    if (this.nu() - this.laatsteActiviteit > grens) {
      await this.bestand.audit('sessie.automatisch-vergrendeld', `gebruiker:${this.bestand.gebruiker.naam}`).catch(() => undefined);
      await this.vergrendelen();
    }
  }

  async vergrendelen(): Promise<void> {
    const b = this.bestand;
    this.bestand = null;
    this.geheimhoudingBevestigd = null;
    if (this.bewaartimer) clearInterval(this.bewaartimer);
    this.bewaartimer = null;
    this.bewaring = { laatste: null, fout: null };
    if (b) await b.sluiten();
  }

  async sluiten(): Promise<void> {
    await this.vergrendelen();
    this.gekozenMap = null;
    this.opschrift = null;
  }

  /**
   * End of the process (window closed, SIGTERM, the starter gone): stop the idle watcher and lock,
   * with a line in the audit log, so the log says until when the bestand was open (issue 9 §6).
   */
  async stoppen(): Promise<void> {
    clearInterval(this.wachter);
    const b = this.bestand;
    if (b) await b.audit('sessie.vergrendeld-bij-stoppen', `gebruiker:${b.gebruiker.naam}`).catch(() => undefined);
    await this.sluiten();
  }

  async info(b: Bestand): Promise<Bestandsinfo> {
    return {
      map: b.map,
      naam: b.instellingen.naam,
      penvoerder: b.instellingen.penvoerder,
      profiel: b.instellingen.profiel,
      bestandId: b.instellingen.bestandId,
      schemaversie: await b.schemaversie(),
      vergrendelNaMinuten: b.instellingen.vergrendelNaMinuten,
      faseLabels: b.instellingen.faseLabels,
      regio: b.instellingen.regiocode ? { code: b.instellingen.regiocode, naam: b.instellingen.regionaam } : null,
      statistiekbundels: (await b.v.get<{ n: number }>('SELECT count(*) AS n FROM statistiek_bundels'))!.n,
    };
  }

  async status(): Promise<Sessie> {
    const b = this.bestand;
    return {
      bestand: this.gekozenMap
        ? {
            map: this.gekozenMap,
            // A real bestand's name is encrypted (ADR 0019): known only after unlocking. The demo's is made up.
            naam: demoNaam(this.opschrift) ?? (b ? b.instellingen.naam : null),
            demo: this.opschrift?.demo
              ? { gebruikers: (this.opschrift.partner ? DEMO_PARTNER_GEBRUIKERS : DEMO_GEBRUIKERS).map(({ naam, rol }) => ({ naam, rol })), wachtwoord: DEMO_WACHTWOORD }
              : null,
          }
        : null,
      gebruiker: b
        ? { id: b.gebruiker.id, naam: b.gebruiker.naam, weergavenaam: b.gebruiker.weergavenaam, rol: b.gebruiker.rol, aangemaakt: '', laatstAangemeld: null, geheimhouding: null }
        : null,
      info: b ? await this.info(b) : null,
      browsermodus: this.browsermodus,
      waarschuwing: b?.ankerMelding ?? null,
      geheimhouding: b && (await this.geheimhoudingOpen()) ? this.geheimhoudingstekst : null,
    };
  }
}
