/**
 * The acknowledgment of the duty of confidentiality (art. 21.2, ADR 0043): kept in the bestand per
 * account and version of the text, and written to the audit log. The router refuses case data to an
 * account that has not acknowledged the current version (kanalen that need none: VOOR_GEHEIMHOUDING).
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import type { Geheimhoudingsbevestiging, Geheimhoudingstekst } from '@shared/domein/geheimhouding';
import type { Bestand } from './bestand';

/** Has the signed-in account acknowledged this version of the text? */
export async function heeftBevestigd(b: Bestand, versie: number): Promise<boolean> {
  return !!(await b.v.get('SELECT 1 FROM geheimhouding_bevestigingen WHERE gebruiker_id = ? AND versie = ?', [b.gebruiker.id, versie]));
}

/**
 * Records that the signed-in account acknowledges `tekst`. The page sends the version it showed: an
 * acknowledgment of a text that is no longer the current one is refused, so nobody acknowledges what
 * they did not see. A second acknowledgment of the same version changes nothing.
 */
export async function bevestigen(b: Bestand, tekst: Geheimhoudingstekst, getoondeVersie: number): Promise<void> {
  if (getoondeVersie !== tekst.versie) {
    throw new KetenFout('CONFLICT', melding('geheimhouding.andereVersie', { versie: tekst.versie }), { artikel: tekst.artikel });
  }
  if (await heeftBevestigd(b, tekst.versie)) return;
  await b.v.transactie(async () => {
    const tijd = new Date().toISOString();
    await b.v.run('INSERT INTO geheimhouding_bevestigingen (gebruiker_id, versie, tijd) VALUES (?,?,?)', [b.gebruiker.id, tekst.versie, tijd]);
    await b.audit('geheimhouding.bevestigd', `gebruiker:${b.gebruiker.naam}`, { versie: tekst.versie, artikel: tekst.artikel });
  });
}

/** Every account's latest acknowledgment, for Beheer → Gebruikers. */
export async function laatsteBevestigingen(b: Bestand, huidigeVersie: number): Promise<Map<number, Geheimhoudingsbevestiging>> {
  const rijen = await b.v.all<{ gebruiker_id: number; versie: number; tijd: string }>(
    'SELECT gebruiker_id, versie, tijd FROM geheimhouding_bevestigingen ORDER BY versie, tijd',
  );
  return new Map(rijen.map((r) => [r.gebruiker_id, { versie: r.versie, tijd: r.tijd, actueel: r.versie === huidigeVersie }]));
}

/**
 * Only for the demo's made-up accounts: their acknowledgment is recorded when the demo is made, so a
 * demonstration starts at the work itself. Audited as such (`namens`), never used for a real bestand.
 */
export async function demoNamensBevestigen(b: Bestand, tekst: Geheimhoudingstekst, namen: readonly string[]): Promise<void> {
  await b.v.transactie(async () => {
    const tijd = new Date().toISOString();
    for (const naam of namen) {
      const r = await b.v.get<{ id: number }>('SELECT id FROM gebruikers WHERE naam = ?', [naam]);
      if (!r) continue;
      await b.v.run('INSERT OR IGNORE INTO geheimhouding_bevestigingen (gebruiker_id, versie, tijd) VALUES (?,?,?)', [r.id, tekst.versie, tijd]);
      await b.audit('geheimhouding.bevestigd', `gebruiker:${naam}`, { versie: tekst.versie, artikel: tekst.artikel, namens: true, synthetisch: true });
    }
  });
}
