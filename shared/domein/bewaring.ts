/**
 * The retention rules that run by themselves (docs/ontwerp.md §11, ADR 0020): which article, in which
 * profile, what goes and when. The backend (electron/backend/bewaring) carries out each rule; this table
 * is what the screens, the CLI and the tests name them by. Counts only ever leave the backend, never names.
 */
import { z } from '../zod-nl';
import type { Profiel } from '../rollen';

export const REGEL_IDS = [
  'dossier-gesloten',
  'geen-dossier',
  'geen-vervolg',
  'verweesde-personen',
  'ontvangen-uittreksel',
  'agendapakket',
  'zorgpartnersignalen',
] as const;
export const regelIdSchema = z.enum(REGEL_IDS);
export type RegelId = z.infer<typeof regelIdSchema>;

/**
 * Art. 16.3, 16.8: a decision not to go on is final once it can no longer be reopened — this many days
 * after it was taken (ADR 0020). Until then the signal can be set back to "open"; afterwards it is deleted.
 */
export const BESLUIT_DEFINITIEF_DAGEN = 14;

/**
 * Zorgcoördinatie: the agenda pack is kept until the centraal bestand has acknowledged the outcomes,
 * and at the latest this many days after the meeting (ADR 0020).
 */
export const AGENDAPAKKET_UITERLIJK_DAGEN = 30;

/** Art. 22.5 and 22.1: five years. */
export const BEWAARTERMIJN_MAANDEN = 60;

export interface Regelbeschrijving {
  id: RegelId;
  artikel: string;
  profiel: Profiel;
  /** What goes, in Dutch (the CLI's language; the screens use their own i18n). */
  wat: string;
  /** When it is due, in Dutch. */
  wanneer: string;
}

export const BEWAARREGELS: readonly Regelbeschrijving[] = [
  {
    id: 'dossier-gesloten',
    artikel: 'art. 22.5',
    profiel: 'centraal',
    wat: 'wat van een gesloten ketendossier over is (ook als het nooit werd opgeschoond)',
    wanneer: 'vijf jaar na sluiting van het ketendossier',
  },
  {
    id: 'geen-dossier',
    artikel: 'art. 16.3, 22.4',
    profiel: 'centraal',
    wat: 'signalen met het besluit "geen dossier", met hun personen, matchsleutels en navraag',
    wanneer: `zodra het besluit definitief is: ${BESLUIT_DEFINITIEF_DAGEN} dagen na het besluit`,
  },
  {
    id: 'geen-vervolg',
    artikel: 'art. 16.8, 22.4',
    profiel: 'centraal',
    wat: 'signalen waarover het zorgoverleg "geen vervolg" besloot, met hun personen en matchsleutels',
    wanneer: `zodra het besluit definitief is: ${BESLUIT_DEFINITIEF_DAGEN} dagen na het besluit`,
  },
  {
    id: 'verweesde-personen',
    artikel: 'art. 22.3, 22.4',
    profiel: 'centraal',
    wat: 'personen die geen enkel signaal meer noemt, met hun matchsleutels',
    wanneer: 'altijd, bij elke ronde',
  },
  {
    id: 'ontvangen-uittreksel',
    artikel: 'art. 22.1',
    profiel: 'partner',
    wat: 'ontvangen dossieruittreksels (de terugmeldingen blijven)',
    wanneer: 'op de datum "bewaren tot": vijf jaar na ontvangst',
  },
  {
    id: 'agendapakket',
    artikel: 'art. 22.1',
    profiel: 'zorgcoordinatie',
    wat: 'de signalen en notities uit een agendapakket',
    wanneer: `zodra het centrale bestand de uitkomsten heeft bevestigd, uiterlijk ${AGENDAPAKKET_UITERLIJK_DAGEN} dagen na het overleg`,
  },
  {
    id: 'zorgpartnersignalen',
    artikel: 'art. 22.1',
    profiel: 'zorgcoordinatie',
    wat: 'signalen van zorgpartners die naar het centrale bestand zijn teruggestuurd',
    wanneer: 'zodra het centrale bestand de ontvangst heeft bevestigd',
  },
];

export const regelVan = (id: RegelId): Regelbeschrijving => BEWAARREGELS.find((r) => r.id === id)!;

const regelAantalSchema = z.object({ regel: regelIdSchema, artikel: z.string(), aantal: z.number().int() });

/** The preview: per day and rule, how many items become due; `achterstand` is what is due already. */
export const bewaarplanSchema = z.object({
  peildatum: z.string(),
  tot: z.string(),
  regels: z.array(z.object({ regel: regelIdSchema, artikel: z.string(), wat: z.string(), wanneer: z.string() })),
  gepland: z.array(z.object({ datum: z.string(), regel: regelIdSchema, artikel: z.string(), aantal: z.number().int() })),
  volgende: z.string().nullable(),
});
export type Bewaarplan = z.infer<typeof bewaarplanSchema>;

export const bewaaruitkomstSchema = z.object({
  tijd: z.string(),
  peildatum: z.string(),
  verwijderd: z.array(regelAantalSchema),
  totaal: z.number().int(),
});
export type Bewaaruitkomst = z.infer<typeof bewaaruitkomstSchema>;

export const bewaarhistorieSchema = z.array(z.object({ maand: z.string(), regel: regelIdSchema, artikel: z.string(), aantal: z.number().int() }));
export type Bewaarhistorie = z.infer<typeof bewaarhistorieSchema>;

/** What the sweep at unlock (and the daily one) did in this session, for the notice after login. */
export const bewaarstatusSchema = z.object({ laatste: bewaaruitkomstSchema.nullable(), fout: z.string().nullable() });
export type Bewaarstatus = z.infer<typeof bewaarstatusSchema>;
