/** The start page's widgets: next meetings, due and overdue interventions, dossiers awaiting weighing. */
import { vandaag } from '../../../shared/datum';
import type { Bestand } from '../bestand/bestand';
import { interventiesVan } from './interventies';
import { overleggenLijst } from './overleggen';

export async function dashboard(b: Bestand) {
  const nu = vandaag();
  const overleggen = (await overleggenLijst(b)).filter((o) => o.datum >= nu && o.status !== 'verslag-vastgesteld').slice(0, 5);
  const open = await interventiesVan(b, { open: true });
  const overDrieWeken = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const wachtend = await b.v.all<{ id: number; nummer: string; titel: string; aangemaakt: string }>("SELECT id, nummer, titel, aangemaakt FROM dossiers WHERE fase = 'weging-en-kwalificatie' AND opschonen_sinds IS NULL ORDER BY aangemaakt");
  // Art. 16.7–16.8: after "geen actie", and after a handover while signals are still there.
  const opschonen = await b.v.all<{ id: number; nummer: string; titel: string; opschonen_sinds: string }>(
    `SELECT id, nummer, titel, opschonen_sinds FROM dossiers WHERE opschonen_sinds IS NOT NULL
     UNION
     SELECT d.id, d.nummer, d.titel, min(g.tijd) FROM dossiers d JOIN dossier_gebeurtenissen g ON g.dossier_id = d.id AND g.soort = 'overdracht'
      WHERE EXISTS (SELECT 1 FROM signalen s WHERE s.dossier_id = d.id) GROUP BY d.id
     ORDER BY 4`,
  );
  const spoed = (await b.v.get<{ n: number }>("SELECT count(*) AS n FROM spoedbesluiten WHERE status = 'wacht-op-bevestiging'"))?.n ?? 0;
  return {
    volgendeOverleggen: overleggen,
    interventiesTeLaat: open.filter((i) => i.teLaat),
    interventiesBinnenkort: open.filter((i) => !i.teLaat && i.deadline <= overDrieWeken),
    dossiersVoorWeging: wachtend,
    opschoningGepland: opschonen.map((d) => ({ id: d.id, nummer: d.nummer, titel: d.titel, sinds: d.opschonen_sinds })),
    spoedTeBevestigen: spoed,
  };
}
