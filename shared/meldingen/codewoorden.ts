/**
 * Codes in words (issue 11 §7, ADR 0037): the one layer that turns what the backend stores as a code —
 * an audit action (`overleg.status`), its subject (`overleg:11`), its details (`doorgeschoven: []`), a
 * form of exploitation (`seksuele-uitbuiting`), a kind of partner (`coa`), a month (`2026-06`), a hash —
 * into words a reader understands, in Dutch and in English. The renderer (audit viewer, timeline, purge
 * preview) and the backend (the audit export as CSV and PDF) both word through here, so a screen and a
 * document say the same. Pure functions, no imports of Node or the renderer (docs/ontwerp.md §4).
 *
 * What is not known here gets a readable fallback (hyphens become spaces, `soort:12` becomes "soort nr. 12"),
 * never the raw code: a new audit action is readable before anyone writes its description.
 */
import { inZin, woordenEn, woordenNl } from './woorden';

export type Taal = 'nl' | 'en';
type Tweetalig = readonly [nl: string, en: string];

/** An interface language ("nl", "en-GB") as this layer knows it. */
export const taalVan = (taal: string): Taal => (taal.startsWith('en') ? 'en' : 'nl');

const kies = (w: Tweetalig, taal: Taal): string => (taal === 'en' ? w[1] : w[0]);

/** What each audit action means, as a short sentence without a subject ("Signaal ingezien"). */
export const AUDITACTIES: Readonly<Record<string, Tweetalig>> = {
  'agendapakket.gemaakt': ['Agendapakket gemaakt', 'Agenda pack made'],
  'agendapakket.ingelezen': ['Agendapakket ingelezen', 'Agenda pack read in'],
  'audit.anker-afwijking': ['Auditanker wijkt af van het log', 'Audit anchor differs from the log'],
  'audit.anker-geexporteerd': ['Auditanker van een partner geëxporteerd', "A partner's audit anchor exported"],
  'audit.geverifieerd': ['Auditlog gecontroleerd', 'Audit log verified'],
  'audit.geexporteerd': ['Auditlog geëxporteerd', 'Audit log exported'],
  'backup.gemaakt': ['Backup gemaakt', 'Backup made'],
  'backup.herstel-bevestigd': ['Herstel uit backup bevestigd', 'Restore from backup confirmed'],
  'backup.opzij-verlopen': ['Opzijgezet bestand na herstel opgeruimd', 'File set aside after a restore removed'],
  'backup.teruggezet': ['Backup teruggezet', 'Backup restored'],
  'backup.terugzetten': ['Backup terugzetten gestart', 'Backup restore started'],
  'bestand.gecontroleerd': ['Bestand op beschadiging gecontroleerd', 'File checked for damage'],
  'bestand.gemaakt': ['Bestand aangemaakt', 'File created'],
  'bewaartermijn.verwerkt': ['Bewaartermijn verwerkt', 'Retention period applied'],
  'bewaring.uitgevoerd': ['Bewaartermijnen uitgevoerd', 'Retention periods carried out'],
  'bundel.bekeken': ['Bundel bekeken', 'Bundle viewed'],
  'bundel.export-mislukt': ['Bundel maken mislukt', 'Making a bundle failed'],
  'bundel.geweigerd': ['Bundel geweigerd', 'Bundle refused'],
  'bundel.identiteit-ingesteld': ['Eigen organisatie voor bundels ingesteld', 'Own organisation for bundles set'],
  'bundel.ingelezen': ['Bundel ingelezen', 'Bundle read in'],
  'bundel.ontvangst-bevestigd': ['Ontvangst van een bundel bevestigd', 'Receipt of a bundle confirmed'],
  'bundel.verzonden': ['Bundel gemaakt om te verzenden', 'Bundle made for sending'],
  'correctie.ontvangen': ['Correctie van een partner ontvangen', 'Correction from a partner received'],
  'demo.gevuld': ['Demobestand gevuld met verzonnen gegevens', 'Demo file filled with made-up data'],
  'dossier.aangemaakt': ['Dossier gevormd', 'Dossier formed'],
  'dossier.fase': ['Processtap van een dossier gewijzigd', 'Step of a dossier changed'],
  'dossier.geevalueerd': ['Dossier geëvalueerd', 'Dossier evaluated'],
  'dossier.gesplitst': ['Dossier gesplitst', 'Dossier split'],
  'dossier.ingezien': ['Dossier ingezien', 'Dossier viewed'],
  'dossier.opgeschoond': ['Dossier opgeschoond', 'Dossier purged'],
  'dossier.signaal-verwijderd': ['Signaal uit een dossier gehaald', 'Signal taken out of a dossier'],
  'dossier.signalen-toegevoegd': ['Signalen aan een dossier toegevoegd', 'Signals added to a dossier'],
  'gebruiker.rol-gewijzigd': ['Rol van een account gewijzigd', "An account's role changed"],
  'gebruiker.toegevoegd': ['Account toegevoegd', 'Account added'],
  'gebruiker.toekenning-geweigerd': ['Toekennen van een rol geweigerd', 'Granting a role refused'],
  'gebruiker.verwijderd': ['Account verwijderd', 'Account removed'],
  'gebruiker.wachtwoord-gewijzigd': ['Wachtwoord gewijzigd', 'Passphrase changed'],
  'geheimhouding.bevestigd': ['Geheimhoudingsplicht (art. 21.2) gelezen en bevestigd', 'Duty of confidentiality (art. 21.2) read and acknowledged'],
  'herstelmelding.gezien': ['Melding na herstel gelezen', 'Notice after a restore read'],
  'herstelsleutel.gebruikt': ['Herstelsleutel gebruikt', 'Recovery key used'],
  'herstelsleutel.gemaakt': ['Herstelsleutel gemaakt', 'Recovery key made'],
  'herstelsleutel.geweigerd': ['Herstelsleutel geweigerd', 'Recovery key refused'],
  'herstelsleutel.vervangen': ['Herstelsleutel vervangen', 'Recovery key replaced'],
  'indicator.gewijzigd': ['Indicator gewijzigd', 'Indicator changed'],
  'indicator.ingetrokken': ['Indicator ingetrokken', 'Indicator withdrawn'],
  'indicator.toegevoegd': ['Indicator toegevoegd', 'Indicator added'],
  'instellingen.gewijzigd': ['Instellingen gewijzigd', 'Settings changed'],
  'interventie.bijgewerkt': ['Interventie bijgewerkt', 'Intervention updated'],
  'interventie.toegewezen': ['Interventie toegewezen aan een partner', 'Intervention assigned to a partner'],
  'navraag.beantwoord': ['Antwoord op een navraag vastgelegd', 'Answer to an enquiry recorded'],
  'navraag.gesteld': ['Navraag bij een partner gesteld', 'Enquiry made with a partner'],
  'overdracht.buitenApp.vastgelegd': ['Overdracht buiten de app vastgelegd', 'Handover outside the app recorded'],
  'overdracht.ingezien': ['Overdracht ingezien', 'Handover viewed'],
  'overdracht.ontvangen': ['Overdracht ontvangen', 'Handover received'],
  'overdracht.uitgevoerd': ['Dossier overgedragen', 'Dossier handed over'],
  'overleg.agenda-samengesteld': ['Agenda van een overleg samengesteld', 'Agenda of a meeting composed'],
  'overleg.besluit': ['Besluit in een overleg vastgelegd', 'Decision in a meeting recorded'],
  'overleg.deelnemer-bijgewerkt': ['Deelnemer van een overleg bijgewerkt', 'Participant of a meeting updated'],
  'overleg.deelnemer-toegevoegd': ['Deelnemer aan een overleg toegevoegd', 'Participant added to a meeting'],
  'overleg.document': ['Agenda of besluitenlijst gemaakt', 'Agenda or decision list made'],
  'overleg.genotuleerd': ['Notulen van een overleg vastgelegd', 'Minutes of a meeting recorded'],
  'overleg.gepland': ['Overleg gepland', 'Meeting planned'],
  'overleg.jaarplan-vastgelegd': ['Jaarplanning van de overleggen vastgelegd', 'Year plan of the meetings recorded'],
  'overleg.punt-toegevoegd': ['Punt op de agenda gezet', 'Item put on the agenda'],
  'overleg.punt-verwijderd': ['Punt van de agenda gehaald', 'Item taken off the agenda'],
  'overleg.status': ['Status van een overleg gewijzigd', 'Status of a meeting changed'],
  'overleg.verplaatst': ['Overleg verplaatst', 'Meeting moved'],
  'overleg.volgorde': ['Volgorde van de agenda gewijzigd', 'Order of the agenda changed'],
  'overleg.voorgestelde-partners': ['Voorgestelde partners voor een overleg gewijzigd', 'Proposed partners for a meeting changed'],
  'partner.contactpersoon-toegevoegd': ['Contactpersoon van een partner toegevoegd', 'Contact person of a partner added'],
  'partner.contactpersoon-verwijderd': ['Contactpersoon van een partner verwijderd', 'Contact person of a partner removed'],
  'partner.gewijzigd': ['Gegevens van een partner gewijzigd', "A partner's details changed"],
  'partner.instemming-vastgelegd': ['Instemming met toetreding vastgelegd', 'Consent to joining recorded'],
  'partner.opgezegd': ['Opzegging van een partner vastgelegd', "A partner's withdrawal recorded"],
  'partner.toegetreden': ['Partner toegetreden', 'Partner joined'],
  'partner.toegevoegd': ['Partner toegevoegd aan het register', 'Partner added to the register'],
  'partner.toetreding-aangevraagd': ['Verzoek tot toetreding vastgelegd', 'Request to join recorded'],
  'personen.besluit': ['Besluit over mogelijk dezelfde persoon', 'Decision on a possible same person'],
  'personen.ingezien': ['Personen ingezien', 'Persons viewed'],
  'rechten.correctie.ontvangersIngelicht': ['Ontvangers over een correctie ingelicht', 'Recipients told about a correction'],
  'rechten.correctie.uitgevoerd': ['Correctie uitgevoerd', 'Correction carried out'],
  'rechten.identiteit-gecontroleerd': ['Identiteit van de verzoeker gecontroleerd', "The requester's identity checked"],
  'rechten.informeertaken-ingezien': ['Informatieplicht ingezien', 'Duty to inform viewed'],
  'rechten.informeren-uitgesteld': ['Informeren van een betrokkene uitgesteld', 'Informing a data subject postponed'],
  'rechten.informeren-verzonden': ['Betrokkene geïnformeerd', 'Data subject informed'],
  'rechten.informeren-achterwege': ['Informeren van een betrokkene achterwege gelaten', 'Informing a data subject omitted'],
  'rechten.inzage.voorbeeld': ['Voorbeeld van het antwoord op een inzageverzoek gemaakt', 'Preview of an access answer made'],
  'rechten.personen-gezocht': ['Personen bij een verzoek gezocht', 'Persons searched for a request'],
  'rechten.persoon-bevestigd': ['Persoon bij een verzoek bevestigd', 'Person confirmed for a request'],
  'rechten.persoon-losgemaakt': ['Persoon van een verzoek losgemaakt', 'Person detached from a request'],
  'rechten.vergoeding': ['Vergoeding bij een verzoek vastgelegd', 'Fee for a request recorded'],
  'rechten.verzoek-beantwoord': ['Verzoek van een betrokkene beantwoord', "A data subject's request answered"],
  'rechten.verzoek-besloten': ['Besluit op een verzoek van een betrokkene', "Decision on a data subject's request"],
  'rechten.verzoek-geregistreerd': ['Verzoek van een betrokkene geregistreerd', "A data subject's request registered"],
  'rechten.verzoek-ingetrokken': ['Verzoek van een betrokkene ingetrokken', "A data subject's request withdrawn"],
  'rechten.verzoek-uitgevoerd': ['Verzoek van een betrokkene uitgevoerd', "A data subject's request carried out"],
  'rechten.verzet.geblokkeerd': ['Gegevens geblokkeerd na verzet', 'Data blocked after objection'],
  'rechten.verzet.opgeheven': ['Blokkade na verzet opgeheven', 'Block after objection lifted'],
  'sessie.aangemeld': ['Aangemeld', 'Signed in'],
  'sessie.aanmelden-mislukt': ['Aanmelden mislukt', 'Sign-in failed'],
  'sessie.afgemeld': ['Afgemeld', 'Signed out'],
  'sessie.automatisch-vergrendeld': ['Automatisch vergrendeld na inactiviteit', 'Locked automatically after inactivity'],
  'sessie.vergrendeld': ['Vergrendeld', 'Locked'],
  'sessie.vergrendeld-bij-stoppen': ['Vergrendeld bij het afsluiten', 'Locked on closing'],
  'signaal.besluit': ['Besluit over een signaal', 'Decision on a signal'],
  'signaal.concept-verwijderd': ['Concept van een signaal verwijderd', 'Draft signal removed'],
  'signaal.gewijzigd': ['Signaal gewijzigd', 'Signal changed'],
  'signaal.ingezien': ['Signaal ingezien', 'Signal viewed'],
  'signaal.vastgelegd': ['Signaal vastgelegd', 'Signal recorded'],
  'signalen.geimporteerd': ['Signalen geïmporteerd', 'Signals imported'],
  'signalen.gezocht': ['Signalen gezocht', 'Signals searched'],
  'signalen.ontvangen': ['Signalen ontvangen', 'Signals received'],
  'signalen.teruggestuurd': ['Signalen teruggestuurd naar de zorgcoördinatie', 'Signals sent back to care coordination'],
  'sleutel.bevestiging-mislukt': ['Bevestigen van een sleutel mislukt', 'Confirming a key failed'],
  'sleutel.geexporteerd': ['Eigen bundelsleutel geëxporteerd', 'Own bundle key exported'],
  'sleutel.gemaakt': ['Eigen bundelsleutel gemaakt', 'Own bundle key made'],
  'sleutel.geroteerd': ['Bestandssleutel vervangen', 'File key replaced'],
  'sleutel.partner-bevestigd': ['Sleutel van een partner bevestigd', "A partner's key confirmed"],
  'sleutel.partner-geimporteerd': ['Sleutel van een partner geïmporteerd', "A partner's key imported"],
  'sleutel.partner-ingetrokken': ['Sleutel van een partner ingetrokken', "A partner's key revoked"],
  'sleutel.vervangen': ['Eigen bundelsleutel vervangen', 'Own bundle key replaced'],
  'spoed.besloten': ['Spoedbesluit genomen', 'Urgent decision taken'],
  'terugmelding.ontvangen': ['Terugmelding ontvangen', 'Feedback report received'],
  'terugmelding.verstuurd': ['Terugmelding verstuurd', 'Feedback report sent'],
  'toegang.geweigerd': ['Toegang geweigerd', 'Access refused'],
  'toestemming.ingetrokken': ['Toestemming ingetrokken', 'Consent withdrawn'],
  'toestemming.vastgelegd': ['Toestemming vastgelegd', 'Consent recorded'],
  verstrekking: ['Gegevens aan een partner verstrekt', 'Data provided to a partner'],
  'verstrekking.overschreven': ['Weigering van een verstrekking overschreven', 'Refusal of a provision overridden'],
  'verwijderbevestiging.ontvangen': ['Bevestiging van verwijdering ontvangen', 'Confirmation of deletion received'],
  'verwijderbevestiging.verstuurd': ['Bevestiging van verwijdering verstuurd', 'Confirmation of deletion sent'],
  'verwijderverzoek.verstuurd': ['Verzoek tot verwijdering verstuurd', 'Request to delete sent'],
  'verwijderverzoek.verwerkt': ['Verzoek tot verwijdering verwerkt', 'Request to delete processed'],
  'vrijgave.gecontroleerd': ['Afgeschermde en gemarkeerde vrije tekst bekeken vóór verstrekking', 'Redacted and flagged free text reviewed before provision'],
  'overleg.punten-verwijderd': ['Punten van de agenda gehaald', 'Items taken off the agenda'],
  'nodig.gekozen': ['Gekozen wat een partner nodig heeft', 'Chosen what a partner needs'],
  'belangenafweging.vastgelegd': ['Afweging van de belangen van het slachtoffer vastgelegd', "Weighing of the victim's interests recorded"],
  'rapportage.tekst': ['Tekst voor de halfjaarrapportage opgeslagen', 'Text for the report per half year saved'],
  'rapportage.gemaakt': ['Halfjaarrapportage gemaakt', 'Report per half year made'],
  'stuurgroep.besluit': ['Besluit van de Stuurgroep vastgelegd', 'Steering group decision recorded'],
  'stuurgroep.besluitIngetrokken': ['Besluit van de Stuurgroep ingetrokken', 'Steering group decision withdrawn'],
  'analyse.uitgevoerd': ['Analyse uitgevoerd', 'Analysis run'],
  'statistiek.verstrekt': ['Cijfers van de regio als statistiekbundel verstrekt', "The region's figures provided as a statistics bundle"],
  'statistiek.ontvangen': ['Statistiekbundel van een regio ingelezen', "A region's statistics bundle read"],
  'statistiek.bekeken': ['Landelijk beeld bekeken', 'National picture viewed'],
  'statistiek.regioIngesteld': ['Regiocode en regionaam voor het landelijk beeld ingesteld', 'Region code and name for the national picture set'],
};

/** The groups the audit viewer filters on: the first part of an action, in words. */
export const AUDITGROEPEN: Readonly<Record<string, Tweetalig>> = {
  sessie: ['Aanmelden en vergrendelen', 'Signing in and locking'],
  signaal: ['Signalen', 'Signals'],
  signalen: ['Signalen zoeken, importeren en terugsturen', 'Searching, importing and returning signals'],
  dossier: ['Dossiers', 'Dossiers'],
  personen: ['Personen', 'Persons'],
  navraag: ['Navragen', 'Enquiries'],
  toestemming: ['Toestemmingen', 'Consents'],
  verstrekking: ['Verstrekkingen aan partners', 'Provisions to partners'],
  spoed: ['Spoedbesluiten', 'Urgent decisions'],
  interventie: ['Interventies', 'Interventions'],
  overleg: ['Overleggen', 'Meetings'],
  agendapakket: ['Agendapakketten', 'Agenda packs'],
  overdracht: ['Overdrachten', 'Handovers'],
  bundel: ['Bundels', 'Bundles'],
  terugmelding: ['Terugmeldingen', 'Feedback reports'],
  correctie: ['Correcties van partners', 'Corrections from partners'],
  verwijderverzoek: ['Verzoeken tot verwijdering', 'Requests to delete'],
  verwijderbevestiging: ['Bevestigingen van verwijdering', 'Confirmations of deletion'],
  vrijgave: ['Controle van vrije tekst vóór verstrekking', 'Review of free text before provision'],
  bewaring: ['Bewaartermijnen', 'Retention periods'],
  bewaartermijn: ['Bewaartermijnen per dossier', 'Retention periods per dossier'],
  rechten: ['Rechten van betrokkenen', 'Rights of data subjects'],
  partner: ['Partners', 'Partners'],
  sleutel: ['Sleutels', 'Keys'],
  herstelsleutel: ['Herstelsleutel', 'Recovery key'],
  gebruiker: ['Accounts', 'Accounts'],
  instellingen: ['Instellingen', 'Settings'],
  indicator: ['Indicatoren', 'Indicators'],
  backup: ['Backup en herstel', 'Backup and restore'],
  herstelmelding: ['Meldingen na herstel', 'Notices after a restore'],
  bestand: ['Het bestand', 'The file'],
  audit: ['Het auditlog', 'The audit log'],
  toegang: ['Geweigerde toegang', 'Refused access'],
  demo: ['Demo', 'Demo'],
  nodig: ['Wat partners nodig hebben', 'What partners need'],
  belangenafweging: ['Afwegingen van belangen', 'Weighings of interests'],
  rapportage: ['Rapportages', 'Reports'],
  stuurgroep: ['Besluiten van de Stuurgroep', 'Steering group decisions'],
  geheimhouding: ['Geheimhoudingsplicht (art. 21.2)', 'Duty of confidentiality (art. 21.2)'],
  analyse: ['Analyses', 'Analyses'],
  statistiek: ['Statistiekbundels en het landelijk beeld', 'Statistics bundles and the national picture'],
};

/** A code as plain words when nothing better is known: "agenda-vastgesteld" → "agenda vastgesteld". */
export function losseWoorden(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .toLocaleLowerCase('nl')
    .trim();
}

const hoofdletter = (s: string): string => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/** The description of an audit action; an unknown one still reads as words. */
export function auditActie(actie: string, taal: Taal): string {
  const bekend = AUDITACTIES[actie];
  if (bekend) return kies(bekend, taal);
  // rechten.<grond>.geblokkeerd, rechten.informeren-<uitkomst>: the variable part in words
  const verzet = /^rechten\.([a-z-]+)\.(geblokkeerd|opgeheven)$/.exec(actie);
  if (verzet) return `${kies(AUDITACTIES[`rechten.verzet.${verzet[2]}`]!, taal)} (${codeWoord(verzet[1]!, taal)})`;
  return hoofdletter(losseWoorden(actie));
}

export function auditGroep(groep: string, taal: Taal): string {
  const bekend = AUDITGROEPEN[groep];
  return bekend ? kies(bekend, taal) : hoofdletter(losseWoorden(groep));
}

/** The group an action belongs to: its first part. */
export const groepVan = (actie: string): string => actie.split('.')[0] ?? actie;

// ---- values ----

const MAANDEN: Record<Taal, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-06" → "juni 2026" / "June 2026"; anything else unchanged. */
export function maandWoord(maand: string, taal: Taal): string {
  const m = /^(\d{4})-(\d{2})$/.exec(maand.trim());
  if (!m) return maand;
  const naam = MAANDEN[taal][Number(m[2]) - 1];
  return naam ? `${naam} ${m[1]}` : maand;
}

/**
 * Value codes the backend stores, in words. Lower case: they stand inside a sentence or a cell; a
 * screen that shows one alone capitalises it. Abbreviations keep their capitals (COA, IND, OM).
 */
export const CODEWOORDEN: Readonly<Record<string, Tweetalig>> = {
  // forms of exploitation (signal form, analysis records)
  'seksuele-uitbuiting': ['seksuele uitbuiting', 'sexual exploitation'],
  'sociaal-economische-uitbuiting': ['sociaal-economische uitbuiting', 'socio-economic exploitation'],
  orgaanhandel: ['handel in organen', 'organ trafficking'],
  jeugdprostitutie: ['jeugdprostitutie', 'youth prostitution'],
  'gedwongen-prostitutie': ['gedwongen prostitutie', 'forced prostitution'],
  'overige-seksuele-uitbuiting': ['overige seksuele uitbuiting', 'other sexual exploitation'],
  // kinds of partner (analysis "bron")
  'gemeente-veiligheid': ['gemeente (veiligheid)', 'municipality (safety)'],
  'gemeente-publiekszaken': ['gemeente (publiekszaken)', 'municipality (civil affairs)'],
  'gemeente-szw': ['gemeente (sociale zaken en werk)', 'municipality (social affairs)'],
  'gemeente-bwt': ['gemeente (bouw- en woningtoezicht)', 'municipality (building inspection)'],
  'gemeente-ggd': ['GGD', 'GGD (public health service)'],
  politie: ['politie', 'police'],
  om: ['OM', 'Public Prosecution Service (OM)'],
  belastingdienst: ['Belastingdienst', 'Tax Administration'],
  'szw-arbeidsinspectie': ['Arbeidsinspectie', 'Labour Inspectorate'],
  'szw-siod': ['SIOD', 'SIOD'],
  ind: ['IND', 'IND (immigration service)'],
  coa: ['COA', 'COA (reception of asylum seekers)'],
  zorgcoordinator: ['zorgcoördinator', 'care coordinator'],
  zorgpartner: ['zorgpartner', 'care partner'],
  'bureau-jeugdzorg': ['Bureau Jeugdzorg', 'youth care agency'],
  reclassering: ['reclassering', 'probation service'],
  kvk: ['KvK', 'Chamber of Commerce (KvK)'],
  riec: ['RIEC', 'RIEC'],
  emm: ['EMM', 'EMM'],
  overig: ['overig', 'other'],
  onbekend: ['onbekend', 'unknown'],
  // analysis bands and outcomes
  minderjarig: ['minderjarig', 'minor'],
  'buiten EU/EER': ['buiten EU/EER', 'outside EU/EEA'],
  NL: ['Nederlands', 'Dutch'],
  'geen actie': ['geen actie', 'no action'],
  overgedragen: ['overgedragen', 'handed over'],
  vrouw: ['vrouw', 'woman'],
  man: ['man', 'man'],
  anders: ['anders', 'other'],
  // decisions in meetings and on signals
  interventies: ['interventies', 'interventions'],
  'geen-actie': ['geen actie', 'no action'],
  'terug-naar-dossiervorming': ['terug naar dossiervorming', 'back to dossier forming'],
  'naar-voorbereidingsteam': ['naar het voorbereidingsteam', 'to the preparation team'],
  'blijft-in-zorgoverleg': ['blijft in het zorgoverleg', 'stays in the care meeting'],
  'geen-vervolg': ['geen vervolg', 'no follow-up'],
  'spoed-bevestigd': ['spoed bevestigd', 'urgency confirmed'],
  'spoed-ingetrokken': ['spoed ingetrokken', 'urgency withdrawn'],
  'geen-dossier': ['geen dossier', 'no dossier'],
  dossier: ['dossier', 'dossier'],
  open: ['open', 'open'],
  // states of a meeting, a request, a signal
  gepland: ['gepland', 'planned'],
  'agenda-vastgesteld': ['agenda vastgesteld', 'agenda fixed'],
  'agenda-vaststellen': ['de agenda vaststellen', 'fixing the agenda'],
  gehouden: ['gehouden', 'held'],
  afgelast: ['afgelast', 'cancelled'],
  ontvangen: ['ontvangen', 'received'],
  'in-behandeling': ['in behandeling', 'in progress'],
  besloten: ['besloten', 'decided'],
  beantwoord: ['beantwoord', 'answered'],
  uitgevoerd: ['uitgevoerd', 'carried out'],
  ingetrokken: ['ingetrokken', 'withdrawn'],
  toegewezen: ['toegewezen', 'granted'],
  deels: ['deels toegewezen', 'partly granted'],
  afgewezen: ['afgewezen', 'refused'],
  concept: ['concept', 'draft'],
  ingediend: ['ingediend', 'submitted'],
  // kinds of meeting, consent, provision, request
  zorgoverleg: ['zorgoverleg', 'care meeting'],
  casusoverleg: ['casusoverleg', 'case meeting'],
  stuurgroep: ['stuurgroep', 'steering group'],
  zorggroep: ['zorggroep', 'care group'],
  'riec-emm': ['RIEC of EMM', 'RIEC or EMM'],
  'zorg-operationeel': ['zorg (operationeel)', 'care (operational)'],
  'ovj-strafrechtelijk': ['officier van justitie (strafrechtelijk)', 'public prosecutor (criminal)'],
  spoed: ['spoed', 'urgency'],
  overdracht: ['overdracht', 'handover'],
  navraag: ['navraag', 'enquiry'],
  handmatig: ['handmatig', 'manual'],
  inzage: ['inzage', 'access'],
  correctie: ['correctie', 'correction'],
  verzet: ['verzet', 'objection'],
  agenda: ['agenda', 'agenda'],
  besluitenlijst: ['besluitenlijst', 'decision list'],
  identificeerbaar: ['identificeerbaar', 'identifiable'],
  geanonimiseerd: ['geanonimiseerd', 'anonymised'],
  signaal: ['signaal', 'signal'],
  persoon: ['persoon', 'person'],
};

/** One code in words: a known value, a role or dossier step, or the code with spaces for hyphens. */
export function codeWoord(code: string, taal: Taal): string {
  const bekend = CODEWOORDEN[code];
  if (bekend) return kies(bekend, taal);
  const woorden = taal === 'en' ? woordenEn : woordenNl;
  const rol = (woorden.rol as Record<string, string>)[code];
  if (rol) return inZin(rol);
  const fase = (woorden.dossierfase as Record<string, string>)[code];
  if (fase) return inZin(fase);
  return /^[a-z]+(-[a-z]+)+$/.test(code) ? losseWoorden(code) : code;
}

/** A comma-separated list of codes in words: "seksuele-uitbuiting,jeugdprostitutie" → "seksuele uitbuiting, jeugdprostitutie". */
export function codelijstWoord(lijst: string, taal: Taal): string {
  return lijst
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => codeWoord(c, taal))
    .join(', ');
}

/** A hash or fingerprint in groups of four, the way people read one aloud and compare it. */
export function hexWoord(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

// ---- audit subjects and details ----

/** What the backend knows about the ids in the audit rows, to name them (audit.lijst adds it). */
export interface Auditnamen {
  /** account name → the person's name */
  personen: Readonly<Record<string, string>>;
  /** partner code and id → the partner's name */
  partners: Readonly<Record<string, string>>;
  /** dossier id → number */
  dossiers: Readonly<Record<string, string>>;
  /** meeting id → kind and date */
  overleggen: Readonly<Record<string, { soort: string; datum: string }>>;
}

export const GEEN_NAMEN: Auditnamen = { personen: {}, partners: {}, dossiers: {}, overleggen: {} };

const SOORTEN: Readonly<Record<string, Tweetalig>> = {
  signaal: ['Signaal', 'Signal'],
  dossier: ['Dossier', 'Dossier'],
  overleg: ['Overleg', 'Meeting'],
  agendapunt: ['Agendapunt', 'Agenda item'],
  navraag: ['Navraag', 'Enquiry'],
  partner: ['Partner', 'Partner'],
  gebruiker: ['Account', 'Account'],
  persoon: ['Persoon', 'Person'],
  rechtenverzoek: ['Verzoek', 'Request'],
  interventie: ['Interventie', 'Intervention'],
  toestemming: ['Toestemming', 'Consent'],
  bundel: ['Bundel', 'Bundle'],
  bundelsleutel: ['Eigen bundelsleutel', 'Own bundle key'],
  bestand: ['Het bestand', 'The file'],
  audit: ['Het auditlog', 'The audit log'],
  spoed: ['Spoedbesluit', 'Urgent decision'],
  indicator: ['Indicator', 'Indicator'],
  verstrekking: ['Verstrekking', 'Provision'],
  herstelsleutel: ['Herstelsleutel', 'Recovery key'],
  instellingen: ['Instellingen', 'Settings'],
};

/** A date as "2 november 2026" (or "2 November 2026"). */
export function datumWoord(iso: string, taal: Taal): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MAANDEN[taal][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

function overlegWoord(o: { soort: string; datum: string }, taal: Taal): string {
  return `${hoofdletter(codeWoord(o.soort, taal))} ${taal === 'en' ? 'of' : 'van'} ${datumWoord(o.datum, taal)}`;
}

const nummerWoord = (n: string, taal: Taal): string => (/^\d+$/.test(n) ? `${taal === 'en' ? 'no.' : 'nr.'} ${n}` : n);

/** `overleg:11` → "Casusoverleg van 2 november 2026"; `partner:POLITIE` → the partner's name; `signaal:S-…` → "Signaal S-…". */
export function auditOnderwerp(onderwerp: string, taal: Taal, namen: Auditnamen = GEEN_NAMEN): string {
  const i = onderwerp.indexOf(':');
  const soort = i < 0 ? onderwerp : onderwerp.slice(0, i);
  const waarde = i < 0 ? '' : onderwerp.slice(i + 1);
  const soortWoord = SOORTEN[soort] ? kies(SOORTEN[soort], taal) : hoofdletter(losseWoorden(soort));
  if (!waarde) return soortWoord;
  if (soort === 'gebruiker') return namen.personen[waarde] ?? waarde;
  if (soort === 'partner') return namen.partners[waarde] ?? `${soortWoord} ${waarde}`;
  if (soort === 'overleg' && namen.overleggen[waarde]) return overlegWoord(namen.overleggen[waarde], taal);
  if (soort === 'dossier' && namen.dossiers[waarde]) return `${soortWoord} ${namen.dossiers[waarde]}`;
  return `${soortWoord} ${nummerWoord(waarde.replace(/:/g, ' '), taal)}`;
}

/** The names of the detail keys; a key not here is split into words ("interventieId" → "interventie"). */
const SLEUTELS: Readonly<Record<string, Tweetalig>> = {
  rol: ['Rol', 'Role'],
  van: ['Van', 'From'],
  naar: ['Naar', 'To'],
  doorgeschoven: ['Doorgeschoven punten', 'Items carried over'],
  waarvoor: ['Waarvoor', 'For'],
  afgeschermd: ['Afgeschermd', 'Redacted'],
  gemarkeerd: ['Gemarkeerde fragmenten', 'Flagged fragments'],
  bekeken: ['Bekeken en bevestigd', 'Reviewed and confirmed'],
  geboortedatum: ['Geboortedatum', 'Date of birth'],
  telefoon: ['Telefoonnummer', 'Phone number'],
  adres: ['Adres', 'Address'],
  toegevoegd: ['Toegevoegd', 'Added'],
  signalen: ['Signalen', 'Signals'],
  partners: ['Partners', 'Partners'],
  partnerId: ['Partner', 'Partner'],
  dossierId: ['Dossier', 'Dossier'],
  overlegId: ['Overleg', 'Meeting'],
  items: ['Gegevens', 'Data'],
  soort: ['Soort', 'Kind'],
  doel: ['Doel', 'Purpose'],
  datum: ['Datum', 'Date'],
  deadline: ['Uiterlijk', 'Deadline'],
  waarschuwingen: ['Waarschuwingen bij het plannen', 'Warnings when planning'],
  vingerafdruk: ['Vingerafdruk', 'Fingerprint'],
  artikel: ['Artikel', 'Article'],
  besluit: ['Besluit', 'Decision'],
  kwalificatie: ['Kwalificatie', 'Qualification'],
  relevant: ['Relevant', 'Relevant'],
  minderjarig: ['Minderjarig', 'Minor'],
  status: ['Status', 'Status'],
  grond: ['Grond', 'Ground'],
  gronden: ['Gronden', 'Grounds'],
  heroverwegenOp: ['Heroverwegen op', 'Reconsider on'],
  op: ['Op', 'On'],
  wijze: ['Wijze', 'How'],
  teLaat: ['Te laat', 'Late'],
  ontvangenOp: ['Ontvangen op', 'Received on'],
  doorgezonden: ['Doorgezonden', 'Forwarded'],
  betaaldOp: ['Betaald op', 'Paid on'],
  terugOp: ['Terugbetaald op', 'Refunded on'],
  cent: ['Bedrag', 'Amount'],
  gegevenDoor: ['Gegeven door', 'Given by'],
  gegevenOp: ['Gegeven op', 'Given on'],
  ketenregisseur: ['Ketenregisseur', 'Chain director'],
  zorgcoordinator: ['Zorgcoördinator', 'Care coordinator'],
  synthetisch: ['Verzonnen gegevens', 'Made-up data'],
  naam: ['Naam', 'Name'],
  penvoerder: ['Penvoerder', 'Controller'],
  profiel: ['Installatie', 'Installation'],
  eersteGebruiker: ['Eerste account', 'First account'],
  reden: ['Reden', 'Reason'],
  formaat: ['Formaat', 'Format'],
  aantal: ['Aantal', 'Number'],
  filter: ['Filter', 'Filter'],
  bestand: ['Bestand', 'File'],
  persoonId: ['Persoon', 'Person'],
  verstrekkingId: ['Verstrekking', 'Provision'],
  kop: ['Controlegetal van het log', 'Check value of the log'],
  hash: ['Controlegetal', 'Check value'],
};

function sleutelWoord(sleutel: string, taal: Taal): string {
  const bekend = SLEUTELS[sleutel];
  if (bekend) return kies(bekend, taal);
  return hoofdletter(losseWoorden(sleutel.replace(/Id$/, '')));
}

const JA_NEE: Record<Taal, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };
const GEEN: Record<Taal, string> = { nl: 'geen', en: 'none' };

/** One detail value in words, knowing its key (a partner id names the partner). */
export function waardeWoord(sleutel: string, waarde: unknown, taal: Taal, namen: Auditnamen = GEEN_NAMEN): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return JA_NEE[taal][waarde ? 0 : 1];
  if (Array.isArray(waarde)) {
    if (waarde.length === 0) return GEEN[taal];
    const enkel = sleutel === 'partners' ? 'partnerId' : sleutel;
    return waarde.map((w) => waardeWoord(enkel, w, taal, namen)).join(', ');
  }
  if (typeof waarde === 'object') {
    return Object.entries(waarde as Record<string, unknown>)
      .map(([k, w]) => `${inZin(sleutelWoord(k, taal))}: ${waardeWoord(k, w, taal, namen)}`)
      .join('; ');
  }
  if (typeof waarde === 'number') {
    if (sleutel === 'partnerId' && namen.partners[String(waarde)]) return namen.partners[String(waarde)]!;
    if (sleutel === 'dossierId' && namen.dossiers[String(waarde)]) return namen.dossiers[String(waarde)]!;
    if (sleutel === 'overlegId' && namen.overleggen[String(waarde)]) return overlegWoord(namen.overleggen[String(waarde)]!, taal);
    if (sleutel === 'cent') return `€ ${(waarde / 100).toFixed(2).replace('.', taal === 'nl' ? ',' : '.')}`;
    if (/Id$/.test(sleutel)) return nummerWoord(String(waarde), taal);
    return String(waarde);
  }
  const s = String(waarde);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return datumWoord(s, taal);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(s)) return datumWoord(s, taal);
  if (/^\d{4}-\d{2}$/.test(s)) return maandWoord(s, taal);
  if (/^[0-9a-f]{40,}$/i.test(s)) return hexWoord(s);
  if (['ketenregisseur', 'zorgcoordinator', 'door', 'gebruiker', 'eersteGebruiker'].includes(sleutel) && namen.personen[s]) return namen.personen[s]!;
  // an item of a provision: "signaal:1:identificeerbaar" → "signaal nr. 1 (identificeerbaar)"
  const item = /^([a-z]+):(\d+)(?::([a-z-]+))?$/.exec(s);
  if (item) return `${codeWoord(item[1]!, taal)} ${nummerWoord(item[2]!, taal)}${item[3] ? ` (${codeWoord(item[3], taal)})` : ''}`;
  if (s.includes(',') && /^[a-z,-]+$/.test(s)) return codelijstWoord(s, taal);
  return codeWoord(s, taal);
}

/** The details of an audit row as label and value, both in words. */
export function auditDetails(details: Readonly<Record<string, unknown>>, taal: Taal, namen: Auditnamen = GEEN_NAMEN): Array<{ label: string; waarde: string }> {
  return Object.entries(details)
    .filter(([, w]) => w !== undefined)
    .map(([k, w]) => ({ label: sleutelWoord(k, taal), waarde: waardeWoord(k, w, taal, namen) }));
}

/** The person behind an account: the name, or the account when it is gone. */
export const persoonWoord = (account: string, namen: Auditnamen = GEEN_NAMEN): string => namen.personen[account] ?? account;
