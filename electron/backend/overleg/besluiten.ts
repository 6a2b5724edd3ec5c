/**
 * Meeting mode: per item a kwalificatie, a decision, interventions and notes, saved at once
 * (art. 12.11: the decisions are recorded). Each decision moves its dossier or signal on.
 */
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { CASUS_BESLUITEN, SPOED_BESLUITEN, ZORG_BESLUITEN, type Besluit } from '@shared/domein/overleg';
import type { Bestand } from '../bestand/bestand';
import { afwegingOntbreekt, belangenafwegingInTransactie } from '../beleid/nodig';
import { dossierRij, faseWijzigen } from '../keten/dossiers';
import { controleerInterventie, interventieToewijzen } from './interventies';
import { overlegRij } from './overleggen';
import { nu, vandaag as klokVandaag } from '../klok';
import { kwalificatieVoorAudit } from '../keten/kwalificaties';

export interface PuntRij {
  id: number;
  overleg_id: number;
  soort: 'dossier' | 'signaal' | 'spoed';
  dossier_id: number | null;
  signaal_id: number | null;
  spoed_id: number | null;
  status: string;
}

export interface Puntbesluit {
  puntId: number;
  kwalificatie: string;
  besluit: Besluit | null;
  notities: string;
  interventies: Array<{ partnerId: number | null; omschrijving: string; deadline: string | null }>;
  /**
   * Art. 21.6: the weighing of the victim's interests against the intended result, made in the meeting that
   * assigns the interventions; recorded with the decision when given (beleid/nodig.ts).
   */
  belangenafweging?: string;
}

/** Saves what was said so far without deciding: notes and kwalificatie, as the meeting goes. */
export async function puntNotuleren(b: Bestand, puntId: number, g: { kwalificatie: string; notities: string }): Promise<void> {
  const p = await punt(b, puntId);
  nogOpen(p);
  await overlegGaande(b, p.overleg_id);
  await b.v.transactie(async () => {
    await b.v.run('UPDATE agendapunten SET kwalificatie = ?, notities = ? WHERE id = ?', [g.kwalificatie, g.notities, puntId]);
    await b.audit('overleg.genotuleerd', `agendapunt:${puntId}`, { kwalificatie: await kwalificatieVoorAudit(b.v, g.kwalificatie) });
  });
}

async function punt(b: Bestand, puntId: number): Promise<PuntRij> {
  const p = await b.v.get<PuntRij>('SELECT id, overleg_id, soort, dossier_id, signaal_id, spoed_id, status FROM agendapunten WHERE id = ?', [puntId]);
  // A decision is only ever taken on an item of a meeting's agenda (issue: "a decision on a dossier not on the agenda").
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('besluit.puntNietGevonden'));
  return p;
}

async function overlegGaande(b: Bestand, overlegId: number) {
  const o = await overlegRij(b, overlegId);
  if (o.status !== 'agenda-vastgesteld') {
    throw new KetenFout('CONFLICT', o.status === 'gepland' ? melding('besluit.eerstAgenda') : melding('besluit.overlegGehouden'));
  }
  return o;
}

/** A decision stands once taken (art. 12.11); a second one would repeat its consequences. */
function nogOpen(p: PuntRij): void {
  if (p.status !== 'open') throw new KetenFout('CONFLICT', p.status === 'besproken' ? melding('besluit.alBesloten') : melding('besluit.doorgeschoven'));
}

export async function puntBesluiten(b: Bestand, g: Puntbesluit): Promise<void> {
  const p = await punt(b, g.puntId);
  nogOpen(p);
  const o = await overlegGaande(b, p.overleg_id);
  if (!g.besluit) throw new KetenFout('ONGELDIGE_INVOER', melding('besluit.kies'), { velden: [veldfout('besluit', melding('veld.kiesBesluit'))] });
  const passend: readonly Besluit[] = p.soort === 'spoed' ? SPOED_BESLUITEN : o.soort === 'casusoverleg' ? CASUS_BESLUITEN : ZORG_BESLUITEN;
  if (!passend.includes(g.besluit)) {
    throw new KetenFout('ONGELDIGE_INVOER', melding('besluit.pastNiet', { passend: passend.join(', ') }), { velden: [veldfout('besluit', melding('veld.besluitPastNiet'))] });
  }
  if (g.besluit === 'interventies') {
    if (g.interventies.length === 0) throw new KetenFout('ONGELDIGE_INVOER', melding('besluit.interventieNodig'), { velden: [veldfout('interventies', melding('veld.geenInterventies'))] });
    for (const [i, iv] of g.interventies.entries()) {
      try {
        await controleerInterventie(b, iv);
      } catch (err) {
        if (err instanceof KetenFout && err.velden) throw new KetenFout(err.code, melding('besluit.interventieFout', { nummer: i + 1, melding: err.message }), { ...(err.artikel ? { artikel: err.artikel } : {}), velden: err.velden.map((v) => ({ ...v, pad: `interventies.${i}.${v.pad}` })) });
        throw err;
      }
    }
  }
  if (p.dossier_id && p.soort === 'dossier') {
    const d = await dossierRij(b, p.dossier_id);
    if (d.fase !== 'weging-en-kwalificatie') {
      throw new KetenFout('CONFLICT', melding('besluit.dossierNietInWeging', { nummer: d.nummer, fase: d.fase }), { artikel: 'art. 10.1' });
    }
    // Art. 21.6: deciding to act on information from a signal not from a care partner comes after the weighing
    // of the victim's interests — recorded on the dossier before, or given with this decision.
    const gegeven = g.belangenafweging?.trim() ?? '';
    if ((g.besluit === 'interventies' || g.besluit === 'emm') && (gegeven ? gegeven.length < 20 : await afwegingOntbreekt(b.v, p.dossier_id))) {
      throw new KetenFout('CONVENANTREGEL', melding('besluit.afwegingNodig', { nummer: d.nummer }), { artikel: 'art. 21.6', velden: [veldfout('belangenafweging', melding('veld.afwegingTeKort'))] });
    }
  }
  await b.v.transactie(async () => {
    await b.v.run("UPDATE agendapunten SET kwalificatie = ?, besluit = ?, notities = ?, status = 'besproken', besloten_op = ?, besloten_door = ? WHERE id = ?", [
      g.kwalificatie,
      g.besluit,
      g.notities,
      new Date().toISOString(),
      b.gebruiker.naam,
      g.puntId,
    ]);
    await gevolgen(b, p, g);
    if (g.belangenafweging?.trim() && p.dossier_id) await belangenafwegingInTransactie(b, p.dossier_id, g.belangenafweging);
    await b.audit('overleg.besluit', `agendapunt:${g.puntId}`, { besluit: g.besluit, kwalificatie: await kwalificatieVoorAudit(b.v, g.kwalificatie), artikel: 'art. 12.11' });
  });
}

/** What a decision does to its dossier, signal or spoed decision. */
export async function gevolgen(b: Bestand, p: PuntRij, g: Puntbesluit): Promise<void> {
  const vandaag = klokVandaag();
  switch (g.besluit) {
    case 'interventies':
    case 'emm': {
      const dossierId = p.dossier_id!;
      await b.v.run('UPDATE dossiers SET kwalificatie = ? WHERE id = ?', [g.kwalificatie, dossierId]);
      await faseWijzigen(b, dossierId, 'toewijzing-interventie', g.besluit === 'emm' ? 'Besluit: de gehele casus naar het EMM (art. 13.4)' : 'Besluit: interventies toegewezen');
      const lijst =
        g.besluit === 'emm'
          ? [{ partnerId: (await b.v.get<{ id: number }>("SELECT id FROM partners WHERE soort = 'emm' LIMIT 1"))?.id ?? null, omschrijving: 'Gehele casus verstrekt aan het EMM (art. 13.4)', deadline: g.interventies[0]?.deadline ?? vandaag }]
          : g.interventies;
      for (const iv of lijst) {
        await interventieToewijzen(b, { dossierId, agendapuntId: p.id, partnerId: iv.partnerId!, omschrijving: iv.omschrijving, deadline: iv.deadline! });
      }
      break;
    }
    case 'geen-actie':
      // Art. 16.8: everything but the analysis data goes; the purge runs with the handover step.
      await b.v.run("UPDATE dossiers SET kwalificatie = ?, opschonen_sinds = ?, opschonen_reden = 'geen-actie' WHERE id = ?", [g.kwalificatie, vandaag, p.dossier_id]);
      await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'geen-actie','Besluit geen actie; opschoning gepland (art. 16.8)')", [p.dossier_id, new Date().toISOString(), b.gebruiker.naam]);
      break;
    case 'terug-naar-dossiervorming':
      await faseWijzigen(b, p.dossier_id!, 'dossiervorming', 'Besluit: terug naar dossiervorming');
      break;
    case 'naar-voorbereidingsteam':
      // Art. 14.5: through the zorgcoördinator the signal goes to the voorbereidingsteam.
      await b.v.run('UPDATE signalen SET voorbereidingsteam = 1 WHERE id = ?', [p.signaal_id]);
      break;
    case 'geen-vervolg':
      await b.v.run("UPDATE signalen SET besluit = 'geen-dossier', besluit_toelichting = 'Zorgoverleg: geen vervolg', besluit_door = ?, besluit_op = ? WHERE id = ?", [b.gebruiker.naam, nu().toISOString(), p.signaal_id]);
      break;
    case 'spoed-bevestigd':
    case 'spoed-ingetrokken':
      await b.v.run('UPDATE spoedbesluiten SET status = ?, bevestigd_op = ? WHERE id = ?', [g.besluit === 'spoed-bevestigd' ? 'bevestigd' : 'ingetrokken', vandaag, p.spoed_id]);
      break;
    default:
      break;
  }
}
