/** Channels of inzage, correctie and verzet (art. 25–27; ADR 0023): one domain call each, no SQL. */
import type { Handlers } from './handler';
import { inzageMaken, inzageVoorbeeld } from '../rechten/inzage';
import { correctieUitvoeren } from '../rechten/correctie';
import { blokkadesVan, blokkeren, opheffen } from '../rechten/verzet';
import { ontvangenCorrecties } from '../overdracht/correcties';

export const inzageHandlers = {
  'rechten.inzage.voorbeeld': async (i, s) => inzageVoorbeeld(s.aangemeld(), i),
  'rechten.inzage.maken': async (i, s) => inzageMaken(s.aangemeld(), i),
  'rechten.correctie.uitvoeren': async (i, s) => correctieUitvoeren(s.aangemeld(), i),
  'rechten.blokkades': async (i, s) => blokkadesVan(s.aangemeld(), i.persoonIds),
  'rechten.verzet.blokkeren': async (i, s) => blokkeren(s.aangemeld(), { ...i, grond: 'verzet' }),
  'rechten.verzet.opheffen': async (i, s) => opheffen(s.aangemeld(), i),
  'ontvangen.correcties': async (_i, s) => ontvangenCorrecties(s.aangemeld()),
} satisfies Partial<Handlers>;
