/** The data the handover wizard's steps pass between them. */
import type { Uitvoer } from '@shared/api';
import { type Voorinvulling } from '../../dossiers/Toestemmingen';

export type Voorbeeld = Uitvoer<'overdracht.voorbereiden'>;
export type Ontvanger = Voorbeeld['ontvangers'][number];
export type Item = Ontvanger['items'][number];
export type Resultaat = Uitvoer<'overdracht.uitvoeren'>;
export type Plan = Uitvoer<'opschonen.plan'>;

/** Recording a missing consent from the item list; null when the user may not record consents. */
export type ToestemmingKnop = { bezig: boolean; vastleggen(v: Voorinvulling): void } | null;
