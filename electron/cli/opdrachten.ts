/** Argument parsing for the CLI: friendly commands map onto channels of shared/api.ts. */
import path from 'node:path';
import { vandaag } from '@shared/datum';
import { laatstAfgeslotenPeriode } from '@shared/domein/analyse';
import { woordenNl } from '@shared/meldingen';
import type { Rol } from '@shared/rollen';
import { BEWAARREGELS, type Bewaarplan, type Bewaaruitkomst } from '@shared/domein/bewaring';

export class GebruiksFout extends Error {}

/** Dutch role names as the screens show them: one source with the renderer (shared/meldingen/woorden.ts). */
const ROLNAAM: Readonly<Record<Rol, string>> = woordenNl.rol;

/**
 * What `ketenbestand demo` (`npm run demo`) says to a person (issue 9 §6): where the demo is, who can
 * sign in with which role, the demo's own synthetic passphrase (the demo screen shows it too), and
 * the next step. `--json` keeps the raw answer for scripts.
 */
export function demoSamenvatting(demo: {
  map: string;
  naam: string;
  gebruikers: ReadonlyArray<{ naam: string; rol: Rol }>;
  wachtwoord: string;
  partner?: { map: string; naam: string; gebruikers: ReadonlyArray<{ naam: string; rol: Rol }> } | null;
}): string {
  const breedte = Math.max(...demo.gebruikers.map((g) => g.naam.length), ...(demo.partner?.gebruikers.map((g) => g.naam.length) ?? []));
  // Issue 11 §5: the politie's own installation, which received the demo's handover bundle.
  const partner = demo.partner
    ? [
        `Daarnaast de installatie van de politie (profiel partner), "${demo.partner.naam}", in:`,
        `    ${demo.partner.map}`,
        'Zij ontving een echte, ondertekende en versleutelde overdrachtsbundel van het demobestand. Aanmelden met:',
        ...demo.partner.gebruikers.map((g) => `    ${g.naam.padEnd(breedte)}   ${ROLNAAM[g.rol]}`),
        'met hetzelfde wachtwoord; kies in het eerste scherm "Bestaand bestand openen" en dan deze map,',
        'en open onder "Ontvangen dossiers" het dossier.',
        '',
      ]
    : [];
  return [
    `Het demobestand "${demo.naam}" staat klaar in:`,
    `    ${demo.map}`,
    'Alleen verzonnen gegevens; niet voor echt gebruik.',
    '',
    'Aanmelden kan met elk van deze accounts:',
    ...demo.gebruikers.map((g) => `    ${g.naam.padEnd(breedte)}   ${ROLNAAM[g.rol]}`),
    `Wachtwoord (voor alle demo-accounts): ${demo.wachtwoord}`,
    '',
    'Start nu het programma met `npm start` en kies in het eerste scherm "Demobestand gebruiken"',
    '(of "Bestaand bestand openen" en dan dit bestand). Elke rol ziet wat het convenant haar toestaat.',
    '',
    ...partner,
  ].join('\n');
}

/** The recovery key is shown once (ADR 0010): a block that says what it is and where it goes. */
export function herstelsleutelBlok(code: string): string {
  return [
    '',
    'HERSTELSLEUTEL — wordt maar één keer getoond:',
    '',
    `    ${code}`,
    '',
    'Print of schrijf hem over en bewaar hem in de kluis van de penvoerder, niet bij deze computer.',
    'Hij kan één ding: een nieuw wachtwoord zetten voor een account met de leidende rol, als dat',
    'wachtwoord vergeten is (ketenbestand herstelsleutel gebruiken). Elk gebruik komt in het auditlog,',
    'iedereen krijgt er een melding van, en daarna krijgt u een nieuwe herstelsleutel.',
    '',
  ].join('\n');
}

const nl = (iso: string) => iso.slice(0, 10).split('-').reverse().join('-');

/** `ketenbestand opschonen`: the preview as a person reads it, each line with its article (counts only). */
export function bewaarplanTekst(plan: Bewaarplan): string {
  const regel = (id: string) => plan.regels.find((r) => r.regel === id)!;
  return [
    `Bewaartermijnen: wat tot en met ${nl(plan.tot)} wordt verwijderd`,
    '',
    ...(plan.gepland.length
      ? plan.gepland.map((g) => `  ${nl(g.datum)}  ${String(g.aantal).padStart(5)}  ${regel(g.regel).wat} (${g.artikel})`)
      : ['  Niets in deze periode.']),
    '',
    'De regels in dit bestand:',
    ...plan.regels.map((r) => `  ${r.artikel.padEnd(16)} ${r.wat}: ${r.wanneer}`),
    '',
    'Verwijderen gebeurt vanzelf bij elke aanmelding en dagelijks; nu: ketenbestand opschonen --uitvoeren',
    '',
  ].join('\n');
}

/** `ketenbestand opschonen --uitvoeren`: what went, per article (counts only). */
export function bewaaruitkomstTekst(u: Bewaaruitkomst): string {
  const weg = u.verwijderd.filter((v) => v.aantal);
  const wat = (id: string) => BEWAARREGELS.find((r) => r.id === id)!.wat;
  return [
    weg.length ? `Verwijderd op ${nl(u.peildatum)}:` : `Op ${nl(u.peildatum)} had niets zijn bewaartermijn bereikt; er is niets verwijderd.`,
    ...weg.map((v) => `  ${String(v.aantal).padStart(5)}  ${wat(v.regel)} (${v.artikel})`),
    '',
  ].join('\n');
}

export interface Opties {
  opdracht: string;
  args: string[];
  bestand?: string;
  gebruiker?: string;
  werkmap?: string;
  json: boolean;
  lijst: boolean;
  /** `herstel --bevestig`: the loss the restore announces is accepted (ADR 0012); `bundel maken --bevestig`: the flagged free text was reviewed (ADR 0032). */
  bevestig: boolean;
  /** `opschonen --uitvoeren`: delete now what is due, instead of only showing the preview. */
  uitvoeren: boolean;
  waarden: Record<string, string | undefined>;
}

export const HULP = `ketenbestand — de opdrachtregel van Ketenbestand Mensenhandel

Gebruik: ketenbestand OPDRACHT [ARGUMENTEN] --bestand MAP --gebruiker NAAM [--json]
Het wachtwoord komt uit KETENBESTAND_WACHTWOORD of wordt gevraagd op de terminal (nooit als argument).

  init --naam "Gemeente …" [--penvoerder "…"] [--profiel centraal|zorgcoordinatie|partner] [--weergavenaam "…"]
  api KANAAL [JSON]                  roept elk kanaal aan en drukt het JSON-resultaat af
  api --lijst                        de kanalen met hun invoerschema
  gebruiker lijst
  gebruiker toevoegen NAAM --rol ROL [--weergavenaam "…"]   (wachtwoord uit KETENBESTAND_NIEUW_WACHTWOORD)
  gebruiker verwijderen NAAM
  gebruiker rol NAAM ROL
  gebruiker wachtwoord               eigen wachtwoord wijzigen (nieuw uit KETENBESTAND_NIEUW_WACHTWOORD)
  geheimhouding [bevestigen]         de geheimhoudingsplicht (art. 21.2) lezen | bevestigen; nodig vóór casusgegevens
  partner lijst | partner toon ID
  partner toevoegen CODE --naam "…" --soort SOORT [--land NL]
  partner aanvraag ID [--datum JJJJ-MM-DD]            verzoek tot toetreding (art. 4.2)
  partner instemming KANDIDAAT-ID PARTIJ-ID [--datum]  instemming van een partij (art. 4.3)
  partner toetreding ID [--datum]                     toetreding vastleggen (art. 4.3)
  partner opzeggen ID [--datum]                       opzegging, uittreding na zes maanden (art. 34.3)
  backup --doel MAP
  herstel --bron BACKUPMAP [--bevestig]   over een werkend bestand: na aanmelding (leidende rol of beheerder);
                                     --bevestig aanvaardt het verlies dat een oudere backup meldt
  herstel status | herstel bevestigen  opzij gezette bestanden tonen | het herstel bevestigen (verwijdert ze)
  sleutel vervangen | sleutel eigen | sleutel exporteren --doel MAP
  bundel lezen --pad BUNDEL                          controleren en tonen, zonder in te lezen
  bundel inlezen --pad BUNDEL --bevestiging MAP      inlezen; de ontvangstbevestiging komt in MAP
  bundel maken --dossier ID --doel MAP [--bevestig]  de overdracht van een dossier (één bundel per partner, art. 16.5);
                                                     --bevestig: de gemarkeerde vrije tekst is bekeken (art. 6.2)
  audit verify [--anker BESTAND]     de hashketen, tegen het laatste eigen anker en desgewenst een anker van een partner
  audit lijst
  audit anker --partner ID --doel MAP  het laatste anker van een partner, om aan die partner terug te geven
  rechten overzicht | rechten lijst | rechten toon ID   verzoeken van betrokkenen (privacy-medewerker, art. 12.22)
  rechten nieuw --soort inzage|correctie|verzet --naam "…" [--datum JJJJ-MM-DD]   registreren (ontvangen op --datum)
  rapportage --doel MAP [--periode 2026-H2]   de halfjaarrapportage voor de Stuurgroep: PDF met grafieken en de
                                     tabellen als CSV in MAP (art. 12.2.3, 12.43, 31.2); zonder --periode het laatste
                                     afgesloten half jaar
  rapportage statistiek --partner ID --doel MAP [--periode 2026-H2]   dezelfde cijfers als ondertekende, versleutelde
                                     statistiekbundel voor het EMM of de Nationaal Rapporteur (art. 19, 31)
  rapportage regio --code CODE --naam "…"   de regiocode en -naam die de statistiekbundels noemen (eenmalig, vóór de
                                     eerste statistiekbundel; ADR 0041)
  rechten informeren                 de informatieplicht (art. 23); de overige handelingen: api rechten.*
  herstelsleutel gebruiken           wachtwoord vergeten: nieuw wachtwoord voor een account met de leidende rol
                                     (code uit KETENBESTAND_HERSTELSLEUTEL of de terminal, nieuw wachtwoord uit
                                     KETENBESTAND_NIEUW_WACHTWOORD of de terminal); drukt de nieuwe herstelsleutel af
  herstelsleutel vervangen           een nieuwe herstelsleutel (alleen de leidende rol); de vorige werkt niet meer
  controleren                        het bestand controleren op beschadiging (afsluitcode 1 bij schade)
  opschonen [--uitvoeren]            wat de bewaartermijnen de komende 90 dagen verwijderen, per artikel;
                                     --uitvoeren verwijdert nu wat zijn termijn bereikt heeft (dat gebeurt
                                     ook vanzelf bij elke aanmelding en dagelijks)
  demo [--werkmap MAP]               maakt (of kiest) het demobestand met synthetische gegevens, in
                                     --werkmap, anders KETENBESTAND_WERKMAP, anders ~/.ketenbestand

Afsluitcode: 0 gelukt, 1 geweigerd of mislukt (melding op stderr), 2 verkeerd gebruik.
`;

const MET_WAARDE = new Set(['periode', 'bestand', 'gebruiker', 'werkmap', 'naam', 'penvoerder', 'profiel', 'weergavenaam', 'rol', 'soort', 'land', 'datum', 'doel', 'bron', 'pad', 'bevestiging', 'dossier', 'anker', 'partner', 'code']);

export function ontleed(argv: string[]): Opties {
  const o: Opties = { opdracht: 'help', args: [], json: false, lijst: false, bevestig: false, uitvoeren: false, waarden: {} };
  const los: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--lijst') o.lijst = true;
    else if (a === '--bevestig') o.bevestig = true;
    else if (a === '--uitvoeren') o.uitvoeren = true;
    else if (a === '--help' || a === '-h') return { ...o, opdracht: 'help' };
    else if (a.startsWith('--')) {
      const naam = a.slice(2);
      if (naam === 'wachtwoord') throw new GebruiksFout('Een wachtwoord gaat nooit als argument mee; zet KETENBESTAND_WACHTWOORD of typ het op de terminal.');
      if (!MET_WAARDE.has(naam)) throw new GebruiksFout(`Onbekende optie --${naam}.`);
      const waarde = argv[++i];
      if (waarde === undefined) throw new GebruiksFout(`--${naam} heeft een waarde nodig.`);
      o.waarden[naam] = waarde;
    } else los.push(a);
  }
  o.opdracht = los[0] ?? 'help';
  o.args = los.slice(1);
  o.bestand = o.waarden.bestand;
  o.gebruiker = o.waarden.gebruiker;
  o.werkmap = o.waarden.werkmap;
  const bekend = ['help', 'init', 'api', 'gebruiker', 'geheimhouding', 'partner', 'backup', 'herstel', 'sleutel', 'audit', 'demo', 'bundel', 'herstelsleutel', 'controleren', 'opschonen', 'rechten', 'rapportage'];
  if (!bekend.includes(o.opdracht)) throw new GebruiksFout(`Onbekende opdracht "${o.opdracht}".`);
  if (o.opdracht === 'init' && !o.waarden.naam) throw new GebruiksFout('init heeft --naam nodig.');
  return o;
}

function getal(w: string | undefined, wat: string): number {
  const n = Number(w);
  if (!Number.isInteger(n)) throw new GebruiksFout(`${wat} moet een getal zijn.`);
  return n;
}

/** Maps a friendly command onto a channel; `nieuwWachtwoord` names the field that needs a new passphrase. */
export function opdrachtNaarKanaal(o: Opties): { kanaal: string; invoer: Record<string, unknown>; nieuwWachtwoord?: string; huidigWachtwoord?: string } {
  const [sub, a1, a2] = o.args;
  const datum = o.waarden.datum ?? vandaag();
  switch (o.opdracht) {
    case 'api': {
      if (!sub) throw new GebruiksFout('Geef een kanaal op, of --lijst.');
      let invoer: Record<string, unknown> = {};
      if (a1) {
        try {
          invoer = JSON.parse(a1) as Record<string, unknown>;
        } catch {
          throw new GebruiksFout('De invoer is geen geldige JSON.');
        }
      }
      return { kanaal: sub, invoer };
    }
    case 'gebruiker':
      if (sub === 'lijst') return { kanaal: 'gebruikers.lijst', invoer: {} };
      if (sub === 'toevoegen') {
        if (!a1 || !o.waarden.rol) throw new GebruiksFout('gebruiker toevoegen NAAM --rol ROL');
        return { kanaal: 'gebruikers.toevoegen', invoer: { naam: a1, weergavenaam: o.waarden.weergavenaam ?? a1, rol: o.waarden.rol }, nieuwWachtwoord: 'wachtwoord' };
      }
      if (sub === 'verwijderen' && a1) return { kanaal: 'gebruikers.verwijderen', invoer: { naam: a1 } };
      if (sub === 'rol' && a1 && a2) return { kanaal: 'gebruikers.rolWijzigen', invoer: { naam: a1, rol: a2 } };
      if (sub === 'wachtwoord') return { kanaal: 'gebruikers.wachtwoordWijzigen', invoer: {}, nieuwWachtwoord: 'nieuw', huidigWachtwoord: 'huidig' };
      throw new GebruiksFout('gebruiker lijst | toevoegen NAAM --rol ROL | verwijderen NAAM | rol NAAM ROL | wachtwoord');
    case 'partner':
      if (sub === 'lijst') return { kanaal: 'partners.lijst', invoer: {} };
      if (sub === 'toon') return { kanaal: 'partners.detail', invoer: { id: getal(a1, 'ID') } };
      if (sub === 'toevoegen') {
        if (!a1 || !o.waarden.naam || !o.waarden.soort) throw new GebruiksFout('partner toevoegen CODE --naam "…" --soort SOORT');
        return { kanaal: 'partners.toevoegen', invoer: { code: a1, naam: o.waarden.naam, soort: o.waarden.soort, land: o.waarden.land ?? 'NL' } };
      }
      if (sub === 'aanvraag') return { kanaal: 'partners.toetredingAanvragen', invoer: { id: getal(a1, 'ID'), datum } };
      if (sub === 'instemming') return { kanaal: 'partners.instemmingVastleggen', invoer: { kandidaatId: getal(a1, 'KANDIDAAT-ID'), partijId: getal(a2, 'PARTIJ-ID'), datum } };
      if (sub === 'toetreding') return { kanaal: 'partners.toetredingVastleggen', invoer: { id: getal(a1, 'ID'), datum } };
      if (sub === 'opzeggen') return { kanaal: 'partners.opzeggen', invoer: { id: getal(a1, 'ID'), datum } };
      throw new GebruiksFout('partner lijst | toon | toevoegen | aanvraag | instemming | toetreding | opzeggen');
    case 'herstel':
      if (sub === 'status') return { kanaal: 'bestand.herstelStatus', invoer: {} };
      if (sub === 'bevestigen') return { kanaal: 'bestand.herstelBevestigen', invoer: {} };
      throw new GebruiksFout('herstel --bron BACKUPMAP [--bevestig] | herstel status | herstel bevestigen');
    case 'backup':
      if (!o.waarden.doel) throw new GebruiksFout('backup --doel MAP');
      return { kanaal: 'beheer.backupMaken', invoer: { doelmap: o.waarden.doel } };
    case 'sleutel':
      if (sub === 'vervangen') return { kanaal: 'beheer.sleutelVervangen', invoer: {} };
      if (sub === 'eigen') return { kanaal: 'sleutels.eigen', invoer: {} };
      if (sub === 'exporteren' && o.waarden.doel) return { kanaal: 'sleutels.exporteren', invoer: { doelmap: o.waarden.doel } };
      throw new GebruiksFout('sleutel vervangen | sleutel eigen | sleutel exporteren --doel MAP');
    case 'bundel':
      if (sub === 'lezen' && o.waarden.pad) return { kanaal: 'bundels.lezen', invoer: { pad: o.waarden.pad } };
      if (sub === 'inlezen' && o.waarden.pad) return { kanaal: 'bundels.inlezen', invoer: { pad: o.waarden.pad, ...(o.waarden.bevestiging ? { bevestigingMap: o.waarden.bevestiging } : {}) } };
      // --bevestig: the free-text fragments that still look identifying were reviewed (art. 6.2, 9.5; ADR 0032).
      if (sub === 'maken' && o.waarden.dossier && o.waarden.doel) return { kanaal: 'overdracht.uitvoeren', invoer: { dossierId: getal(o.waarden.dossier, 'DOSSIER'), doelmap: o.waarden.doel, gemarkeerdBekeken: o.bevestig } };
      throw new GebruiksFout('bundel lezen --pad BUNDEL | bundel inlezen --pad BUNDEL --bevestiging MAP | bundel maken --dossier ID --doel MAP');
    case 'controleren':
      return { kanaal: 'bestand.controleren', invoer: {} };
    case 'rapportage':
      // The region the statistics bundles name (ADR 0041, addendum): the contract checks the code and the name.
      if (sub === 'regio') {
        if (o.waarden.code === undefined || o.waarden.naam === undefined) throw new GebruiksFout('rapportage regio --code CODE --naam "…"');
        return { kanaal: 'statistiek.regio', invoer: { code: o.waarden.code, naam: o.waarden.naam } };
      }
      // The half-yearly report (art. 12.2.3, 12.43, 31.2): by default the last half year that has ended.
      if (!o.waarden.doel) throw new GebruiksFout('rapportage --doel MAP [--periode 2026-H2] | rapportage statistiek --partner ID --doel MAP [--periode 2026-H2]');
      if (o.waarden.periode !== undefined && !/^\d{4}-H[12]$/.test(o.waarden.periode)) throw new GebruiksFout('--periode is een half jaar als 2026-H2.');
      // Art. 19, 31 (ADR 0041): the same figures as a signed statistiek bundle for the EMM or the Nationaal Rapporteur.
      if (sub === 'statistiek') {
        return {
          kanaal: 'statistiek.maken',
          invoer: { periode: o.waarden.periode ?? laatstAfgeslotenPeriode(vandaag()), aan: getal(o.waarden.partner, 'ID'), doelmap: path.resolve(o.waarden.doel) },
        };
      }
      return { kanaal: 'rapportage.maken', invoer: { periode: o.waarden.periode ?? laatstAfgeslotenPeriode(vandaag()), doelmap: path.resolve(o.waarden.doel) } };
    case 'opschonen':
      return o.uitvoeren ? { kanaal: 'bewaring.uitvoeren', invoer: {} } : { kanaal: 'bewaring.plan', invoer: { dagen: 90 } };
    case 'audit':
      if (sub === 'verify' || sub === 'controleren') return { kanaal: 'audit.verifieren', invoer: o.waarden.anker ? { ankerPad: path.resolve(o.waarden.anker) } : {} };
      if (sub === 'lijst') return { kanaal: 'audit.lijst', invoer: {} };
      if (sub === 'anker' && o.waarden.partner && o.waarden.doel) return { kanaal: 'audit.partnerAnker', invoer: { partnerId: getal(o.waarden.partner, 'PARTNER-ID'), doelmap: o.waarden.doel } };
      throw new GebruiksFout('audit verify [--anker BESTAND] | audit lijst | audit anker --partner ID --doel MAP');
    case 'rechten':
      if (sub === 'overzicht') return { kanaal: 'rechten.overzicht', invoer: {} };
      if (sub === 'lijst') return { kanaal: 'rechten.lijst', invoer: {} };
      if (sub === 'toon') return { kanaal: 'rechten.detail', invoer: { id: getal(a1, 'ID') } };
      if (sub === 'informeren') return { kanaal: 'rechten.informerenLijst', invoer: {} };
      if (sub === 'nieuw' && o.waarden.soort && o.waarden.naam) return { kanaal: 'rechten.nieuw', invoer: { soort: o.waarden.soort, verzoekerNaam: o.waarden.naam, ontvangenOp: datum } };
      throw new GebruiksFout('rechten overzicht | lijst | toon ID | informeren | nieuw --soort SOORT --naam "…" [--datum JJJJ-MM-DD]');
    default:
      throw new GebruiksFout(`Onbekende opdracht "${o.opdracht}".`);
  }
}
