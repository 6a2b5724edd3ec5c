/**
 * The one table of bundle handlers (ADR 0014): for each soort the function that applies it inside the
 * import's transaction. `Inleeshandlers` maps every soort to a handler of that soort, so a new soort in
 * shared/domein/bundel.ts does not compile until it is given one here.
 */
import type { Inleeshandlers } from '../bundels/inleeshandlers';
import { ontvangstbevestigingInlezen } from '../bundels/ontvangstbevestiging';
import { overdrachtInlezen, terugmeldingInlezen, verwijderbevestigingInlezen, verwijderverzoekInlezen } from './ontvangen';
import { agendapakketInlezen, signalenInlezen } from './zorgoverleg';
import { correctieInlezen } from './correcties';
import { statistiekInlezen } from '../bundels/statistiek';

export const INLEESHANDLERS: Inleeshandlers = {
  overdracht: overdrachtInlezen,
  terugmelding: terugmeldingInlezen,
  verwijderverzoek: verwijderverzoekInlezen,
  agendapakket: agendapakketInlezen,
  signalen: signalenInlezen,
  ontvangstbevestiging: ontvangstbevestigingInlezen,
  verwijderbevestiging: verwijderbevestigingInlezen,
  correctie: correctieInlezen,
  statistiek: statistiekInlezen,
};
