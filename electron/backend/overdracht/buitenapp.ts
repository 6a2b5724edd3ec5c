/**
 * A handover done outside the app (art. 16.5–16.7): in the meeting, by phone, through the partner's
 * own channel. It is a provision like a bundle, so it goes into the verstrekkingenlog through the
 * policy engine (what the engine allows for this partner is what the log records), and it is the
 * ground on which the purge of art. 16.7 may follow (keten/opschonen.ts). Who recorded it is the
 * account that is signed in; nobody types it. docs/beslissingen/0021-…
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { verstrekken } from '../beleid/verstrekken';
import { dossierRij } from '../keten/dossiers';
import { nu, vandaag } from '../klok';

export const BUITEN_KANALEN = ['overleg', 'telefonisch', 'eigen-kanaal', 'anders'] as const;
export type BuitenKanaal = (typeof BUITEN_KANALEN)[number];

export interface BuitenOverdrachtInvoer {
  dossierId: number;
  partnerId: number;
  datum: string;
  kanaal: BuitenKanaal;
  toelichting: string;
  interventieIds: readonly number[];
}

export async function buitenAppVastleggen(b: Bestand, g: BuitenOverdrachtInvoer): Promise<{ id: number; verstrekkingId: number | null }> {
  const d = await dossierRij(b, g.dossierId);
  const opgeschoond = await b.v.get("SELECT 1 FROM dossiers WHERE id = ? AND opschonen_reden LIKE 'opgeschoond-%'", [g.dossierId]);
  if (opgeschoond) throw new KetenFout('CONFLICT', melding('overdracht.buitenApp.opgeschoond', { nummer: d.nummer }), { artikel: 'art. 16.7' });
  if (g.datum > vandaag()) throw new KetenFout('ONGELDIGE_INVOER', melding('overdracht.buitenApp.datumToekomst', { datum: g.datum }), { velden: [{ pad: 'datum', melding: 'Niet in de toekomst' }] });
  const partner = await b.v.get<{ naam: string; code: string }>('SELECT naam, code FROM partners WHERE id = ?', [g.partnerId]);
  if (!partner) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: g.partnerId }));
  const eigen = await b.v.all<{ id: number; omschrijving: string }>('SELECT id, omschrijving FROM interventies WHERE dossier_id = ? AND partner_id = ?', [g.dossierId, g.partnerId]);
  if (!g.interventieIds.length) {
    throw new KetenFout('CONVENANTREGEL', melding('overdracht.buitenApp.geenInterventies', { naam: partner.naam, nummer: d.nummer }), { artikel: 'art. 16.5', velden: [{ pad: 'interventieIds', melding: 'Kies ten minste één interventie' }] });
  }
  const vreemd = g.interventieIds.find((id) => !eigen.some((i) => i.id === id));
  if (vreemd !== undefined) {
    throw new KetenFout('CONVENANTREGEL', melding('overdracht.buitenApp.interventieNiet', { id: vreemd, naam: partner.naam, nummer: d.nummer }), { artikel: 'art. 16.5' });
  }
  const kanaal = g.kanaal;
  return vastleggen(
    b,
    async () => {
      // The provision happened outside the app; the log records what this partner may have received: what
      // its interventions make it need, as the ketenregisseur chose (art. 9.4, 12.19).
      const uitkomst = await verstrekken(b, { ontvangerId: g.partnerId, dossierId: g.dossierId, doel: 'overdracht', soort: `buiten-app:${kanaal}`, alleenToegestaan: true });
      const tijd = nu().toISOString();
      const { lastID } = await b.v.run(
        'INSERT INTO overdrachten_buiten_app (dossier_id, partner_id, datum, kanaal, toelichting, interventie_ids, door, vastgelegd, verstrekking_id) VALUES (?,?,?,?,?,?,?,?,?)',
        [g.dossierId, g.partnerId, g.datum, kanaal, g.toelichting.trim(), JSON.stringify([...g.interventieIds]), b.gebruiker.naam, tijd, uitkomst.verstrekkingId],
      );
      await b.v.run("INSERT INTO dossier_gebeurtenissen (dossier_id, tijd, door, soort, toelichting) VALUES (?,?,?,'overdracht-buiten-app',?)", [
        g.dossierId,
        tijd,
        b.gebruiker.naam,
        `Buiten de app overgedragen aan ${partner.code} op ${g.datum} (art. 16.5)`,
      ]);
      return { id: lastID, verstrekkingId: uitkomst.verstrekkingId };
    },
    (r) => ({
      actie: 'overdracht.buitenApp.vastgelegd',
      onderwerp: `dossier:${d.nummer}`,
      details: { id: r.id, partner: partner.code, datum: g.datum, kanaal, interventies: g.interventieIds.map((i) => `I${i}`), verstrekkingId: r.verstrekkingId, artikel: 'art. 16.5–16.7' },
    }),
  );
}

export async function buitenAppLijst(b: Bestand, dossierId?: number) {
  const rijen = await b.v.all<{
    id: number;
    dossier_id: number;
    nummer: string;
    partner_id: number;
    partner: string;
    code: string;
    datum: string;
    kanaal: BuitenKanaal;
    toelichting: string;
    interventie_ids: string;
    door: string;
    weergavenaam: string | null;
    vastgelegd: string;
    verstrekking_id: number | null;
  }>(
    `SELECT o.*, d.nummer, p.naam AS partner, p.code, u.weergavenaam FROM overdrachten_buiten_app o JOIN dossiers d ON d.id = o.dossier_id
       JOIN partners p ON p.id = o.partner_id LEFT JOIN gebruikers u ON u.naam = o.door
      WHERE ? IS NULL OR o.dossier_id = ? ORDER BY o.datum DESC, o.id DESC`,
    [dossierId ?? null, dossierId ?? null],
  );
  const interventies = new Map(
    (await b.v.all<{ id: number; omschrijving: string }>('SELECT id, omschrijving FROM interventies')).map((i) => [i.id, i.omschrijving] as const),
  );
  return rijen.map((r) => ({
    id: r.id,
    dossierId: r.dossier_id,
    dossierNummer: r.nummer,
    partner: { id: r.partner_id, code: r.code, naam: r.partner },
    datum: r.datum,
    kanaal: r.kanaal,
    toelichting: r.toelichting,
    interventies: (JSON.parse(r.interventie_ids) as number[]).map((id) => ({ id, omschrijving: interventies.get(id) ?? '' })),
    door: r.weergavenaam ?? r.door,
    vastgelegd: r.vastgelegd,
    verstrekkingId: r.verstrekking_id,
  }));
}
