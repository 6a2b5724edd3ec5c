/**
 * The national picture without pooling case data (art. 19, 22.6, 31; docs/ontwerp.md §13, ADR 0041).
 *
 * Sending: the ketenregisseur of a centraal bestand puts the half year's figures — the same suppressed
 * figures as the half-yearly report (cijfers.ts), no second query — in a signed, encrypted `statistiek`
 * bundle for a recipient in the registry (the EMM, the Nationaal Rapporteur). Suppression is applied
 * before the figures leave: the content schema refuses any shown number under five.
 *
 * Receiving: a partner installation merges every region's bundle per half year (shared/domein/statistiek.ts),
 * each figure traceable to its bundle, its signer's fingerprint and the date it was made.
 */
import { KetenFout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { vingerafdrukTonen } from '@shared/domein/bundel';
import { landelijkBeeld, statistiekInhoudSchema, statistiekUitCijfers, STATISTIEKARTIKEL, type LandelijkePeriode, type Regio } from '@shared/domein/statistiek';
import type { Bestand } from '../bestand/bestand';
import { bundelMaken, type GemaakteBundel } from '../bundels/maken';
import { rapportcijfers } from './cijfers';
import { periodeControleren } from './rapport';

/** A region's figures leave from its centraal bestand only (art. 19, 31). */
function alleenCentraal(b: Bestand): void {
  if (b.instellingen.profiel !== 'centraal') throw new KetenFout('GEEN_TOEGANG', melding('statistiek.alleenCentraal'), { artikel: 'art. 19' });
}

/**
 * The region's code and name in its statistics bundles (ADR 0041, addendum), set by the beheerder of the centraal
 * bestand: the EMM keeps one bundle per region and half year by this code, so it must not be a partner code that
 * several regions share (`GEM-VEILIGHEID` is every region's by default).
 */
export async function regioInstellen(b: Bestand, regio: Regio): Promise<void> {
  alleenCentraal(b);
  const voor = b.instellingen.regiocode ? { code: b.instellingen.regiocode, naam: b.instellingen.regionaam } : null;
  await b.v.transactie(async () => {
    await b.instellingWijzigen('regiocode', regio.code);
    await b.instellingWijzigen('regionaam', regio.naam);
    await b.audit('statistiek.regioIngesteld', 'bestand', { code: regio.code, naam: regio.naam, voor });
  });
}

export async function statistiekMaken(b: Bestand, g: { periode: string; aan: number; doelmap: string }): Promise<GemaakteBundel> {
  alleenCentraal(b);
  // Without its own code a region's figures could not be told apart from another's at the EMM (art. 31).
  if (!b.instellingen.regiocode) throw new KetenFout('CONVENANTREGEL', melding('statistiek.geenRegio'), { artikel: 'art. 31' });
  periodeControleren(g.periode);
  const inhoud = statistiekUitCijfers(await rapportcijfers(b, g.periode), { code: b.instellingen.regiocode, naam: b.instellingen.regionaam });
  const gemaakt = await bundelMaken(b, { soort: 'statistiek', aan: [g.aan], inhoud, doelmap: g.doelmap });
  // A provision of figures, not of personal data (the verstrekkingenlog of art. 25.3 is for those): its own audit entry.
  await b.audit('statistiek.verstrekt', `bundel:${gemaakt.id}`, {
    periode: g.periode,
    regio: inhoud.regiocode,
    aan: gemaakt.aan,
    tabellen: inhoud.tabellen.length,
    verborgen: inhoud.tabellen.reduce((n, t) => n + t.cellen.flat().filter((c) => c === '< 5').length, 0),
    artikel: STATISTIEKARTIKEL,
  });
  return gemaakt;
}

interface Rij {
  bundel_id: string;
  inhoud: string;
  ontvangen_op: string;
  van_code: string;
  van_naam: string;
  aangemaakt: string;
  vingerafdruk: string;
}

/** Every read statistics bundle, merged per half year; the view is audited (art. 19). */
export async function landelijkBeeldLezen(b: Bestand): Promise<{ perioden: LandelijkePeriode[] }> {
  const rijen = await b.v.all<Rij>(
    `SELECT s.bundel_id, s.inhoud, s.ontvangen_op, p.code AS van_code, p.naam AS van_naam, i.aangemaakt, i.sleutel_vingerafdruk AS vingerafdruk
       FROM statistiek_bundels s JOIN inkomende_bundels i ON i.id = s.bundel_id JOIN partners p ON p.id = s.van_partner_id
      ORDER BY s.periode DESC, p.code, i.aangemaakt`,
  );
  const beeld = landelijkBeeld(
    rijen.map((r) => ({
      bundelId: r.bundel_id,
      van: { code: r.van_code, naam: r.van_naam },
      vingerafdruk: vingerafdrukTonen(r.vingerafdruk),
      aangemaakt: r.aangemaakt,
      ingelezenOp: r.ontvangen_op,
      // Checked when it was read; read again through the schema so that the screen gets exactly that shape.
      inhoud: statistiekInhoudSchema.parse(JSON.parse(r.inhoud)),
    })),
  );
  await b.audit('statistiek.bekeken', 'landelijk-beeld', { perioden: beeld.perioden.map((p) => p.periode), bundels: rijen.length });
  return beeld;
}
