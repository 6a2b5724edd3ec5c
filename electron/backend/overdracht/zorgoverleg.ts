/**
 * The zorgoverleg between two installations (art. 12.27–12.33, 14): the centraal bestand sends the
 * zorgcoördinator an agenda pack — the zorgoverleg's signals in her view, through the policy engine
 * and the verstrekkingenlog; her offline installation turns it into a local meeting she runs in
 * meeting mode; she sends back the outcomes and the new signals from care partners in a `signalen`
 * bundle, which the centraal bestand applies to its own meeting and imports as signals.
 * Partners and indicators travel by code: each installation numbers its own rows.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vandaag } from '@shared/datum';
import type { FormatCasus } from '@shared/domein/signaal';
import { ZORG_BESLUITEN, type Besluit, type Overlegsoort } from '@shared/domein/overleg';
import type { TerugkoppelingReis } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import { itemsVanSignalen, ontvangers } from '../beleid/gegevens';
import type { Ontvanger } from '../beleid/typen';
import { kwalificatieVanLijst } from '../keten/kwalificaties';
import { terugkoppeling } from '../overleg/besluitbaar';
import { magVerstrekken } from '../beleid/magVerstrekken';
import { verstrekken } from '../beleid/verstrekken';
import { standaardInleesHandler, type InleesHandler } from '../bundels/inleeshandlers';
import { bundelMaken } from '../bundels/maken';
import { signalenImporteren } from '../keten/bulkimport';
import { formulierVan, signaalRij } from '../keten/signalen';
import { anoniemeVorm } from '../keten/anoniemeVorm';
import { vrijgaveToetsen, vrijgaveVastleggen } from '../keten/vrijgave';
import { geenRedactie, redactieOptellen, type Vrijgaveonderdelen } from '@shared/domein/redactie';
import { codesVan, formulierNaarReis, formulierVanReis, idsVan } from './reis';
import { gevolgen, type PuntRij } from '../overleg/besluiten';
import { overlegRij } from '../overleg/overleggen';
import { nu } from '../klok';

const CONTEXT = { ontvangerHeeftTaak: true, identificatieNodig: true };

/** What the pack holds per signal, as it will be written, with what its anonymised free text lost (ADR 0032). */
async function pakketinhoud(b: Bestand, overlegId: number) {
  const o = await overlegRij(b, overlegId);
  if (o.soort !== 'zorgoverleg') throw new KetenFout('CONFLICT', melding('zorgoverleg.alleenZorgoverleg'));
  if (o.status === 'gehouden' || o.status === 'verslag-vastgesteld') throw new KetenFout('CONFLICT', melding('zorgoverleg.alGehouden'));
  const zc = (await ontvangers(b.v)).find((p) => p.soort === 'zorgcoordinator' && p.rol === 'partij');
  if (!zc) throw new KetenFout('NIET_GEVONDEN', melding('zorgoverleg.geenZorgcoordinator'));
  const punten = await b.v.all<{ volgorde: number; signaal_id: number | null; voorgestelde_partners: string }>("SELECT volgorde, signaal_id, voorgestelde_partners FROM agendapunten WHERE overleg_id = ? AND soort = 'signaal' ORDER BY volgorde", [overlegId]);
  if (!punten.length) throw new KetenFout('CONFLICT', melding('zorgoverleg.agendaLeeg'));
  const signaalIds = punten.map((p) => p.signaal_id!).filter(Boolean);
  const items = await itemsVanSignalen(b.v, signaalIds);
  const agendapunten = [];
  const redactie: Vrijgaveonderdelen = [];
  for (const p of punten) {
    const item = items.find((i) => i.sleutel === `signaal:${p.signaal_id}`)!;
    const beslissing = magVerstrekken(item, zc, 'overleg', { datum: vandaag(), ...CONTEXT });
    const r = await signaalRij(b, p.signaal_id!);
    const partnerCodes = [...(await codesVan(b.v, 'partners', JSON.parse(p.voorgestelde_partners) as number[])).values()];
    if (!beslissing.toegestaan) {
      agendapunten.push({ volgorde: p.volgorde, nummer: r.nummer, afgeschermd: `${beslissing.reden}` });
      continue;
    }
    const volledig = await formulierVan(b, r);
    let formulier = volledig;
    if (beslissing.vorm !== 'identificeerbaar') {
      const anoniem = await anoniemeVorm(b, volledig);
      formulier = anoniem.formulier;
      redactie.push({ onderdeel: `Signaal ${r.nummer}`, redactie: anoniem.redactie });
    }
    agendapunten.push({ volgorde: p.volgorde, nummer: r.nummer, vorm: beslissing.vorm, voorgesteldePartners: partnerCodes, ...(await formulierNaarReis(b.v, formulier)) });
  }
  return { o, zc, signaalIds, agendapunten, redactie };
}

/** Centraal: the review of the agenda pack's anonymised free text, per signal, before it is written. */
export async function agendapakketRedactie(b: Bestand, overlegId: number): Promise<Vrijgaveonderdelen> {
  return (await pakketinhoud(b, overlegId)).redactie;
}

/** Centraal: the agenda pack for the zorgcoördinator's installation. */
export async function agendapakketMaken(b: Bestand, overlegId: number, doelmap: string, gemarkeerdBekeken = false) {
  const { o, zc, signaalIds, agendapunten, redactie } = await pakketinhoud(b, overlegId);
  // The anonymised free text leaves only after the user saw what still looks identifying (ADR 0032).
  const vrijgave = { soort: 'agendapakket', onderwerp: `overleg:${overlegId}`, verslag: redactie.reduce((t, p) => redactieOptellen(t, p.redactie, p.onderdeel), geenRedactie()), bekeken: gemarkeerdBekeken } as const;
  vrijgaveToetsen(vrijgave);
  const uitkomst = await verstrekken(b, { ontvangerId: zc.id, dossierId: null, signaalIds, doel: 'overleg', soort: 'agendapakket', context: CONTEXT, alleenToegestaan: true });
  const terug = await terugkoppelingVoorPakket(b, o, zc);
  const bundel = await bundelMaken(b, {
    soort: 'agendapakket',
    aan: [zc.id],
    inhoud: { overleg: { soort: 'zorgoverleg', datum: o.datum, id: o.id, tijd: o.tijd, locatie: o.locatie }, agendapunten, terugkoppeling: terug },
    doelmap,
    ...(uitkomst.verstrekkingId ? { verstrekkingIds: [uitkomst.verstrekkingId] } : {}),
  });
  await b.audit('agendapakket.gemaakt', `overleg:${overlegId}`, { bundel: bundel.id, punten: agendapunten.length, terugkoppeling: terug.length });
  await vrijgaveVastleggen(b, vrijgave);
  return bundel;
}

/**
 * Art. 12.31: the casusoverleg outcomes this zorgoverleg reports back (overleg/besluitbaar.ts), as the pack
 * may carry them: per signal the policy engine decides as for the agenda items, and only the signals the
 * zorgcoördinator may see are named (the others counted); an outcome naming none of them stays home. A
 * qualification typed by hand may name someone: only a value from the region's list goes.
 */
async function terugkoppelingVoorPakket(b: Bestand, o: { soort: Overlegsoort; datum: string }, zc: Ontvanger): Promise<TerugkoppelingReis[]> {
  const uit: TerugkoppelingReis[] = [];
  for (const r of await terugkoppeling(b, o)) {
    const ids = await b.v.all<{ id: number; nummer: string }>(`SELECT id, nummer FROM signalen WHERE nummer IN (${r.signalen.map(() => '?').join(',') || "''"})`, r.signalen);
    const items = await itemsVanSignalen(b.v, ids.map((x) => x.id));
    const zichtbaar = ids.filter((x) => {
      const item = items.find((i) => i.sleutel === `signaal:${x.id}`);
      return item ? magVerstrekken(item, zc, 'overleg', { datum: vandaag(), ...CONTEXT }).toegestaan : false;
    });
    if (!zichtbaar.length) continue;
    uit.push({
      dossierNummer: r.dossierNummer,
      besluit: r.besluit,
      kwalificatie: (await kwalificatieVanLijst(b.v, r.kwalificatie)) ?? '',
      casusoverleg: r.casusoverleg,
      signalen: zichtbaar.map((x) => x.nummer).sort(),
      afgeschermd: r.signalen.length - zichtbaar.length,
    });
  }
  return uit;
}

export const agendapakketInlezen: InleesHandler<'agendapakket'> = async (b, bundel, context) => {
  const { afzender, ontvangenOp } = context;
  // Only the zorgcoördinator runs the meeting from a pack; any other attendee keeps it as received.
  if (b.instellingen.profiel !== 'zorgcoordinatie') return standaardInleesHandler(b, bundel, context);
  const o = bundel.inhoud.overleg as { soort: string; datum: string; id?: unknown; tijd?: unknown; locatie?: unknown };
  // A second pack for the same meeting would make a second meeting here: refuse it.
  if (typeof o.id === 'number' && (await b.v.get('SELECT 1 FROM externe_overleggen WHERE extern_id = ? AND van_partner_id = ?', [o.id, afzender.id]))) {
    throw new KetenFout('CONFLICT', melding('zorgoverleg.pakketAlIngelezen', { datum: o.datum }));
  }
  const { lastID: overlegId } = await b.v.run(
    "INSERT INTO overleggen (soort, datum, tijd, locatie, voorzitter, status, aangemaakt, aangemaakt_door) VALUES ('zorgoverleg', ?, ?, ?, 'zorgcoördinator', 'agenda-vastgesteld', ?, ?)",
    [o.datum, typeof o.tijd === 'string' ? o.tijd : '10:00', typeof o.locatie === 'string' ? o.locatie : '', ontvangenOp, b.gebruiker.naam],
  );
  await b.v.run('INSERT INTO externe_overleggen (overleg_id, extern_id, van_partner_id, bundel_id) VALUES (?,?,?,?)', [overlegId, typeof o.id === 'number' ? o.id : 0, afzender.id, bundel.id]);
  const punten = bundel.inhoud.agendapunten as Array<Record<string, unknown>>;
  const metInhoud = punten.filter((p) => p.formulier);
  const formulieren: FormatCasus[] = [];
  for (const p of metInhoud) formulieren.push(await formulierVanReis(b.v, p));
  const { eerste } = formulieren.length ? await signalenImporteren(b, formulieren, `agendapakket ${bundel.id}`) : { eerste: 0 };
  for (const [i, p] of metInhoud.entries()) {
    const signaalId = eerste + i;
    await b.v.run('INSERT INTO externe_signalen (signaal_id, extern_nummer, van_partner_id) VALUES (?,?,?)', [signaalId, String(p.nummer), afzender.id]);
    const codes = Array.isArray(p.voorgesteldePartners) ? (p.voorgesteldePartners as string[]) : [];
    const partnerIds = [...(await idsVan(b.v, 'partners', codes)).values()];
    await b.v.run("INSERT INTO agendapunten (overleg_id, volgorde, soort, signaal_id, voorgestelde_partners) VALUES (?,?,'signaal',?,?)", [overlegId, Number(p.volgorde) || (i + 1) * 10, signaalId, JSON.stringify(partnerIds)]);
  }
  // Art. 12.31: the casusoverleg outcomes go with the meeting, as the pack carried them (already checked by its schema).
  const terug = bundel.inhoud.terugkoppeling;
  if (terug.length) await b.v.run("INSERT INTO ontvangen_bundels (bundel_id, soort, inhoud, ontvangen_op) VALUES (?, 'agendapakket', ?, ?)", [bundel.id, JSON.stringify({ terugkoppeling: terug }), ontvangenOp]);
  await b.audit('agendapakket.ingelezen', `overleg:${overlegId}`, { van: afzender.code, punten: metInhoud.length, afgeschermd: punten.length - metInhoud.length, terugkoppeling: terug.length });
};

/** Zorgcoördinatie: outcomes of the meeting and new signals, back to the centraal bestand. */
export async function signalenTerugsturen(b: Bestand, overlegId: number | null, doelmap: string) {
  const herkomst = overlegId
    ? await b.v.get<{ extern_id: number; van_partner_id: number }>('SELECT extern_id, van_partner_id FROM externe_overleggen WHERE overleg_id = ?', [overlegId])
    : await b.v.get<{ extern_id: number; van_partner_id: number }>('SELECT extern_id, van_partner_id FROM externe_overleggen ORDER BY overleg_id DESC LIMIT 1');
  const centraal = herkomst?.van_partner_id ?? (await b.v.get<{ id: number }>("SELECT id FROM partners WHERE code = 'GEM-VEILIGHEID'"))?.id;
  if (!centraal) throw new KetenFout('NIET_GEVONDEN', melding('zorgoverleg.onbekendWaarheen'));
  const entries: Array<Record<string, unknown>> = [];
  if (overlegId) {
    const besloten = await b.v.all<{ besluit: string; kwalificatie: string; notities: string; nummer: string; extern_nummer: string }>(
      `SELECT a.besluit, a.kwalificatie, a.notities, s.nummer, e.extern_nummer FROM agendapunten a JOIN signalen s ON s.id = a.signaal_id
         JOIN externe_signalen e ON e.signaal_id = s.id WHERE a.overleg_id = ? AND a.besluit IS NOT NULL`,
      [overlegId],
    );
    for (const r of besloten) entries.push({ nummer: r.nummer, formulier: {}, extern: r.extern_nummer, uitkomst: { besluit: r.besluit, kwalificatie: r.kwalificatie, notities: r.notities } });
  }
  const nieuw = await b.v.all<{ id: number }>(
    "SELECT id FROM signalen WHERE status = 'ingediend' AND id NOT IN (SELECT signaal_id FROM externe_signalen) AND id NOT IN (SELECT signaal_id FROM verzonden_signalen) ORDER BY id",
  );
  for (const { id } of nieuw) {
    const r = await signaalRij(b, id);
    entries.push({ nummer: r.nummer, ...(await formulierNaarReis(b.v, await formulierVan(b, r))) });
  }
  if (!entries.length) throw new KetenFout('CONFLICT', melding('zorgoverleg.nietsTerug'));
  const bundel = await bundelMaken(b, { soort: 'signalen', aan: [centraal], inhoud: { signalen: entries as Array<{ nummer: string; formulier: Record<string, unknown> }>, overlegReferentie: herkomst?.extern_id ?? null }, doelmap });
  await b.v.transactie(async () => {
    for (const { id } of nieuw) await b.v.run('INSERT INTO verzonden_signalen (signaal_id, bundel_id, verzonden_op) VALUES (?,?,?)', [id, bundel.id, nu().toISOString()]);
    // The outcomes' bundle: once the centraal bestand acknowledges it, the agenda pack can go (bewaring/, ADR 0020).
    if (overlegId) await b.v.run('UPDATE externe_overleggen SET teruggestuurd_op = ?, uitkomst_bundel_id = ? WHERE overleg_id = ?', [nu().toISOString(), bundel.id, overlegId]);
    await b.audit('signalen.teruggestuurd', 'signalen', { bundel: bundel.id, uitkomsten: entries.length - nieuw.length, nieuw: nieuw.length });
  });
  return bundel;
}

export const signalenInlezen: InleesHandler<'signalen'> = async (b, bundel, { afzender }) => {
  const referentie = (bundel.inhoud as { overlegReferentie?: unknown }).overlegReferentie;
  const nieuw: FormatCasus[] = [];
  let uitkomsten = 0;
  for (const e of bundel.inhoud.signalen as Array<Record<string, unknown>>) {
    if (typeof e.extern === 'string' && e.uitkomst && typeof e.uitkomst === 'object') {
      const u = e.uitkomst as { besluit?: unknown; kwalificatie?: unknown; notities?: unknown };
      if (!ZORG_BESLUITEN.includes(u.besluit as (typeof ZORG_BESLUITEN)[number])) throw new KetenFout('ONGELDIGE_INVOER', melding('zorgoverleg.onbekendBesluit', { extern: e.extern }));
      const s = await b.v.get<{ id: number }>('SELECT id FROM signalen WHERE nummer = ?', [e.extern]);
      if (!s) continue; // purged in the meantime
      const punt = await b.v.get<PuntRij>(
        "SELECT id, overleg_id, soort, dossier_id, signaal_id, spoed_id, status FROM agendapunten WHERE signaal_id = ? AND overleg_id = ? AND status = 'open'",
        [s.id, typeof referentie === 'number' ? referentie : -1],
      );
      const besluit = u.besluit as Besluit;
      if (punt) {
        await b.v.run("UPDATE agendapunten SET status = 'besproken', besluit = ?, kwalificatie = ?, notities = ?, besloten_op = ?, besloten_door = ? WHERE id = ?", [
          besluit,
          typeof u.kwalificatie === 'string' ? u.kwalificatie : '',
          typeof u.notities === 'string' ? u.notities : '',
          new Date().toISOString(),
          `zorgcoördinatie (${afzender.code})`,
          punt.id,
        ]);
        await gevolgen(b, punt, { puntId: punt.id, besluit, kwalificatie: '', notities: '', interventies: [] });
      } else {
        await gevolgen(b, { id: 0, overleg_id: 0, soort: 'signaal', dossier_id: null, signaal_id: s.id, spoed_id: null, status: 'open' }, { puntId: 0, besluit, kwalificatie: '', notities: '', interventies: [] });
      }
      uitkomsten += 1;
    } else {
      nieuw.push(await formulierVanReis(b.v, e));
    }
  }
  if (nieuw.length) await signalenImporteren(b, nieuw, `signalen van ${afzender.code}`);
  await b.audit('signalen.ontvangen', `partner:${afzender.code}`, { uitkomsten, nieuw: nieuw.length, artikel: 'art. 12.33' });
};
