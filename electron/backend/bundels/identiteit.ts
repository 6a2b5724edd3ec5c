/**
 * Which registry partner this installation is when it sends (`van`) and receives (`aan`). For a
 * centraal bestand that is by default the Directie Veiligheid of the gemeente, the ketenregisseur's
 * organisation (art. 12.2); a zorgcoördinatie or partner installation chooses it at setup.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vandaag } from '@shared/datum';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import { buitenHetConvenant, partnerOpCode, partnerOpId, type Registerpartner } from './kring';

const INSTELLING = 'bundelIdentiteit';
export const STANDAARD_IDENTITEIT_CENTRAAL = 'GEM-VEILIGHEID';

export async function eigenIdentiteit(b: Bestand): Promise<Registerpartner | null> {
  const rij = await b.v.get<{ waarde: string }>('SELECT waarde FROM instellingen WHERE sleutel = ?', [INSTELLING]);
  if (rij) return (await partnerOpId(b.v, Number(rij.waarde))) ?? null;
  if (b.instellingen.profiel === 'centraal') return (await partnerOpCode(b.v, STANDAARD_IDENTITEIT_CENTRAAL)) ?? null;
  return null;
}

export async function vereisteIdentiteit(b: Bestand): Promise<Registerpartner> {
  const wij = await eigenIdentiteit(b);
  if (!wij) {
    throw new KetenFout(
      'IDENTITEIT_ONBEKEND',
      melding('identiteit.onbekend'),
    );
  }
  return wij;
}

export async function identiteitInstellen(b: Bestand, partnerId: number): Promise<Registerpartner> {
  const p = await partnerOpId(b.v, partnerId);
  if (!p) throw new KetenFout('NIET_GEVONDEN', melding('partner.nietInRegister', { id: partnerId }));
  const buiten = buitenHetConvenant(p, vandaag());
  if (buiten) throw new KetenFout('CONVENANTREGEL', melding('identiteit.kanNiet', { code: p.code, reden: buiten.reden }), { artikel: buiten.artikel });
  await vastleggen(b, () => b.v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde', [INSTELLING, String(p.id)]), {
    actie: 'bundel.identiteit-ingesteld',
    onderwerp: `partner:${p.code}`,
    details: { partnerId: p.id },
  });
  return p;
}
