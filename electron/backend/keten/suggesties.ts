/**
 * Match proposals (art. 7.2, docs/ontwerp.md §3 Matching): for the persons of one signal, or of every
 * submitted signal not yet in a dossier, the candidates with their reasons and the signals on each side.
 * Names only in the identifying view, and that view is audited.
 */
import type { Bestand } from '../bestand/bestand';
import * as signalen from './signalen';
import { vastleggen } from '../bestand/vastleggen';
import { kandidatenVoor, personenVanSignaal, persoonBesluit } from './personen';

export /** Match proposals for the persons of one signal, or for all signals not yet in a dossier. */
async function suggesties(b: Bestand, signaalId: number | undefined, vorm: 'geanonimiseerd' | 'identificeerbaar') {
  const signaalIds = signaalId
    ? [signaalId]
    : (await b.v.all<{ id: number }>("SELECT id FROM signalen WHERE status = 'ingediend' AND dossier_id IS NULL ORDER BY id DESC LIMIT 300")).map((r) => r.id);
  const gezien = new Set<string>();
  const uit = [];
  for (const sid of signaalIds) {
    if (signaalId) await signalen.signaalRij(b, sid);
    for (const { persoon } of await personenVanSignaal(b.v, sid)) {
      for (const k of await kandidatenVoor(b.v, persoon.id)) {
        const paar = [Math.min(k.persoonId, k.kandidaatId), Math.max(k.persoonId, k.kandidaatId)].join('-');
        if (gezien.has(paar)) continue;
        gezien.add(paar);
        const signalenVan = async (pid: number) =>
          b.v.all<{ id: number; nummer: string; rol: string; bron: string }>(
            `SELECT s.id, s.nummer, sp.rol, coalesce(p.naam, '') AS bron FROM signaal_personen sp JOIN signalen s ON s.id = sp.signaal_id
               LEFT JOIN partners p ON p.id = s.bron_partner_id
              WHERE sp.persoon_id IN (SELECT id FROM personen WHERE id = ? OR samengevoegd_in = ?) AND s.status = 'ingediend'`,
            [pid, pid],
          );
        const namen =
          vorm === 'identificeerbaar'
            ? {
                persoon: persoon.naam,
                kandidaat: (await b.v.get<{ naam: string }>('SELECT naam FROM personen WHERE id = ?', [k.kandidaatId]))?.naam ?? '',
              }
            : null;
        uit.push({ ...k, persoonId: persoon.id, signalen: [...(await signalenVan(persoon.id)), ...(await signalenVan(k.kandidaatId))], namen });
      }
    }
  }
  if (vorm === 'identificeerbaar' && uit.length) await b.audit('personen.ingezien', 'matchvoorstellen', { aantal: uit.length });
  return uit;
}

/** The decision on one proposal (same person or not), with the reasons the proposal gave, recorded and audited. */
export async function persoonBesluiten(
  b: Bestand,
  i: { persoonId: number; kandidaatId: number; besluit: Parameters<typeof persoonBesluit>[3]; toelichting: string },
): Promise<void> {
  const voorstel = (await kandidatenVoor(b.v, i.persoonId, 50)).find((k) => k.kandidaatId === i.kandidaatId);
  await vastleggen(b, () => persoonBesluit(b.v, i.persoonId, i.kandidaatId, i.besluit, voorstel?.redenen ?? [], i.toelichting, b.gebruiker.naam), {
    actie: 'personen.besluit',
    onderwerp: `persoon:${i.persoonId}`,
    details: { kandidaat: i.kandidaatId, besluit: i.besluit, redenen: voorstel?.redenen ?? [], artikel: 'art. 7.2' },
  });
}
