/**
 * The review before anonymised free text leaves (art. 6.2, 9.5, 21.4; ADR 0032, issue 11 §2): fixing an
 * agenda, writing the handover bundles, writing the zorgoverleg's agenda pack. What the redaction replaced
 * and what still looks like a name, phone number, BSN, licence plate or address is shown to the user
 * first; when anything still looks identifying the backend refuses until the user confirms that she
 * looked, so another adapter (the CLI, the bridge) cannot skip the step. The confirmation is audited with
 * what was shown — the counts and how many fragments, never the fragments themselves.
 */
import { KetenFout } from '@shared/fouten';
import { melding, type Meldingcode } from '@shared/meldingen';
import { heeftRedactie, type Redactieverslag, type Vrijgavesoort } from '@shared/domein/redactie';
import type { Bestand } from '../bestand/bestand';

const WEIGERING = {
  'agenda-vaststellen': 'vrijgave.nietBekeken.agenda',
  overdracht: 'vrijgave.nietBekeken.overdracht',
  agendapakket: 'vrijgave.nietBekeken.agendapakket',
} as const satisfies Record<Vrijgavesoort, Meldingcode>;

interface Vrijgave {
  soort: Vrijgavesoort;
  onderwerp: string;
  verslag: Redactieverslag;
  bekeken: boolean;
}

/** Refuses while fragments are still flagged and the user did not confirm having seen them. */
export function vrijgaveToetsen(g: Vrijgave): void {
  const aantal = g.verslag.gemarkeerd.length;
  if (aantal > 0 && !g.bekeken) {
    throw new KetenFout('BEVESTIGING_NODIG', melding(WEIGERING[g.soort], { aantal }), { artikel: g.soort === 'overdracht' ? 'art. 6.2, 9.5' : 'art. 6.2, 21.4' });
  }
}

/** Records the review (when it showed anything) in the audit log, once the text has left. */
export async function vrijgaveVastleggen(b: Bestand, g: Vrijgave): Promise<void> {
  if (heeftRedactie(g.verslag)) {
    await b.audit('vrijgave.gecontroleerd', g.onderwerp, { waarvoor: g.soort, afgeschermd: g.verslag.aantallen, gemarkeerd: g.verslag.gemarkeerd.length, bekeken: g.bekeken });
  }
}
