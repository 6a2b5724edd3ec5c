/**
 * Fixing an agenda sends it to every attendee (art. 12.11, 13, 14), so its free text leaves then: the
 * review of what the redaction replaced and what still looks identifying comes first (art. 6.2, 21.4;
 * ADR 0032). Every other status change goes straight through.
 */
import type { Overlegstatus } from '@shared/domein/overleg';
import { geenRedactie, redactieOptellen } from '@shared/domein/redactie';
import type { Bestand } from '../bestand/bestand';
import { vrijgaveToetsen, vrijgaveVastleggen } from '../keten/vrijgave';
import { agendaRedactie } from './agenda';
import { overlegRij, statusWijzigen } from './overleggen';

export async function statusMetControle(b: Bestand, id: number, naar: Overlegstatus, gemarkeerdBekeken: boolean): Promise<{ doorgeschoven: number[] }> {
  // Only a change that fixes it is reviewed; the state machine refuses the rest in statusWijzigen.
  if (naar !== 'agenda-vastgesteld' || (await overlegRij(b, id)).status !== 'gepland') return statusWijzigen(b, id, naar);
  const verslag = (await agendaRedactie(b, id, 'agenda')).reduce((t, p) => redactieOptellen(t, p.redactie, p.onderdeel), geenRedactie());
  const vrijgave = { soort: 'agenda-vaststellen', onderwerp: `overleg:${id}`, verslag, bekeken: gemarkeerdBekeken } as const;
  vrijgaveToetsen(vrijgave);
  const uit = await statusWijzigen(b, id, naar);
  await vrijgaveVastleggen(b, vrijgave);
  return uit;
}
