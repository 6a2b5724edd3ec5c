/** The handler of every channel in shared/api.ts; the compiler checks that none is missing. */
import fs from 'node:fs/promises';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Handlers } from './handler';
import { bestandMaken } from '../keten/inrichten';
import { auditExporteren, auditOverzicht } from '../rechten/auditexport';
import { ketenVerifieren, MAX_ANKERTEKST } from '../bestand/anker';
import { bestandLezen } from '../bundels/schijf';
import { partnerAnkerExporteren } from '../bundels/partnerankers';
import { backupMaken, opzijLijst, opzijVerwijderen } from '../bestand/backup';
import { bestandControleren } from '../bestand/controleren';
import { herstellen, herstelVoorbeeld } from './herstel';
import * as gebruikers from '../bestand/gebruikers';
import * as herstel from '../bestand/herstelsleutel';
import * as partners from '../keten/partners';
import * as partnerbeheer from '../keten/partnerbeheer';
import { ketenHandlers } from './keten';
import { bundelHandlers } from './bundels';
import { overlegHandlers } from './overleg';
import { overdrachtHandlers } from './overdracht';
import { bewaringHandlers } from './bewaring';
import { rapportageHandlers } from './rapportage';
import { rechtenHandlers } from './rechten';
import { inzageHandlers } from './inzage';
import { bestandenHandlers } from './bestanden';
import { demoMaken, demoNaam, DEMO_GEBRUIKERS, DEMO_NAAM, DEMO_PARTNER_GEBRUIKERS, DEMO_PARTNER_NAAM, DEMO_PARTNERMAP, DEMO_WACHTWOORD, DEMOMAP } from '../demo';
import { leesOpschrift } from '../bestand/sleutelslots';

const basisHandlers = {
  'sessie.status': async (_i, s) => s.status(),

  'bestand.lijst': async (_i, s) => {
    const namen = await fs.readdir(s.werkmap).catch(() => [] as string[]);
    const mappen = namen
      .filter((n) => !n.startsWith('.'))
      .map((n) => ({ naam: n, map: s.mapVan(n) }))
      .filter((x) => s.isBestandsmap(x.map));
    // A real bestand's name is encrypted, so the list shows its folder; the demo's name is made up (ADR 0019).
    return Promise.all(mappen.map(async (x) => ({ map: x.map, naam: demoNaam(await leesOpschrift(x.map)) ?? x.naam })));
  },

  'bestand.maken': async (i, s) => {
    const map = s.mapVan(i.map);
    await s.sluiten();
    const b = await bestandMaken(map, i);
    s.aangemeldAls(b);
    const herstelsleutel = await herstel.herstelsleutelMaken(b, 'nieuw bestand');
    return { ...(await s.info(b)), herstelsleutel };
  },

  'herstelsleutel.gebruiken': async (i, s) => {
    const map = s.mapVan(i.map);
    // Lock whatever is open, but keep the chosen bestand: a refused attempt leaves the login screen as it was.
    await s.vergrendelen();
    const { bestand, code } = await herstel.herstelsleutelGebruiken(map, { code: i.code, gebruiker: i.gebruiker, nieuwWachtwoord: i.nieuwWachtwoord });
    s.aangemeldAls(bestand);
    return { ...(await s.status()), herstelsleutel: code };
  },
  'herstelsleutel.vervangen': async (i, s) => ({ herstelsleutel: await herstel.herstelsleutelVervangen(s.aangemeld(), i.wachtwoord) }),
  'herstelsleutel.status': async (_i, s) => herstel.herstelsleutelStatus(s.aangemeld()),
  'herstelmeldingen.openstaand': async (_i, s) => herstel.openstaandeMeldingen(s.aangemeld()),
  'herstelmeldingen.gezien': async (i, s) => {
    await herstel.meldingenGezien(s.aangemeld(), i.ids);
    return {};
  },

  'bestand.openen': async (i, s) => {
    const map = s.mapVan(i.map);
    await s.kiezen(map);
    return { map };
  },

  'bestand.demo': async (_i, s) => {
    const map = s.mapVan(DEMOMAP);
    await s.sluiten();
    const gebruikersVanDemo = s.isBestandsmap(map) ? DEMO_GEBRUIKERS : await demoMaken(map);
    await s.kiezen(map);
    const partnerMap = s.mapVan(DEMO_PARTNERMAP);
    const partner = s.isBestandsmap(partnerMap) ? { map: partnerMap, naam: DEMO_PARTNER_NAAM, gebruikers: DEMO_PARTNER_GEBRUIKERS.map((g) => ({ naam: g.naam, rol: g.rol })) } : null;
    return { map, naam: DEMO_NAAM, gebruikers: gebruikersVanDemo.map((g) => ({ naam: g.naam, rol: g.rol })), wachtwoord: DEMO_WACHTWOORD, partner };
  },

  'bestand.herstelVoorbeeld': async (i, s) => herstelVoorbeeld(i, s),
  'bestand.herstellen': async (i, s) => herstellen(i, s),
  'bestand.herstelStatus': async (_i, s) => opzijLijst(s.aangemeld().map),
  'bestand.herstelBevestigen': async (_i, s) => {
    const b = s.aangemeld();
    const verwijderd = await opzijVerwijderen(b.map, false);
    await b.audit('backup.herstel-bevestigd', 'bestand', { verwijderd });
    return { verwijderd };
  },

  'sessie.aanmelden': async (i, s) => {
    const b = await s.aanmelden(i.gebruiker, i.wachtwoord);
    // A bestand replaced by a restore is kept a stated number of days (ADR 0012), then removed.
    const verlopen = await opzijVerwijderen(b.map, true);
    if (verlopen > 0) await b.audit('backup.opzij-verlopen', 'bestand', { verwijderd: verlopen });
    return s.status();
  },

  'sessie.vergrendelen': async (_i, s) => {
    const b = s.open;
    if (b) await b.audit('sessie.vergrendeld', `gebruiker:${b.gebruiker.naam}`);
    await s.vergrendelen();
    return s.status();
  },

  'sessie.sluiten': async (_i, s) => {
    const b = s.open;
    if (b) await b.audit('sessie.afgemeld', `gebruiker:${b.gebruiker.naam}`);
    await s.sluiten();
    return s.status();
  },

  'sessie.activiteit': async () => ({}),
  'geheimhouding.bevestigen': async (i, s) => {
    await s.geheimhoudingBevestigen(i.versie);
    return s.status();
  },

  'instellingen.wijzigen': async (i, s) => {
    const b = s.aangemeld();
    await b.instellingWijzigen('vergrendelNaMinuten', String(i.vergrendelNaMinuten));
    await b.audit('instellingen.gewijzigd', 'bestand', { vergrendelNaMinuten: i.vergrendelNaMinuten });
    return s.info(b);
  },

  'gebruikers.lijst': async (_i, s) => gebruikers.gebruikersLijst(s.aangemeld(), s.geheimhoudingstekst.versie),
  'gebruikers.toevoegen': async (i, s) => gebruikers.gebruikerToevoegen(s.aangemeld(), i),
  'gebruikers.verwijderen': async (i, s) => {
    await gebruikers.gebruikerVerwijderen(s.aangemeld(), i.naam);
    return {};
  },
  'gebruikers.rolWijzigen': async (i, s) => gebruikers.rolWijzigen(s.aangemeld(), i.naam, i.rol),
  'gebruikers.wachtwoordWijzigen': async (i, s) => {
    const b = s.aangemeld();
    try {
      await b.eigenWachtwoordWijzigen(i.huidig, i.nieuw);
    } catch (err) {
      if (err instanceof KetenFout && err.code === 'ONJUISTE_AANMELDING') {
        throw new KetenFout('ONJUISTE_AANMELDING', melding('aanmelding.huidigWachtwoordOnjuist'), { velden: [veldfout('huidig', melding('veld.onjuistWachtwoord'))] });
      }
      throw err;
    }
    await b.audit('gebruiker.wachtwoord-gewijzigd', `gebruiker:${b.gebruiker.naam}`);
    return {};
  },

  'partners.lijst': async (_i, s) => partners.partnersLijst(s.aangemeld().v),
  'partners.detail': async (i, s) => partners.partnerDetail(s.aangemeld().v, i.id),
  'partners.toevoegen': async (i, s) => partnerbeheer.partnerToevoegen(s.aangemeld(), i),
  'partners.wijzigen': async (i, s) => partnerbeheer.partnerWijzigen(s.aangemeld(), i),
  'partners.contactpersoonToevoegen': async (i, s) => partnerbeheer.contactpersoonToevoegen(s.aangemeld(), i),
  'partners.contactpersoonVerwijderen': async (i, s) => partnerbeheer.contactpersoonVerwijderen(s.aangemeld(), i),
  'partners.toetredingAanvragen': async (i, s) => partnerbeheer.toetredingAanvragen(s.aangemeld(), i),
  'partners.instemmingVastleggen': async (i, s) => partnerbeheer.instemmingVastleggen(s.aangemeld(), i),
  'partners.toetredingVastleggen': async (i, s) => partnerbeheer.toetredingVastleggen(s.aangemeld(), i),
  'partners.opzeggen': async (i, s) => partnerbeheer.opzeggen(s.aangemeld(), i),

  'audit.lijst': async (i, s) => auditOverzicht(s.aangemeld(), i),
  'audit.exporteren': async (i, s) => auditExporteren(s.aangemeld(), i),
  'audit.verifieren': async (i, s) => {
    const b = s.aangemeld();
    const extern = i.ankerPad ? new TextDecoder().decode(await bestandLezen(i.ankerPad, MAX_ANKERTEKST, () => new KetenFout('AUDIT_ANKER_ONGELDIG', melding('anker.bestandTeGroot')))) : undefined;
    const uitkomst = await ketenVerifieren(b.v, b.map, b.instellingen.bestandId, extern);
    await b.audit('audit.geverifieerd', 'audit', {
      geldig: uitkomst.geldig,
      aantal: uitkomst.aantal,
      ...(uitkomst.eersteFout?.code ? { code: uitkomst.eersteFout.code, volgnr: uitkomst.eersteFout.volgnr } : {}),
      ankers: uitkomst.ankers.map((a) => ({ bron: a.bron, volgnr: a.volgnr, code: a.code })),
    });
    return uitkomst;
  },

  'audit.partnerAnker': async (i, s) => partnerAnkerExporteren(s.aangemeld(), i.partnerId, i.doelmap),

  'beheer.backupMaken': async (i, s) => backupMaken(s.aangemeld(), i.doelmap),
  'bestand.controleren': async (_i, s) => {
    const b = s.aangemeld();
    const uitkomst = await bestandControleren(b.v);
    // On a damaged file this entry may not be writable; the answer matters more than its audit.
    await b.audit('bestand.gecontroleerd', 'bestand', { heel: uitkomst.heel, paginas: uitkomst.paginas.length, meldingen: uitkomst.integriteit.length, verwijzingen: uitkomst.verwijzingen.length }).catch(() => undefined);
    return uitkomst;
  },
  'beheer.sleutelVervangen': async (_i, s) => {
    await s.aangemeld().sleutelVervangen();
    return {};
  },
} satisfies Partial<Handlers>;

export const handlers: Handlers = { ...basisHandlers, ...ketenHandlers, ...overlegHandlers, ...bundelHandlers, ...overdrachtHandlers, ...bewaringHandlers, ...rapportageHandlers, ...rechtenHandlers, ...inzageHandlers, ...bestandenHandlers };
