/**
 * The charts on the start page (issue 12 §4; docs/ontwerp.md §13): per role the series a user would rather
 * look at than read, from the same query layer as the half-yearly report (`cijfers.ts`) over the last twelve
 * months, suppressed as the report suppresses. Two series are not analysis figures but the role's own work
 * ahead — retention deletions per month and the deadlines of requests of persons concerned — which the role
 * already sees in full elsewhere (`bewaring.plan`, `rechten.lijst`); those are counted, not suppressed
 * (ADR 0040). A role gets a series only if it may call the channel that shows the same figures.
 */
import { kanalen, magRolKanaal, type KanaalNaam } from '@shared/api';
import { komendeMaanden, laatsteMaanden, onderdrukken, type Overzichtsreeksen, type Rapporttabel } from '@shared/domein/analyse';
import { vandaag } from '@shared/datum';
import type { Rol } from '@shared/rollen';
import { nu } from '../klok';
import type { Bestand } from '../bestand/bestand';
import { bewaarplan } from '../bewaring';
import { analyseBijwerken } from '../keten/analyse';
import { interventiesPerPartner, OVERZICHT_KOLOMMEN, signalenNaarBron, signalenNaarFase, signalenPerMaand, tellen } from './cijfers';

/** A running deadline of a request of a person concerned (art. 25.2, 26.2, 27.2); given by `rechten/`, which lies above this area. */
export interface Rechtentermijn {
  soort: string;
  datum: string;
  teLaat: boolean;
}

/** Which charts each role sees on its start page. */
const LEIDEND: readonly Rol[] = ['ketenregisseur', 'assistent-ketenregisseur'];
const ZORG: readonly Rol[] = ['zorgcoordinator', 'assistent-zorgcoordinator'];

export const TE_LAAT = 'te laat';
const VERZOEKSOORTEN = ['inzage', 'correctie', 'verzet'];

/** A table of the role's own work: every number shown, totals included (threshold 0: nothing is below it). */
function werktabel(id: string, titel: string, rijkop: string, rijen: string[], kolommen: string[], tel: (r: string, k: string) => number): Rapporttabel {
  return { id, titel, rijkop, metTotalen: true, ...onderdrukken({ rijen, kolommen, cellen: rijen.map((r) => kolommen.map((k) => tel(r, k))) }, 0) };
}

export async function overzichtsreeksen(b: Bestand, rechtentermijnen: () => Promise<Rechtentermijn[]>): Promise<Overzichtsreeksen> {
  const v = b.v;
  const rol = b.gebruiker.rol;
  const mag = (k: KanaalNaam) => magRolKanaal(kanalen[k], rol, b.instellingen.profiel);
  const dag = vandaag(nu());
  const maanden = laatsteMaanden(dag, 12);
  // As before the report: the records are brought up to date first, so the charts show today's state.
  await v.transactie(() => analyseBijwerken(v));
  const tabellen: Rapporttabel[] = [];
  if (LEIDEND.includes(rol)) {
    // Both charts from one pass over the index (month, source kind, phase).
    const rijen = await tellen(v, maanden, OVERZICHT_KOLOMMEN);
    tabellen.push(await signalenNaarBron(v, maanden, rijen), await signalenNaarFase(v, maanden, rijen));
    tabellen.push(await interventiesPerPartner(v, maanden, ['verlopen', 'te-laat'], 'interventies-termijn', 'Interventies over de termijn per partner'));
  } else if (ZORG.includes(rol)) {
    tabellen.push(await signalenNaarFase(v, maanden));
  } else if (rol === 'bewerker') {
    tabellen.push(await signalenPerMaand(v, maanden));
  }
  if (LEIDEND.includes(rol) && mag('bewaring.plan')) {
    const plan = await bewaarplan(b, { dagen: 180 });
    const komend = komendeMaanden(dag, 7);
    const artikelen = [...new Set(plan.regels.map((r) => r.artikel))];
    tabellen.push(
      werktabel('bewaring', 'Wat de bewaartermijnen per maand verwijderen', 'Maand', komend, artikelen, (m, a) =>
        plan.gepland.filter((g) => g.datum.startsWith(m) && g.artikel === a).reduce((s, g) => s + g.aantal, 0),
      ),
    );
  }
  if (LEIDEND.includes(rol) && mag('rechten.lijst')) {
    const termijnen = await rechtentermijnen();
    const rijen = [TE_LAAT, ...komendeMaanden(dag, 3)];
    tabellen.push(
      werktabel('rechten', 'Termijnen van verzoeken van betrokkenen', 'Termijn', rijen, VERZOEKSOORTEN, (r, s) =>
        termijnen.filter((t) => t.soort === s && (r === TE_LAAT ? t.teLaat : !t.teLaat && t.datum.startsWith(r))).length,
      ),
    );
  }
  return { maanden, tabellen };
}
