/**
 * The inzage answer (art. 25.3; ADR 0023): for the persons the privacy-medewerker confirmed, one
 * document in plain Dutch with everything held about them — personalia, signals with their form fields,
 * dossiers, meeting decisions, interventions, navragen, consents — the purposes, the categories, the
 * recipients from the verstrekkingenlog and the sources. What art. 25.4 allows to withhold is left out
 * and marked with its ground; data about other persons in the same signal is never in it (25.4 sub e).
 * Shown on screen first (`inzageVoorbeeld`), then made as PDF (`inzageMaken`), whose release is itself a
 * provision to the person (art. 25.3) and audited.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import {
  grondArtikel,
  INZAGE_WEIGERGRONDEN,
  type Achterhouden,
  type InzageDocument,
  type InzageOnderdeel,
} from '@shared/domein/inzage';
import type { Bestand } from '../bestand/bestand';
import { auditKop } from '../bestand/audit';
import { categorieVanBron } from '../beleid/categorie';
import { BETROKKENE_ZELF, verstrekkingAanBetrokkene } from '../beleid/verstrekken';
import type { PersoonRij } from '../keten/personen';
import { BESLUITTEKST, doelmapControleren, documentSchrijven } from '../overleg/documenten';
import { nu } from '../klok';
import { bevestigdePersonen, signalenVanPersonen } from './betrokkenen';
import { inzagePdf } from './inzagepdf';

const plaatsen = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** Art. 7.1–7.6 in plain words: why the chain processes these data at all. */
export const DOELEN = [
  'Signalen over mogelijke mensenhandel op één centraal punt verzamelen en vastleggen, en daarover navraag doen bij het RIEC en het Expertisecentrum Mensenhandel en Mensensmokkel (art. 7.1).',
  'Signalen combineren en dossiers samenstellen over concrete gevallen van mogelijke mensenhandel (art. 7.2 en 7.3).',
  'Die dossiers met de betrokken organisaties in het zorgoverleg en het casusoverleg bespreken en beslissen of er actie nodig is, welke en door wie (art. 7.4).',
  'Het optreden van de organisaties op elkaar afstemmen en dossiers doorgeven aan de organisatie die moet handelen (art. 7.5 en 7.6).',
];

const CATEGORIEUITLEG: Record<string, { naam: string; uitleg: string }> = {
  personalia: { naam: 'Persoonsgegevens', uitleg: 'uw naam, geboortedatum, geslacht, adres, woonplaats, nationaliteit, verblijfstatus en woonsituatie, zoals een melder die heeft doorgegeven' },
  algemeen: { naam: 'Gegevens over de situatie', uitleg: 'wat er is gemeld over mogelijke uitbuiting, en wat de organisaties daarover hebben besloten en gedaan' },
  zorg: { naam: 'Zorggegevens', uitleg: 'gegevens van een zorg- of hulpverleningsorganisatie' },
  fiscaal: { naam: 'Gegevens van de Belastingdienst', uitleg: 'gegevens die de Belastingdienst heeft geleverd' },
  strafrechtelijk: { naam: 'Strafrechtelijke gegevens', uitleg: 'gegevens over mogelijke strafbare feiten' },
};

const ROLWOORD: Record<string, string> = { slachtoffer: 'mogelijk slachtoffer', pleger: 'mogelijke dader', faciliteerder: 'mogelijke helper (faciliteerder)' };
const GESLACHT: Record<string, string> = { vrouw: 'vrouw', man: 'man', anders: 'anders', onbekend: 'onbekend' };
const DOELWOORD: Record<string, string> = {
  navraag: 'navraag: gevraagd wat deze organisatie over de zaak weet',
  advies: 'advies van het RIEC',
  overleg: 'bespreking in een overleg',
  overdracht: 'overdracht aan een organisatie die moet handelen',
  spoed: 'direct ingrijpen (spoed)',
  emm: 'de hele zaak naar het Expertisecentrum',
  inzage: 'inzage door uzelf',
};
const VORMWOORD: Record<string, string> = { identificeerbaar: 'met uw naam', geanonimiseerd: 'zonder uw naam (geanonimiseerd)' };
const TOESTEMMINGWOORD: Record<string, string> = {
  'riec-emm': 'toestemming van de leverende organisatie om gegevens aan het RIEC of het Expertisecentrum te geven',
  'zorg-operationeel': 'instemming van de zorgcoördinator om zorggegevens in te zetten',
  'ovj-strafrechtelijk': 'toestemming van de Officier van Justitie om strafrechtelijke gegevens te delen',
};

/** Form fields in plain words, per block of the Format casus (the personalia come from the person row). */
const VRAAGVELDEN: Array<[keyof FormatCasus, Record<string, string>]> = [
  ['vraag1', { zitInProstitutie: 'Werkt in de prostitutie', sindsWanneer: 'Sinds wanneer', waar: 'Waar', watVoorProstitutie: 'Soort prostitutie', wieOpDeHoogte: 'Wie is op de hoogte', dreigtInProstitutie: 'Dreigt in de prostitutie te komen', waaruitBlijktDat: 'Waaruit dat blijkt' }],
  ['vraag2', { hoeUitgebuit: 'Hoe er mogelijk wordt uitgebuit', waaruitBlijktDat: 'Waaruit dat blijkt', sindsWanneer: 'Sinds wanneer', waar: 'Waar', watVoorWerk: 'Soort werk', wieOpDeHoogte: 'Wie is op de hoogte', overigeBijzonderheden: 'Overige bijzonderheden' }],
  ['dwang', { isErSprake: 'Is er sprake van dwang', waaruitBlijkt: 'Waaruit dat blijkt', andereFactoren: 'Andere factoren', vindtSlachtofferZelf: 'Wat het slachtoffer er zelf van vindt' }],
  ['handhaving', { strafbareFeiten: 'Zijn er strafbare feiten gepleegd', welkeEnDoorWie: 'Welke en door wie', waaruitBlijkt: 'Waaruit dat blijkt' }],
  ['hulpverlening', { wordtHulpGeboden: 'Wordt er hulp geboden', welkeHulp: 'Welke hulp', welkeInstanties: 'Welke instanties', vervolgacties: 'Vervolgacties' }],
];

const datumWoord = (s: string | null | undefined): string => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? nlDatum(s.slice(0, 10)) : (s ?? ''));
const vul = (velden: Array<{ label: string; waarde: string }>) => velden.filter((v) => v.waarde.trim() !== '');

function personalia(p: Pick<PersoonRij, 'naam' | 'geboortedatum' | 'geslacht' | 'adres' | 'woonplaats' | 'nationaliteit' | 'verblijfstatus' | 'woonsituatie'>) {
  return vul([
    { label: 'Naam', waarde: p.naam },
    { label: 'Geboortedatum', waarde: datumWoord(p.geboortedatum) },
    { label: 'Geslacht', waarde: p.geslacht === 'onbekend' ? '' : (GESLACHT[p.geslacht] ?? p.geslacht) },
    { label: 'Adres', waarde: p.adres },
    { label: 'Woonplaats', waarde: p.woonplaats },
    { label: 'Nationaliteit', waarde: p.nationaliteit },
    { label: 'Verblijfstatus', waarde: p.verblijfstatus },
    { label: 'Woonsituatie', waarde: p.woonsituatie },
  ]);
}

interface Verzameld {
  onderdelen: InzageOnderdeel[];
  categorieen: Set<string>;
  bronnen: Set<string>;
  /** Items as the verstrekkingenlog names them ("signaal:12", "navraag:3"), to find the recipients. */
  logsleutels: Set<string>;
  /** Per provision, the parts it carried: named only once it is known what is withheld. */
  welkeGegevens: Map<string, Array<{ sleutel: string; tekst: string }>>;
}

const onderdeel = (sleutel: string, soort: InzageOnderdeel['soort'], titel: string, velden: InzageOnderdeel['velden'], opmerking = ''): InzageOnderdeel => ({
  sleutel,
  soort,
  titel,
  velden,
  opmerking,
  achtergehouden: null,
});

/** Everything held about the persons, before anything is withheld. */
async function verzamelen(b: Bestand, persoonIds: readonly number[]): Promise<{ rijen: PersoonRij[]; v: Verzameld }> {
  const rijen = await bevestigdePersonen(b.v, persoonIds);
  const eigen = new Set(rijen.map((r) => r.id));
  const v: Verzameld = { onderdelen: [], categorieen: new Set(['personalia']), bronnen: new Set(), logsleutels: new Set(), welkeGegevens: new Map() };
  for (const r of rijen) v.onderdelen.push(onderdeel(`persoon:${r.id}`, 'persoon', `Persoonsgegevens${r.naam ? ` (${r.naam})` : ''}`, personalia(r)));

  const koppelingen = await signalenVanPersonen(b.v, [...eigen]);
  const signaalIds = [...new Set(koppelingen.map((k) => k.signaalId))];
  const partners = new Map((await b.v.all<{ id: number; naam: string; soort: string }>('SELECT id, naam, soort FROM partners')).map((p) => [p.id, p]));
  const partnernaam = (id: number | null | undefined) => (id ? (partners.get(id)?.naam ?? '') : '');
  const indicatoren = new Map((await b.v.all<{ id: number; tekst: string }>('SELECT id, tekst FROM indicatoren')).map((i) => [i.id, i.tekst]));

  const signalen = signaalIds.length
    ? await b.v.all<{ id: number; nummer: string; status: string; datum_tijd: string; fase: number | null; bron_partner_id: number | null; besluit: string; dossier_id: number | null; formulier: string }>(
        `SELECT s.id, s.nummer, s.status, s.datum_tijd, s.fase, s.bron_partner_id, s.besluit, s.dossier_id, f.formulier FROM signalen s JOIN signaal_formulieren f ON f.signaal_id = s.id WHERE s.id IN (${plaatsen(signaalIds.length)}) ORDER BY s.datum_tijd, s.id`,
        signaalIds,
      )
    : [];
  const anderen = signaalIds.length
    ? await b.v.all<{ signaal_id: number; persoon_id: number }>(`SELECT signaal_id, persoon_id FROM signaal_personen WHERE signaal_id IN (${plaatsen(signaalIds.length)})`, signaalIds)
    : [];
  for (const s of signalen) {
    const f = formatCasusSchema.parse(JSON.parse(s.formulier));
    const rollen = koppelingen.filter((k) => k.signaalId === s.id);
    const bron = partnernaam(s.bron_partner_id ?? f.bron.partnerId);
    const melder = partnernaam(f.melder.partnerId);
    if (bron) v.bronnen.add(bron);
    if (melder) v.bronnen.add(melder);
    const soort = s.bron_partner_id ? partners.get(s.bron_partner_id)?.soort : undefined;
    v.categorieen.add(categorieVanBron((soort ?? 'overig') as Parameters<typeof categorieVanBron>[0]));
    v.logsleutels.add(`signaal:${s.id}`);
    const velden = vul([
      { label: 'Datum van het signaal', waarde: f.datumTijd ? `${datumWoord(f.datumTijd)} ${f.datumTijd.slice(11, 16)}` : datumWoord(s.datum_tijd) },
      { label: 'U staat erin als', waarde: rollen.map((k) => ROLWOORD[k.rol] ?? k.rol).join(', ') },
      // The organisations only: the names of their staff who reported are data about others (art. 25.4 sub e).
      { label: 'Gemeld door', waarde: melder },
      { label: 'Bron', waarde: bron },
      { label: 'Samenvatting', waarde: f.samenvatting },
      { label: 'Vermoeden', waarde: f.vermoedens.map((x) => x.replaceAll('-', ' ')).join(', ') },
      { label: 'Kenmerken (indicatoren)', waarde: f.indicatoren.map((id) => indicatoren.get(id) ?? '').filter(Boolean).join('; ') },
      { label: 'Fase', waarde: s.fase ? String(s.fase) : '' },
    ]);
    for (const [blok, labels] of VRAAGVELDEN) {
      const waarden = f[blok] as Record<string, string>;
      for (const [veld, label] of Object.entries(labels)) {
        const w = waarden[veld] ?? '';
        if (w && w !== 'onbekend') velden.push({ label, waarde: w });
      }
    }
    for (const k of rollen) {
      const rij = rijen.find((r) => r.id === k.persoonId);
      if (rij) for (const p of personalia(rij)) velden.push({ label: `${p.label} (zoals gemeld)`, waarde: p.waarde });
    }
    const derden = anderen.some((a) => a.signaal_id === s.id && !eigen.has(a.persoon_id)) || Object.values(f.omgevingSlachtoffer).some(Boolean) || Object.values(f.omgevingPleger).some(Boolean);
    v.onderdelen.push(
      onderdeel(
        `signaal:${s.id}`,
        'signaal',
        `Signaal ${s.nummer}`,
        velden,
        derden ? 'In dit signaal staan ook gegevens over andere personen. Die zijn hier niet opgenomen, ter bescherming van hun rechten (art. 25.4 sub e).' : '',
      ),
    );
  }

  const dossierIds = [...new Set(signalen.map((s) => s.dossier_id).filter((x): x is number => x !== null))];
  if (dossierIds.length) {
    const dossiers = await b.v.all<{ id: number; nummer: string; titel: string; fase: string; kwalificatie: string; aangemaakt: string; gesloten_op: string | null }>(
      `SELECT id, nummer, titel, fase, kwalificatie, aangemaakt, gesloten_op FROM dossiers WHERE id IN (${plaatsen(dossierIds.length)}) ORDER BY id`,
      dossierIds,
    );
    for (const d of dossiers) {
      v.onderdelen.push(
        onderdeel(`dossier:${d.id}`, 'dossier', `Dossier ${d.nummer}`, vul([
          { label: 'Titel', waarde: d.titel },
          { label: 'Aangemaakt op', waarde: datumWoord(d.aangemaakt) },
          { label: 'Stap in het proces', waarde: d.fase.replaceAll('-', ' ') },
          { label: 'Kwalificatie', waarde: d.kwalificatie },
          { label: 'Gesloten op', waarde: datumWoord(d.gesloten_op) },
        ])),
      );
    }
    const besluiten = await b.v.all<{ id: number; soort: string; datum: string; kwalificatie: string; besluit: string; notities: string; besloten_op: string | null }>(
      `SELECT a.id, o.soort, o.datum, a.kwalificatie, a.besluit, a.notities, a.besloten_op FROM agendapunten a JOIN overleggen o ON o.id = a.overleg_id
        WHERE a.besluit IS NOT NULL AND (a.dossier_id IN (${plaatsen(dossierIds.length)}) OR a.signaal_id IN (${plaatsen(signaalIds.length)})) ORDER BY o.datum, a.id`,
      [...dossierIds, ...signaalIds],
    );
    for (const x of besluiten) {
      v.onderdelen.push(
        onderdeel(`besluit:${x.id}`, 'besluit', `Besluit in het ${x.soort} van ${datumWoord(x.datum)}`, vul([
          { label: 'Besluit', waarde: BESLUITTEKST[x.besluit] ?? x.besluit },
          { label: 'Kwalificatie', waarde: x.kwalificatie },
          { label: 'Aantekeningen', waarde: x.notities },
        ])),
      );
    }
    const interventies = await b.v.all<{ id: number; partner_id: number; omschrijving: string; deadline: string; status: string; uitkomst: string }>(
      `SELECT id, partner_id, omschrijving, deadline, status, uitkomst FROM interventies WHERE dossier_id IN (${plaatsen(dossierIds.length)}) ORDER BY id`,
      dossierIds,
    );
    for (const i of interventies) {
      v.onderdelen.push(
        onderdeel(`interventie:${i.id}`, 'interventie', `Actie door ${partnernaam(i.partner_id)}`, vul([
          { label: 'Wat', waarde: i.omschrijving },
          { label: 'Uiterlijk', waarde: datumWoord(i.deadline) },
          { label: 'Stand', waarde: i.status.replaceAll('-', ' ') },
          { label: 'Uitkomst', waarde: i.uitkomst },
        ])),
      );
    }
    const navragen = await b.v.all<{ id: number; partner_id: number; vraag: string; gevraagd_op: string; beantwoord_op: string | null; antwoord: string; categorie: string }>(
      `SELECT id, partner_id, vraag, gevraagd_op, beantwoord_op, antwoord, categorie FROM navragen WHERE dossier_id IN (${plaatsen(dossierIds.length)}) ORDER BY id`,
      dossierIds,
    );
    for (const n of navragen) {
      v.logsleutels.add(`navraag:${n.id}`);
      if (n.beantwoord_op) {
        v.bronnen.add(partnernaam(n.partner_id));
        v.categorieen.add(n.categorie);
      }
      v.onderdelen.push(
        onderdeel(`navraag:${n.id}`, 'navraag', `Navraag bij ${partnernaam(n.partner_id)}`, vul([
          { label: 'Gevraagd op', waarde: datumWoord(n.gevraagd_op) },
          { label: 'Vraag', waarde: n.vraag },
          { label: 'Beantwoord op', waarde: datumWoord(n.beantwoord_op) },
          { label: 'Antwoord', waarde: n.antwoord },
        ])),
      );
    }
  }

  const navraagIds = [...v.logsleutels].filter((s) => s.startsWith('navraag:')).map((s) => Number(s.slice(8)));
  if (signaalIds.length || navraagIds.length) {
    const toestemmingen = await b.v.all<{ id: number; soort: string; gegeven_door_partner_id: number; ontvanger_partner_id: number | null; gegeven_op: string; ingetrokken_op: string | null }>(
      `SELECT id, soort, gegeven_door_partner_id, ontvanger_partner_id, gegeven_op, ingetrokken_op FROM toestemmingen
        WHERE signaal_id IN (${plaatsen(signaalIds.length)}) OR navraag_id IN (${plaatsen(navraagIds.length)}) ORDER BY id`,
      [...signaalIds, ...navraagIds],
    );
    for (const t of toestemmingen) {
      v.onderdelen.push(
        onderdeel(`toestemming:${t.id}`, 'toestemming', `Toestemming: ${TOESTEMMINGWOORD[t.soort] ?? t.soort}`, vul([
          { label: 'Gegeven door', waarde: partnernaam(t.gegeven_door_partner_id) },
          { label: 'Voor', waarde: t.ontvanger_partner_id ? partnernaam(t.ontvanger_partner_id) : 'iedere ontvanger van deze soort' },
          { label: 'Gegeven op', waarde: datumWoord(t.gegeven_op) },
          { label: 'Ingetrokken op', waarde: datumWoord(t.ingetrokken_op) },
        ])),
      );
    }
  }

  // The recipients (art. 25.3): every provision that carried one of these items, to whom, when, why, under which article.
  const nummers = new Map(signalen.map((s) => [`signaal:${s.id}`, `signaal ${s.nummer}`]));
  const verstrekkingen = await b.v.all<{ id: number; tijd: string; ontvanger: string | null; ontvanger_soort: string; doel: string; items: string; categorieen: string }>(
    'SELECT v.id, v.tijd, p.naam AS ontvanger, v.ontvanger_soort, v.doel, v.items, v.categorieen FROM verstrekkingen v LEFT JOIN partners p ON p.id = v.ontvanger_partner_id ORDER BY v.tijd, v.id',
  );
  for (const r of verstrekkingen) {
    const items = (JSON.parse(r.items) as Array<{ sleutel: string; vorm: string; artikel: string }>).filter((i) => v.logsleutels.has(i.sleutel));
    if (!items.length) continue;
    const sleutel = `verstrekking:${r.id}`;
    v.welkeGegevens.set(sleutel, items.map((i) => ({ sleutel: i.sleutel, tekst: `${nummers.get(i.sleutel) ?? i.sleutel.replace(':', ' ')} (${VORMWOORD[i.vorm] ?? i.vorm})` })));
    v.onderdelen.push(
      onderdeel(sleutel, 'verstrekking', `Gegeven aan ${r.ontvanger_soort === 'betrokkene' ? BETROKKENE_ZELF : (r.ontvanger ?? 'onbekende ontvanger')}`, vul([
        { label: 'Wanneer', waarde: datumWoord(r.tijd) },
        { label: 'Waarvoor', waarde: DOELWOORD[r.doel] ?? r.doel },
        { label: WELKE_GEGEVENS, waarde: '…' },
        { label: 'Op grond van', waarde: [...new Set(items.map((i) => i.artikel))].join(', ') },
      ])),
    );
  }
  return { rijen, v };
}

const WELKE_GEGEVENS = 'Welke gegevens';

/** "signaal S-2026-00001 (met uw naam)"; a withheld part is not named here either (art. 25.4). */
function welkeGegevens(delen: ReadonlyArray<{ sleutel: string; tekst: string }>, achter: ReadonlyMap<string, Achterhouden>): string {
  const genoemd = delen.filter((d) => !achter.has(d.sleutel)).map((d) => d.tekst);
  const weg = delen.length - genoemd.length;
  return [...genoemd, ...(weg ? [weg === 1 ? 'een gegeven dat hierboven niet is opgenomen' : `${weg} gegevens die hierboven niet zijn opgenomen`] : [])].join('; ');
}

/** Builds the document and applies what the privacy-medewerker chose to withhold (art. 25.4). */
export async function inzageDocument(b: Bestand, g: { persoonIds: readonly number[]; achterhouden: readonly Achterhouden[] }): Promise<InzageDocument> {
  const { rijen, v } = await verzamelen(b, g.persoonIds);
  const achter = new Map(g.achterhouden.map((a) => [a.sleutel, a]));
  const bekend = new Set(v.onderdelen.map((o) => o.sleutel));
  const onbekend = [...achter.keys()].filter((k) => !bekend.has(k));
  if (onbekend.length) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('inzage.onderdeelOnbekend', { sleutels: onbekend.join(', ') }), { velden: [{ pad: 'achterhouden', melding: 'Dit onderdeel hoort niet bij deze personen' }] });
  }
  const onderdelen = v.onderdelen.map((o) => {
    const a = achter.get(o.sleutel);
    const delen = v.welkeGegevens.get(o.sleutel);
    if (!a && delen) return { ...o, velden: o.velden.map((x) => (x.label === WELKE_GEGEVENS ? { ...x, waarde: welkeGegevens(delen, achter) } : x)) };
    if (!a) return o;
    // The content goes; what remains says that something was left out, and why (art. 25.4, 25.5).
    return { ...o, titel: TITEL_ACHTERGEHOUDEN[o.soort], velden: [], opmerking: '', achtergehouden: { grond: a.grond, artikel: grondArtikel(a.grond), uitleg: INZAGE_WEIGERGRONDEN[a.grond], toelichting: a.toelichting } };
  });
  return {
    penvoerder: b.instellingen.penvoerder,
    bestandsnaam: b.instellingen.naam,
    gemaaktOp: nu().toISOString(),
    persoonIds: rijen.map((r) => r.id),
    doelen: DOELEN,
    categorieen: [...v.categorieen].filter((c) => c in CATEGORIEUITLEG).map((c) => CATEGORIEUITLEG[c]!),
    bronnen: [...v.bronnen].filter(Boolean).sort(),
    onderdelen,
    aantalAchtergehouden: onderdelen.filter((o) => o.achtergehouden).length,
  };
}

/** A withheld part keeps only its kind: its title could itself tell what was withheld. */
const TITEL_ACHTERGEHOUDEN: Record<InzageOnderdeel['soort'], string> = {
  persoon: 'Persoonsgegevens (niet opgenomen)',
  signaal: 'Een signaal (niet opgenomen)',
  dossier: 'Een dossier (niet opgenomen)',
  besluit: 'Een besluit (niet opgenomen)',
  interventie: 'Een actie (niet opgenomen)',
  navraag: 'Een navraag (niet opgenomen)',
  toestemming: 'Een toestemming (niet opgenomen)',
  verstrekking: 'Een verstrekking (niet opgenomen)',
};

/** The preview on screen: looking at it is a view of personal data, so audited. */
export async function inzageVoorbeeld(b: Bestand, g: { persoonIds: readonly number[]; achterhouden: readonly Achterhouden[]; verzoekId?: number | null | undefined }): Promise<InzageDocument> {
  const doc = await inzageDocument(b, g);
  await b.audit('rechten.inzage.voorbeeld', 'betrokkene', { personen: doc.persoonIds.map((id) => `persoon:${id}`), verzoek: g.verzoekId ?? null, onderdelen: doc.onderdelen.length, achtergehouden: doc.aantalAchtergehouden });
  return doc;
}

/**
 * Makes the PDF in the chosen folder and records its release as a provision to the person (art. 25.3).
 * The file name says nothing about the person; a recording that fails removes the file again.
 */
export async function inzageMaken(
  b: Bestand,
  g: { persoonIds: readonly number[]; achterhouden: readonly Achterhouden[]; verzoekId?: number | null | undefined; doelmap: string },
): Promise<{ pad: string; bytes: number; verstrekkingId: number; onderdelen: number; achtergehouden: number }> {
  const doelmap = await doelmapControleren(g.doelmap);
  const doc = await inzageDocument(b, g);
  const pdf = await inzagePdf(doc, (await auditKop(b.v)).hash);
  const pad = path.join(doelmap, `${doc.gemaaktOp.slice(0, 10).replaceAll('-', '')}-inzage-art25-${crypto.randomBytes(4).toString('hex')}.pdf`);
  await documentSchrijven(doelmap, pad, pdf);
  const verstrekt = doc.onderdelen.filter((o) => !o.achtergehouden && o.soort !== 'verstrekking');
  const categorieen = [...new Set(doc.categorieen.map((c) => c.naam))];
  let verstrekkingId: number;
  try {
    verstrekkingId = await verstrekkingAanBetrokkene(b, {
      persoonIds: doc.persoonIds,
      items: verstrekt,
      categorieen,
      tijd: doc.gemaaktOp,
      details: {
        verzoek: g.verzoekId ?? null,
        achtergehouden: g.achterhouden.map((a) => ({ onderdeel: a.sleutel, artikel: grondArtikel(a.grond) })),
      },
    });
  } catch (err) {
    await fs.rm(pad, { force: true });
    throw err;
  }
  return { pad, bytes: pdf.length, verstrekkingId, onderdelen: doc.onderdelen.length, achtergehouden: doc.aantalAchtergehouden };
}
