/**
 * A correction (art. 26; ADR 0023), carried out by the leading role once the penvoerder decided it:
 * verbetering (replace a value), aanvulling (fill an empty one), verwijdering (remove it) or afscherming
 * (keep it but block every provision, art. 26.1). Applied to every row of the confirmed persons, with
 * their matching keys and the search index rewritten so no old value stays findable (keten/verwijderen.ts).
 * Every partner that received one of the person's signals (the verstrekkingenlog) is then told in a
 * signed, encrypted `correctie` bundle; a partner without a confirmed key is reported, to be told another way.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vandaag as vandaagVan } from '@shared/datum';
import type { Correctiesoort, Correctieveld } from '@shared/domein/inzage';
import type { BundelInhoudInvoer } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import { gehashteSleutels, type PersoonRij } from '../keten/personen';
import { formulierVan, signaalRij, vrijeTekst } from '../keten/signalen';
import { verwijderen } from '../keten/verwijderen';
import { bundelMaken, type GemaakteBundel } from '../bundels/maken';
import { buitenEuEer, buitenHetConvenant, partnerOpId } from '../bundels/kring';
import { vertrouwdeSleutelVan } from '../bundels/sleutels';
import { nu } from '../klok';
import { bevestigdePersonen, signalenVanPersonen } from './betrokkenen';

/** Fields that identify a person (art. 6.2, 9.5): a partner that got the signal anonymised never had them. */
const IDENTIFICEREND: readonly Correctieveld[] = ['naam', 'geboortedatum', 'adres', 'woonplaats'];
const GESLACHTEN = ['vrouw', 'man', 'anders', 'onbekend'];

export interface Correctieopdracht {
  persoonIds: readonly number[];
  veld: Correctieveld;
  soort: Correctiesoort;
  nieuweWaarde?: string | null | undefined;
  reden: string;
  /** JJJJ-MM-DD: the penvoerder's decision; art. 26.3 gives four weeks from here. */
  besloten: string;
  verzoekId?: number | null | undefined;
  doelmap: string;
}

function controleren(o: Correctieopdracht, rijen: readonly PersoonRij[]): PersoonRij[] {
  const waarde = (o.nieuweWaarde ?? '').trim();
  if (o.soort === 'verbetering' || o.soort === 'aanvulling') {
    if (!waarde || (o.veld === 'geslacht' && !GESLACHTEN.includes(waarde))) {
      throw new KetenFout('ONGELDIGE_INVOER', melding('correctie.nieuweWaardeNodig', { soort: o.soort }), { velden: [{ pad: 'nieuweWaarde', melding: o.veld === 'geslacht' ? GESLACHTEN.join(', ') : 'Vul de nieuwe waarde in' }] });
    }
    if (o.veld === 'geboortedatum' && !/^\d{4}-\d{2}-\d{2}$/.test(waarde)) throw new KetenFout('ONGELDIGE_INVOER', melding('correctie.geboortedatum'), { velden: [{ pad: 'nieuweWaarde', melding: 'JJJJ-MM-DD' }] });
  }
  if (o.soort === 'aanvulling') {
    const leeg = rijen.filter((r) => !r[o.veld] || (o.veld === 'geslacht' && r.geslacht === 'onbekend'));
    if (!leeg.length) throw new KetenFout('ONGELDIGE_INVOER', melding('correctie.aanvullingNietLeeg', { veld: o.veld }), { velden: [{ pad: 'soort', melding: 'Kies verbetering' }] });
    return leeg;
  }
  return o.soort === 'afscherming' ? [] : [...rijen];
}

export async function correctieUitvoeren(b: Bestand, o: Correctieopdracht) {
  const rijen = await bevestigdePersonen(b.v, o.persoonIds);
  const teWijzigen = controleren(o, rijen);
  const nieuw = o.soort === 'verbetering' || o.soort === 'aanvulling' ? (o.nieuweWaarde ?? '').trim() : o.veld === 'geslacht' ? 'onbekend' : '';
  const koppelingen = await signalenVanPersonen(b.v, rijen.map((r) => r.id));
  const gewijzigdeIds = new Set(teWijzigen.map((r) => r.id));
  const geraakt = o.soort === 'afscherming' ? koppelingen : koppelingen.filter((k) => gewijzigdeIds.has(k.persoonId));
  const tijd = nu().toISOString();

  // One transaction ending with the search index rewritten, then the WAL and caches wiped (ADR 0009).
  const correctieId = await verwijderen(b, async () => {
    for (const r of teWijzigen) {
      await b.v.run(`UPDATE personen SET ${o.veld} = ? WHERE id = ?`, [nieuw, r.id]);
      if (o.veld === 'naam' || o.veld === 'geboortedatum') {
        const bijgewerkt = { naam: o.veld === 'naam' ? nieuw : r.naam, geboortedatum: o.veld === 'geboortedatum' ? nieuw : r.geboortedatum };
        await b.v.run('DELETE FROM persoon_sleutels WHERE persoon_id = ?', [r.id]);
        for (const s of await gehashteSleutels(b.v, bijgewerkt)) await b.v.run('INSERT INTO persoon_sleutels (persoon_id, soort, waarde) VALUES (?,?,?)', [r.id, s.soort, s.waarde]);
      }
    }
    for (const signaalId of new Set(geraakt.map((k) => k.signaalId))) {
      if (o.soort === 'afscherming') break;
      const f = await formulierVan(b, await signaalRij(b, signaalId));
      await b.v.run('DELETE FROM signalen_zoek WHERE rowid = ?', [signaalId]);
      await b.v.run('INSERT INTO signalen_zoek (rowid, samenvatting, namen, tekst) VALUES (?,?,?,?)', [
        signaalId,
        f.samenvatting,
        [f.slachtoffer.naam, f.pleger.naam, f.faciliteerder.naam].filter(Boolean).join(' \n'),
        vrijeTekst(f),
      ]);
    }
    if (o.soort === 'afscherming') {
      for (const r of rijen.filter((x) => o.persoonIds.includes(x.id))) {
        await b.v.run("INSERT INTO persoon_blokkades (persoon_id, grond, verzoek_id, toelichting, sinds, door) VALUES (?, 'afscherming', ?, ?, ?, ?)", [r.id, o.verzoekId ?? null, `Afscherming van ${o.veld}: ${o.reden}`, tijd, b.gebruiker.naam]);
      }
    }
    const { lastID } = await b.v.run(
      'INSERT INTO correcties (persoon_id, verzoek_id, soort, veld, reden, besloten_op, uitgevoerd_op, door, signalen) VALUES (?,?,?,?,?,?,?,?,?)',
      [rijen[0]?.id ?? null, o.verzoekId ?? null, o.soort, o.veld, o.reden, o.besloten, tijd, b.gebruiker.naam, JSON.stringify([...new Set(geraakt.map((k) => k.signaalId))])],
    );
    await b.audit('rechten.correctie.uitgevoerd', 'betrokkene', {
      correctie: lastID,
      soort: o.soort,
      veld: o.veld,
      personen: rijen.map((r) => `persoon:${r.id}`),
      gewijzigd: teWijzigen.length,
      besloten: o.besloten,
      verzoek: o.verzoekId ?? null,
      artikel: 'art. 26',
    });
    return lastID;
  });

  const { bundels, overgeslagen } = await ontvangersInlichten(b, o, geraakt, nieuw);
  await b.v.transactie(async () => {
    await b.v.run('UPDATE correcties SET bundels = ? WHERE id = ?', [JSON.stringify(bundels.map((x) => ({ id: x.id, aan: x.aan }))), correctieId]);
    await b.audit('rechten.correctie.ontvangersIngelicht', `correctie:${correctieId}`, { bundels: bundels.map((x) => x.id), aan: bundels.flatMap((x) => x.aan), overgeslagen: overgeslagen.map((x) => x.partner), artikel: 'art. 26' });
  });
  return { correctieId, gewijzigd: teWijzigen.length, signalen: new Set(geraakt.map((k) => k.signaalId)).size, bundels, overgeslagen };
}

/** One `correctie` bundle per partner that received one of the signals, with what it received. */
async function ontvangersInlichten(b: Bestand, o: Correctieopdracht, geraakt: ReadonlyArray<{ signaalId: number; rol: 'slachtoffer' | 'pleger' | 'faciliteerder' }>, nieuw: string) {
  const perSignaal = new Map<string, Array<{ signaalId: number; rol: 'slachtoffer' | 'pleger' | 'faciliteerder' }>>();
  for (const k of geraakt) perSignaal.set(`signaal:${k.signaalId}`, [...(perSignaal.get(`signaal:${k.signaalId}`) ?? []), k]);
  const nummers = new Map<number, string>();
  for (const k of geraakt) if (!nummers.has(k.signaalId)) nummers.set(k.signaalId, (await signaalRij(b, k.signaalId)).nummer);
  const log = await b.v.all<{ ontvanger_partner_id: number; items: string }>("SELECT ontvanger_partner_id, items FROM verstrekkingen WHERE ontvanger_soort = 'partner' AND ontvanger_partner_id IS NOT NULL ORDER BY id");
  // Per partner: which signal it received, in the most identifying form it ever received it.
  const ontvangen = new Map<number, Map<string, string>>();
  for (const r of log) {
    for (const i of JSON.parse(r.items) as Array<{ sleutel: string; vorm: string }>) {
      if (!perSignaal.has(i.sleutel)) continue;
      const m = ontvangen.get(r.ontvanger_partner_id) ?? new Map<string, string>();
      if (m.get(i.sleutel) !== 'identificeerbaar') m.set(i.sleutel, i.vorm);
      ontvangen.set(r.ontvanger_partner_id, m);
    }
  }
  const bundels: GemaakteBundel[] = [];
  const overgeslagen: Array<{ partner: string; reden: string }> = [];
  const vandaag = vandaagVan(nu());
  for (const [partnerId, items] of ontvangen) {
    const correcties: BundelInhoudInvoer<'correctie'>['correcties'] = [];
    for (const [sleutel, vorm] of items) {
      // Nothing of an identifying field reached a partner that got the signal anonymised: nothing to tell it.
      if (vorm !== 'identificeerbaar' && IDENTIFICEREND.includes(o.veld)) continue;
      for (const k of perSignaal.get(sleutel) ?? []) {
        const metWaarde = o.soort === 'verbetering' || o.soort === 'aanvulling';
        correcties.push({ signaalNummer: nummers.get(k.signaalId)!, rol: k.rol, soort: o.soort, veld: o.veld, nieuweWaarde: metWaarde ? nieuw : null });
      }
    }
    if (!correcties.length) continue;
    const p = await partnerOpId(b.v, partnerId);
    if (!p) continue;
    const blokkade = buitenHetConvenant(p, vandaag) ?? buitenEuEer(p);
    if (blokkade) {
      overgeslagen.push({ partner: p.naam, reden: `${blokkade.reden} (${blokkade.artikel})` });
      continue;
    }
    if (!(await vertrouwdeSleutelVan(b, partnerId))) {
      overgeslagen.push({ partner: p.naam, reden: `Er is geen bevestigde sleutel van ${p.naam}; licht deze partner op een andere veilige manier in (art. 21.9)` });
      continue;
    }
    bundels.push(await bundelMaken(b, { soort: 'correctie', aan: [partnerId], inhoud: { correcties, besloten: o.besloten, artikel: 'art. 26' }, doelmap: o.doelmap }));
  }
  return { bundels, overgeslagen };
}
