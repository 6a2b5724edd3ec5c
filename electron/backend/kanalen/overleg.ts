/** Handlers for meetings, agendas, meeting mode, interventions, evaluation and the dashboard. */
import type { Handlers } from './handler';
import * as overleggen from '../overleg/overleggen';
import * as agenda from '../overleg/agenda';
import * as besluiten from '../overleg/besluiten';
import * as interventies from '../overleg/interventies';
import { overlegPdfOpslaan } from '../overleg/documenten';
import { statusMetControle } from '../overleg/vaststellen';
import { dashboard } from '../overleg/dashboard';
import { analyseOverzicht, bewaartermijnVerwerken, opschonen, opschoonKandidaten, opschoonplan } from '../keten/opschonen';
import { jaarControleren, overlegDetail } from '../overleg/overlegdetail';
import { jaarplanVoorstellen, planningControleren } from '../overleg/planner';

export const overlegHandlers = {
  'overleg.lijst': async (i, s) => overleggen.overleggenLijst(s.aangemeld(), i),
  'overleg.jaarplan': async (i) => {
    const voorstel = jaarplanVoorstellen(i.jaar, { weekdag: i.weekdag as 1 | 2 | 3 | 4 | 5, weekVanDeMaand: i.weekVanDeMaand as 1 | 2 | 3 | 4 });
    return { voorstel: voorstel.map((o) => ({ soort: o.soort, datum: o.datum })), waarschuwingen: planningControleren(voorstel, i.jaar) };
  },
  'overleg.jaarplanVastleggen': async (i, s) => ({ aangemaakt: await overleggen.jaarplanVastleggen(s.aangemeld(), i.overleggen) }),
  'overleg.controleren': async (i, s) => jaarControleren(s.aangemeld(), i.jaar),
  'overleg.plannen': async (i, s) => overleggen.overlegPlannen(s.aangemeld(), i),
  'overleg.verplaatsen': async (i, s) => ({ waarschuwingen: await overleggen.overlegVerplaatsen(s.aangemeld(), i.id, i.datum, i.tijd, i.waarschuwingenBevestigd) }),
  'overleg.detail': async (i, s) => overlegDetail(s.aangemeld(), i.id, i.weergaveVoorPartnerId),
  'overleg.status': async (i, s) => statusMetControle(s.aangemeld(), i.id, i.naar, i.gemarkeerdBekeken),
  'overleg.deelnemerToevoegen': async (i, s) => ({ id: await overleggen.deelnemerToevoegen(s.aangemeld(), i.overlegId, i) }),
  'overleg.deelnemerBijwerken': async (i, s) => {
    await overleggen.deelnemerBijwerken(s.aangemeld(), i.deelnemerId, i);
    return {};
  },
  'overleg.agendaSamenstellen': async (i, s) => agenda.agendaSamenstellen(s.aangemeld(), i.id, i.keuze),
  'overleg.kandidaten': async (i, s) => agenda.agendakandidaten(s.aangemeld(), i.id),
  'overleg.puntenVerwijderen': async (i, s) => ({ verwijderd: await agenda.puntenVerwijderen(s.aangemeld(), i.overlegId, i.puntIds) }),
  'overleg.puntToevoegen': async (i, s) => ({ id: await agenda.puntToevoegen(s.aangemeld(), i.overlegId, i) }),
  'overleg.puntVerwijderen': async (i, s) => {
    await agenda.puntVerwijderen(s.aangemeld(), i.puntId);
    return {};
  },
  'overleg.volgorde': async (i, s) => {
    await agenda.volgordeWijzigen(s.aangemeld(), i.overlegId, i.puntIds);
    return {};
  },
  'overleg.voorgesteldePartners': async (i, s) => {
    await agenda.voorgesteldePartnersWijzigen(s.aangemeld(), i.puntId, i.partnerIds);
    return {};
  },
  'overleg.notuleren': async (i, s) => {
    await besluiten.puntNotuleren(s.aangemeld(), i.puntId, i);
    return {};
  },
  'overleg.besluiten': async (i, s) => {
    await besluiten.puntBesluiten(s.aangemeld(), i);
    return {};
  },
  'overleg.redactie': async (i, s) => agenda.agendaRedactie(s.aangemeld(), i.id, i.soort),
  'overleg.pdf': async (i, s) => overlegPdfOpslaan(s.aangemeld(), i),
  'interventies.lijst': async (i, s) => interventies.interventiesVan(s.aangemeld(), i),
  'interventies.bijwerken': async (i, s) => {
    await interventies.interventieBijwerken(s.aangemeld(), i.id, i);
    return {};
  },
  'dossiers.evalueren': async (i, s) => ({ geslotenOp: await interventies.dossierEvalueren(s.aangemeld(), i.id, i.evaluatie) }),
  'dashboard.overzicht': async (_i, s) => dashboard(s.aangemeld()),
  'opschonen.plan': async (i, s) => opschoonplan(s.aangemeld(), i.dossierId, i.reden),
  'opschonen.uitvoeren': async (i, s) => opschonen(s.aangemeld(), i.dossierId, i.reden),
  'opschonen.kandidaten': async (_i, s) => opschoonKandidaten(s.aangemeld()),
  'opschonen.bewaartermijn': async (_i, s) => ({ verwijderd: await bewaartermijnVerwerken(s.aangemeld()) }),
  'analyse.overzicht': async (_i, s) => analyseOverzicht(s.aangemeld().v),
} satisfies Partial<Handlers>;
