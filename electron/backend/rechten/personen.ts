/**
 * Finding the requester in the bestand (art. 25.1, 26.1, 27.1; ADR 0022): by name and date of birth,
 * through the same blocking keys and the same scoring as signals (keten/personen.ts,
 * keten/naamvergelijking.ts: spelling variants, swapped names, initials). Only what scores as probably
 * the same person is offered, with its reasons as codes; a namesake with another date of birth is not.
 * The search belongs to a request in handling and is audited — the privacy-medewerker sees persons only
 * for this.
 */
import { gehashteSleutels, type PersoonRij } from '../keten/personen';
import { voorbereiden, vergelijkVoorbereid } from '../keten/naamvergelijking';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { verzoekInBehandeling } from './verzoeken';

export interface PersoonKandidaat {
  persoonId: number;
  naam: string;
  geboortedatum: string;
  woonplaats: string;
  score: number;
  redenen: string[];
  signalen: number;
  bevestigd: boolean;
}

/** Scores every person sharing a blocking key with the query; pure apart from reading the candidates. */
export async function personenVinden(b: Bestand, gezocht: { naam: string; geboortedatum: string; woonplaats?: string }, max = 50): Promise<Array<Omit<PersoonKandidaat, 'bevestigd'>>> {
  const sleutels = await gehashteSleutels(b.v, gezocht);
  if (sleutels.length === 0) return [];
  const rijen = await b.v.all<PersoonRij & { signalen: number }>(
    `SELECT p.*, (SELECT count(*) FROM signaal_personen sp WHERE sp.persoon_id = p.id) AS signalen FROM personen p JOIN (
        SELECT persoon_id, count(*) AS gedeeld FROM persoon_sleutels WHERE waarde IN (${sleutels.map(() => '?').join(',')})
         GROUP BY persoon_id ORDER BY gedeeld DESC LIMIT 500
      ) k ON k.persoon_id = p.id`,
    sleutels.map((s) => s.waarde),
  );
  const zelf = voorbereiden({ naam: gezocht.naam, geboortedatum: gezocht.geboortedatum, adres: '', woonplaats: gezocht.woonplaats ?? '' });
  const uit: Array<Omit<PersoonKandidaat, 'bevestigd'>> = [];
  for (const p of rijen) {
    const u = vergelijkVoorbereid(zelf, voorbereiden(p));
    // A different date of birth is a different person, however alike the name (a father and his son).
    if (!u.waarschijnlijk || u.redenen.includes('match.geboortedatumVerschilt')) continue;
    uit.push({ persoonId: p.id, naam: p.naam, geboortedatum: p.geboortedatum, woonplaats: p.woonplaats, score: u.score, redenen: u.redenen, signalen: p.signalen });
  }
  return uit.sort((a, c) => c.score - a.score || a.persoonId - c.persoonId).slice(0, max);
}

/** The search for one request, audited with the request and how many were found (never the names). */
export async function personenZoeken(b: Bestand, verzoekId: number, gezocht: { naam: string; geboortedatum: string; woonplaats?: string }): Promise<PersoonKandidaat[]> {
  const { nummer } = await verzoekInBehandeling(b, verzoekId);
  return vastleggen(
    b,
    async () => {
      const gevonden = await personenVinden(b, gezocht);
      const bevestigd = new Set((await b.v.all<{ persoon_id: number }>('SELECT persoon_id FROM rechtenverzoek_personen WHERE verzoek_id = ?', [verzoekId])).map((r) => r.persoon_id));
      return gevonden.map((k) => ({ ...k, bevestigd: bevestigd.has(k.persoonId) }));
    },
    (u) => ({ actie: 'rechten.personen-gezocht', onderwerp: `rechtenverzoek:${nummer}`, details: { gevonden: u.length, metGeboortedatum: gezocht.geboortedatum !== '' } }),
  );
}
