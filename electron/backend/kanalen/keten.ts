/** Handlers for signals, persons, dossiers, inquiries, consents, the policy matrix and spoed. */
import type { Handlers } from './handler';
import * as signalen from '../keten/signalen';
import * as dossiers from '../keten/dossiers';
import * as indicatoren from '../keten/indicatoren';
import * as navraag from '../keten/navraag';
import * as toestemmingen from '../keten/toestemmingen';
import * as spoed from '../keten/spoed';
import { dossierDetail } from '../keten/dossierdetail';
import { persoonBesluiten, suggesties } from '../keten/suggesties';
import { verstrekkingsmatrix } from '../beleid/matrix';
import { itemsVanDossier, ontvangers } from '../beleid/gegevens';
import { verstrekken, verstrekkingenLijst } from '../beleid/verstrekken';
import { belangenafwegingVastleggen, contextAfleiden, keuzeVastleggen, keuzeVoorDoel, nodigOverzicht, nodigVanDossier } from '../beleid/nodig';
import type { Afgeleid } from '../beleid/nodig';
import { vandaag } from '../klok';

/** How a screen shows the choice or suggestion a context follows (art. 9.4, 12.19). */
const alsNodig = (k: Afgeleid['keuze']) => (k === null ? null : k.bron === 'keuze' ? { bron: k.bron, items: k.items, identificatie: k.identificatie, door: k.door, gekozenOp: k.gekozenOp, toelichting: k.toelichting, ...(k.spoedId === undefined ? {} : { spoedId: k.spoedId }) } : k);

export const ketenHandlers = {
  'instellingen.faseLabels': async (i, s) => {
    const b = s.aangemeld();
    await b.instellingWijzigen('faseLabels', JSON.stringify(i.labels));
    await b.audit('instellingen.gewijzigd', 'bestand', { faseLabels: i.labels });
    return s.info(b);
  },
  'indicatoren.lijst': async (_i, s) => indicatoren.indicatorenLijst(s.aangemeld()),
  'indicatoren.toevoegen': async (i, s) => ({ id: await indicatoren.indicatorToevoegen(s.aangemeld(), i.categorieId, i.tekst) }),
  'indicatoren.wijzigen': async (i, s) => {
    await indicatoren.indicatorWijzigen(s.aangemeld(), i.id, i.tekst);
    return {};
  },
  'indicatoren.intrekken': async (i, s) => {
    await indicatoren.indicatorIntrekken(s.aangemeld(), i.id, i.datum);
    return {};
  },

  'signalen.lijst': async (i, s) => signalen.signalenLijst(s.aangemeld(), i),
  'signalen.detail': async (i, s) => signalen.signaalDetail(s.aangemeld(), i.id, i.vorm),
  'signalen.opslaan': async (i, s) => {
    const b = s.aangemeld();
    const id = await signalen.signaalOpslaan(b, i);
    const r = await signalen.signaalRij(b, id);
    return { id, nummer: r.nummer, status: r.status, kandidaten: r.status === 'ingediend' ? await suggesties(b, id, 'geanonimiseerd') : [] };
  },
  'signalen.conceptVerwijderen': async (i, s) => {
    await signalen.conceptVerwijderen(s.aangemeld(), i.id);
    return {};
  },
  'signalen.besluit': async (i, s) => {
    await signalen.besluitDossiervorming(s.aangemeld(), i.id, i.besluit, i.toelichting);
    return {};
  },

  'personen.suggesties': async (i, s) => suggesties(s.aangemeld(), i.signaalId, i.vorm),
  'personen.besluiten': async (i, s) => {
    await persoonBesluiten(s.aangemeld(), i);
    return {};
  },

  'dossiers.lijst': async (i, s) => dossiers.dossiersLijst(s.aangemeld(), i),
  'dossiers.aantallen': async (_i, s) => dossiers.dossiersPerFase(s.aangemeld()),
  'dossiers.detail': async (i, s) => dossierDetail(s.aangemeld(), i.id, i.vorm),
  'dossiers.maken': async (i, s) => ({ id: await dossiers.dossierMaken(s.aangemeld(), i.signaalIds, i.titel) }),
  'dossiers.signalenToevoegen': async (i, s) => {
    await dossiers.signalenToevoegen(s.aangemeld(), i.id, i.signaalIds);
    return {};
  },
  'dossiers.signaalVerwijderen': async (i, s) => {
    await dossiers.signaalUitDossier(s.aangemeld(), i.id, i.signaalId);
    return {};
  },
  'dossiers.splitsen': async (i, s) => ({ id: await dossiers.dossierSplitsen(s.aangemeld(), i.id, i.signaalIds, i.titel) }),
  'dossiers.faseWijzigen': async (i, s) => {
    await dossiers.faseWijzigen(s.aangemeld(), i.id, i.naar, i.toelichting);
    return {};
  },

  'navraag.vastleggen': async (i, s) => navraag.navraagVastleggen(s.aangemeld(), i),
  'navraag.beantwoorden': async (i, s) => {
    await navraag.navraagBeantwoorden(s.aangemeld(), i);
    return {};
  },
  'toestemmingen.vastleggen': async (i, s) => ({ id: await toestemmingen.toestemmingVastleggen(s.aangemeld(), i) }),
  'toestemmingen.intrekken': async (i, s) => {
    await toestemmingen.toestemmingIntrekken(s.aangemeld(), i.id, i.datum);
    return {};
  },

  'beleid.matrix': async (i, s) => {
    const b = s.aangemeld();
    await dossiers.dossierRij(b, i.dossierId);
    const items = await itemsVanDossier(b.v, i.dossierId);
    const alle = (await ontvangers(b.v)).filter((o) => o.rol !== 'kandidaat' || o.toegetredenOp);
    // The task comes from the interventions and spoed decisions on the dossier, what it needs from the choice.
    // For spoed the choice made in the spoed decision counts (art. 16.9), else the dossier's choice.
    const n = await nodigVanDossier(b.v, i.dossierId);
    const dag = vandaag();
    const afgeleid = new Map(alle.map((o) => [o.id, contextAfleiden(i.doel, o, items, n.taken.get(o.id), keuzeVoorDoel(i.doel, o.id, n), dag)]));
    const rijen = verstrekkingsmatrix(items, alle, i.doel, (o) => afgeleid.get(o.id)!.context);
    return {
      doel: i.doel,
      items: items.map((it) => ({ sleutel: it.sleutel, omschrijving: it.omschrijving, categorie: it.categorie })),
      ontvangers: rijen.map(({ ontvanger: o, beslissingen }) => {
        const a = afgeleid.get(o.id)!;
        return {
          id: o.id,
          code: o.code,
          naam: o.naam,
          soort: o.soort,
          heeftTaak: a.context.ontvangerHeeftTaak,
          taak: a.taak ?? { interventies: [], spoed: [] },
          nodig: a.context.ontvangerHeeftTaak ? alsNodig(a.keuze) : null,
          beslissingen: beslissingen.map((x) => ({ sleutel: x.sleutel, ...x.beslissing })),
        };
      }),
    };
  },
  'nodig.overzicht': async (i, s) => {
    const b = s.aangemeld();
    await dossiers.dossierRij(b, i.dossierId);
    return nodigOverzicht(b, i.dossierId, await itemsVanDossier(b.v, i.dossierId), await ontvangers(b.v));
  },
  'nodig.kiezen': async (i, s) => {
    const b = s.aangemeld();
    await dossiers.dossierRij(b, i.dossierId);
    await keuzeVastleggen(b, i, await itemsVanDossier(b.v, i.dossierId));
    return {};
  },
  'nodig.belangenafweging': async (i, s) => {
    const b = s.aangemeld();
    await dossiers.dossierRij(b, i.dossierId);
    await belangenafwegingVastleggen(b, i.dossierId, i.afweging);
    return {};
  },
  'verstrekkingen.lijst': async (i, s) => verstrekkingenLijst(s.aangemeld(), i.dossierId),
  'verstrekkingen.vastleggen': async (i, s) => {
    const uitkomst = await verstrekken(s.aangemeld(), {
      dossierId: i.dossierId,
      ontvangerId: i.ontvangerId,
      doel: i.doel,
      soort: 'handmatig',
      ...(i.itemSleutels ? { itemSleutels: i.itemSleutels } : {}),
      ...(i.overschrijven ? { overschrijven: i.overschrijven } : {}),
    });
    return {
      verstrekkingId: uitkomst.verstrekkingId,
      verstrekt: uitkomst.verstrekt.map((v) => ({ sleutel: v.sleutel, omschrijving: v.omschrijving })),
      geweigerd: uitkomst.geweigerd.map((g) => ({ sleutel: g.sleutel, omschrijving: g.omschrijving, artikel: g.beslissing.artikel, reden: g.beslissing.reden })),
    };
  },
  'spoed.vastleggen': async (i, s) => ({ id: (await spoed.spoedVastleggen(s.aangemeld(), i)).id }),
  'spoed.voorstel': async (i, s) => spoed.spoedVoorstel(s.aangemeld(), i),
  'spoed.lijst': async (i, s) => spoed.spoedLijst(s.aangemeld(), i.alleenOnbevestigd),
} satisfies Partial<Handlers>;
