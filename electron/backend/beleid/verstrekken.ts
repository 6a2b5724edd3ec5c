/**
 * The verstrekkingenlog (art. 1j, 25.3): the one function every provision goes through — agenda
 * pack, print, inquiry, spoed, bundle. It asks the policy engine per item and records recipient,
 * items, categories, form, article and the consent used. What the engine refuses is not provided,
 * unless the refusal is one the covenant leaves to judgment (need-to-know, art. 9.4/16.5/16.9) and the
 * ketenregisseur overrides it with a reason, which is recorded and audited (ADR 0006).
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nu, vandaag } from '../klok';
import type { Bestand } from '../bestand/bestand';
import { magVerstrekken, naOverschrijving } from './magVerstrekken';
import { itemsVanDossier, itemsVanSignalen, ontvangers } from './gegevens';
import type { Beslissing, Context, Doel, Gegevensitem, Ontvanger } from './typen';
import { contextAfleiden, keuzeVoorDoel, keuzeVoorLog, nodigVanDossier, type Afgeleid } from './nodig';

export interface Verstrekkingsverzoek {
  ontvangerId: number;
  /** The dossier whose data is provided; or, for signals outside a dossier, `signaalIds`. */
  dossierId: number | null;
  signaalIds?: readonly number[];
  doel: Doel;
  /** What kind of provision this is: navraag, spoed, agenda, print, bundel, handmatig. */
  soort: string;
  /**
   * Given only where no dossier task applies (a meeting agenda). Absent: derived from the recipient's task on
   * the dossier and the ketenregisseur's choice of what it needs (beleid/nodig.ts, art. 9.4, 12.19, 16.9).
   */
  context?: Omit<Context, 'datum'> & { datum?: string };
  /** Only these items; all items of the dossier when absent. */
  itemSleutels?: readonly string[];
  /** Provide what is allowed and leave the rest, instead of refusing the whole provision. */
  alleenToegestaan?: boolean;
  /** A recorded override by the ketenregisseur (docs/ontwerp.md §3). */
  overschrijven?: { reden: string };
}

export interface Verstrekkingsuitkomst {
  verstrekkingId: number | null;
  verstrekt: Array<{ sleutel: string; omschrijving: string; beslissing: Beslissing }>;
  geweigerd: Array<{ sleutel: string; omschrijving: string; beslissing: Beslissing }>;
}

/** The context for one recipient of a dossier: its task, and the choice (or suggestion) of what it needs. */
export async function afgeleideContext(b: Bestand, dossierId: number, ontvanger: Ontvanger, doel: Doel, items: readonly Gegevensitem[]): Promise<Afgeleid> {
  const n = await nodigVanDossier(b.v, dossierId);
  return contextAfleiden(doel, ontvanger, items, n.taken.get(ontvanger.id), keuzeVoorDoel(doel, ontvanger.id, n), vandaag());
}

export async function verstrekken(b: Bestand, verzoek: Verstrekkingsverzoek): Promise<Verstrekkingsuitkomst> {
  const ontvanger = (await ontvangers(b.v)).find((o) => o.id === verzoek.ontvangerId);
  if (!ontvanger) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: verzoek.ontvangerId }));
  let alleItems: Gegevensitem[] = verzoek.dossierId !== null ? await itemsVanDossier(b.v, verzoek.dossierId) : await itemsVanSignalen(b.v, verzoek.signaalIds ?? []);
  let afgeleid: Afgeleid | null = null;
  let context: Context;
  if (verzoek.context) context = { datum: vandaag(), ...verzoek.context };
  else if (verzoek.dossierId !== null) {
    afgeleid = await afgeleideContext(b, verzoek.dossierId, ontvanger, verzoek.doel, alleItems);
    context = afgeleid.context;
  } else context = { datum: vandaag(), ontvangerHeeftTaak: false, identificatieNodig: false };
  const gevraagd = verzoek.itemSleutels;
  // Asked for specific items: those; otherwise the items the choice names (art. 9.4) — the rest is not offered.
  const nodige = context.ontvangerHeeftTaak ? context.nodigeItems : null;
  if (gevraagd) alleItems = alleItems.filter((i) => gevraagd.includes(i.sleutel));
  else if (nodige) alleItems = alleItems.filter((i) => nodige.includes(i.sleutel));
  const uitkomsten = alleItems.map((item) => ({ item, beslissing: magVerstrekken(item, ontvanger, verzoek.doel, context) }));
  const toegestaan = uitkomsten.filter((u) => u.beslissing.toegestaan);
  const geweigerd = uitkomsten.filter((u) => !u.beslissing.toegestaan);
  const overschrijven = geweigerd.length ? verzoek.overschrijven : undefined;
  // After an override: the decision per refused item once the ketenregisseur's judgment is counted.
  const afgewogen = new Map<string, Beslissing>();
  if (overschrijven) {
    if (b.gebruiker.rol !== 'ketenregisseur') {
      throw new KetenFout('GEEN_TOEGANG', melding('verstrekken.overschrijvenAlleenRegisseur'), { artikel: 'art. 12.7' });
    }
    if (overschrijven.reden.trim().length < 10) {
      throw new KetenFout('ONGELDIGE_INVOER', melding('verstrekken.overschrijvenReden'), { velden: [veldfout('overschrijven.reden', melding('veld.overschrijvenReden'))] });
    }
    for (const g of geweigerd) {
      const na = naOverschrijving(g.item, ontvanger, verzoek.doel, context);
      if (!na.overschreven) {
        throw new KetenFout('CONVENANTREGEL', melding('verstrekken.nietTeOverschrijven', { omschrijving: g.item.omschrijving, reden: na.beslissing.reden }), { artikel: na.beslissing.artikel });
      }
      afgewogen.set(g.item.sleutel, na.beslissing);
    }
  } else if (geweigerd.length && !verzoek.alleenToegestaan) {
    const eerste = geweigerd[0]!.beslissing;
    throw new KetenFout(
      'CONVENANTREGEL',
      melding('verstrekken.geweigerd', { naam: ontvanger.naam, weigeringen: geweigerd.map((g) => `${g.item.omschrijving} — ${g.beslissing.reden}`).join('; ') }),
      { artikel: eerste.artikel },
    );
  }
  const teVerstrekken = overschrijven ? uitkomsten : toegestaan;
  if (teVerstrekken.length === 0) return { verstrekkingId: null, verstrekt: [], geweigerd: geweigerd.map(beschrijf) };
  const items = teVerstrekken.map(({ item, beslissing }) => {
    // An overridden item goes in the form the rules give once need-to-know is judged (art. 6.2, 9.5);
    // the log keeps the article that was overridden.
    const na = afgewogen.get(item.sleutel);
    const geldend = na ?? beslissing;
    return {
      sleutel: item.sleutel,
      vorm: geldend.vorm,
      artikel: beslissing.artikel,
      toestemmingId: geldend.toestemmingId ?? null,
      toestemmingIds: geldend.toestemmingIds ?? (geldend.toestemmingId ? [geldend.toestemmingId] : []),
      overschreven: na !== undefined,
    };
  });
  const categorieen = [...new Set(teVerstrekken.map((u) => u.item.categorie))];
  const id = await b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      'INSERT INTO verstrekkingen (tijd, door, ontvanger_partner_id, doel, soort, dossier_id, items, categorieen, overschreven, overschrijf_reden, keuze) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      [nu().toISOString(), b.gebruiker.naam, ontvanger.id, verzoek.doel, verzoek.soort, verzoek.dossierId, JSON.stringify(items), JSON.stringify(categorieen), overschrijven ? 1 : 0, overschrijven?.reden ?? '', keuzeVoorLog(afgeleid?.keuze ?? null)],
    );
    await b.audit('verstrekking', `partner:${ontvanger.code}`, {
      verstrekkingId: lastID,
      doel: verzoek.doel,
      soort: verzoek.soort,
      dossierId: verzoek.dossierId,
      items: items.map((i) => `${i.sleutel}:${i.vorm}`),
      ...(afgeleid?.keuze ? { nodig: afgeleid.keuze.bron === 'keuze' ? `keuze van ${afgeleid.keuze.door}` : 'voorstel' } : {}),
    });
    if (overschrijven) {
      await b.audit('verstrekking.overschreven', `partner:${ontvanger.code}`, {
        verstrekkingId: lastID,
        reden: overschrijven.reden,
        geweigerdDoorBeleid: geweigerd.map((g) => ({ item: g.item.sleutel, artikel: g.beslissing.artikel })),
      });
    }
    return lastID;
  });
  return {
    verstrekkingId: id,
    verstrekt: teVerstrekken.map(beschrijf),
    geweigerd: overschrijven ? [] : geweigerd.map(beschrijf),
  };
}

const beschrijf = ({ item, beslissing }: { item: Gegevensitem; beslissing: Beslissing }) => ({ sleutel: item.sleutel, omschrijving: item.omschrijving, beslissing });

export async function verstrekkingenLijst(b: Bestand, dossierId?: number) {
  const rijen = await b.v.all<{ id: number; tijd: string; door: string; ontvanger: string | null; ontvanger_id: number | null; doel: string; soort: string; dossier_id: number | null; items: string; categorieen: string; overschreven: number; overschrijf_reden: string; keuze: string }>(
    `SELECT v.*, p.naam AS ontvanger, p.id AS ontvanger_id FROM verstrekkingen v LEFT JOIN partners p ON p.id = v.ontvanger_partner_id
      ${dossierId ? 'WHERE v.dossier_id = ?' : ''} ORDER BY v.id DESC LIMIT 500`,
    dossierId ? [dossierId] : [],
  );
  return rijen.map((r) => ({
    id: r.id,
    tijd: r.tijd,
    door: r.door,
    // A provision to the person concerned (art. 25.3) has no partner as recipient (ADR 0023).
    ontvanger: r.ontvanger_id === null ? { id: 0, naam: BETROKKENE_ZELF } : { id: r.ontvanger_id, naam: r.ontvanger ?? '' },
    doel: r.doel,
    soort: r.soort,
    dossierId: r.dossier_id,
    items: JSON.parse(r.items) as Array<{ sleutel: string; vorm: string; artikel: string; toestemmingId: number | null; toestemmingIds?: number[]; overschreven: boolean }>,
    categorieen: JSON.parse(r.categorieen) as string[],
    overschreven: r.overschreven === 1,
    overschrijfReden: r.overschrijf_reden,
    nodig: r.keuze ? (JSON.parse(r.keuze) as { bron: 'keuze' | 'voorstel'; door?: string; gekozenOp?: string; identificatie: boolean }) : null,
  }));
}

export const BETROKKENE_ZELF = 'De betrokkene zelf (inzage, art. 25.3)';

/**
 * Art. 25.3: handing the person concerned the overview of their own data is itself a provision, with
 * the person (not a partner) as recipient. Recorded with the items and categories it held; no policy
 * check, because the covenant gives the person this right and art. 25.4 is applied by whoever withholds.
 */
export async function verstrekkingAanBetrokkene(
  b: Bestand,
  g: { persoonIds: readonly number[]; items: ReadonlyArray<{ sleutel: string }>; categorieen: readonly string[]; tijd: string; details?: Record<string, unknown> },
): Promise<number> {
  const items = g.items.map((i) => ({ sleutel: i.sleutel, vorm: 'identificeerbaar', artikel: 'art. 25.3', toestemmingId: null, toestemmingIds: [], overschreven: false }));
  return b.v.transactie(async () => {
    const { lastID } = await b.v.run(
      "INSERT INTO verstrekkingen (tijd, door, ontvanger_partner_id, ontvanger_soort, persoon_ids, doel, soort, dossier_id, items, categorieen) VALUES (?,?,NULL,'betrokkene',?,'inzage','inzage',NULL,?,?)",
      [g.tijd, b.gebruiker.naam, JSON.stringify(g.persoonIds), JSON.stringify(items), JSON.stringify(g.categorieen)],
    );
    await b.audit('verstrekking', 'betrokkene', { verstrekkingId: lastID, doel: 'inzage', artikel: 'art. 25.3', personen: g.persoonIds.map((id) => `persoon:${id}`), items: items.length, ...g.details });
    return lastID;
  });
}
