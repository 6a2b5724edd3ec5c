/**
 * The handover (art. 16.5, 12.19): after a decision, each acting partner receives in one bundle what
 * it needs for its own action — no more. Step one shows, per recipient, what it will and will not get
 * (with the article) and what blocks the handover (a missing consent, no trusted key, a partner that
 * left); step two writes one bundle per recipient, each provision logged; step three is the purge
 * (keten/opschonen.ts), shown and confirmed separately.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { formatCasusSchema } from '@shared/domein/signaal';
import type { Bestand } from '../bestand/bestand';
import { itemsVanDossier, ontvangers } from '../beleid/gegevens';
import { magVerstrekken } from '../beleid/magVerstrekken';
import { afgeleideContext, verstrekken } from '../beleid/verstrekken';
import type { Beslissing } from '../beleid/typen';
import type { Afgeleid } from '../beleid/nodig';
import { bundelMaken, type GemaakteBundel } from '../bundels/maken';
import { buitenEuEer, buitenHetConvenant, partnerOpId } from '../bundels/kring';
import { vertrouwdeSleutelVan } from '../bundels/sleutels';
import { dossierRij } from '../keten/dossiers';
import { formulierVan, signaalRij } from '../keten/signalen';
import { anoniemeVorm, redactorsVoorSignalen, tekstRedigeren } from '../keten/anoniemeVorm';
import { vrijgaveToetsen, vrijgaveVastleggen } from '../keten/vrijgave';
import { geenRedactie, redactieOptellen, type Redactieverslag } from '@shared/domein/redactie';
import { formulierNaarReis } from './reis';

export interface Ontvangervoorbeeld {
  partner: { id: number; code: string; naam: string };
  interventies: Array<{ id: number; omschrijving: string; deadline: string }>;
  items: Array<{ sleutel: string; omschrijving: string; beslissing: Beslissing }>;
  /** What the partner needs (art. 9.4, 12.19): the ketenregisseur's choice with who made it, or the suggestion. */
  nodig: NonNullable<Afgeleid['keuze']>;
  /** What stops this recipient's bundle: a missing key, a partner outside the circle; with the article. */
  blokkades: Array<{ reden: string; artikel: string }>;
  /** What the anonymised free text of this bundle lost and what still looks identifying (ADR 0032). */
  redactie: Redactieverslag;
}

/** Recipients are the partners with an intervention on this dossier (the EMM for art. 13.4). */
async function ontvangersVan(b: Bestand, dossierId: number) {
  return b.v.all<{ partner_id: number; id: number; omschrijving: string; deadline: string }>(
    "SELECT partner_id, id, omschrijving, deadline FROM interventies WHERE dossier_id = ? AND status IN ('toegewezen', 'in-uitvoering') ORDER BY partner_id, id",
    [dossierId],
  );
}

export async function overdrachtVoorbereiden(b: Bestand, dossierId: number): Promise<{ dossier: { id: number; nummer: string }; ontvangers: Ontvangervoorbeeld[] }> {
  const d = await dossierRij(b, dossierId);
  const interventies = await ontvangersVan(b, dossierId);
  if (!interventies.length) throw new KetenFout('CONFLICT', melding('overdracht.geenInterventies', { nummer: d.nummer }), { artikel: 'art. 16.5' });
  const items = await itemsVanDossier(b.v, dossierId);
  const alle = await ontvangers(b.v);
  const uit: Ontvangervoorbeeld[] = [];
  for (const partnerId of new Set(interventies.map((i) => i.partner_id))) {
    const o = alle.find((x) => x.id === partnerId)!;
    // Art. 16.5: the task comes from its interventions; what it gets, from the choice of what it needs.
    const { context, keuze } = await afgeleideContext(b, dossierId, o, 'overdracht', items);
    const rp = (await partnerOpId(b.v, partnerId))!;
    const blokkades = [buitenHetConvenant(rp, context.datum), buitenEuEer(rp)].filter((x): x is { artikel: string; reden: string } => x !== null);
    if (!(await vertrouwdeSleutelVan(b, partnerId).catch(() => null))) {
      blokkades.push({ artikel: 'art. 21.9', reden: `Er is geen bevestigde sleutel van ${o.naam}; importeer zijn publieke sleutel en bevestig de vingerafdruk` });
    }
    const voorbeeld = {
      partner: { id: o.id, code: o.code, naam: o.naam },
      interventies: interventies.filter((i) => i.partner_id === partnerId).map((i) => ({ id: i.id, omschrijving: i.omschrijving, deadline: i.deadline })),
      items: items.map((item) => ({ sleutel: item.sleutel, omschrijving: item.omschrijving, beslissing: magVerstrekken(item, o, 'overdracht', context) })),
      nodig: keuze!,
      blokkades,
      redactie: geenRedactie(),
    };
    // The review shows what this bundle's anonymised free text will be: built here as it will be written.
    voorbeeld.redactie = (await inhoudVoor(b, dossierId, voorbeeld)).redactie;
    uit.push(voorbeeld);
  }
  return { dossier: { id: d.id, nummer: d.nummer }, ontvangers: uit };
}

/**
 * What one recipient receives: the dossier's frame, its own interventions, the items in their allowed
 * form; and what the anonymised free text in it lost and still looks identifying (ADR 0032).
 */
async function inhoudVoor(b: Bestand, dossierId: number, v: Ontvangervoorbeeld) {
  const d = await dossierRij(b, dossierId);
  const kwalificatie = (await b.v.get<{ kwalificatie: string }>('SELECT kwalificatie FROM dossiers WHERE id = ?', [dossierId]))?.kwalificatie ?? '';
  const gegevens: Array<Record<string, unknown>> = [];
  const redactie = geenRedactie();
  const toegestaan = v.items.filter((i) => i.beslissing.toegestaan);
  // The persons of this dossier's signals are matched in any spelling, the rest of the bestand with a capital.
  const signaalIds = (await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ?', [dossierId])).map((r) => r.id);
  const redactors = await redactorsVoorSignalen(b, signaalIds);
  for (const { sleutel, beslissing } of toegestaan) {
    const [soort, ruwId] = sleutel.split(':') as ['signaal' | 'navraag', string];
    if (soort === 'signaal') {
      const r = await signaalRij(b, Number(ruwId));
      const volledig = await formulierVan(b, r);
      let formulier = volledig;
      if (beslissing.vorm !== 'identificeerbaar') {
        const anoniem = await anoniemeVorm(b, formatCasusSchema.parse(volledig));
        formulier = anoniem.formulier;
        redactieOptellen(redactie, anoniem.redactie, `Signaal ${r.nummer}`);
      }
      gegevens.push({ soort, nummer: r.nummer, vorm: beslissing.vorm, artikel: beslissing.artikel, ...(await formulierNaarReis(b.v, formulier)) });
    } else {
      const n = await b.v.get<{ vraag: string; antwoord: string; beantwoord_op: string }>('SELECT vraag, antwoord, beantwoord_op FROM navragen WHERE id = ?', [Number(ruwId)]);
      // An answer in anonymised form is free text like the summary: redacted the same way (ADR 0032).
      const anoniem = beslissing.vorm !== 'identificeerbaar';
      const tekst = (t: string, veld: string) => (anoniem ? tekstRedigeren(t, `Navraag ${ruwId}: ${veld}`, redactie, redactors) : t);
      gegevens.push({ soort, referentie: ruwId, vorm: beslissing.vorm, artikel: beslissing.artikel, vraag: tekst(n?.vraag ?? '', 'vraag'), antwoord: tekst(n?.antwoord ?? '', 'antwoord'), beantwoordOp: n?.beantwoord_op ?? '' });
    }
  }
  // The task's description is free text as well. It stays as written only when the partner may identify
  // every person it receives (art. 9.5: identifying only where needed); otherwise it is redacted.
  const identificeerbaar = toegestaan.length > 0 && toegestaan.every((i) => i.beslissing.vorm === 'identificeerbaar');
  const interventies = v.interventies.map((i) => ({ id: `I${i.id}`, omschrijving: identificeerbaar ? i.omschrijving : tekstRedigeren(i.omschrijving, `Interventie I${i.id}: omschrijving`, redactie, redactors), uiterlijk: i.deadline }));
  return {
    inhoud: { dossier: { nummer: d.nummer, kwalificatie, fase: d.fase }, interventies, gegevens },
    redactie,
  };
}

export async function overdrachtUitvoeren(
  b: Bestand,
  dossierId: number,
  doelmap: string,
  voortgang?: (stap: string, detail?: string) => void,
  gemarkeerdBekeken = false,
): Promise<{ bundels: GemaakteBundel[]; overgeslagen: Array<{ partner: string; reden: string }> }> {
  const voorbeeld = await overdrachtVoorbereiden(b, dossierId);
  // The anonymised free text leaves only after the user saw what still looks identifying (ADR 0032).
  const vrijgave = {
    soort: 'overdracht',
    onderwerp: `dossier:${voorbeeld.dossier.nummer}`,
    verslag: voorbeeld.ontvangers.reduce((t, o) => redactieOptellen(t, o.redactie, o.partner.naam), geenRedactie()),
    bekeken: gemarkeerdBekeken,
  } as const;
  vrijgaveToetsen(vrijgave);
  const geblokkeerd = voorbeeld.ontvangers.filter((o) => o.blokkades.length);
  if (geblokkeerd.length) {
    const eerste = geblokkeerd[0]!.blokkades[0]!;
    throw new KetenFout('CONVENANTREGEL', melding('overdracht.geblokkeerd', { blokkades: geblokkeerd.map((o) => `${o.partner.naam}: ${o.blokkades.map((x) => x.reden).join('; ')}`).join(' — ') }), { artikel: eerste.artikel });
  }
  const bundels: GemaakteBundel[] = [];
  for (const [i, o] of voorbeeld.ontvangers.entries()) {
    voortgang?.('schrijven', `${i + 1} van ${voorbeeld.ontvangers.length}: ${o.partner.code}`);
    const uitkomst = await verstrekken(b, { ontvangerId: o.partner.id, dossierId, doel: 'overdracht', soort: 'bundel', alleenToegestaan: true });
    const { inhoud } = await inhoudVoor(b, dossierId, o);
    bundels.push(
      await bundelMaken(b, {
        soort: 'overdracht',
        aan: [o.partner.id],
        inhoud,
        doelmap,
        ...(uitkomst.verstrekkingId ? { verstrekkingIds: [uitkomst.verstrekkingId] } : {}),
      }),
    );
  }
  const d = await dossierRij(b, dossierId);
  await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'overdracht',?)", [
    dossierId,
    new Date().toISOString(),
    b.gebruiker.naam,
    `Overgedragen aan ${voorbeeld.ontvangers.map((o) => o.partner.code).join(', ')} (art. 16.5)`,
  ]);
  await b.audit('overdracht.uitgevoerd', `dossier:${d.nummer}`, { bundels: bundels.map((x) => x.id), ontvangers: voorbeeld.ontvangers.map((o) => o.partner.code) });
  await vrijgaveVastleggen(b, vrijgave);
  return { bundels, overgeslagen: [] };
}
