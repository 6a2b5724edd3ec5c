/**
 * The one API contract (docs/ontwerp.md §4). Every call is declared here once — name, input, output, who may
 * call it — and the Electron IPC adapter, the HTTP bridge, the CLI and the renderer client all use
 * this table. Nothing in this file may import Node or Electron: it runs in the sandboxed page too.
 */
import { veldcode, z } from './zod-nl';
import { LEIDENDE_ROL, profielSchema, RECHTENBEHANDELAARS, RECHTENLEZERS, rolSchema, type Profiel, type Rol } from './rollen';
import { herstelcodeSchema } from './domein/herstelsleutel';
import { ANALYSEVORMEN, analysedimensieSchema, overzichtsreeksenSchema, periodeSchema, rapportcijfersSchema, tabelSchema } from './domein/analyse';
import { landelijkBeeldSchema, regioSchema } from './domein/statistiek';
import { bewaarhistorieSchema, bewaarplanSchema, bewaarstatusSchema, bewaaruitkomstSchema } from './domein/bewaring';
import { gebruikerSchema, gebruikersnaamSchema, wachtwoordSchema } from './domein/gebruiker';
import { geheimhoudingstekstSchema } from './domein/geheimhouding';
import {
  datumSchema,
  landSchema,
  partnerDetailSchema,
  partnerSchema,
  partnersoortSchema,
} from './domein/partner';
import { auditnamenSchema, auditRegelSchema, auditVerificatieSchema } from './domein/audit';
import { foutSchema } from './fouten';
import { redactieSchema, vrijgaveSchema } from './domein/redactie';
import { formatCasusSchema, signaalDetailSchema, signaalRijSchema, VERMOEDENS } from './domein/signaal';
import {
  beslissingSchema,
  dossierDetailSchema,
  dossierfaseSchema,
  dossierRijSchema,
  doelSchema,
  matrixSchema,
  nodigOverzichtSchema,
  nodigSchema,
  spoedSchema,
  spoedVoorstelSchema,
  TOESTEMMINGSOORTEN,
  verstrekkingSchema,
} from './domein/dossier';
import {
  besluitSchema,
  interventieSchema,
  interventiestatusSchema,
  overlegDetailSchema,
  agendakandidaatSchema,
  overlegRijSchema,
  overlegsoortSchema,
  overlegstatusSchema,
} from './domein/overleg';

import {
  achterhoudenSchema,
  blokkadeSchema,
  correctiesoortSchema,
  correctieveldSchema,
  inzageDocumentSchema,
} from './domein/inzage';
import {
  bundelIngelezenSchema,
  bundelLijstSchema,
  bundelVoorbeeldSchema,
  eigenSleutelSchema,
  partnerKortSchema,
  partnerSleutelSchema,
} from './domein/bundel';
import {
  besluitSchema as verzoekbesluitSchema,
  grondSchema,
  informeertaakSchema,
  informerenInvoerSchema,
  MAX_VERGOEDING_CENT,
  nieuwVerzoekSchema,
  persoonKandidaatSchema,
  verzoekDetailSchema,
  verzoekRijSchema,
} from './domein/rechten';

/**
 * `open`: callable without a session; `aangemeld`: any signed-in user; a list: those roles; or
 * roles per profile, for what the leading role of each kind of installation manages.
 */
export type Toegang = 'open' | 'aangemeld' | readonly Rol[] | { readonly perProfiel: Readonly<Record<Profiel, readonly Rol[]>> };

/** The one answer to "may this role call this channel here", for the router, the UI and the tests. */
export function magRolKanaal(k: { toegang: Toegang; profielen?: readonly Profiel[] }, rol: Rol, profiel: Profiel): boolean {
  if (k.toegang === 'open') return true;
  if (k.profielen && !k.profielen.includes(profiel)) return false;
  if (k.toegang === 'aangemeld') return true;
  const rollen = 'perProfiel' in k.toegang ? k.toegang.perProfiel[profiel] : k.toegang;
  return rollen.includes(rol);
}

/**
 * Accounts, keys, backups and settings: the leading role of the profile (art. 12.7 for the
 * centraal bestand) and the beheerder — never a colleague who could promote itself.
 */
const BEHEER: Toegang = {
  perProfiel: {
    centraal: ['ketenregisseur', 'beheerder'],
    zorgcoordinatie: ['zorgcoordinator', 'beheerder'],
    partner: ['partnermedewerker', 'beheerder'],
  },
};


export interface Kanaal<I extends z.ZodType, O extends z.ZodType> {
  invoer: I;
  uitvoer: O;
  toegang: Toegang;
  /** Profiles in which the call exists; all when absent. */
  profielen?: readonly Profiel[];
  omschrijving: string;
}

const kanaal = <I extends z.ZodType, O extends z.ZodType>(k: Kanaal<I, O>): Kanaal<I, O> => k;

const geen = z.object({}).strict();
const leeg = z.object({});

const bestandsinfoSchema = z.object({
  faseLabels: z.array(z.string()).length(5),
  map: z.string(),
  naam: z.string(),
  penvoerder: z.string(),
  profiel: profielSchema,
  bestandId: z.string(),
  schemaversie: z.number().int(),
  vergrendelNaMinuten: z.number().int(),
  /** The region a centraal bestand's statistics bundles name (ADR 0041, addendum); null until the beheerder sets it. */
  regio: z.object({ code: z.string(), naam: z.string() }).nullable().default(null),
  /** How many statistics bundles this installation has read: the national picture shows only where there is one. */
  statistiekbundels: z.number().int().min(0).default(0),
});
export type Bestandsinfo = z.infer<typeof bestandsinfoSchema>;

/** The demo's accounts and its one synthetic passphrase, shown wherever the demo is signed into. */
const demoAccountsSchema = z.object({ gebruikers: z.array(z.object({ naam: z.string(), rol: rolSchema })), wachtwoord: z.string() });

const sessieSchema = z.object({
  /**
   * The chosen bestand. `naam` is null until someone signs in: a real bestand's name is encrypted
   * (ADR 0019). The demo bestand, marked beside its key slots, gives its made-up name and its accounts.
   */
  bestand: z.object({ map: z.string(), naam: z.string().nullable(), demo: demoAccountsSchema.nullable().default(null) }).nullable(),
  gebruiker: gebruikerSchema.nullable(),
  info: bestandsinfoSchema.nullable(),
  browsermodus: z.boolean(),
  /** What the anchor check at unlock found (ADR 0011): the chain was cut off or rewritten; restore. */
  waarschuwing: foutSchema.nullable().default(null),
  /** The text of the duty of confidentiality this account must still acknowledge (art. 21.2, ADR 0043); null when done. */
  geheimhouding: geheimhoudingstekstSchema.nullable().default(null),
});
export type Sessie = z.infer<typeof sessieSchema>;

const naamInvoer = z.string().trim().min(1, veldcode('veld.vulIn')).max(200, veldcode('veld.max200Tekens'));

const BEHEER_PARTNERS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur'];
const LEZEN_PARTNERS: readonly Rol[] = [
  'ketenregisseur',
  'assistent-ketenregisseur',
  'zorgcoordinator',
  'assistent-zorgcoordinator',
  'bewerker',
  'privacy-medewerker',
  'beheerder',
  'partnermedewerker',
];
/** Art. 15.3: direct access to case data; the bewerker works on instruction (art. 21.10). */
const CASUS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator', 'bewerker'];
/** Art. 12.16, 16.3: ketenregisseur and zorgcoördinator (and the designated assistants) decide. */
const BESLISSERS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator'];
const INTAKE_PROFIELEN = ['centraal', 'zorgcoordinatie'] as const;
const CENTRAAL = ['centraal'] as const;
/** The zorgcoördinator runs her zorgoverleg offline in her own installation (docs/ontwerp.md §1). */
const OVERLEG_PROFIELEN = ['centraal', 'zorgcoordinatie'] as const;
const vorm = z.enum(['geanonimiseerd', 'identificeerbaar']).default('geanonimiseerd');
const id = z.number().int().positive();
/** A row's place in the signal list (sorted on date, newest first, then id): what keyset paging starts from. */
const signaalCursorSchema = z.object({ datumTijd: z.string().max(40), id });
/** What a purge after handover rests on: a bundle, or a handover recorded outside the app (art. 16.7). */
const overdrachtgrondSchema = z.object({ soort: z.enum(['bundel', 'buiten-app']), tijd: z.string(), door: z.string(), partner: z.string().nullable(), kanaal: z.string().nullable() });
const buitenKanaalSchema = z.enum(['overleg', 'telefonisch', 'eigen-kanaal', 'anders']);
const opschoonplanSchema = z.object({
  dossierNummer: z.string(),
  analyse: z.array(z.object({ maand: z.string(), soortUitbuiting: z.string(), kwalificatie: z.string(), leeftijdsband: z.string(), geslacht: z.string(), nationaliteitsgroep: z.string(), bronsoort: z.string(), uitkomst: z.string() })),
  blijft: z.object({ interventies: z.array(z.object({ partner: z.string(), omschrijving: z.string(), deadline: z.string(), status: z.string() })) }),
  verdwijnt: z.object({ signalen: z.number().int(), personen: z.number().int(), navragen: z.number().int(), toestemmingen: z.number().int(), notities: z.number().int() }),
  gronden: z.array(overdrachtgrondSchema),
  weigering: z.object({ melding: z.string(), artikel: z.string() }).nullable(),
});
const tijdSchema = z.string().regex(/^\d{2}:\d{2}$/, veldcode('veld.tijdVorm'));
const planwaarschuwingSchema = z.object({ artikel: z.string(), melding: z.string(), datums: z.array(z.string()), soort: overlegsoortSchema });
const kandidaatSchema = z.object({
  persoonId: z.number().int(),
  kandidaatId: z.number().int(),
  score: z.number(),
  /** The share of a full match's evidence (0..1), what the user sees (ADR 0034). */
  bewijs: z.number(),
  redenen: z.array(z.string()),
  signalen: z.array(z.object({ id: z.number().int(), nummer: z.string(), rol: z.string(), bron: z.string() })),
  /** Only in the identifiable form (audited). */
  namen: z.object({ persoon: z.string(), kandidaat: z.string() }).nullable(),
});

/** docs/ontwerp.md §6: bundles carry case data; the beheerder manages keys but reads no content (§5). */
const BUNDELWERK: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'partnermedewerker'];
const SLEUTELBEHEER: readonly Rol[] = [...BUNDELWERK, 'beheerder'];

/**
 * Only the leading role of the profile (art. 12.7, 15.3; ADR 0003): decisions about where victims' data
 * may go (trusting or revoking a partner's bundle key), and the recovery key, which restores exactly that role.
 */
const LEIDEND: Toegang = {
  perProfiel: { centraal: [LEIDENDE_ROL.centraal], zorgcoordinatie: [LEIDENDE_ROL.zorgcoordinatie], partner: [LEIDENDE_ROL.partner] },
};
const herstelsleutelUitvoer = z.object({ herstelsleutel: z.string() });

/** Art. 12.22: the privacy-medewerker supervises the processing, so reads the audit; elsewhere the leading role. */
const AUDIT_LEZERS: Toegang = {
  perProfiel: {
    centraal: ['ketenregisseur', 'privacy-medewerker', 'beheerder'],
    zorgcoordinatie: ['zorgcoordinator', 'beheerder'],
    partner: ['partnermedewerker', 'beheerder'],
  },
};

/** Art. 12.22: exporting the audit log is for the privacy-medewerker who supervises, not for those supervised. */
const AUDIT_EXPORTEURS: Toegang = { perProfiel: { centraal: ['privacy-medewerker'], zorgcoordinatie: [], partner: [] } };

/**
 * The retention preview and history are counts, but about cases: the leading role with its assistants,
 * the zorgcoördinator, and (art. 12.22) the privacy-medewerker who supervises; not the beheerder.
 */
const BEWARING_LEZERS: Toegang = {
  perProfiel: {
    centraal: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'privacy-medewerker'],
    zorgcoordinatie: ['zorgcoordinator', 'assistent-zorgcoordinator'],
    partner: ['partnermedewerker'],
  },
};

/** Checking the bestand's integrity reads no content: the leading role, the beheerder and (art. 12.22) the privacy-medewerker. */
const CONTROLEURS: Toegang = AUDIT_LEZERS;

/** Who writes the half-yearly report: the ketenregisseur and the zorgcoördinator together (art. 12.43, 31.2), with their assistants. */
const RAPPORTEURS: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator'];
/** Who may see the register of Stuurgroep decisions and ask for an analysis under one (art. 19.2). */
const ANALYSELEZERS: readonly Rol[] = [...RAPPORTEURS, 'privacy-medewerker'];
const rapporttekstSchema = z.object({ tekst: z.string(), door: z.string().nullable(), gewijzigd: z.string().nullable() });
const stuurgroepbesluitSchema = z.object({
  id: z.number().int(),
  datum: z.string(),
  kenmerk: z.string(),
  dimensies: z.array(analysedimensieSchema),
  vanaf: z.string().nullable(),
  tot: z.string().nullable(),
  vorm: z.string(),
  zichtbaarVoor: z.array(rolSchema),
  geldigTot: z.string().nullable(),
  ingetrokkenOp: z.string().nullable(),
  vastgelegdDoor: z.string(),
  geldig: z.boolean(),
});
const herstelInvoer = z.object({
  bron: z.string().trim().min(1, veldcode('veld.kiesBackup')),
  map: z.string().trim().min(1, veldcode('veld.kiesHerstelbestand')),
  /** An account in the backup, to open it; outside a session it must manage the bestand there. */
  gebruiker: z.string().trim().min(1, veldcode('veld.vulGebruikersnaamIn')),
  wachtwoord: z.string().min(1, veldcode('veld.vulWachtwoordIn')),
});
const verliesSchema = z.object({ auditRegels: z.number().int(), signalen: z.number().int(), dossiers: z.number().int(), accountsTerug: z.number().int() });
/** How the restore is allowed: with a session on the live bestand, into an empty folder, or the disaster path. */
const herstelwegSchema = z.enum(['aangemeld', 'leeg', 'ramp']);
const herstelVoorbeeldSchema = z.object({
  weg: herstelwegSchema,
  backupGemaakt: z.string(),
  /** The backup's audit chain is older than (or split off from) the live one: confirmation needed. */
  ouder: z.boolean(),
  /** What only the live bestand holds; null when it cannot be opened and so not counted. */
  verlies: verliesSchema.nullable(),
  bewaarDagen: z.number().int(),
  melding: z.string(),
});
const opzijSchema = z.object({ map: z.string(), teruggezet: z.string(), bewaarTot: z.string(), bron: z.string() });
const herstelUitkomstSchema = z.object({
  map: z.string(),
  auditKop: z.string(),
  weg: herstelwegSchema,
  /** Where the replaced bestand was set aside (null when the folder was empty), and until when it is kept. */
  opzij: z.string().nullable(),
  bewaarTot: z.string().nullable(),
  verlies: verliesSchema.nullable(),
  /** What happened and how to go back, in Dutch, for every adapter to show as it is. */
  melding: z.string(),
});
export type HerstelVoorbeeld = z.infer<typeof herstelVoorbeeldSchema>;
export type HerstelUitkomst = z.infer<typeof herstelUitkomstSchema>;

export const kanalen = {
  'sessie.status': kanaal({
    invoer: geen,
    uitvoer: sessieSchema,
    toegang: 'open',
    omschrijving: 'Welk bestand open is en wie is aangemeld',
  }),
  'bestand.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ map: z.string(), naam: z.string() })),
    toegang: 'open',
    omschrijving: 'De bestanden in de werkmap van deze installatie',
  }),
  'bestand.maken': kanaal({
    invoer: z.object({
      map: z.string().trim().min(1, veldcode('veld.kiesMapnaam')),
      naam: naamInvoer,
      penvoerder: naamInvoer,
      profiel: profielSchema,
      gebruiker: gebruikersnaamSchema,
      weergavenaam: naamInvoer,
      wachtwoord: wachtwoordSchema,
    }),
    /** The recovery key's code, returned this once and stored nowhere (ADR 0010). */
    uitvoer: bestandsinfoSchema.extend({ herstelsleutel: z.string() }),
    toegang: 'open',
    omschrijving: 'Een nieuw versleuteld bestand maken met het eerste account en een herstelsleutel, en aanmelden',
  }),
  'bestand.openen': kanaal({
    invoer: z.object({ map: z.string().trim().min(1, veldcode('veld.kiesBestand')) }),
    uitvoer: z.object({ map: z.string() }),
    toegang: 'open',
    omschrijving: 'Een bestaand bestand kiezen om op aan te melden',
  }),
  'bestand.demo': kanaal({
    invoer: geen,
    uitvoer: demoAccountsSchema.extend({
      map: z.string(),
      naam: z.string(),
      /** The politie's own demo installation beside it, which received the demo's handover bundle (same passphrase). */
      partner: z.object({ map: z.string(), naam: z.string(), gebruikers: z.array(z.object({ naam: z.string(), rol: rolSchema })) }).nullable().default(null),
    }),
    toegang: 'open',
    omschrijving: 'Een apart demobestand met synthetische gegevens maken en kiezen, met een politie-installatie die een bundel ontving',
  }),
  /*
   * Restore (ADR 0012). Access depends on the state of the live bestand, which the contract cannot
   * express: over a bestand that opens, only with a session on it by its leading role or the
   * beheerder; into an empty folder or over a bestand that cannot be opened (the disaster path), with
   * the passphrase of a managing account in the backup. The handler enforces this.
   */
  'bestand.herstelVoorbeeld': kanaal({
    invoer: herstelInvoer,
    uitvoer: herstelVoorbeeldSchema,
    toegang: 'open',
    omschrijving: 'Laten zien wat een herstel uit een backup zou vervangen en wat daarbij verloren gaat',
  }),
  'bestand.herstellen': kanaal({
    invoer: herstelInvoer.extend({
      /** Required when the backup's audit chain is older than the live one: what is lost was shown. */
      verliesBevestigd: z.boolean().default(false),
    }),
    uitvoer: herstelUitkomstSchema,
    toegang: 'open',
    omschrijving: 'Een backup controleren en pas daarna het bestand ermee vervangen; het oude bestand blijft opzij staan',
  }),
  'bestand.herstelStatus': kanaal({
    invoer: geen,
    uitvoer: z.array(opzijSchema),
    toegang: 'aangemeld',
    omschrijving: 'De bij een herstel opzij gezette bestanden die nog op bevestiging wachten',
  }),
  'bestand.herstelBevestigen': kanaal({
    invoer: geen,
    uitvoer: z.object({ verwijderd: z.number().int() }),
    toegang: BEHEER,
    omschrijving: 'Het herstel bevestigen: de opzij gezette bestanden worden verwijderd',
  }),
  'sessie.aanmelden': kanaal({
    invoer: z.object({ gebruiker: z.string().trim().min(1, veldcode('veld.vulGebruikersnaamIn')), wachtwoord: z.string().min(1, veldcode('veld.vulWachtwoordIn')) }),
    uitvoer: sessieSchema,
    toegang: 'open',
    omschrijving: 'Aanmelden op het gekozen bestand',
  }),
  'sessie.vergrendelen': kanaal({
    invoer: geen,
    uitvoer: sessieSchema,
    toegang: 'open',
    omschrijving: 'Vergrendelen: het bestand sluiten en de sleutel uit het geheugen wissen',
  }),
  'sessie.sluiten': kanaal({
    invoer: geen,
    uitvoer: sessieSchema,
    toegang: 'open',
    omschrijving: 'Vergrendelen en terug naar de bestandskeuze',
  }),
  'geheimhouding.bevestigen': kanaal({
    invoer: z.object({ versie: z.number().int().positive() }),
    uitvoer: sessieSchema,
    toegang: 'aangemeld',
    omschrijving: 'Bevestigen dat u de geheimhoudingsplicht hebt gelezen en u eraan houdt (art. 21.2)',
  }),
  'sessie.activiteit': kanaal({
    invoer: geen,
    uitvoer: leeg,
    toegang: 'aangemeld',
    omschrijving: 'Melden dat de gebruiker actief is (uitstel van automatisch vergrendelen)',
  }),
  'instellingen.wijzigen': kanaal({
    invoer: z.object({ vergrendelNaMinuten: z.number().int().min(1, veldcode('veld.minEenMinuut')).max(240, veldcode('veld.max240Minuten')) }),
    uitvoer: bestandsinfoSchema,
    toegang: BEHEER,
    omschrijving: 'Instellingen van dit bestand wijzigen',
  }),
  'gebruikers.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(gebruikerSchema),
    toegang: BEHEER,
    omschrijving: 'De accounts van dit bestand',
  }),
  'gebruikers.toevoegen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema, weergavenaam: naamInvoer, rol: rolSchema, wachtwoord: wachtwoordSchema }),
    uitvoer: gebruikerSchema,
    toegang: BEHEER,
    omschrijving: 'Een account toevoegen (met een eigen sleutelslot)',
  }),
  'gebruikers.verwijderen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema }),
    uitvoer: leeg,
    toegang: BEHEER,
    omschrijving: 'Een account en zijn sleutelslot verwijderen; de bestandssleutel wordt vervangen',
  }),
  'gebruikers.rolWijzigen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema, rol: rolSchema }),
    uitvoer: gebruikerSchema,
    toegang: BEHEER,
    omschrijving: 'De rol van een account wijzigen',
  }),
  'gebruikers.wachtwoordWijzigen': kanaal({
    invoer: z.object({ huidig: z.string().min(1, veldcode('veld.vulHuidigWachtwoordIn')), nieuw: wachtwoordSchema }),
    uitvoer: leeg,
    toegang: 'aangemeld',
    omschrijving: 'Het eigen wachtwoord wijzigen',
  }),
  'herstelsleutel.gebruiken': kanaal({
    invoer: z.object({
      map: z.string().trim().min(1, veldcode('veld.kiesBestand')),
      code: herstelcodeSchema,
      gebruiker: z.string().trim().min(1, veldcode('veld.vulDeGebruikersnaamIn')),
      nieuwWachtwoord: wachtwoordSchema,
    }),
    uitvoer: sessieSchema.extend(herstelsleutelUitvoer.shape),
    toegang: 'open',
    omschrijving: 'Met de herstelsleutel een nieuw wachtwoord zetten voor een account met de leidende rol; daarna aangemeld, met een nieuwe herstelsleutel',
  }),
  'herstelsleutel.vervangen': kanaal({
    invoer: z.object({ wachtwoord: z.string().min(1, veldcode('veld.vulWachtwoordIn')) }),
    uitvoer: herstelsleutelUitvoer,
    toegang: LEIDEND,
    omschrijving: 'Een nieuwe herstelsleutel maken; de vorige werkt daarna niet meer',
  }),
  'herstelsleutel.status': kanaal({
    invoer: geen,
    uitvoer: z.object({ aanwezig: z.boolean(), gemaakt: z.string().nullable() }),
    toegang: LEIDEND,
    omschrijving: 'Of dit bestand een herstelsleutel heeft',
  }),
  'herstelmeldingen.openstaand': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ id: z.number().int(), tijd: z.string(), account: z.string(), rol: rolSchema })),
    toegang: 'aangemeld',
    omschrijving: 'Meldingen dat een wachtwoord met de herstelsleutel is gezet, die dit account nog niet heeft gezien',
  }),
  'herstelmeldingen.gezien': kanaal({
    invoer: z.object({ ids: z.array(z.number().int()).min(1) }),
    uitvoer: leeg,
    toegang: 'aangemeld',
    omschrijving: 'Bevestigen dat dit account de meldingen heeft gezien',
  }),
  'partners.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(partnerSchema),
    toegang: LEZEN_PARTNERS,
    omschrijving: 'Het partnerregister (art. 2, 4, 34)',
  }),
  'partners.detail': kanaal({
    invoer: z.object({ id: z.number().int() }),
    uitvoer: partnerDetailSchema,
    toegang: LEZEN_PARTNERS,
    omschrijving: 'Een partner met contactpersonen en instemmingen',
  }),
  'partners.toevoegen': kanaal({
    invoer: z.object({
      code: z.string().trim().min(2, veldcode('veld.codeKort')).max(20, veldcode('veld.max20Tekens')).regex(/^[A-Z0-9-]+$/, veldcode('veld.codeVorm')),
      naam: naamInvoer,
      soort: partnersoortSchema,
      land: landSchema.default('NL'),
      toelichting: z.string().max(2000).default(''),
    }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'Een kandidaat-partner registreren (toetreding volgt art. 4)',
  }),
  'partners.wijzigen': kanaal({
    invoer: z.object({ id: z.number().int(), naam: naamInvoer, land: landSchema, toelichting: z.string().max(2000) }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'Naam, land en toelichting van een partner wijzigen',
  }),
  'partners.contactpersoonToevoegen': kanaal({
    invoer: z.object({
      partnerId: z.number().int(),
      naam: naamInvoer,
      functie: z.string().max(200).default(''),
      telefoon: z.string().max(40).regex(/^[0-9 +()-]*$/, veldcode('veld.telefoonVorm')).default(''),
      email: z.union([z.literal(''), z.email(veldcode('veld.email'))]).default(''),
    }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'Een contactpersoon vastleggen (art. 30.1)',
  }),
  'partners.contactpersoonVerwijderen': kanaal({
    invoer: z.object({ partnerId: z.number().int(), contactpersoonId: z.number().int() }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'Een contactpersoon verwijderen',
  }),
  'partners.toetredingAanvragen': kanaal({
    invoer: z.object({ id: z.number().int(), datum: datumSchema }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'Het verzoek tot toetreding vastleggen (art. 4.2)',
  }),
  'partners.instemmingVastleggen': kanaal({
    invoer: z.object({ kandidaatId: z.number().int(), partijId: z.number().int(), datum: datumSchema }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'De instemming van een partij met een toetreding vastleggen (art. 4.3)',
  }),
  'partners.toetredingVastleggen': kanaal({
    invoer: z.object({ id: z.number().int(), datum: datumSchema }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'De toetreding vastleggen na instemming van alle partijen (art. 4.3)',
  }),
  'partners.opzeggen': kanaal({
    invoer: z.object({ id: z.number().int(), datum: datumSchema }),
    uitvoer: partnerDetailSchema,
    toegang: BEHEER_PARTNERS,
    omschrijving: 'De opzegging van een partij vastleggen; uittreding na zes maanden (art. 34.3)',
  }),
  'audit.lijst': kanaal({
    invoer: z.object({
      gebruiker: z.string().optional(),
      actie: z.string().optional(),
      vanaf: z.string().optional(),
      tot: z.string().optional(),
      limiet: z.number().int().min(1).max(1000).default(200),
      voor: z.number().int().optional(),
    }),
    uitvoer: z.object({
      regels: z.array(auditRegelSchema),
      totaal: z.number().int(),
      /** The names behind the ids, so the viewer speaks in words (ADR 0037). */
      namen: auditnamenSchema,
      /** Who occurs in the log (account and the person's name) and which groups of action: the filters' choices. */
      personen: z.array(z.object({ account: z.string(), naam: z.string() })),
      groepen: z.array(z.string()),
    }),
    toegang: AUDIT_LEZERS,
    omschrijving: 'Het auditlog, met filters',
  }),
  'audit.exporteren': kanaal({
    invoer: z.object({
      formaat: z.enum(['csv', 'pdf']),
      gebruiker: z.string().optional(),
      actie: z.string().optional(),
      vanaf: z.string().optional(),
      tot: z.string().optional(),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesEenMap')),
    }),
    uitvoer: z.object({ pad: z.string(), bytes: z.number().int(), aantal: z.number().int() }),
    toegang: AUDIT_EXPORTEURS,
    omschrijving: 'Het auditlog (met dezelfde filters) in woorden als CSV of PDF opslaan, voor het toezicht van de privacy-medewerker (art. 12.22); de export komt zelf in het log',
  }),
  'audit.verifieren': kanaal({
    /** `ankerPad`: an anchor of ours received from elsewhere (a partner's copy, ADR 0011). */
    invoer: z.object({ ankerPad: z.string().trim().min(1).optional() }),
    uitvoer: auditVerificatieSchema,
    toegang: AUDIT_LEZERS,
    omschrijving: 'De hashketen van het auditlog controleren',
  }),
  'audit.partnerAnker': kanaal({
    invoer: z.object({ partnerId: z.number().int(), doelmap: z.string().trim().min(1, veldcode('veld.kiesDoelmap')) }),
    uitvoer: z.object({ pad: z.string(), volgnr: z.number().int(), ontvangenOp: z.string() }),
    toegang: AUDIT_LEZERS,
    omschrijving: 'Het laatste anker van de auditketen van een partner naar een bestand schrijven, zodat die partner kan aantonen dat zijn log niet is ingekort',
  }),
  'beheer.backupMaken': kanaal({
    invoer: z.object({ doelmap: z.string().trim().min(1, veldcode('veld.kiesDoelmap')) }),
    uitvoer: z.object({ map: z.string(), bytes: z.number().int() }),
    toegang: BEHEER,
    omschrijving: 'Een versleutelde backup maken (SQLCipher-export)',
  }),
  'beheer.laatsteBackup': kanaal({
    invoer: geen,
    uitvoer: z.object({ op: z.string(), door: z.string(), map: z.string() }).nullable(),
    toegang: BEHEER,
    omschrijving: 'Wanneer, door wie en naar welke map de laatste backup is gemaakt',
  }),
  'bestanden.bladeren': kanaal({
    invoer: z.object({ pad: z.string().max(4096).optional(), soort: z.enum(['map', 'bestand']).default('map') }),
    uitvoer: z.object({
      pad: z.string().nullable(),
      ouder: z.string().nullable(),
      wortels: z.array(z.object({ pad: z.string(), naam: z.string(), soort: z.enum(['thuis', 'verwisselbaar']) })),
      items: z.array(z.object({ naam: z.string(), pad: z.string(), map: z.boolean() })),
      afgekapt: z.boolean(),
    }),
    toegang: 'aangemeld',
    omschrijving: 'Mappen bekijken om een map of bestand te kiezen (browsermodus), alleen in de thuismap en op verwisselbare schijven',
  }),
  'bestanden.schijf': kanaal({
    invoer: z.object({ pad: z.string().max(4096) }),
    uitvoer: z.object({ verwisselbaar: z.boolean(), schijf: z.string().nullable() }),
    toegang: 'aangemeld',
    omschrijving: 'Of een map op een verwisselbare schijf (USB-stick) staat, voor de waarschuwing vóór het schrijven van een bundel of backup',
  }),
  'bestand.controleren': kanaal({
    invoer: geen,
    uitvoer: z.object({
      heel: z.boolean(),
      paginas: z.array(z.number().int()),
      integriteit: z.array(z.string()),
      verwijzingen: z.array(z.object({ tabel: z.string(), rij: z.number().int().nullable(), verwijstNaar: z.string() })),
    }),
    toegang: CONTROLEURS,
    omschrijving: 'Het bestand controleren op beschadiging (SQLCipher- en SQLite-integriteitscontroles)',
  }),
  'beheer.sleutelVervangen': kanaal({
    invoer: geen,
    uitvoer: leeg,
    toegang: BEHEER,
    omschrijving: 'De bestandssleutel vervangen (PRAGMA rekey) en alle sleutelslots bijwerken',
  }),

  'instellingen.faseLabels': kanaal({
    invoer: z.object({ labels: z.array(z.string().trim().min(1, veldcode('veld.fasenaam')).max(60)).length(5, veldcode('veld.vijfFasen')) }),
    uitvoer: bestandsinfoSchema,
    toegang: ['ketenregisseur', 'zorgcoordinator'],
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'De namen van de vijf fasen van het vijffasenmodel instellen (art. 14.4)',
  }),
  'indicatoren.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ id: z.number().int(), code: z.string(), naam: z.string(), indicatoren: z.array(z.object({ id: z.number().int(), code: z.string(), tekst: z.string(), actief: z.boolean(), ingetrokkenOp: z.string().nullable() })) })),
    toegang: CASUS,
    omschrijving: 'De indicatorencatalogus (art. 15.2)',
  }),
  'indicatoren.toevoegen': kanaal({
    invoer: z.object({ categorieId: id, tekst: z.string().trim().min(5, veldcode('veld.minVijfTekens')).max(300) }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    omschrijving: 'Een indicator toevoegen',
  }),
  'indicatoren.wijzigen': kanaal({
    invoer: z.object({ id, tekst: z.string().trim().min(5, veldcode('veld.minVijfTekens')).max(300) }),
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    omschrijving: 'Een indicator hernoemen',
  }),
  'indicatoren.intrekken': kanaal({
    invoer: z.object({ id, datum: datumSchema }),
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    omschrijving: 'Een indicator intrekken; oude signalen houden hem',
  }),
  'signalen.lijst': kanaal({
    invoer: z.object({
      zoek: z.string().max(200).optional(),
      fase: z.number().int().min(1).max(5).optional(),
      bronPartnerId: id.optional(),
      vermoeden: z.enum(VERMOEDENS).optional(),
      indicatorId: id.optional(),
      vanaf: z.string().optional(),
      tot: z.string().optional(),
      status: z.enum(['concept', 'ingediend']).optional(),
      zonderDossier: z.boolean().optional(),
      /** Keyset paging (ADR 0016): the page after, or before, the row with this sort key. */
      na: signaalCursorSchema.optional(),
      voor: signaalCursorSchema.optional(),
      /** Counts `offset` from the end of the list: the last page is as near as the first. */
      vanafEinde: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limiet: z.number().int().min(1).max(500).default(100),
    }),
    uitvoer: z.object({ rijen: z.array(signaalRijSchema), totaal: z.number().int() }),
    toegang: CASUS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Signalen zoeken en filteren (zonder namen)',
  }),
  'signalen.detail': kanaal({
    invoer: z.object({ id, vorm }),
    uitvoer: signaalDetailSchema,
    toegang: CASUS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Een signaal bekijken; identificeerbaar alleen op verzoek, en gelogd (art. 6.2, 9.5)',
  }),
  'signalen.opslaan': kanaal({
    invoer: z.object({ id: id.optional(), formulier: formatCasusSchema, indienen: z.boolean().default(false) }),
    uitvoer: z.object({ id: z.number().int(), nummer: z.string(), status: z.enum(['concept', 'ingediend']), kandidaten: z.array(kandidaatSchema) }),
    toegang: CASUS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Een signaal opslaan als concept of indienen (Format casus, bijlage)',
  }),
  'signalen.conceptVerwijderen': kanaal({
    invoer: z.object({ id }),
    uitvoer: leeg,
    toegang: CASUS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Een eigen concept weggooien',
  }),
  'signalen.besluit': kanaal({
    invoer: z.object({ id, besluit: z.enum(['dossier', 'geen-dossier', 'open']), toelichting: z.string().max(2000).default('') }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Besluiten of een signaal tot dossiervorming leidt (art. 16.3)',
  }),
  'personen.suggesties': kanaal({
    invoer: z.object({ signaalId: id.optional(), vorm }),
    uitvoer: z.array(kandidaatSchema),
    toegang: CASUS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Mogelijk dezelfde persoon: voorstellen om signalen te combineren (art. 7.2)',
  }),
  'personen.besluiten': kanaal({
    invoer: z.object({ persoonId: id, kandidaatId: id, besluit: z.enum(['zelfde', 'verschillend']), toelichting: z.string().max(1000).default('') }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: INTAKE_PROFIELEN,
    omschrijving: 'Een voorgestelde match bevestigen of afwijzen (art. 7.2)',
  }),
  'dossiers.lijst': kanaal({
    invoer: z.object({
      fase: dossierfaseSchema.optional(),
      /** Keyset paging (ADR 0016); without `limiet` every dossier, as before. */
      na: z.object({ aangemaakt: z.string(), id }).optional(),
      limiet: z.number().int().min(1).max(1000).optional(),
    }),
    uitvoer: z.array(dossierRijSchema),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'De dossiers',
  }),
  'dossiers.aantallen': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ fase: dossierfaseSchema, aantal: z.number().int() })),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Hoeveel dossiers er per processtap zijn (voor de lijst die per pagina laadt)',
  }),
  'dossiers.detail': kanaal({
    invoer: z.object({ id, vorm }),
    uitvoer: dossierDetailSchema,
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Een dossier met tijdlijn, signalen, betrokkenen, navraag en toestemmingen',
  }),
  'dossiers.maken': kanaal({
    invoer: z.object({ signaalIds: z.array(id).min(1, veldcode('veld.kiesSignaal')), titel: z.string().trim().min(3, veldcode('veld.dossiertitel')).max(120) }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Signalen tot een dossier combineren (art. 7.2, 16.3)',
  }),
  'dossiers.signalenToevoegen': kanaal({
    invoer: z.object({ id, signaalIds: z.array(id).min(1) }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Signalen aan een dossier toevoegen',
  }),
  'dossiers.signaalVerwijderen': kanaal({
    invoer: z.object({ id, signaalId: id }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een signaal uit een dossier halen',
  }),
  'dossiers.splitsen': kanaal({
    invoer: z.object({ id, signaalIds: z.array(id).min(1), titel: z.string().trim().min(3).max(120) }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een dossier splitsen',
  }),
  'dossiers.faseWijzigen': kanaal({
    invoer: z.object({ id, naar: dossierfaseSchema, toelichting: z.string().max(2000).default('') }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De processtap van een dossier wijzigen (art. 10.1)',
  }),
  'navraag.vastleggen': kanaal({
    invoer: z.object({ dossierId: id, partnerId: id, vraag: z.string().trim().min(5, veldcode('veld.vraag')).max(2000), gevraagdOp: datumSchema }),
    uitvoer: z.object({ id: z.number().int(), verstrektAantal: z.number().int() }),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Een navraag bij een partner vastleggen (art. 16.2)',
  }),
  'navraag.beantwoorden': kanaal({
    invoer: z.object({ id, beantwoordOp: datumSchema, antwoord: z.string().max(5000), relevant: z.boolean(), toelichting: z.string().max(2000).default(''), concreteVerdenking: z.boolean().default(false) }),
    uitvoer: leeg,
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Het antwoord op een navraag en het relevantiebesluit vastleggen (art. 16.2)',
  }),
  'toestemmingen.vastleggen': kanaal({
    invoer: z.object({
      soort: z.enum(TOESTEMMINGSOORTEN),
      signaalId: id.optional(),
      navraagId: id.optional(),
      gegevenDoorPartnerId: id,
      ontvangerPartnerId: id.nullable().optional(),
      gegevenOp: datumSchema,
      toelichting: z.string().max(2000).default(''),
      /** Art. 14.8: the purpose the consent is given for; it lifts a refusal for that purpose only. */
      doel: doelSchema,
      /** Art. 14.8: the supplier judged the further processing compatible with the purpose of collection. */
      verenigbaar: z.boolean(),
    }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een toestemming vastleggen, voor één doel (art. 12.17, 14.6, 14.8, 21.5, 21.8)',
  }),
  'toestemmingen.intrekken': kanaal({
    invoer: z.object({ id, datum: datumSchema }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een toestemming intrekken',
  }),
  'beleid.matrix': kanaal({
    invoer: z.object({ dossierId: id, doel: doelSchema.default('overdracht') }),
    uitvoer: matrixSchema,
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Wie mag wat ontvangen van dit dossier, per item met het beslissende artikel',
  }),
  'nodig.overzicht': kanaal({
    invoer: z.object({ dossierId: id }),
    uitvoer: nodigOverzichtSchema,
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Per handelende partner wat hij nodig heeft: taak, voorstel en keuze (art. 9.4, 12.19, 16.9), en de belangenafweging (art. 21.6)',
  }),
  'nodig.kiezen': kanaal({
    invoer: z.object({ dossierId: id, partnerId: id, itemSleutels: z.array(z.string()), identificatie: z.boolean(), toelichting: z.string().max(2000).default('') }),
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Kiezen welke gegevens een handelende partner nodig heeft en of hij de persoon moet kunnen identificeren (art. 9.4, 12.19)',
  }),
  'nodig.belangenafweging': kanaal({
    invoer: z.object({ dossierId: id, afweging: z.string().max(4000) }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De afweging van de belangen van het slachtoffer vastleggen voordat een signaal wordt ingezet (art. 21.6)',
  }),
  'verstrekkingen.lijst': kanaal({
    invoer: z.object({ dossierId: id.optional() }),
    uitvoer: z.array(verstrekkingSchema),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator', 'privacy-medewerker'],
    profielen: CENTRAAL,
    omschrijving: 'Het verstrekkingenlog (art. 25.3)',
  }),
  'verstrekkingen.vastleggen': kanaal({
    invoer: z.object({
      dossierId: id,
      ontvangerId: id,
      doel: doelSchema,
      itemSleutels: z.array(z.string()).optional(),
      overschrijven: z.object({ reden: z.string().trim() }).optional(),
    }),
    uitvoer: z.object({ verstrekkingId: z.number().int().nullable(), verstrekt: z.array(z.object({ sleutel: z.string(), omschrijving: z.string() })), geweigerd: z.array(z.object({ sleutel: z.string(), omschrijving: z.string(), artikel: z.string(), reden: z.string() })) }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een verstrekking buiten de app om (telefoon, overleg) vastleggen, getoetst door de beleidsmodule',
  }),
  'spoed.vastleggen': kanaal({
    invoer: z.object({
      dossierId: id,
      partnerIds: z.array(id).min(1, veldcode('veld.kiesPartner')),
      verzoek: z.string().trim().min(5, veldcode('veld.spoedWat')).max(2000),
      medebeslisser: z.object({ gebruiker: z.string().trim().min(1, veldcode('veld.wieBeslistMee')), wachtwoord: z.string().min(1, veldcode('veld.wachtwoordMedebeslisser')) }),
      /** Art. 21.6: the weighing of the victim's interests before the immediate action. */
      belangenafweging: z.string().max(4000).optional(),
      /**
       * Art. 16.9: per partner the items needed for the immediate action and whether it must identify the
       * person. A partner left out gets the minimal suggestion (spoed.voorstel), logged as such.
       */
      nodig: z.array(z.object({ partnerId: id, itemSleutels: z.array(z.string()).max(500), identificatie: z.boolean() })).max(100).optional(),
    }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Samen een spoedbesluit nemen: partners vragen onmiddellijk te handelen (art. 12.21, 16.9)',
  }),
  'spoed.voorstel': kanaal({
    invoer: z.object({ dossierId: id, partnerIds: z.array(id).max(100), verzoek: z.string().max(2000).default('') }),
    uitvoer: spoedVoorstelSchema,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Wat een spoedbesluit per partner minimaal verstrekt: de signalen, identificatie alleen als de actie de persoon betreft (art. 16.9)',
  }),
  'spoed.lijst': kanaal({
    invoer: z.object({ alleenOnbevestigd: z.boolean().default(false) }),
    uitvoer: z.array(spoedSchema),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Spoedbesluiten, met die nog op bevestiging in het casusoverleg wachten',
  }),

  // ——— Overleggen (art. 11–14), besluiten, interventies, evaluatie ———
  'overleg.lijst': kanaal({
    invoer: z.object({ jaar: z.number().int().min(2000).max(2100).optional() }),
    uitvoer: z.array(overlegRijSchema),
    toegang: CASUS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'De overleggen, eventueel van één jaar',
  }),
  'overleg.jaarplan': kanaal({
    invoer: z.object({ jaar: z.number().int().min(2000).max(2100), weekdag: z.number().int().min(1).max(5).default(4), weekVanDeMaand: z.number().int().min(1).max(4).default(3) }),
    uitvoer: z.object({ voorstel: z.array(z.object({ soort: overlegsoortSchema, datum: z.string() })), waarschuwingen: z.array(planwaarschuwingSchema) }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een jaarplanning voorstellen (art. 11.4, 11.7, 12.8, 12.28)',
  }),
  'overleg.jaarplanVastleggen': kanaal({
    invoer: z.object({ overleggen: z.array(z.object({ soort: overlegsoortSchema, datum: datumSchema, tijd: tijdSchema.default('10:00'), locatie: z.string().max(200).default('') })).min(1).max(80) }),
    uitvoer: z.object({ aangemaakt: z.number().int() }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een jaarplanning in één keer vastleggen',
  }),
  'overleg.controleren': kanaal({
    invoer: z.object({ jaar: z.number().int().min(2000).max(2100) }),
    uitvoer: z.array(planwaarschuwingSchema),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'De planning van een jaar toetsen aan de regels van het convenant',
  }),
  'overleg.plannen': kanaal({
    invoer: z.object({ soort: overlegsoortSchema, datum: datumSchema, tijd: tijdSchema.default('10:00'), locatie: z.string().max(200).default(''), waarschuwingenBevestigd: z.boolean().default(false) }),
    uitvoer: z.object({ id: z.number().int(), waarschuwingen: z.array(planwaarschuwingSchema) }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een overleg plannen; een datum die een regel breekt alleen na bevestiging',
  }),
  'overleg.verplaatsen': kanaal({
    invoer: z.object({ id, datum: datumSchema, tijd: tijdSchema.default('10:00'), waarschuwingenBevestigd: z.boolean().default(false) }),
    uitvoer: z.object({ waarschuwingen: z.array(planwaarschuwingSchema) }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een overleg verplaatsen',
  }),
  'overleg.detail': kanaal({
    invoer: z.object({ id, weergaveVoorPartnerId: id.nullable().default(null) }),
    uitvoer: overlegDetailSchema,
    toegang: CASUS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Een overleg met deelnemers en agenda, in volledige vorm of zoals één deelnemer hem ziet',
  }),
  'overleg.status': kanaal({
    invoer: z.object({
      id,
      naar: overlegstatusSchema,
      /** Fixing the agenda: the user has seen the free-text fragments that still look identifying (ADR 0032). */
      gemarkeerdBekeken: z.boolean().default(false),
    }),
    uitvoer: z.object({ doorgeschoven: z.array(z.number().int()) }),
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'De status van een overleg wijzigen; open punten schuiven door',
  }),
  'overleg.deelnemerToevoegen': kanaal({
    invoer: z.object({ overlegId: id, partnerId: id.optional(), naam: z.string().trim().max(200).default(''), organisatie: z.string().trim().max(200).default(''), deskundige: z.boolean().default(false), correctie: z.string().trim().min(5).max(500).optional() }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Een deelnemer of deskundige uitnodigen (art. 12.9, 13.2, 13.3)',
  }),
  'overleg.deelnemerBijwerken': kanaal({
    invoer: z.object({ deelnemerId: id, aanwezig: z.boolean().nullable().optional(), geheimhoudingGetekendOp: datumSchema.nullable().optional(), verwijderen: z.boolean().optional(), correctie: z.string().trim().min(5).max(500).optional() }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Aanwezigheid en geheimhoudingsverklaring vastleggen (art. 21.3)',
  }),
  'overleg.agendaSamenstellen': kanaal({
    invoer: z.object({ id, keuze: z.array(z.object({ soort: z.enum(['dossier', 'signaal', 'spoed']), id })).max(500).optional() }),
    uitvoer: z.object({ toegevoegd: z.number().int(), kandidaten: z.array(agendakandidaatSchema) }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De agenda vullen met wat dit overleg kan besluiten, of met een keuze daaruit; zegt per kandidaat waarom wel of niet',
  }),
  'overleg.kandidaten': kanaal({
    invoer: z.object({ id }),
    uitvoer: z.array(agendakandidaatSchema),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Wat op de agenda kan, met per kandidaat of dit overleg erover kan besluiten en waarom (ADR 0033)',
  }),
  'overleg.puntenVerwijderen': kanaal({
    invoer: z.object({ overlegId: id, puntIds: z.array(id).min(1).max(500) }),
    uitvoer: z.object({ verwijderd: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Meerdere agendapunten tegelijk verwijderen',
  }),
  'overleg.puntToevoegen': kanaal({
    invoer: z.object({ overlegId: id, dossierId: id.optional(), signaalId: id.optional() }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een dossier of signaal agenderen',
  }),
  'overleg.puntVerwijderen': kanaal({
    invoer: z.object({ puntId: id }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Een agendapunt verwijderen',
  }),
  'overleg.volgorde': kanaal({
    invoer: z.object({ overlegId: id, puntIds: z.array(id) }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De volgorde van de agenda wijzigen',
  }),
  'overleg.voorgesteldePartners': kanaal({
    invoer: z.object({ puntId: id, partnerIds: z.array(id) }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De voorgestelde partners van een agendapunt wijzigen',
  }),
  'overleg.notuleren': kanaal({
    invoer: z.object({ puntId: id, kwalificatie: z.string().max(120).default(''), notities: z.string().max(10_000).default('') }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Tussentijds opslaan tijdens het overleg (niets gaat verloren)',
  }),
  'overleg.besluiten': kanaal({
    invoer: z.object({
      puntId: id,
      kwalificatie: z.string().max(120).default(''),
      besluit: besluitSchema.nullable(),
      notities: z.string().max(10_000).default(''),
      interventies: z.array(z.object({ partnerId: id.nullable(), omschrijving: z.string().max(2000).default(''), deadline: datumSchema.nullable() })).default([]),
      /** Art. 21.6: the weighing of the victim's interests, recorded with the decision when given. */
      belangenafweging: z.string().max(4000).optional(),
    }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Het besluit over een agendapunt vastleggen (art. 12.11, 13.4, 14.5)',
  }),
  'overleg.pdf': kanaal({
    invoer: z.object({
      overlegId: id,
      soort: z.enum(['agenda', 'besluitenlijst']),
      ontvangerId: id.nullable().default(null),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesEenMap')),
      /** The user has seen the free-text fragments that still look identifying (ADR 0032). */
      gemarkeerdBekeken: z.boolean().default(false),
    }),
    uitvoer: z.object({ pad: z.string(), bytes: z.number().int() }),
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Agenda of besluitenlijst als PDF, voor de voorzitter of in de weergave van één deelnemer',
  }),
  'overleg.redactie': kanaal({
    invoer: z.object({ id, soort: z.enum(['agenda', 'besluitenlijst']) }),
    uitvoer: vrijgaveSchema,
    toegang: BESLISSERS,
    profielen: OVERLEG_PROFIELEN,
    omschrijving: 'Wat de vrije tekst van de agenda of besluitenlijst verloor en wat nog identificerend lijkt, per punt (art. 6.2, 21.4)',
  }),
  'interventies.lijst': kanaal({
    invoer: z.object({ open: z.boolean().default(false), partnerId: id.optional(), dossierId: id.optional() }),
    uitvoer: z.array(interventieSchema),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Interventies, met wat te laat is',
  }),
  'interventies.bijwerken': kanaal({
    invoer: z.object({ id, status: interventiestatusSchema, reden: z.string().max(2000).default(''), uitkomst: z.string().max(5000).default('') }),
    uitvoer: leeg,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De voortgang of uitkomst van een interventie vastleggen',
  }),
  'dossiers.evalueren': kanaal({
    invoer: z.object({ id, evaluatie: z.string().trim().min(5, veldcode('veld.evaluatie')).max(5000) }),
    uitvoer: z.object({ geslotenOp: z.string() }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Evalueren en het dossier sluiten; de bewaartermijn van art. 22.5 begint',
  }),
  'opschonen.plan': kanaal({
    invoer: z.object({ dossierId: id, reden: z.enum(['overdracht', 'geen-actie']) }),
    uitvoer: opschoonplanSchema,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Tonen wat na opschoning van een dossier overblijft en wat verdwijnt (art. 16.6–16.8)',
  }),
  'opschonen.uitvoeren': kanaal({
    invoer: z.object({ dossierId: id, reden: z.enum(['overdracht', 'geen-actie']) }),
    uitvoer: opschoonplanSchema,
    toegang: ['ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een dossier opschonen: alleen de volggegevens en de geanonimiseerde analysegegevens blijven (art. 12.20, 16.7, 16.8)',
  }),
  'opschonen.kandidaten': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ id: z.number().int(), nummer: z.string(), titel: z.string(), reden: z.enum(['overdracht', 'geen-actie']), sinds: z.string().nullable(), gronden: z.array(overdrachtgrondSchema) })),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Dossiers die nu opgeschoond kunnen worden: na "geen actie" of na een vastgelegde overdracht (art. 16.7, 16.8)',
  }),
  'opschonen.bewaartermijn': kanaal({
    invoer: geen,
    uitvoer: z.object({ verwijderd: z.array(z.string()) }),
    toegang: ['ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Wat vijf jaar na sluiting van het dossier nog over is verwijderen (art. 22.5)',
  }),
  'analyse.overzicht': kanaal({
    invoer: geen,
    uitvoer: z.array(z.object({ maand: z.string(), soortUitbuiting: z.string(), leeftijdsband: z.string(), nationaliteitsgroep: z.string(), bronsoort: z.string(), uitkomst: z.string(), aantal: z.number().int() })),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'privacy-medewerker'],
    profielen: CENTRAAL,
    omschrijving: 'Geanonimiseerde analysegegevens over aard en omvang (art. 19, 22.6)',
  }),
  // ---- the half-yearly report and analyses under a Stuurgroep decision (art. 12.2.3, 12.43, 19, 31.2; docs/ontwerp.md §13) ----
  'rapportage.cijfers': kanaal({
    invoer: z.object({ periode: periodeSchema }),
    uitvoer: rapportcijfersSchema,
    toegang: RAPPORTEURS,
    profielen: CENTRAAL,
    omschrijving: 'De cijfers van een half jaar uit het geanonimiseerde analysebestand, met kleine aantallen verborgen (art. 12.2.3, 19, 22.6)',
  }),
  'rapportage.overzicht': kanaal({
    invoer: geen,
    uitvoer: overzichtsreeksenSchema,
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'De grafieken op de startpagina per rol: dezelfde cijfers als de halfjaarrapportage over de laatste twaalf maanden, kleine aantallen verborgen, met het werk dat de rol vooruit ziet (art. 12.2.3, 19, 22.6)',
  }),
  'rapportage.teksten': kanaal({
    invoer: z.object({ periode: periodeSchema }),
    uitvoer: z.object({ analyse: rapporttekstSchema, zorg: rapporttekstSchema }),
    toegang: RAPPORTEURS,
    profielen: CENTRAAL,
    omschrijving: 'De analyse van de ketenregisseur en het deel van de zorgcoördinator in de halfjaarrapportage (art. 12.2.3, 12.43)',
  }),
  'rapportage.analyseOpslaan': kanaal({
    invoer: z.object({ periode: periodeSchema, tekst: z.string().max(8000) }),
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'De analyse van de ketenregisseur voor de halfjaarrapportage vastleggen (art. 12.2.3)',
  }),
  'rapportage.zorgOpslaan': kanaal({
    invoer: z.object({ periode: periodeSchema, tekst: z.string().max(8000) }),
    uitvoer: leeg,
    toegang: ['zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: CENTRAAL,
    omschrijving: 'Het deel van de zorgcoördinator voor het zorgoverleg in de halfjaarrapportage vastleggen (art. 12.43)',
  }),
  'rapportage.maken': kanaal({
    invoer: z.object({ periode: periodeSchema, doelmap: z.string().trim().min(1, veldcode('veld.kiesDoelmap')) }),
    uitvoer: z.object({ bestanden: z.array(z.object({ bestandsnaam: z.string(), pad: z.string(), bytes: z.number().int() })) }),
    toegang: RAPPORTEURS,
    profielen: CENTRAAL,
    omschrijving: 'De halfjaarrapportage voor de Stuurgroep maken: PDF met grafieken en de tabellen als CSV (art. 12.2.3, 12.43, 31.2)',
  }),
  'stuurgroep.besluiten': kanaal({
    invoer: geen,
    uitvoer: z.array(stuurgroepbesluitSchema),
    toegang: ANALYSELEZERS,
    profielen: CENTRAAL,
    omschrijving: 'Het register van besluiten van de Stuurgroep over analyses (art. 19.2)',
  }),
  'stuurgroep.besluitVastleggen': kanaal({
    invoer: z.object({
      datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, veldcode('veld.datumVorm')),
      kenmerk: z.string().trim().max(120).default(''),
      dimensies: z.array(analysedimensieSchema).min(1, veldcode('veld.kiesDimensie')),
      vanaf: z.string().regex(/^\d{4}-\d{2}$/).nullable().default(null),
      tot: z.string().regex(/^\d{4}-\d{2}$/).nullable().default(null),
      vorm: z.enum(ANALYSEVORMEN),
      zichtbaarVoor: z.array(rolSchema).min(1, veldcode('veld.kiesRol')),
      geldigTot: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, veldcode('veld.datumVorm')).nullable().default(null),
    }),
    uitvoer: z.object({ id: z.number().int() }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een besluit van de Stuurgroep over een analyse vastleggen: datum, reikwijdte, vorm en wie de uitkomst mag zien (art. 19.2)',
  }),
  'stuurgroep.besluitIntrekken': kanaal({
    invoer: z.object({ id }),
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een besluit van de Stuurgroep over een analyse intrekken (art. 19.2)',
  }),
  'analyse.uitvoeren': kanaal({
    invoer: z.object({ besluitId: id, rij: analysedimensieSchema, kolom: analysedimensieSchema.nullable().default(null) }),
    uitvoer: tabelSchema.extend({ besluit: stuurgroepbesluitSchema }),
    toegang: ANALYSELEZERS,
    profielen: CENTRAAL,
    omschrijving: 'Een analyse buiten de standaardrapportage, alleen onder een besluit van de Stuurgroep dat haar dekt (art. 19.2)',
  }),
  // ---- the national picture without pooling case data (art. 19, 22.6, 31; ADR 0041) ----
  'statistiek.maken': kanaal({
    invoer: z.object({
      periode: periodeSchema,
      aan: z.number({ error: veldcode('veld.kiesOntvanger') }).int().positive(veldcode('veld.kiesOntvanger')),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesDoelmap')).max(4096),
    }),
    uitvoer: z.object({ id: z.string(), aan: z.array(z.string()), bestandsnaam: z.string(), pad: z.string(), bytes: z.number().int() }),
    toegang: ['ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'De cijfers van een half jaar, met kleine aantallen verborgen, ondertekend en versleuteld voor het EMM of de Nationaal Rapporteur (art. 19, 22.6, 31)',
  }),
  'statistiek.regio': kanaal({
    invoer: regioSchema,
    uitvoer: bestandsinfoSchema,
    toegang: BEHEER,
    profielen: CENTRAAL,
    omschrijving: 'De regiocode en regionaam die de statistiekbundels van dit bestand noemen, zodat het EMM de regio\'s uit elkaar houdt (art. 31)',
  }),
  'landelijk.beeld': kanaal({
    invoer: geen,
    uitvoer: landelijkBeeldSchema,
    toegang: ['partnermedewerker'],
    profielen: ['partner'],
    omschrijving: 'De ingelezen statistiekbundels van de regio\'s, per half jaar samengevoegd; elk cijfer herleidbaar tot zijn ondertekende bundel (art. 19, 31)',
  }),
  'bewaring.plan': kanaal({
    invoer: z.object({ dagen: z.number().int().min(1).max(366).default(90) }),
    uitvoer: bewaarplanSchema,
    toegang: BEWARING_LEZERS,
    omschrijving: 'Wat de bewaartermijnen wanneer verwijderen, per artikel (alleen aantallen; art. 16.3, 16.8, 22.1–22.5)',
  }),
  'bewaring.uitvoeren': kanaal({
    invoer: geen,
    uitvoer: bewaaruitkomstSchema,
    toegang: LEIDEND,
    omschrijving: 'Nu verwijderen wat zijn bewaartermijn heeft bereikt (gebeurt ook bij elke aanmelding en dagelijks)',
  }),
  'bewaring.historie': kanaal({
    invoer: geen,
    uitvoer: bewaarhistorieSchema,
    toegang: BEWARING_LEZERS,
    omschrijving: 'Wat de bewaartermijnen verwijderden, per artikel en maand (alleen aantallen)',
  }),
  'bewaring.status': kanaal({
    invoer: geen,
    uitvoer: bewaarstatusSchema,
    toegang: 'aangemeld',
    omschrijving: 'Wat de bewaartermijnen bij deze aanmelding verwijderden (alleen aantallen)',
  }),
  // The rights of persons concerned (art. 23–27, docs/ontwerp.md §12, ADR 0022): the privacy-medewerker's register.
  'rechten.overzicht': kanaal({
    invoer: geen,
    uitvoer: z.object({
      vandaag: z.string(),
      openVerzoeken: z.array(verzoekRijSchema),
      teLaat: z.number().int(),
      informeren: z.object({ open: z.number().int(), teLaat: z.number().int(), heroverwegen: z.number().int() }),
      verstrekkingen: z.array(
        z.object({ id: z.number().int(), tijd: z.string(), ontvanger: z.string(), dossier: z.string().nullable(), doel: z.string(), soort: z.string(), categorieen: z.array(z.string()), overschreven: z.boolean() }),
      ),
      mislukteAanmeldingen: z.object({ aantal30Dagen: z.number().int(), laatste: z.array(z.object({ tijd: z.string(), actie: z.string(), onderwerp: z.string() })) }),
      auditketen: z.object({ op: z.string(), door: z.string(), geldig: z.boolean(), aantal: z.number().int() }).nullable(),
      laatsteBackup: z.object({ op: z.string(), door: z.string() }).nullable(),
    }),
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Het overzicht van de privacy-medewerker: verzoeken van betrokkenen met hun termijn, informatieplicht, verstrekkingen, aanmeldingen, auditketen en backup (art. 12.22)',
  }),
  'rechten.lijst': kanaal({
    invoer: z.object({ alleenOpen: z.boolean().default(false) }),
    uitvoer: z.array(verzoekRijSchema),
    toegang: RECHTENLEZERS,
    profielen: CENTRAAL,
    omschrijving: 'Het register van verzoeken van betrokkenen, de open verzoeken eerst op termijn (art. 24–27)',
  }),
  'rechten.detail': kanaal({
    invoer: z.object({ id }),
    uitvoer: verzoekDetailSchema,
    toegang: RECHTENLEZERS,
    profielen: CENTRAAL,
    omschrijving: 'Eén verzoek van een betrokkene met termijn, identiteitscontrole, bevestigde personen en besluit',
  }),
  'rechten.nieuw': kanaal({
    invoer: nieuwVerzoekSchema,
    uitvoer: z.object({ id: z.number().int() }),
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Een verzoek om inzage, correctie of verzet registreren (art. 25.1, 26.1, 27.1)',
  }),
  'rechten.identiteit': kanaal({
    invoer: z.object({ id, wijze: z.string().trim().min(3, veldcode('veld.identiteitWijze')).max(500), op: datumSchema }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Vastleggen hoe de identiteit van de verzoeker is gecontroleerd',
  }),
  'rechten.personenZoeken': kanaal({
    invoer: z.object({
      verzoekId: id,
      naam: z.string().trim().min(2, veldcode('veld.vulNaamIn')).max(200),
      geboortedatum: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, veldcode('veld.datumVorm')).default(''),
      woonplaats: z.string().trim().max(200).default(''),
    }),
    uitvoer: z.array(persoonKandidaatSchema),
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'De verzoeker zoeken onder de personen in het bestand, met de redenen van elke overeenkomst (gelogd)',
  }),
  'rechten.persoonBevestigen': kanaal({
    invoer: z.object({ verzoekId: id, persoonId: id }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Bevestigen dat een persoon in het bestand de verzoeker is',
  }),
  'rechten.persoonLosmaken': kanaal({
    invoer: z.object({ verzoekId: id, persoonId: id }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Een bevestigde persoon weer van het verzoek losmaken',
  }),
  'rechten.besluiten': kanaal({
    invoer: z.object({ id, besluit: verzoekbesluitSchema, gronden: z.array(grondSchema).default([]), motivering: z.string().max(20_000).default('') }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Op een verzoek besluiten, met de gronden (art. 25.4, 26.2, 27.2)',
  }),
  'rechten.uitgevoerd': kanaal({
    invoer: z.object({ id }),
    uitvoer: leeg,
    toegang: RECHTENLEZERS,
    profielen: CENTRAAL,
    omschrijving: 'Vastleggen dat een toegewezen correctie is uitgevoerd of de verwerking is gestaakt (art. 26.3, 27.2)',
  }),
  'rechten.beantwoorden': kanaal({
    invoer: z.object({ id, op: datumSchema, wijze: z.string().trim().min(3, veldcode('veld.antwoordWijze')).max(500) }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Vastleggen dat de betrokkene het antwoord heeft gekregen (art. 25.2, 25.5, 26.4)',
  }),
  'rechten.intrekken': kanaal({
    invoer: z.object({ id, toelichting: z.string().trim().min(3, veldcode('veld.schrijfWaarom')).max(2000) }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Een verzoek als ingetrokken vastleggen',
  }),
  'rechten.vergoeding': kanaal({
    invoer: z.object({
      id,
      cent: z.number().int().min(0).max(MAX_VERGOEDING_CENT, veldcode('veld.maxVergoeding')),
      betaaldOp: datumSchema.nullable().default(null),
      terugOp: datumSchema.nullable().default(null),
    }),
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'De vergoeding vastleggen: gevraagd, betaald, teruggegeven (art. 24.2, 27.3)',
  }),
  'rechten.informerenLijst': kanaal({
    invoer: z.object({ alleenOpen: z.boolean().default(true) }),
    uitvoer: z.array(informeertaakSchema),
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'De informatieplicht per betrokkene: wie binnen vier weken geïnformeerd moet worden (art. 23; gelogd)',
  }),
  'rechten.informerenVastleggen': kanaal({
    invoer: informerenInvoerSchema,
    uitvoer: leeg,
    toegang: RECHTENBEHANDELAARS,
    profielen: CENTRAAL,
    omschrijving: 'Vastleggen dat een betrokkene is geïnformeerd, of waarom later of niet (art. 23.1, 23.2)',
  }),
  'dashboard.overzicht': kanaal({
    invoer: geen,
    uitvoer: z.object({
      volgendeOverleggen: z.array(overlegRijSchema),
      interventiesTeLaat: z.array(interventieSchema),
      interventiesBinnenkort: z.array(interventieSchema),
      dossiersVoorWeging: z.array(z.object({ id: z.number().int(), nummer: z.string(), titel: z.string(), aangemaakt: z.string() })),
      opschoningGepland: z.array(z.object({ id: z.number().int(), nummer: z.string(), titel: z.string(), sinds: z.string() })),
      /** Art. 16.5–16.7: dossiers with assigned interventions and no recorded handover (bundle or outside the app). */
      zonderOverdracht: z.array(z.object({ id: z.number().int(), nummer: z.string(), titel: z.string(), interventies: z.number().int() })),
      spoedTeBevestigen: z.number().int(),
      /** The zorgcoördinator's next zorgoverleg with the signals still open on it (issue 11 §7). */
      volgendZorgoverleg: z
        .object({
          id: z.number().int(),
          datum: z.string(),
          status: z.string(),
          openSignalen: z.array(z.object({ id: z.number().int(), nummer: z.string(), vermoedens: z.string(), fase: z.number().int().nullable() })),
        })
        .nullable()
        .default(null),
    }),
    toegang: CASUS,
    profielen: CENTRAAL,
    omschrijving: 'Het overzicht op de startpagina',
  }),

  // ── Sleutels en bundels (docs/ontwerp.md §6, ADR 0007) ─────────────────────────────────────────────
  // Bundle work is case work; the beheerder manages keys but reads no content (docs/ontwerp.md §5).
  // No generic "make a bundle" channel: what leaves the bestand goes through the policy engine,
  // so each kind of bundle gets its own channel with the module that fills it (handover, agenda).
  'sleutels.eigen': kanaal({
    invoer: geen,
    uitvoer: eigenSleutelSchema,
    toegang: SLEUTELBEHEER,
    omschrijving: 'De eigen bundelsleutel: vingerafdruk, aanmaakdatum en publieke sleutel',
  }),
  'sleutels.exporteren': kanaal({
    invoer: z.object({ doelmap: z.string().trim().min(1, veldcode('veld.kiesDoelmap')).max(4096) }),
    uitvoer: z.object({ pad: z.string(), vingerafdruk: z.string(), vingerafdrukGroepen: z.string() }),
    toegang: SLEUTELBEHEER,
    omschrijving: 'De eigen publieke sleutel naar een bestand schrijven, om aan partners te geven',
  }),
  'sleutels.partnerImporteren': kanaal({
    invoer: z
      .object({
        partnerId: id,
        armored: z.string().max(65_536, veldcode('veld.sleutelTeLang')).optional(),
        pad: z.string().trim().min(1).max(4096).optional(),
      })
      .refine((i) => (i.armored === undefined) !== (i.pad === undefined), { message: veldcode('veld.sleutelOfBestand'), path: ['armored'] }),
    uitvoer: partnerSleutelSchema,
    toegang: BEHEER,
    omschrijving: 'De publieke sleutel van een partner importeren; vertrouwd pas na bevestiging van de vingerafdruk',
  }),
  'sleutels.bevestigen': kanaal({
    invoer: z.object({
      sleutelId: id,
      hoe: z.string().trim().min(5, veldcode('veld.legVastHoe')).max(200),
      /** The fingerprint as the partner read it out; it must match, so nobody trusts a key by clicking. */
      vingerafdruk: z.string().trim().min(1, veldcode('veld.vingerafdruk')).max(100),
    }),
    uitvoer: partnerSleutelSchema,
    toegang: LEIDEND,
    omschrijving: 'De vingerafdruk van een partnersleutel bevestigen (wie, wanneer, hoe); daarna is de sleutel vertrouwd',
  }),
  'sleutels.partnerLijst': kanaal({
    invoer: geen,
    uitvoer: z.array(partnerSleutelSchema),
    toegang: SLEUTELBEHEER,
    omschrijving: 'De sleutels van partners met hun status',
  }),
  'sleutels.roteren': kanaal({
    invoer: geen,
    uitvoer: eigenSleutelSchema,
    toegang: BEHEER,
    omschrijving: 'Een nieuwe eigen bundelsleutel maken; de oude blijft om oudere bundels te lezen',
  }),
  'sleutels.intrekken': kanaal({
    invoer: z.object({ sleutelId: id, reden: z.string().trim().max(500).default('') }),
    uitvoer: partnerSleutelSchema,
    toegang: LEIDEND,
    omschrijving: 'Een partnersleutel intrekken; daarmee ondertekende bundels worden nooit meer ingelezen',
  }),
  'identiteit.instellen': kanaal({
    invoer: z.object({ partnerId: id }),
    uitvoer: partnerKortSchema,
    toegang: BEHEER,
    omschrijving: 'Instellen welke partner uit het register deze installatie is (afzender en ontvanger van bundels)',
  }),
  'bundels.lijst': kanaal({
    invoer: geen,
    uitvoer: bundelLijstSchema,
    toegang: BUNDELWERK,
    omschrijving: 'Verzonden en ingelezen bundels met hun status',
  }),
  'bundels.lezen': kanaal({
    invoer: z.object({ pad: z.string().trim().min(1, veldcode('veld.kiesBundelbestand')).max(4096) }),
    uitvoer: bundelVoorbeeldSchema,
    toegang: BUNDELWERK,
    omschrijving: 'Een bundel controleren en een voorbeeld tonen, zonder hem in te lezen',
  }),
  'bundels.inlezen': kanaal({
    invoer: z.object({
      pad: z.string().trim().min(1, veldcode('veld.kiesBundelbestand')).max(4096),
      bevestigingMap: z.string().trim().min(1, veldcode('veld.kiesMapBevestiging')).max(4096).optional(),
    }),
    uitvoer: bundelIngelezenSchema,
    toegang: BUNDELWERK,
    omschrijving: 'Een bundel opnieuw controleren, inlezen en een ondertekende ontvangstbevestiging schrijven',
  }),

  // ——— Overdracht (art. 16.5–16.7) en de partnerkant (art. 16.6, 22.1, 22.2) ———
  'overdracht.voorbereiden': kanaal({
    invoer: z.object({ dossierId: id }),
    uitvoer: z.object({
      dossier: z.object({ id: z.number().int(), nummer: z.string() }),
      ontvangers: z.array(
        z.object({
          partner: z.object({ id: z.number().int(), code: z.string(), naam: z.string() }),
          interventies: z.array(z.object({ id: z.number().int(), omschrijving: z.string(), deadline: z.string() })),
          items: z.array(z.object({ sleutel: z.string(), omschrijving: z.string(), beslissing: beslissingSchema })),
          /** What the partner needs (art. 9.4, 12.19): the ketenregisseur's choice with who made it, or the suggestion. */
          nodig: nodigSchema,
          blokkades: z.array(z.object({ reden: z.string(), artikel: z.string() })),
          /** What the anonymised free text of this recipient's bundle lost and what still looks identifying (art. 6.2, 9.5). */
          redactie: redactieSchema,
        }),
      ),
    }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: CENTRAAL,
    omschrijving: 'Per ontvanger tonen wat hij wel en niet krijgt, en wat de overdracht nog blokkeert (art. 16.5)',
  }),
  'overdracht.kandidaten': kanaal({
    invoer: geen,
    uitvoer: z.array(
      z.object({
        id: z.number().int(),
        nummer: z.string(),
        titel: z.string(),
        fase: dossierfaseSchema,
        klaar: z.boolean(),
        partners: z.array(z.object({ id: z.number().int(), code: z.string(), naam: z.string(), sleutel: z.enum(['vertrouwd', 'onbevestigd', 'ingetrokken', 'geen']), vingerafdruk: z.string().nullable() })),
        ontbreekt: z.array(z.object({ soort: z.enum(['interventies', 'sleutel', 'sleutelOnbevestigd', 'kring']), partner: z.object({ id: z.number().int(), code: z.string(), naam: z.string() }).nullable(), artikel: z.string() })),
        overgedragen: z.boolean(),
      }),
    ),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: CENTRAAL,
    omschrijving: 'De dossiers die nu kunnen worden overgedragen, en bij de andere wat nog ontbreekt (art. 16.5, 21.9)',
  }),
  'overdracht.uitvoeren': kanaal({
    invoer: z.object({ dossierId: id, doelmap: z.string().trim().min(1, veldcode('veld.kiesMapUsb')), gemarkeerdBekeken: z.boolean().default(false) }),
    uitvoer: z.object({
      bundels: z.array(z.object({ id: z.string(), soort: z.string(), aan: z.array(z.string()), bestandsnaam: z.string(), pad: z.string(), bytes: z.number().int() })),
      overgeslagen: z.array(z.object({ partner: z.string(), reden: z.string() })),
    }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur', 'zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: CENTRAAL,
    omschrijving: 'Eén versleutelde, ondertekende bundel per handelende partner schrijven (art. 16.5, 12.19)',
  }),
  'overdracht.buitenApp.vastleggen': kanaal({
    invoer: z
      .object({
        dossierId: id,
        partnerId: id,
        datum: datumSchema,
        kanaal: buitenKanaalSchema,
        toelichting: z.string().trim().max(500).default(''),
        interventieIds: z.array(id).max(100).default([]),
      })
      .refine((i) => i.kanaal !== 'anders' || i.toelichting.length >= 3, { message: veldcode('veld.overdrachtWijze'), path: ['toelichting'] }),
    uitvoer: z.object({ id: z.number().int(), verstrekkingId: z.number().int().nullable() }),
    toegang: ['ketenregisseur', 'assistent-ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een overdracht buiten de app vastleggen (in het overleg, telefonisch, via het eigen kanaal van de partner); daarna kan opschonen volgen (art. 16.5–16.7)',
  }),
  'overdracht.buitenApp.lijst': kanaal({
    invoer: z.object({ dossierId: id.optional() }),
    uitvoer: z.array(
      z.object({
        id: z.number().int(),
        dossierId: z.number().int(),
        dossierNummer: z.string(),
        partner: z.object({ id: z.number().int(), code: z.string(), naam: z.string() }),
        datum: z.string(),
        kanaal: buitenKanaalSchema,
        toelichting: z.string(),
        interventies: z.array(z.object({ id: z.number().int(), omschrijving: z.string() })),
        door: z.string(),
        vastgelegd: z.string(),
        verstrekkingId: z.number().int().nullable(),
      }),
    ),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'De vastgelegde overdrachten buiten de app, per dossier of alle',
  }),
  'ontvangen.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(
      z.object({
        id: z.number().int(),
        dossierNummer: z.string(),
        van: z.object({ code: z.string(), naam: z.string() }),
        ontvangenOp: z.string(),
        bewarenTot: z.string(),
        /** Set once the retention sweep emptied the extract (art. 22.1); the feedback record stays. */
        opgeschoondOp: z.string().nullable().default(null),
        aantalGegevens: z.number().int(),
        interventies: z.array(z.object({ id: z.number().int(), externId: z.string(), omschrijving: z.string(), uiterlijk: z.string().nullable(), status: z.string(), laatstGemeldOp: z.string().nullable() })),
      }),
    ),
    toegang: ['partnermedewerker'],
    profielen: ['partner'],
    omschrijving: 'Ontvangen dossiers met hun interventies en bewaartermijn (art. 22.1)',
  }),
  'ontvangen.detail': kanaal({
    invoer: z.object({ id }),
    uitvoer: z.object({ id: z.number().int() }).catchall(z.unknown()),
    toegang: ['partnermedewerker'],
    profielen: ['partner'],
    omschrijving: 'Het ontvangen dossieruittreksel (alleen lezen; het inzien wordt gelogd)',
  }),
  'terugmelding.maken': kanaal({
    invoer: z.object({
      interventieId: id,
      status: z.enum(['in-uitvoering', 'uitgevoerd', 'niet-uitgevoerd']),
      datum: datumSchema,
      verslag: z.string().trim().min(3, veldcode('veld.watGedaan')).max(20_000),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesMap')),
    }),
    uitvoer: z.object({ id: z.string(), bestandsnaam: z.string(), pad: z.string() }),
    toegang: ['partnermedewerker'],
    profielen: ['partner'],
    omschrijving: 'Een terugmelding over een interventie als bundel schrijven (art. 16.6)',
  }),
  'verwijderverzoek.maken': kanaal({
    invoer: z.object({
      aanPartnerId: id,
      bronregistratie: z.string().trim().min(1, veldcode('veld.bronregistratie')).max(200),
      onderwerpen: z
        .array(
          z
            .object({
              soort: z.enum(['signaal', 'navraag', 'dossier', 'persoon']),
              referentie: z.string().trim().min(1).max(64),
              /** A person (ADR 0028): name and birth date as the requester's source registration holds them. */
              naam: z.string().trim().max(200).optional(),
              geboortedatum: datumSchema.optional(),
            })
            .refine((o) => o.soort !== 'persoon' || (Boolean(o.naam) && Boolean(o.geboortedatum)), { message: veldcode('veld.persoonNaamGeboortedatum'), path: ['naam'] }),
        )
        .min(1, veldcode('veld.noemOnderwerp')),
      reden: z.string().max(2000).default(''),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesMap')),
      /** Zorgcoördinatie: the code of the care partner whose request is passed on (art. 22.2). */
      namens: z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, veldcode('veld.partnercodeVorm')).optional(),
    }),
    uitvoer: z.object({ id: z.string(), bestandsnaam: z.string(), pad: z.string() }),
    toegang: ['partnermedewerker', 'zorgcoordinator'],
    profielen: ['partner', 'zorgcoordinatie'],
    omschrijving: 'Vragen om verwijdering omdat de gegevens uit de eigen bronregistratie zijn verwijderd (art. 22.2)',
  }),
  'verwijderbevestigingen.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(
      z.object({
        bundelId: z.string(),
        verzoekId: z.string(),
        ontvangenOp: z.string(),
        van: z.object({ code: z.string(), naam: z.string() }),
        namens: z.string().nullable(),
        verwijderd: z.array(z.object({ soort: z.string(), referentie: z.string(), signalen: z.number().int(), navragen: z.number().int(), personen: z.number().int().optional() })),
        geweigerd: z.array(z.object({ soort: z.string(), referentie: z.string() })),
      }),
    ),
    toegang: ['partnermedewerker', 'zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: ['partner', 'zorgcoordinatie'],
    omschrijving: 'Ondertekende bevestigingen van het centraal bestand over wat op een verwijderverzoek is verwijderd (art. 22.2)',
  }),
  'agendapakket.redactie': kanaal({
    invoer: z.object({ overlegId: id }),
    uitvoer: vrijgaveSchema,
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Wat de geanonimiseerde vrije tekst van het agendapakket verloor en wat nog identificerend lijkt, per signaal (art. 6.2, 21.4)',
  }),
  'agendapakket.maken': kanaal({
    invoer: z.object({ overlegId: id, doelmap: z.string().trim().min(1, veldcode('veld.kiesMap')), gemarkeerdBekeken: z.boolean().default(false) }),
    uitvoer: z.object({ id: z.string(), bestandsnaam: z.string(), pad: z.string() }),
    toegang: BESLISSERS,
    profielen: CENTRAAL,
    omschrijving: 'Het agendapakket van een zorgoverleg voor de installatie van de zorgcoördinator (art. 12.28, 14.3)',
  }),
  'signalen.terugsturen': kanaal({
    invoer: z.object({ overlegId: id.nullable().default(null), doelmap: z.string().trim().min(1, veldcode('veld.kiesMap')) }),
    uitvoer: z.object({ id: z.string(), bestandsnaam: z.string(), pad: z.string() }),
    toegang: ['zorgcoordinator', 'assistent-zorgcoordinator'],
    profielen: ['zorgcoordinatie'],
    omschrijving: 'Uitkomsten van het zorgoverleg en nieuwe signalen van zorgpartners terugsturen (art. 12.31, 12.33, 14.5)',
  }),
  // ── Inzage, correctie en verzet (art. 25–27; docs/ontwerp.md "Inzage, correctie en verzet", ADR 0023) ──
  'rechten.inzage.voorbeeld': kanaal({
    invoer: z.object({
      persoonIds: z.array(id).min(1, veldcode('veld.kiesPersoon')).max(50),
      verzoekId: id.nullable().default(null),
      achterhouden: z.array(achterhoudenSchema).max(1000).default([]),
    }),
    uitvoer: inzageDocumentSchema,
    toegang: ['privacy-medewerker'],
    profielen: CENTRAAL,
    omschrijving: 'Het inzageoverzicht voor de bevestigde personen, op het scherm vóór het wordt gemaakt (art. 25.3, 25.4)',
  }),
  'rechten.inzage.maken': kanaal({
    invoer: z.object({
      persoonIds: z.array(id).min(1, veldcode('veld.kiesPersoon')).max(50),
      verzoekId: id.nullable().default(null),
      achterhouden: z.array(achterhoudenSchema).max(1000).default([]),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesEenMap')),
    }),
    uitvoer: z.object({ pad: z.string(), bytes: z.number().int(), verstrekkingId: z.number().int(), onderdelen: z.number().int(), achtergehouden: z.number().int() }),
    toegang: ['privacy-medewerker'],
    profielen: CENTRAAL,
    omschrijving: 'Het inzageoverzicht als PDF maken; de afgifte is een verstrekking aan de betrokkene (art. 25.3)',
  }),
  'rechten.correctie.uitvoeren': kanaal({
    invoer: z.object({
      persoonIds: z.array(id).min(1, veldcode('veld.kiesPersoon')).max(50),
      veld: correctieveldSchema,
      soort: correctiesoortSchema,
      nieuweWaarde: z.string().trim().max(500).nullable().default(null),
      reden: z.string().trim().min(5, veldcode('veld.redenCorrectie')).max(2000),
      besloten: datumSchema,
      verzoekId: id.nullable().default(null),
      doelmap: z.string().trim().min(1, veldcode('veld.kiesMapCorrectie')),
    }),
    uitvoer: z.object({
      correctieId: z.number().int(),
      gewijzigd: z.number().int(),
      signalen: z.number().int(),
      bundels: z.array(z.object({ id: z.string(), soort: z.string(), aan: z.array(z.string()), bestandsnaam: z.string(), pad: z.string(), bytes: z.number().int() })),
      overgeslagen: z.array(z.object({ partner: z.string(), reden: z.string() })),
    }),
    toegang: ['ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een besloten correctie uitvoeren en elke ontvanger van de oude gegevens inlichten met een correctiebundel (art. 26)',
  }),
  'rechten.blokkades': kanaal({
    invoer: z.object({ persoonIds: z.array(id).min(1).max(50) }),
    uitvoer: z.array(blokkadeSchema),
    toegang: ['privacy-medewerker', 'ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'De blokkades (verzet, afscherming) van de bevestigde personen, ook opgeheven (art. 26.1, 27.2)',
  }),
  'rechten.verzet.blokkeren': kanaal({
    invoer: z.object({
      persoonIds: z.array(id).min(1, veldcode('veld.kiesPersoon')).max(50),
      toelichting: z.string().trim().min(5, veldcode('veld.verzetGegrond')).max(2000),
      verzoekId: id.nullable().default(null),
    }),
    uitvoer: z.array(blokkadeSchema),
    toegang: ['privacy-medewerker', 'ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Verzet gegrond: elke verwerking en verstrekking van de gegevens van deze personen stopt direct (art. 27.2)',
  }),
  'rechten.verzet.opheffen': kanaal({
    invoer: z.object({ blokkadeId: id, reden: z.string().trim().min(10, veldcode('veld.overschrijvenReden')).max(2000) }),
    uitvoer: blokkadeSchema,
    toegang: ['privacy-medewerker', 'ketenregisseur'],
    profielen: CENTRAAL,
    omschrijving: 'Een blokkade opheffen, met reden; wie, wanneer en waarom komt in het auditlog',
  }),
  'ontvangen.correcties': kanaal({
    invoer: geen,
    uitvoer: z.array(
      z.object({
        id: z.number().int(),
        ontvangenDossierId: z.number().int().nullable(),
        dossierNummer: z.string().nullable(),
        van: z.string(),
        signaalNummer: z.string(),
        rol: z.string(),
        soort: z.string(),
        veld: z.string(),
        status: z.enum(['toegepast', 'handmatig']),
        toelichting: z.string(),
        ontvangenOp: z.string(),
      }),
    ),
    toegang: ['partnermedewerker'],
    profielen: ['partner'],
    omschrijving: 'Ontvangen correcties (art. 26): toegepast op het uittreksel of voor u om te beoordelen',
  }),
} as const;

export type Kanalen = typeof kanalen;
export type KanaalNaam = keyof Kanalen;
export type Invoer<K extends KanaalNaam> = z.input<Kanalen[K]['invoer']>;
export type GeldigeInvoer<K extends KanaalNaam> = z.output<Kanalen[K]['invoer']>;
export type Uitvoer<K extends KanaalNaam> = z.output<Kanalen[K]['uitvoer']>;

export const kanaalNamen = Object.keys(kanalen) as KanaalNaam[];
export const isKanaalNaam = (naam: string): naam is KanaalNaam => Object.hasOwn(kanalen, naam);

/**
 * What a signed-in account may call before it has acknowledged the duty of confidentiality (art. 21.2,
 * ADR 0043): staying signed in, acknowledging, and changing one's own passphrase (a new account's
 * first act is often replacing the passphrase the beheerder gave it; that touches only its own key
 * slot, no case data). Everything else that needs a session waits; the channels open without a
 * session (status, lock, sign in) stay open.
 */
export const VOOR_GEHEIMHOUDING: ReadonlySet<KanaalNaam> = new Set<KanaalNaam>(['sessie.activiteit', 'geheimhouding.bevestigen', 'gebruikers.wachtwoordWijzigen']);
