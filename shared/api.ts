/**
 * The one API contract (DESIGN §4). Every call is declared here once — name, input, output, who may
 * call it — and the Electron IPC adapter, the HTTP bridge, the CLI and the renderer client all use
 * this table. Nothing in this file may import Node or Electron: it runs in the sandboxed page too.
 */
import { z } from './zod-nl';
import { ROLLEN_GEBRUIKERSBEHEER, profielSchema, rolSchema, type Profiel, type Rol } from './rollen';
import { gebruikerSchema, gebruikersnaamSchema, wachtwoordSchema } from './domein/gebruiker';
import {
  datumSchema,
  landSchema,
  partnerDetailSchema,
  partnerSchema,
  partnersoortSchema,
} from './domein/partner';
import { auditRegelSchema, auditVerificatieSchema } from './domein/audit';

/** `open`: callable without a session; `aangemeld`: any signed-in user; else the roles listed. */
export type Toegang = 'open' | 'aangemeld' | readonly Rol[];

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
  map: z.string(),
  naam: z.string(),
  penvoerder: z.string(),
  profiel: profielSchema,
  bestandId: z.string(),
  schemaversie: z.number().int(),
  vergrendelNaMinuten: z.number().int(),
});
export type Bestandsinfo = z.infer<typeof bestandsinfoSchema>;

const sessieSchema = z.object({
  bestand: z.object({ map: z.string(), naam: z.string().nullable() }).nullable(),
  gebruiker: gebruikerSchema.nullable(),
  info: bestandsinfoSchema.nullable(),
  browsermodus: z.boolean(),
});
export type Sessie = z.infer<typeof sessieSchema>;

const naamInvoer = z.string().trim().min(1, 'Vul dit veld in').max(200, 'Hoogstens 200 tekens');

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
/** Art. 12.22: the privacy-medewerker supervises the processing, so reads the audit. */
const AUDIT_LEZERS: readonly Rol[] = ['ketenregisseur', 'privacy-medewerker', 'beheerder'];

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
      map: z.string().trim().min(1, 'Kies een mapnaam'),
      naam: naamInvoer,
      penvoerder: naamInvoer,
      profiel: profielSchema,
      gebruiker: gebruikersnaamSchema,
      weergavenaam: naamInvoer,
      wachtwoord: wachtwoordSchema,
    }),
    uitvoer: bestandsinfoSchema,
    toegang: 'open',
    omschrijving: 'Een nieuw versleuteld bestand maken met het eerste account, en aanmelden',
  }),
  'bestand.openen': kanaal({
    invoer: z.object({ map: z.string().trim().min(1, 'Kies een bestand') }),
    uitvoer: z.object({ map: z.string() }),
    toegang: 'open',
    omschrijving: 'Een bestaand bestand kiezen om op aan te melden',
  }),
  'bestand.demo': kanaal({
    invoer: geen,
    uitvoer: z.object({ map: z.string(), gebruikers: z.array(z.object({ naam: z.string(), rol: rolSchema })), wachtwoord: z.string() }),
    toegang: 'open',
    omschrijving: 'Een apart demobestand met synthetische gegevens maken en kiezen',
  }),
  'bestand.herstellen': kanaal({
    invoer: z.object({
      bron: z.string().trim().min(1, 'Kies de backup'),
      map: z.string().trim().min(1, 'Kies het bestand dat hersteld wordt'),
      gebruiker: z.string().trim().min(1, 'Vul uw gebruikersnaam in'),
      wachtwoord: z.string().min(1, 'Vul uw wachtwoord in'),
    }),
    uitvoer: z.object({ map: z.string(), auditKop: z.string() }),
    toegang: 'open',
    omschrijving: 'Een backup controleren en pas daarna het bestand ermee vervangen',
  }),
  'sessie.aanmelden': kanaal({
    invoer: z.object({ gebruiker: z.string().trim().min(1, 'Vul uw gebruikersnaam in'), wachtwoord: z.string().min(1, 'Vul uw wachtwoord in') }),
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
  'sessie.activiteit': kanaal({
    invoer: geen,
    uitvoer: leeg,
    toegang: 'aangemeld',
    omschrijving: 'Melden dat de gebruiker actief is (uitstel van automatisch vergrendelen)',
  }),
  'instellingen.wijzigen': kanaal({
    invoer: z.object({ vergrendelNaMinuten: z.number().int().min(1, 'Minstens 1 minuut').max(240, 'Hoogstens 240 minuten') }),
    uitvoer: bestandsinfoSchema,
    toegang: ['ketenregisseur', 'beheerder', 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'Instellingen van dit bestand wijzigen',
  }),
  'gebruikers.lijst': kanaal({
    invoer: geen,
    uitvoer: z.array(gebruikerSchema),
    toegang: [...ROLLEN_GEBRUIKERSBEHEER, 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'De accounts van dit bestand',
  }),
  'gebruikers.toevoegen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema, weergavenaam: naamInvoer, rol: rolSchema, wachtwoord: wachtwoordSchema }),
    uitvoer: gebruikerSchema,
    toegang: [...ROLLEN_GEBRUIKERSBEHEER, 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'Een account toevoegen (met een eigen sleutelslot)',
  }),
  'gebruikers.verwijderen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema }),
    uitvoer: leeg,
    toegang: [...ROLLEN_GEBRUIKERSBEHEER, 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'Een account en zijn sleutelslot verwijderen; de bestandssleutel wordt vervangen',
  }),
  'gebruikers.rolWijzigen': kanaal({
    invoer: z.object({ naam: gebruikersnaamSchema, rol: rolSchema }),
    uitvoer: gebruikerSchema,
    toegang: [...ROLLEN_GEBRUIKERSBEHEER, 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'De rol van een account wijzigen',
  }),
  'gebruikers.wachtwoordWijzigen': kanaal({
    invoer: z.object({ huidig: z.string().min(1, 'Vul uw huidige wachtwoord in'), nieuw: wachtwoordSchema }),
    uitvoer: leeg,
    toegang: 'aangemeld',
    omschrijving: 'Het eigen wachtwoord wijzigen',
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
      code: z.string().trim().min(2, 'Een code heeft minstens 2 tekens').max(20, 'Hoogstens 20 tekens').regex(/^[A-Z0-9-]+$/, 'Gebruik hoofdletters, cijfers en streepjes'),
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
      telefoon: z.string().max(40).regex(/^[0-9 +()-]*$/, 'Gebruik alleen cijfers, spaties en + ( ) -').default(''),
      email: z.union([z.literal(''), z.email('Geen geldig e-mailadres')]).default(''),
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
    uitvoer: z.object({ regels: z.array(auditRegelSchema), totaal: z.number().int() }),
    toegang: AUDIT_LEZERS,
    omschrijving: 'Het auditlog, met filters',
  }),
  'audit.verifieren': kanaal({
    invoer: geen,
    uitvoer: auditVerificatieSchema,
    toegang: AUDIT_LEZERS,
    omschrijving: 'De hashketen van het auditlog controleren',
  }),
  'beheer.backupMaken': kanaal({
    invoer: z.object({ doelmap: z.string().trim().min(1, 'Kies een doelmap') }),
    uitvoer: z.object({ map: z.string(), bytes: z.number().int() }),
    toegang: ['ketenregisseur', 'beheerder', 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'Een versleutelde backup maken (SQLCipher-export)',
  }),
  'beheer.sleutelVervangen': kanaal({
    invoer: geen,
    uitvoer: leeg,
    toegang: ['ketenregisseur', 'beheerder', 'zorgcoordinator', 'partnermedewerker'],
    omschrijving: 'De bestandssleutel vervangen (PRAGMA rekey) en alle sleutelslots bijwerken',
  }),
} as const;

export type Kanalen = typeof kanalen;
export type KanaalNaam = keyof Kanalen;
export type Invoer<K extends KanaalNaam> = z.input<Kanalen[K]['invoer']>;
export type GeldigeInvoer<K extends KanaalNaam> = z.output<Kanalen[K]['invoer']>;
export type Uitvoer<K extends KanaalNaam> = z.output<Kanalen[K]['uitvoer']>;

export const kanaalNamen = Object.keys(kanalen) as KanaalNaam[];
export const isKanaalNaam = (naam: string): naam is KanaalNaam => Object.hasOwn(kanalen, naam);
