/**
 * Retention that runs by itself (docs/ontwerp.md §11, ADR 0020): at every unlock and once a day while
 * unlocked (sessie.ts), in every profile, whatever has reached its term under one of the rules in
 * regels.ts is deleted in one audited operation through `verwijderen` (secure_delete, the search index
 * rewritten, the WAL truncated). Only counts per article leave this module — in the result, the audit
 * line and the history — never a name or a number that points at a case.
 */
import { dagenErbij, vandaag } from '@shared/datum';
import type { Bewaarhistorie, Bewaarplan, Bewaaruitkomst } from '@shared/domein/bewaring';
import type { Bestand } from '../bestand/bestand';
import { verwijderen } from '../keten/verwijderen';
import { nu } from '../klok';
import { controleAfronden, REGELS, type Bewaarregel } from './regels';

export { REGELS } from './regels';

const regelsVan = (b: Bestand): Bewaarregel[] => REGELS.filter((r) => r.profiel === b.instellingen.profiel);

/** What will be deleted when, up to `dagen` days ahead, per rule and day (counts only). What is overdue counts as today. */
export async function bewaarplan(b: Bestand, { dagen }: { dagen: number }): Promise<Bewaarplan> {
  const peildatum = vandaag(nu());
  const tot = dagenErbij(peildatum, dagen);
  const gepland = new Map<string, Bewaarplan['gepland'][number]>();
  for (const r of regelsVan(b)) {
    for (const item of await r.verval(b.v)) {
      const datum = item.datum < peildatum ? peildatum : item.datum;
      if (datum > tot) continue;
      const sleutel = `${datum} ${r.id}`;
      const rij = gepland.get(sleutel) ?? { datum, regel: r.id, artikel: r.artikel, aantal: 0 };
      rij.aantal += 1;
      gepland.set(sleutel, rij);
    }
  }
  const lijst = [...gepland.values()].sort((x, y) => x.datum.localeCompare(y.datum) || x.regel.localeCompare(y.regel));
  return {
    peildatum,
    tot,
    regels: regelsVan(b).map(({ id, artikel, wat, wanneer }) => ({ regel: id, artikel, wat, wanneer })),
    gepland: lijst,
    volgende: lijst[0]?.datum ?? null,
  };
}

/** Why the sweep ran: at unlock, the daily timer, or someone pressed "now". Recorded in the audit line. */
export type Aanleiding = 'aanmelden' | 'dagelijks' | 'handmatig';

/** Deletes everything that is due today, in one transaction; returns the counts per rule and article. */
export async function bewaringUitvoeren(b: Bestand, aanleiding: Aanleiding = 'handmatig'): Promise<Bewaaruitkomst> {
  const peildatum = vandaag(nu());
  const tijd = nu().toISOString();
  const regels = regelsVan(b);
  const teVerwijderen = async () => {
    const uit: Array<{ regel: Bewaarregel; ids: number[] }> = [];
    for (const regel of regels) uit.push({ regel, ids: (await regel.verval(b.v)).filter((i) => i.datum <= peildatum).map((i) => i.id) });
    return uit;
  };
  // Nothing due (the usual case at unlock): no transaction, no rewrite of the search index.
  if (!(await teVerwijderen()).some((x) => x.ids.length)) {
    await controleAfronden(b.v);
    return { tijd, peildatum, verwijderd: regels.map((r) => ({ regel: r.id, artikel: r.artikel, aantal: 0 })), totaal: 0 };
  }
  const verwijderd = await verwijderen(b, async () => {
    const aantallen: Bewaaruitkomst['verwijderd'] = [];
    for (const { regel, ids } of await teVerwijderen()) {
      const aantal = ids.length ? await regel.weg(b, ids, peildatum) : 0;
      aantallen.push({ regel: regel.id, artikel: regel.artikel, aantal });
      if (!aantal) continue;
      await b.v.run(
        'INSERT INTO bewaring_historie (maand, regel, artikel, aantal) VALUES (?,?,?,?) ON CONFLICT (maand, regel) DO UPDATE SET aantal = aantal + excluded.aantal',
        [peildatum.slice(0, 7), regel.id, regel.artikel, aantal],
      );
    }
    await controleAfronden(b.v);
    await b.audit('bewaring.uitgevoerd', 'bewaartermijnen', {
      aanleiding,
      peildatum,
      verwijderd: Object.fromEntries(aantallen.filter((a) => a.aantal).map((a) => [`${a.regel} (${a.artikel})`, a.aantal])),
    });
    return aantallen;
  });
  return { tijd, peildatum, verwijderd, totaal: verwijderd.reduce((s, a) => s + a.aantal, 0) };
}

/** What was deleted, per month and rule (counts only), newest month first. */
export function bewaarhistorie(b: Bestand): Promise<Bewaarhistorie> {
  return b.v.all<Bewaarhistorie[number]>('SELECT maand, regel, artikel, aantal FROM bewaring_historie ORDER BY maand DESC, regel');
}
