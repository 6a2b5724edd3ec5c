/** Handlers for the handover wizard and the partner side. The bundle handlers are in overdracht/inleeshandlers.ts. */
import type { Handlers } from './handler';
import { overdrachtUitvoeren, overdrachtVoorbereiden } from '../overdracht/wizard';
import { agendapakketMaken, agendapakketRedactie, signalenTerugsturen } from '../overdracht/zorgoverleg';
import { overdrachtKandidaten } from '../overdracht/kandidaten';
import { buitenAppLijst, buitenAppVastleggen } from '../overdracht/buitenapp';
import { ontvangenDetail, ontvangenLijst, terugmeldingMaken, verwijderverzoekMaken } from '../overdracht/ontvangen';

export const overdrachtHandlers = {
  'overdracht.voorbereiden': async (i, s) => overdrachtVoorbereiden(s.aangemeld(), i.dossierId),
  'overdracht.kandidaten': async (_i, s) => overdrachtKandidaten(s.aangemeld()),
  'overdracht.uitvoeren': async (i, s) => overdrachtUitvoeren(s.aangemeld(), i.dossierId, i.doelmap, undefined, i.gemarkeerdBekeken),
  'overdracht.buitenApp.vastleggen': async (i, s) => buitenAppVastleggen(s.aangemeld(), i),
  'overdracht.buitenApp.lijst': async (i, s) => buitenAppLijst(s.aangemeld(), i.dossierId),
  'ontvangen.lijst': async (_i, s) => ontvangenLijst(s.aangemeld()),
  'ontvangen.detail': async (i, s) => ontvangenDetail(s.aangemeld(), i.id),
  'terugmelding.maken': async (i, s) => terugmeldingMaken(s.aangemeld(), i),
  'verwijderverzoek.maken': async (i, s) => verwijderverzoekMaken(s.aangemeld(), i),
  'agendapakket.redactie': async (i, s) => agendapakketRedactie(s.aangemeld(), i.overlegId),
  'agendapakket.maken': async (i, s) => agendapakketMaken(s.aangemeld(), i.overlegId, i.doelmap, i.gemarkeerdBekeken),
  'signalen.terugsturen': async (i, s) => signalenTerugsturen(s.aangemeld(), i.overlegId, i.doelmap),
} satisfies Partial<Handlers>;
