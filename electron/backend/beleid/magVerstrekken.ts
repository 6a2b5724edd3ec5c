/**
 * May this item go to this recipient, and in which form? (docs/ontwerp.md §3 "De beleidsmodule";
 * docs/beslissingen/0004.) Pure: no database, no clock — the day comes in `context`, so a table test and
 * every export, agenda pack, print and bundle get the same answer for the same question.
 *
 * The rules, in order; the first refusal wins:
 *   0. art. 27.2/26.1   nothing of a person whose verzet was upheld or whose data is shielded (ADR 0023)
 *   1. art. 15.4        nothing leaves the EU/EEA
 *   2. art. 4/34.3/21.7 only parties on the day (joined, not left), the RIEC and the EMM
 *   3. art. 13.4        a whole case ('emm') goes to the EMM only
 *   4. art. 18          Belastingdienst data only to gemeente, politie, OM and SZW
 *   5. art. 17.2        OM data only on a concrete suspicion
 *   6. art. 9.4/16.5    only what the recipient needs for its own task (not for the RIEC's advice),
 *                       and of that only the items the ketenregisseur chose as needed (12.19, 16.9)
 *   6a. art. 21.6       action on a signal not from a care partner only after weighing the victim's interests
 *   7. art. 14.6/12.17  RIEC and EMM: consent of the supplying partner (for this purpose, art. 14.8)
 *   8. art. 21.8        criminal data beyond the parties: consent of the Officier van Justitie
 *   9. art. 21.5        care data for criminal or administrative action: consent of the zorgcoördinator
 * then the form (art. 6.2, 9.5).
 * Every refusal says what can lift it (ADR 0006): only 6 leaves a judgment the ketenregisseur may
 * override; 7–9 give way to a recorded consent, 5 to a recorded concrete suspicion, 1–4 to nothing.
 * Why this order: 1–6 are refusals no consent can lift, so they come first and nobody is sent to ask for
 * a consent that would not help; among them who the recipient is comes before what the data is, and that
 * before why it would go. 7–9 each give way to one consent; the allowed answer names the last of them.
 */
import { EU_EER_LANDEN, NIET_PARTIJ_ONTVANGERS, type Partnersoort } from '@shared/domein/partner';
import { isPartijOp, type PartnerDatums } from './partnerregels';
import type { Beslissing, Context, Doel, Gegevensitem, Ontvanger, Opheffing, Toestemming, Toestemmingsoort } from './typen';
import { nlDatum } from '@shared/datum';

interface Verstrekking {
  item: Gegevensitem;
  ontvanger: Ontvanger;
  doel: Doel;
  context: Context;
}

interface Weigering {
  soort: 'weigering';
  artikel: string;
  reden: string;
  opheffing: Opheffing;
}

/** A consent that lifted a rule: kept to name it in the allowed answer and in the verstrekkingenlog. */
interface Steun {
  soort: 'steun';
  artikel: string;
  zin: string;
  toestemming: Toestemming;
}

type Regel = (v: Verstrekking) => Weigering | Steun | undefined;

const NIET_TE_OVERSCHRIJVEN = 'Niet te overschrijven';
const TOESTEMMINGSGEVER: Record<Toestemmingsoort, string> = {
  'riec-emm': 'de toestemming van de leverende partner',
  'ovj-strafrechtelijk': 'de toestemming van de Officier van Justitie',
  'zorg-operationeel': 'de instemming van de zorgcoördinator',
};

/** The sentence after a refusal that says whether and how it can be lifted (ADR 0006). */
function hoeOpTeHeffen(o: Opheffing): string {
  switch (o.door) {
    case 'overschrijven':
      return 'Het convenant laat hier een afweging: de ketenregisseur kan deze weigering met een reden overschrijven.';
    case 'toestemming':
      return `${NIET_TE_OVERSCHRIJVEN}; dit is alleen op te heffen door ${TOESTEMMINGSGEVER[o.toestemming]} vast te leggen.`;
    case 'verdenking':
      return `${NIET_TE_OVERSCHRIJVEN}; dit verandert alleen als het OM een concrete verdenking vastlegt.`;
    case 'niets':
      return `${NIET_TE_OVERSCHRIJVEN}: dit is een grens van de wet of van het convenant zelf.`;
    case 'blokkade':
      return `${NIET_TE_OVERSCHRIJVEN}; dit verandert alleen als de blokkade van de persoon met een reden wordt opgeheven.`;
    case 'belangenafweging':
      return `${NIET_TE_OVERSCHRIJVEN}; dit is alleen op te heffen door de afweging van de belangen van het slachtoffer vast te leggen.`;
  }
}

/**
 * Every refusal reads "Geweigerd: …", names its article, and says what can lift it, so the user always
 * sees why and what to do (docs/ontwerp.md §3, ADR 0006).
 */
const weigering = (artikel: string, zin: string, opheffing: Opheffing = { door: 'niets' }): Weigering => ({
  soort: 'weigering',
  artikel,
  reden: `Geweigerd: ${zin} (${artikel}). ${hoeOpTeHeffen(opheffing)}`,
  opheffing,
});
const alleenMetToestemming = (toestemming: Toestemmingsoort): Opheffing => ({ door: 'toestemming', toestemming });
const steun = (artikel: string, zin: string, toestemming: Toestemming): Steun => ({
  soort: 'steun',
  artikel,
  zin,
  toestemming,
});

/** Art. 18.1: the gemeente (each municipal service of art. 2.1), politie, OM, SZW's Arbeidsinspectie and SIOD. */
const FISCALE_ONTVANGERS: readonly Partnersoort[] = ['politie', 'om', 'szw-arbeidsinspectie', 'szw-siod'];
const magFiscaalOntvangen = (s: Partnersoort): boolean => s.startsWith('gemeente-') || FISCALE_ONTVANGERS.includes(s);

/** Care organisations (art. 3.9–3.10, 3.1e, 14.1–14.2): for them care data is not "ingezet" (art. 21.5). */
const ZORGSOORTEN: readonly Partnersoort[] = ['zorgpartner', 'zorgcoordinator', 'bureau-jeugdzorg', 'gemeente-ggd'];

/** Purposes that put data to criminal or administrative use (art. 21.5): action, not weighing. */
const INZET: readonly Doel[] = ['overdracht', 'spoed', 'emm'];

const isRiecOfEmm = (o: Ontvanger): boolean => NIET_PARTIJ_ONTVANGERS.includes(o.soort);

/** isPartijOp reads the role and the two dates; a notice given (art. 34.3) changes nothing until it takes effect. */
const partnerDatums = (o: Ontvanger): PartnerDatums => ({
  rol: o.rol,
  toegetredenOp: o.toegetredenOp,
  uitgetredenPer: o.uitgetredenPer,
  toetredingAangevraagdOp: null,
  opgezegdOp: null,
});
const isPartij = (v: Verstrekking): boolean => isPartijOp(partnerDatums(v.ontvanger), v.context.datum);

const geldtOp = (t: Toestemming, datum: string): boolean =>
  t.gegevenOp <= datum && (t.ingetrokkenOp === null || t.ingetrokkenOp > datum);

/**
 * Art. 14.8: a consent lifts a refusal only for the purpose it was given for, and only when the supplier
 * judged the further processing compatible with the purpose of collection. A consent recorded before the
 * purpose was recorded (doel null) covers every purpose.
 */
const voorDitDoel = (t: Toestemming, doel: Doel): boolean => (t.doel === undefined || t.doel === null || t.doel === doel) && t.verenigbaar !== false;

/** A consent of this kind that covers this recipient on the day, from `gever` when only one partner can give it. */
function geldendeToestemming(v: Verstrekking, soort: Toestemmingsoort, gever?: number): Toestemming | undefined {
  return v.item.toestemmingen.find(
    (t) =>
      t.soort === soort &&
      (gever === undefined || t.gegevenDoorPartnerId === gever) &&
      (t.ontvangerPartnerId === null || t.ontvangerPartnerId === v.ontvanger.id) &&
      geldtOp(t, v.context.datum) &&
      voorDitDoel(t, v.doel),
  );
}

/** Why no consent counts, with art. 14.8 as the deciding article when the only consents are for another purpose. */
interface Waarom {
  zin: string;
  artikel?: string;
}

/**
 * Why no consent counts, as a clause the user can act on: none was given at all, or the one recorded is
 * withdrawn, given too late, for another recipient, or from another partner than the one that must give it.
 */
function waaromNiet(v: Verstrekking, soort: Toestemmingsoort, gever?: number): Waarom {
  const { datum } = v.context;
  const vanSoort = v.item.toestemmingen.filter((t) => t.soort === soort);
  if (vanSoort.length === 0) return { zin: ', en die is niet gegeven' };
  const passend = vanSoort.filter((t) => t.ontvangerPartnerId === null || t.ontvangerPartnerId === v.ontvanger.id);
  if (passend.length === 0) return { zin: `, maar de vastgelegde toestemming geldt niet voor ${v.ontvanger.naam}` };
  const vanGever = passend.filter((t) => gever === undefined || t.gegevenDoorPartnerId === gever);
  if (vanGever.length === 0) return { zin: ', maar er is alleen toestemming van een andere partner dan de leverancier' };
  const geldig = vanGever.filter((t) => geldtOp(t, datum));
  if (geldig.length > 0 && geldig.every((t) => !voorDitDoel(t, v.doel))) {
    const onverenigbaar = geldig.find((t) => t.verenigbaar === false);
    return onverenigbaar
      ? { zin: ', maar de leverende partner oordeelde dat deze verdere verwerking niet verenigbaar is met het doel van de verzameling', artikel: 'art. 14.8' }
      : { zin: `, maar de vastgelegde toestemming is gegeven voor een ander doel (${geldig.map((t) => t.doel ?? '').join(', ')}), niet voor ${v.doel}`, artikel: 'art. 14.8' };
  }
  const ingetrokken = vanGever.find((t) => t.ingetrokkenOp !== null && t.ingetrokkenOp <= datum);
  if (ingetrokken) return { zin: `, maar de vastgelegde toestemming is ingetrokken op ${nlDatum(ingetrokken.ingetrokkenOp ?? datum)}` };
  const later = vanGever.find((t) => t.gegevenOp > datum);
  if (later) return { zin: `, maar de vastgelegde toestemming is pas gegeven op ${nlDatum(later.gegevenOp)}, na ${nlDatum(datum)}` };
  return { zin: `, maar de vastgelegde toestemming geldt niet op ${nlDatum(datum)}` };
}

/** Criminal data (art. 21.8), and whatever the OM supplies, which it may give to parties only (art. 17.1). */
const isStrafrechtelijk = (item: Gegevensitem): boolean =>
  item.categorie === 'strafrechtelijk' || item.bron.soort === 'om';

// ── 0: a blocked person (ADR 0023) ───────────────────────────────────────────────────────────────────

/**
 * Art. 27.2: once a verzet is upheld, processing stops at once — no provision of the person's data to
 * anyone, for any purpose. Art. 26.1: a decided afscherming shields the data the same way. Only lifting
 * the block (rechten/verzet.ts, audited) lifts this; no consent or override does.
 */
const geblokkeerd: Regel = ({ item }) => {
  const b = item.blokkade;
  if (!b) return undefined;
  const blokkade: Opheffing = { door: 'blokkade' };
  return b.grond === 'verzet'
    ? weigering('art. 27.2', `de betrokkene heeft verzet aangetekend en dat verzet is op ${nlDatum(b.sinds)} gegrond verklaard, dus de verwerking van deze gegevens is beëindigd`, blokkade)
    : weigering('art. 26.1', `de gegevens van de betrokkene zijn sinds ${nlDatum(b.sinds)} afgeschermd na een verzoek om correctie`, blokkade);
};

// ── 1–6: refusals no consent can lift ───────────────────────────────────────────────────────────────

const buitenEuEer: Regel = ({ ontvanger: o }) =>
  (EU_EER_LANDEN as readonly string[]).includes(o.land.toUpperCase())
    ? undefined
    : weigering('art. 15.4', `${o.naam} is gevestigd buiten de EU/EER (${o.land})`);

/** The circle of art. 21.7; it holds for anonymised items too (see 0004: case data stays traceable). */
const buitenDeKring: Regel = (v) => {
  const { ontvanger: o, context } = v;
  if ((isRiecOfEmm(o) && o.rol === 'ontvanger') || isPartij(v)) return undefined;
  const nogNietToegetreden = o.toegetredenOp === null || o.toegetredenOp > context.datum;
  if (o.rol === 'kandidaat' || (o.rol === 'partij' && nogNietToegetreden)) {
    return weigering('art. 4', `${o.naam} is op ${nlDatum(context.datum)} nog niet tot het convenant toegetreden`);
  }
  if (o.rol === 'partij') {
    return weigering('art. 34.3', `${o.naam} is per ${nlDatum(o.uitgetredenPer ?? context.datum)} uit het convenant getreden`);
  }
  return weigering('art. 21.7', `${o.naam} is geen convenantpartner, RIEC of EMM, en aan derden gaan geen gegevens`);
};

const heleCasusNietNaarEmm: Regel = ({ doel, ontvanger: o }) =>
  doel === 'emm' && o.soort !== 'emm'
    ? weigering('art. 13.4', `een hele casus gaat alleen naar het EMM, niet naar ${o.naam}`)
    : undefined;

const fiscaalBuitenArt18: Regel = (v) => {
  const { item, ontvanger: o } = v;
  if (item.categorie !== 'fiscaal' && item.bron.soort !== 'belastingdienst') return undefined;
  if (magFiscaalOntvangen(o.soort)) return undefined;
  // 18.1 names who may receive; 18.2 says it again for the other parties.
  const artikel = isPartij(v) ? 'art. 18.2' : 'art. 18.1';
  const wie = 'gemeente, politie, OM, Arbeidsinspectie en SIOD';
  return weigering(artikel, `gegevens van de Belastingdienst gaan alleen naar ${wie}, niet naar ${o.naam}`);
};

const omZonderVerdenking: Regel = ({ item }) =>
  item.bron.soort === 'om' && !item.concreteVerdenking
    ? weigering('art. 17.2', 'het OM verstrekt pas bij een concrete verdenking van een strafbaar feit, en die ontbreekt', { door: 'verdenking' })
    : undefined;

/** Need-to-know is the one judgment the covenant leaves: the ketenregisseur may override it (ADR 0006). */
const AFWEGING: Opheffing = { door: 'overschrijven' };

/** The article of need-to-know for a purpose: handover 16.5, spoed 16.9, anything else 9.4. */
const nodigArtikel = (doel: Doel): string => (doel === 'overdracht' ? 'art. 16.5' : doel === 'spoed' ? 'art. 16.9' : 'art. 9.4');

const geenTaak: Regel = ({ doel, ontvanger: o, context, item }) => {
  if (context.ontvangerHeeftTaak) {
    // Art. 9.4, 12.19, 16.9: a task is not a licence for the whole dossier — only the items chosen as needed.
    if (!context.nodigeItems || context.nodigeItems.includes(item.sleutel)) return undefined;
    const voor = doel === 'spoed' ? 'de onmiddellijke actie' : 'de eigen taak';
    return weigering(nodigArtikel(doel), `de ketenregisseur heeft dit gegeven niet gekozen als nodig voor ${voor} van ${o.naam}`, AFWEGING);
  }
  // The RIEC's advice to ketenregisseur and zorgcoördinator is its own purpose (art. 12.17; considerations).
  if (doel === 'advies' && o.soort === 'riec') return undefined;
  switch (doel) {
    case 'overdracht':
      return weigering('art. 16.5', `${o.naam} heeft in deze zaak geen interventie waarvoor het deze gegevens nodig heeft`, AFWEGING);
    case 'spoed':
      return weigering('art. 16.9', `${o.naam} is niet gevraagd onmiddellijk actie te ondernemen`, AFWEGING);
    default:
      return weigering('art. 9.4', `${o.naam} heeft deze gegevens niet nodig voor een eigen taak in deze zaak`, AFWEGING);
  }
};

/**
 * Art. 21.6: information from a signal not from a care partner is put to criminal or administrative use
 * only after weighing the victim's interests and position against the intended result. Only recording that
 * weighing lifts it; it applies to action (handover, spoed, the whole case to the EMM), not to weighing.
 */
const zonderBelangenafweging: Regel = ({ item, doel }) =>
  item.belangenAfgewogen === false && INZET.includes(doel)
    ? weigering(
        'art. 21.6',
        'informatie uit dit signaal wordt pas strafrechtelijk of bestuursrechtelijk ingezet na een afweging van de belangen en de positie van het slachtoffer tegen het beoogde resultaat, en die is niet vastgelegd',
        { door: 'belangenafweging' },
      )
    : undefined;

// ── 7–9: refusals one consent can lift ──────────────────────────────────────────────────────────────

const riecEmmZonderToestemming: Regel = (v) => {
  if (!isRiecOfEmm(v.ontvanger)) return undefined;
  const artikel = v.doel === 'advies' ? 'art. 12.17' : 'art. 14.6';
  const leverancier = v.item.bron.partnerId;
  const t = geldendeToestemming(v, 'riec-emm', leverancier);
  if (t) return steun(artikel, 'met toestemming van de leverende partner (art. 14.6)', t);
  const waarom = waaromNiet(v, 'riec-emm', leverancier);
  return weigering(waarom.artikel ?? artikel, `${v.ontvanger.naam} krijgt gegevens alleen met uitdrukkelijke toestemming van de leverende partner${waarom.zin}`, alleenMetToestemming('riec-emm'));
};

const strafrechtelijkZonderOvj: Regel = (v) => {
  if (!isStrafrechtelijk(v.item) || isPartij(v)) return undefined;
  const t = geldendeToestemming(v, 'ovj-strafrechtelijk');
  if (t) return steun('art. 21.8', 'met toestemming van de Officier van Justitie (art. 21.8)', t);
  const wat = v.item.bron.soort === 'om' ? 'gegevens van het OM (art. 17.1)' : 'strafrechtelijke persoonsgegevens';
  const waarom = waaromNiet(v, 'ovj-strafrechtelijk');
  return weigering(waarom.artikel ?? 'art. 21.8', `${wat} gaan buiten de partijen alleen met toestemming van de Officier van Justitie${waarom.zin}`, alleenMetToestemming('ovj-strafrechtelijk'));
};

const zorgZonderInstemming: Regel = (v) => {
  if (v.item.categorie !== 'zorg' || !INZET.includes(v.doel)) return undefined;
  if (ZORGSOORTEN.includes(v.ontvanger.soort)) return undefined;
  const t = geldendeToestemming(v, 'zorg-operationeel');
  if (t) return steun('art. 21.5', 'met instemming van de zorgcoördinator (art. 21.5)', t);
  const waarom = waaromNiet(v, 'zorg-operationeel');
  return weigering(waarom.artikel ?? 'art. 21.5', `zorggegevens worden pas strafrechtelijk of bestuursrechtelijk ingezet met instemming van de zorgcoördinator${waarom.zin}`, alleenMetToestemming('zorg-operationeel'));
};

const REGELS: readonly Regel[] = [
  geblokkeerd,
  buitenEuEer,
  buitenDeKring,
  heleCasusNietNaarEmm,
  fiscaalBuitenArt18,
  omZonderVerdenking,
  geenTaak,
  zonderBelangenafweging,
  riecEmmZonderToestemming,
  strafrechtelijkZonderOvj,
  zorgZonderInstemming,
];

// ── The allowed answer: its basis and its form ──────────────────────────────────────────────────────

/** Why the data may go at all when no consent was needed: the purpose's own article. */
function grondslag({ doel, ontvanger: o }: Verstrekking): { artikel: string; zin: string } {
  switch (doel) {
    case 'navraag':
      return isRiecOfEmm(o)
        ? { artikel: 'art. 7.1', zin: `navraag bij ${o.naam} (art. 7.1)` }
        : { artikel: 'art. 16.2', zin: 'navraag bij een partner die informatie over dit geval kan hebben (art. 16.2)' };
    case 'advies':
      return { artikel: 'art. 12.17', zin: 'advies van het RIEC over dit signaal (art. 12.17)' };
    case 'overleg':
      return { artikel: 'art. 7.4', zin: 'deelnemer aan het overleg dat de zaak weegt (art. 7.4)' };
    case 'overdracht':
      return { artikel: 'art. 16.5', zin: 'partij met een taak in deze zaak (art. 16.5)' };
    case 'spoed':
      return { artikel: 'art. 16.9', zin: 'partij die om onmiddellijke actie wordt gevraagd (art. 16.9)' };
    case 'emm':
      return { artikel: 'art. 13.4', zin: 'de hele casus gaat naar het EMM (art. 13.4)' };
  }
}

/** Art. 6.2, 9.5: anonymised unless identification is strictly needed — and the supplier allows it. */
type Vormkeuze = { vorm: 'identificeerbaar' | 'geanonimiseerd'; zin: string };
const geanonimiseerd = (zin: string): Vormkeuze => ({ vorm: 'geanonimiseerd', zin });

function vorm({ item, ontvanger, context }: Verstrekking): Vormkeuze {
  // Art. 21.4 repeats "zo mogelijk geanonimiseerd" for the RIEC and EMM.
  const zoMogelijk = isRiecOfEmm(ontvanger) ? 'art. 21.4' : 'art. 9.5';
  if (!item.identificerend) return geanonimiseerd('geanonimiseerd, want het gegeven is niet tot een persoon herleidbaar (art. 9.5)');
  if (!context.identificatieNodig) return geanonimiseerd(`geanonimiseerd omdat identificatie niet strikt nodig is (${zoMogelijk})`);
  if (!item.identificeerbaarToegestaan) {
    // The supplier stays responsible for how its data is shared (art. 14.6, 20.2): its "anonymised only" stands.
    return geanonimiseerd(
      'geanonimiseerd: identificatie is nodig, maar de leverende partner staat alleen geanonimiseerd delen toe (art. 20.2)',
    );
  }
  return { vorm: 'identificeerbaar', zin: 'identificeerbaar omdat identificatie strikt nodig is (art. 6.2, 9.5)' };
}

function toegestaan(v: Verstrekking, gesteund: readonly Steun[]): Beslissing {
  const basis = grondslag(v);
  const uitVorm = vorm(v);
  // The last consent is the most specific one (21.8 or 21.5 after 14.6): it names the article.
  const beslissend = gesteund.at(-1);
  const zinnen = [basis.zin, ...gesteund.map((s) => s.zin)].join(', ');
  const beslissing: Beslissing = {
    toegestaan: true,
    vorm: uitVorm.vorm,
    artikel: beslissend?.artikel ?? basis.artikel,
    reden: `Toegestaan: ${zinnen}; ${uitVorm.zin}.`,
  };
  if (beslissend) {
    beslissing.toestemmingId = beslissend.toestemming.id;
    beslissing.toestemmingIds = gesteund.map((s) => s.toestemming.id);
  }
  return beslissing;
}

export function magVerstrekken(item: Gegevensitem, ontvanger: Ontvanger, doel: Doel, context: Context): Beslissing {
  const v: Verstrekking = { item, ontvanger, doel, context };
  const gesteund: Steun[] = [];
  for (const regel of REGELS) {
    const uitkomst = regel(v);
    if (uitkomst?.soort === 'weigering') {
      return { toegestaan: false, vorm: 'geen', artikel: uitkomst.artikel, reden: uitkomst.reden, opheffing: uitkomst.opheffing };
    }
    if (uitkomst) gesteund.push(uitkomst);
  }
  return toegestaan(v, gesteund);
}

/**
 * The decision after the ketenregisseur's override (ADR 0006). Only a need-to-know refusal is the
 * covenant's judgment to make, so only that one gives way — and then every later rule still applies:
 * an override of art. 9.4 towards the RIEC still needs the supplier's consent (art. 14.6). Returns the
 * decision as it then stands and whether the override is what made it allowed.
 */
export function naOverschrijving(item: Gegevensitem, ontvanger: Ontvanger, doel: Doel, context: Context): { overschreven: boolean; beslissing: Beslissing } {
  const beslissing = magVerstrekken(item, ontvanger, doel, context);
  if (beslissing.toegestaan || beslissing.opheffing?.door !== 'overschrijven') return { overschreven: false, beslissing };
  const afgewogen = magVerstrekken(item, ontvanger, doel, { ...context, ontvangerHeeftTaak: true, nodigeItems: null });
  return { overschreven: afgewogen.toegestaan, beslissing: afgewogen };
}
