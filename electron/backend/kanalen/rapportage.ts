/** The half-yearly report and analyses under a Stuurgroep decision (docs/ontwerp.md §13, ADR 0038–0039). */
import type { Handlers } from './handler';
import { rapportcijfers } from '../rapportage/cijfers';
import { overzichtsreeksen } from '../rapportage/overzicht';
import { verzoekenLijst } from '../rechten/verzoeken';
import { periodeControleren, rapportMaken, rapporttekstOpslaan, rapportteksten } from '../rapportage/rapport';
import { landelijkBeeldLezen, regioInstellen, statistiekMaken } from '../rapportage/statistiek';
import { analyseUitvoeren, stuurgroepbesluitIntrekken, stuurgroepbesluiten, stuurgroepbesluitVastleggen } from '../rapportage/stuurgroep';

export const rapportageHandlers = {
  'rapportage.cijfers': async (i, s) => {
    periodeControleren(i.periode);
    return rapportcijfers(s.aangemeld(), i.periode);
  },
  // The rights deadlines come from `rechten/`, above `rapportage/`: given in, not imported (docs/ontwerp.md §4).
  'rapportage.overzicht': async (_i, s) => {
    const b = s.aangemeld();
    return overzichtsreeksen(b, async () => (await verzoekenLijst(b, { alleenOpen: true })).flatMap((r) => (r.lopend ? [{ soort: r.soort, datum: r.lopend.datum, teLaat: r.lopend.teLaat }] : [])));
  },
  'rapportage.teksten': async (i, s) => rapportteksten(s.aangemeld(), i.periode),
  'rapportage.analyseOpslaan': async (i, s) => {
    await rapporttekstOpslaan(s.aangemeld(), { periode: i.periode, soort: 'analyse', tekst: i.tekst });
    return {};
  },
  'rapportage.zorgOpslaan': async (i, s) => {
    await rapporttekstOpslaan(s.aangemeld(), { periode: i.periode, soort: 'zorg', tekst: i.tekst });
    return {};
  },
  'rapportage.maken': async (i, s) => rapportMaken(s.aangemeld(), i),
  'stuurgroep.besluiten': async (_i, s) => stuurgroepbesluiten(s.aangemeld()),
  'stuurgroep.besluitVastleggen': async (i, s) => stuurgroepbesluitVastleggen(s.aangemeld(), i),
  'stuurgroep.besluitIntrekken': async (i, s) => {
    await stuurgroepbesluitIntrekken(s.aangemeld(), i.id);
    return {};
  },
  'analyse.uitvoeren': async (i, s) => analyseUitvoeren(s.aangemeld(), i),
  'statistiek.maken': async (i, s) => {
    const g = await statistiekMaken(s.aangemeld(), i);
    return { id: g.id, aan: g.aan, bestandsnaam: g.bestandsnaam, pad: g.pad, bytes: g.bytes };
  },
  'statistiek.regio': async (i, s) => {
    const b = s.aangemeld();
    await regioInstellen(b, i);
    return s.info(b);
  },
  'landelijk.beeld': async (_i, s) => landelijkBeeldLezen(s.aangemeld()),
} satisfies Partial<Handlers>;
