/** The start page's widgets: next meetings, due and overdue interventions, dossiers awaiting weighing. */
import { dagenErbij, vandaag } from '@shared/datum';
import type { Bestand } from '../bestand/bestand';
import { HEEFT_OVERDRACHT, opschoonKandidaten } from '../keten/opschonen';
import { interventiesVan } from './interventies';
import { overleggenLijst } from './overleggen';

export async function dashboard(b: Bestand) {
  const nu = vandaag();
  const overleggen = (await overleggenLijst(b)).filter((o) => o.datum >= nu && o.status !== 'verslag-vastgesteld').slice(0, 5);
  const open = await interventiesVan(b, { open: true });
  const overDrieWeken = dagenErbij(nu, 21);
  const wachtend = await b.v.all<{ id: number; nummer: string; titel: string; aangemaakt: string }>("SELECT id, nummer, titel, aangemaakt FROM dossiers WHERE fase = 'weging-en-kwalificatie' AND opschonen_sinds IS NULL ORDER BY aangemaakt");
  // Art. 16.7–16.8: after "geen actie", and after a recorded handover (bundle or outside the app) while signals are still there.
  const opschonen = (await opschoonKandidaten(b)).sort((x, y) => (x.sinds ?? '').localeCompare(y.sinds ?? ''));
  // Art. 16.5–16.7: interventions assigned, but no handover recorded — so no purge can follow either.
  const zonderOverdracht = await b.v.all<{ id: number; nummer: string; titel: string; interventies: number }>(
    `SELECT d.id, d.nummer, d.titel, count(*) AS interventies FROM dossiers d JOIN interventies i ON i.dossier_id = d.id AND i.status IN ('toegewezen', 'in-uitvoering')
      WHERE coalesce(d.opschonen_reden, '') NOT LIKE 'opgeschoond-%' AND NOT ${HEEFT_OVERDRACHT} GROUP BY d.id ORDER BY d.nummer`,
  );
  // The zorgcoördinator's next zorgoverleg and the signals still open on it (art. 14; issue 11 §7): numbers,
  // forms and phase only, no free text, so the overview shows nothing that points at a person.
  const zorgoverleg = overleggen.find((o) => o.soort === 'zorgoverleg') ?? null;
  const openSignalen = zorgoverleg
    ? await b.v.all<{ id: number; nummer: string; vermoedens: string; fase: number | null }>(
        `SELECT s.id, s.nummer, s.vermoedens, s.fase FROM agendapunten a JOIN signalen s ON s.id = a.signaal_id
          WHERE a.overleg_id = ? AND a.soort = 'signaal' AND a.status = 'open' ORDER BY a.volgorde`,
        [zorgoverleg.id],
      )
    : [];
  const spoed = (await b.v.get<{ n: number }>("SELECT count(*) AS n FROM spoedbesluiten WHERE status = 'wacht-op-bevestiging'"))?.n ?? 0;
  return {
    volgendeOverleggen: overleggen,
    interventiesTeLaat: open.filter((i) => i.teLaat),
    interventiesBinnenkort: open.filter((i) => !i.teLaat && i.deadline <= overDrieWeken),
    dossiersVoorWeging: wachtend,
    opschoningGepland: opschonen.map((d) => ({ id: d.id, nummer: d.nummer, titel: d.titel, sinds: d.sinds ?? '' })),
    zonderOverdracht,
    spoedTeBevestigen: spoed,
    volgendZorgoverleg: zorgoverleg && { id: zorgoverleg.id, datum: zorgoverleg.datum, status: zorgoverleg.status, openSignalen },
  };
}
