/** Handlers for signals, persons, dossiers, inquiries, consents, the policy matrix and spoed. */
import { OVERGANGEN } from '../../../shared/domein/dossier';
import { anonimiseer, leeftijdOp } from '../../../shared/domein/signaal';
import { vandaag } from '../../../shared/datum';
import type { Handlers } from './handler';
import type { Bestand } from '../bestand/bestand';
import * as signalen from '../keten/signalen';
import * as dossiers from '../keten/dossiers';
import * as indicatoren from '../keten/indicatoren';
import * as navraag from '../keten/navraag';
import * as toestemmingen from '../keten/toestemmingen';
import * as spoed from '../keten/spoed';
import { kandidatenVoor, personenVanSignaal, persoonBesluit } from '../keten/personen';
import { verstrekkingsmatrix } from '../beleid/matrix';
import { itemsVanDossier, ontvangers } from '../beleid/gegevens';
import { verstrekken, verstrekkingenLijst } from '../beleid/verstrekken';
import type { Context, Doel } from '../beleid/typen';

/** Match proposals for the persons of one signal, or for all signals not yet in a dossier. */
async function suggesties(b: Bestand, signaalId: number | undefined, vorm: 'geanonimiseerd' | 'identificeerbaar') {
  const signaalIds = signaalId
    ? [signaalId]
    : (await b.v.all<{ id: number }>("SELECT id FROM signalen WHERE status = 'ingediend' AND dossier_id IS NULL ORDER BY id DESC LIMIT 300")).map((r) => r.id);
  const gezien = new Set<string>();
  const uit = [];
  for (const sid of signaalIds) {
    if (signaalId) await signalen.signaalRij(b, sid);
    for (const { persoon } of await personenVanSignaal(b.v, sid)) {
      for (const k of await kandidatenVoor(b.v, persoon.id)) {
        const paar = [Math.min(k.persoonId, k.kandidaatId), Math.max(k.persoonId, k.kandidaatId)].join('-');
        if (gezien.has(paar)) continue;
        gezien.add(paar);
        const signalenVan = async (pid: number) =>
          b.v.all<{ id: number; nummer: string; rol: string; bron: string }>(
            `SELECT s.id, s.nummer, sp.rol, coalesce(p.naam, '') AS bron FROM signaal_personen sp JOIN signalen s ON s.id = sp.signaal_id
               LEFT JOIN partners p ON p.id = s.bron_partner_id
              WHERE sp.persoon_id IN (SELECT id FROM personen WHERE id = ? OR samengevoegd_in = ?) AND s.status = 'ingediend'`,
            [pid, pid],
          );
        const namen =
          vorm === 'identificeerbaar'
            ? {
                persoon: persoon.naam,
                kandidaat: (await b.v.get<{ naam: string }>('SELECT naam FROM personen WHERE id = ?', [k.kandidaatId]))?.naam ?? '',
              }
            : null;
        uit.push({ ...k, persoonId: persoon.id, signalen: [...(await signalenVan(persoon.id)), ...(await signalenVan(k.kandidaatId))], namen });
      }
    }
  }
  if (vorm === 'identificeerbaar' && uit.length) await b.audit('personen.ingezien', 'matchvoorstellen', { aantal: uit.length });
  return uit;
}

async function dossierDetail(b: Bestand, id: number, vorm: 'geanonimiseerd' | 'identificeerbaar') {
  const d = await dossiers.dossierRij(b, id);
  const lijst = (await dossiers.dossiersLijst(b)).find((x) => x.id === id)!;
  const signaalRijen = await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ? ORDER BY datum_tijd', [id]);
  const signaalInfo = [];
  const betrokkenen = [];
  for (const { id: sid } of signaalRijen) {
    const r = await signalen.signaalRij(b, sid);
    const f = await signalen.formulierVan(b, r);
    const bron = r.bron_partner_id ? (await b.v.get<{ naam: string }>('SELECT naam FROM partners WHERE id = ?', [r.bron_partner_id]))?.naam ?? '' : '';
    signaalInfo.push({ id: r.id, nummer: r.nummer, datumTijd: r.datum_tijd, bron, samenvatting: f.samenvatting, vermoedens: f.vermoedens, delen: r.delen });
    const zicht = vorm === 'identificeerbaar' ? f : anonimiseer(f).formulier;
    for (const p of await personenVanSignaal(b.v, sid)) {
      const gegevens = zicht[p.rol];
      betrokkenen.push({
        persoonId: p.persoon.id,
        rol: p.rol,
        signaal: r.nummer,
        naam: gegevens.naam,
        geboortedatum: gegevens.geboortedatum,
        leeftijd: leeftijdOp(p.persoon.geboortedatum, r.datum_tijd.slice(0, 10) || vandaag()),
        geslacht: gegevens.geslacht,
        nationaliteit: gegevens.nationaliteit,
        woonplaats: gegevens.woonplaats,
      });
    }
  }
  if (vorm === 'identificeerbaar') await b.audit('dossier.ingezien', `dossier:${d.nummer}`, { vorm });
  return {
    ...lijst,
    vorm,
    geslotenOp: d.gesloten_op,
    volgendeFasen: [...OVERGANGEN[d.fase]],
    gebeurtenissen: await dossiers.gebeurtenissen(b, id),
    signalen: signaalInfo,
    betrokkenen,
    navragen: await navraag.navragenVanDossier(b, id),
    toestemmingen: await toestemmingen.toestemmingenVanDossier(b, id),
    spoed: (await spoed.spoedLijst(b)).filter((s) => s.dossier?.id === id),
    verstrekkingen: await verstrekkingenLijst(b, id),
  };
}

/** Who needs what: partners with a task get the identifying form where the rules allow it. */
function contextVoor(doel: Doel, heeftTaak: boolean): Context {
  return { datum: vandaag(), ontvangerHeeftTaak: heeftTaak, identificatieNodig: heeftTaak && ['overdracht', 'spoed', 'navraag'].includes(doel) };
}

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
    const b = s.aangemeld();
    const voorstel = (await kandidatenVoor(b.v, i.persoonId, 50)).find((k) => k.kandidaatId === i.kandidaatId);
    await b.v.transactie(async () => {
      await persoonBesluit(b.v, i.persoonId, i.kandidaatId, i.besluit, voorstel?.redenen ?? [], i.toelichting, b.gebruiker.naam);
      await b.audit('personen.besluit', `persoon:${i.persoonId}`, { kandidaat: i.kandidaatId, besluit: i.besluit, redenen: voorstel?.redenen ?? [], artikel: 'art. 7.2' });
    });
    return {};
  },

  'dossiers.lijst': async (i, s) => dossiers.dossiersLijst(s.aangemeld(), i.fase),
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
    const rijen = verstrekkingsmatrix(items, alle, i.doel, (o) => contextVoor(i.doel, i.takenPartnerIds.includes(o.id)));
    return {
      doel: i.doel,
      items: items.map((it) => ({ sleutel: it.sleutel, omschrijving: it.omschrijving, categorie: it.categorie })),
      ontvangers: rijen.map(({ ontvanger: o, beslissingen }) => ({
        id: o.id,
        code: o.code,
        naam: o.naam,
        soort: o.soort,
        heeftTaak: i.takenPartnerIds.includes(o.id),
        beslissingen: beslissingen.map((x) => ({ sleutel: x.sleutel, ...x.beslissing })),
      })),
    };
  },
  'verstrekkingen.lijst': async (i, s) => verstrekkingenLijst(s.aangemeld(), i.dossierId),
  'verstrekkingen.vastleggen': async (i, s) => {
    const uitkomst = await verstrekken(s.aangemeld(), {
      dossierId: i.dossierId,
      ontvangerId: i.ontvangerId,
      doel: i.doel,
      soort: 'handmatig',
      context: { ontvangerHeeftTaak: true, identificatieNodig: i.identificatieNodig },
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
  'spoed.lijst': async (i, s) => spoed.spoedLijst(s.aangemeld(), i.alleenOnbevestigd),
} satisfies Partial<Handlers>;
