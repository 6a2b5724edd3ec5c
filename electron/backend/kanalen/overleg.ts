/** Handlers for meetings, agendas, meeting mode, interventions, evaluation and the dashboard. */
import { OVERLEG_OVERGANGEN } from '../../../shared/domein/overleg';
import type { Handlers } from './handler';
import type { Bestand } from '../bestand/bestand';
import { ontvangers } from '../beleid/gegevens';
import * as overleggen from '../overleg/overleggen';
import * as agenda from '../overleg/agenda';
import * as besluiten from '../overleg/besluiten';
import * as interventies from '../overleg/interventies';
import { overlegPdfOpslaan } from '../overleg/documenten';
import { dashboard } from '../overleg/dashboard';
import { kwalificatieLijst } from '../keten/kwalificaties';
import { bewaartermijnVerwerken, opschonen, opschoonplan } from '../keten/opschonen';
import { jaarplanVoorstellen, planningControleren } from '../overleg/planner';

const kwalificaties = (b: Bestand) => kwalificatieLijst(b.v);

async function overlegDetail(b: Bestand, id: number, weergaveVoor: number | null) {
  const rij = (await overleggen.overleggenLijst(b)).find((o) => o.id === id);
  await overleggen.overlegRij(b, id);
  const ontvanger = weergaveVoor === null ? null : ((await ontvangers(b.v)).find((o) => o.id === weergaveVoor) ?? null);
  const deelnemers = await b.v.all<{ id: number; partner_id: number | null; naam: string; organisatie: string; deskundige: number; geheimhouding_getekend_op: string | null; aanwezig: number | null }>(
    'SELECT * FROM overleg_deelnemers WHERE overleg_id = ? ORDER BY deskundige, organisatie',
    [id],
  );
  return {
    ...rij!,
    deelnemers: deelnemers.map((d) => ({
      id: d.id,
      partnerId: d.partner_id,
      naam: d.naam,
      organisatie: d.organisatie,
      deskundige: d.deskundige === 1,
      geheimhoudingGetekendOp: d.geheimhouding_getekend_op,
      aanwezig: d.aanwezig === null ? null : d.aanwezig === 1,
    })),
    punten: await agenda.agendapunten(b, id, ontvanger),
    kwalificaties: await kwalificaties(b),
    volgendeStatussen: [...OVERLEG_OVERGANGEN[rij!.status]],
    weergaveVoor: ontvanger ? { partnerId: ontvanger.id, naam: ontvanger.naam } : null,
  };
}

export const overlegHandlers = {
  'overleg.lijst': async (i, s) => overleggen.overleggenLijst(s.aangemeld(), i),
  'overleg.jaarplan': async (i) => {
    const voorstel = jaarplanVoorstellen(i.jaar, { weekdag: i.weekdag as 1 | 2 | 3 | 4 | 5, weekVanDeMaand: i.weekVanDeMaand as 1 | 2 | 3 | 4 });
    return { voorstel: voorstel.map((o) => ({ soort: o.soort, datum: o.datum })), waarschuwingen: planningControleren(voorstel, i.jaar) };
  },
  'overleg.jaarplanVastleggen': async (i, s) => ({ aangemaakt: await overleggen.jaarplanVastleggen(s.aangemeld(), i.overleggen) }),
  'overleg.controleren': async (i, s) => {
    const b = s.aangemeld();
    const rijen = await b.v.all<{ soort: 'zorgoverleg' | 'casusoverleg' | 'stuurgroep' | 'zorggroep'; datum: string; id: number }>('SELECT id, soort, datum FROM overleggen WHERE datum >= ? AND datum < ?', [`${i.jaar - 1}-11-01`, `${i.jaar + 1}-02-01`]);
    return planningControleren(rijen, i.jaar);
  },
  'overleg.plannen': async (i, s) => overleggen.overlegPlannen(s.aangemeld(), i),
  'overleg.verplaatsen': async (i, s) => ({ waarschuwingen: await overleggen.overlegVerplaatsen(s.aangemeld(), i.id, i.datum, i.tijd, i.waarschuwingenBevestigd) }),
  'overleg.detail': async (i, s) => overlegDetail(s.aangemeld(), i.id, i.weergaveVoorPartnerId),
  'overleg.status': async (i, s) => overleggen.statusWijzigen(s.aangemeld(), i.id, i.naar),
  'overleg.deelnemerToevoegen': async (i, s) => ({ id: await overleggen.deelnemerToevoegen(s.aangemeld(), i.overlegId, i) }),
  'overleg.deelnemerBijwerken': async (i, s) => {
    await overleggen.deelnemerBijwerken(s.aangemeld(), i.deelnemerId, i);
    return {};
  },
  'overleg.agendaSamenstellen': async (i, s) => ({ toegevoegd: await agenda.agendaSamenstellen(s.aangemeld(), i.id) }),
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
  'opschonen.bewaartermijn': async (_i, s) => ({ verwijderd: await bewaartermijnVerwerken(s.aangemeld()) }),
  'analyse.overzicht': async (_i, s) =>
    s.aangemeld().v.all<{ maand: string; soortUitbuiting: string; leeftijdsband: string; nationaliteitsgroep: string; bronsoort: string; uitkomst: string; aantal: number }>(
      `SELECT maand, soort_uitbuiting AS soortUitbuiting, leeftijdsband, nationaliteitsgroep, bronsoort, uitkomst, count(*) AS aantal
         FROM analyse_records GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY maand DESC`,
    ),
} satisfies Partial<Handlers>;
