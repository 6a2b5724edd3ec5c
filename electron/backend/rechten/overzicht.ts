/**
 * The privacy-medewerker's overview (art. 12.22: contact point for persons concerned, supervises the
 * processing): open requests by deadline and the overdue ones, the informing duty, the latest
 * provisions from the verstrekkingenlog, failed logins, the audit chain's last check and the last backup.
 * It reads no case content: requests show the requester's own name, provisions their recipient and dossier number.
 */
import { AUDITACTIE } from '../bestand/aanmeldpogingen';
import type { Bestand } from '../bestand/bestand';
import { dagenErbij } from '@shared/domein/rechten';
import { vandaag } from '../klok';
import { informeertellingen } from './informeren';
import { verzoekenLijst } from './verzoeken';

export async function rechtenOverzicht(b: Bestand) {
  const dag = vandaag();
  const open = await verzoekenLijst(b, { alleenOpen: true });
  const verstrekkingen = await b.v.all<{ id: number; tijd: string; ontvanger: string; dossier: string | null; doel: string; soort: string; categorieen: string; overschreven: number }>(
    // A provision may go to no partner (an inzage answer to the person itself), hence the outer join.
    `SELECT v.id, v.tijd, coalesce(p.naam, '—') AS ontvanger, d.nummer AS dossier, v.doel, v.soort, v.categorieen, v.overschreven
       FROM verstrekkingen v LEFT JOIN partners p ON p.id = v.ontvanger_partner_id LEFT JOIN dossiers d ON d.id = v.dossier_id
      ORDER BY v.tijd DESC, v.id DESC LIMIT 10`,
  );
  const mislukt = Object.values(AUDITACTIE);
  const vanaf = `${dagenErbij(dag, -30)}T00:00:00`;
  const aanmeldingen = await b.v.all<{ tijd: string; actie: string; onderwerp: string }>(
    `SELECT tijd, actie, onderwerp FROM audit WHERE actie IN (${mislukt.map(() => '?').join(',')}) AND tijd >= ? ORDER BY volgnr DESC LIMIT 10`,
    [...mislukt, vanaf],
  );
  const aantalMislukt = await b.v.get<{ n: number }>(`SELECT count(*) AS n FROM audit WHERE actie IN (${mislukt.map(() => '?').join(',')}) AND tijd >= ?`, [...mislukt, vanaf]);
  const controle = await b.v.get<{ tijd: string; details: string; gebruiker: string }>("SELECT tijd, details, gebruiker FROM audit WHERE actie = 'audit.geverifieerd' ORDER BY volgnr DESC LIMIT 1");
  const backup = await b.v.get<{ tijd: string; gebruiker: string }>("SELECT tijd, gebruiker FROM audit WHERE actie = 'backup.gemaakt' ORDER BY volgnr DESC LIMIT 1");
  const ketencontrole = controle ? (JSON.parse(controle.details) as { geldig?: boolean; aantal?: number }) : null;
  return {
    vandaag: dag,
    openVerzoeken: open,
    teLaat: open.filter((r) => r.lopend?.teLaat).length,
    informeren: await informeertellingen(b),
    verstrekkingen: verstrekkingen.map((v) => ({ ...v, categorieen: JSON.parse(v.categorieen) as string[], overschreven: v.overschreven === 1 })),
    mislukteAanmeldingen: { aantal30Dagen: aantalMislukt?.n ?? 0, laatste: aanmeldingen },
    auditketen: controle && ketencontrole ? { op: controle.tijd, door: controle.gebruiker, geldig: ketencontrole.geldig === true, aantal: ketencontrole.aantal ?? 0 } : null,
    laatsteBackup: backup ? { op: backup.tijd, door: backup.gebruiker } : null,
  };
}
