/** Handlers of the rights of persons concerned (art. 23–27): the register, finding the requester, the informing duty. */
import type { Handlers } from './handler';
import * as verzoeken from '../rechten/verzoeken';
import { personenZoeken } from '../rechten/personen';
import { informeertaken, informerenVastleggen } from '../rechten/informeren';
import { rechtenOverzicht } from '../rechten/overzicht';

export const rechtenHandlers = {
  'rechten.overzicht': async (_i, s) => rechtenOverzicht(s.aangemeld()),
  'rechten.lijst': async (i, s) => verzoeken.verzoekenLijst(s.aangemeld(), i),
  'rechten.detail': async (i, s) => verzoeken.verzoekDetail(s.aangemeld(), i.id),
  'rechten.nieuw': async (i, s) => ({ id: await verzoeken.verzoekRegistreren(s.aangemeld(), i) }),
  'rechten.identiteit': async (i, s) => {
    await verzoeken.identiteitVastleggen(s.aangemeld(), i.id, i.wijze, i.op);
    return {};
  },
  'rechten.personenZoeken': async (i, s) => personenZoeken(s.aangemeld(), i.verzoekId, i),
  'rechten.persoonBevestigen': async (i, s) => {
    await verzoeken.persoonBevestigen(s.aangemeld(), i.verzoekId, i.persoonId);
    return {};
  },
  'rechten.persoonLosmaken': async (i, s) => {
    await verzoeken.persoonLosmaken(s.aangemeld(), i.verzoekId, i.persoonId);
    return {};
  },
  'rechten.besluiten': async (i, s) => {
    await verzoeken.besluiten(s.aangemeld(), i.id, i.besluit, i.gronden, i.motivering);
    return {};
  },
  'rechten.uitgevoerd': async (i, s) => {
    await verzoeken.uitgevoerdVastleggen(s.aangemeld(), i.id);
    return {};
  },
  'rechten.beantwoorden': async (i, s) => {
    await verzoeken.beantwoorden(s.aangemeld(), i.id, i.op, i.wijze);
    return {};
  },
  'rechten.intrekken': async (i, s) => {
    await verzoeken.intrekken(s.aangemeld(), i.id, i.toelichting);
    return {};
  },
  'rechten.vergoeding': async (i, s) => {
    await verzoeken.vergoedingVastleggen(s.aangemeld(), i.id, i);
    return {};
  },
  'rechten.informerenLijst': async (i, s) => {
    const b = s.aangemeld();
    const taken = await informeertaken(b, i.alleenOpen);
    // The privacy-medewerker sees these names only for the informing duty (ADR 0022): every look is logged.
    await b.audit('rechten.informeertaken-ingezien', 'informatieplicht', { aantal: taken.length });
    return taken;
  },
  'rechten.informerenVastleggen': async (i, s) => {
    await informerenVastleggen(s.aangemeld(), i);
    return {};
  },
} satisfies Partial<Handlers>;
