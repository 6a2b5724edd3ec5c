/**
 * Agenda and decision list as PDF, for the chair or in one attendee's view (art. 9.4). Generated in
 * memory and written once, atomically, to the folder the user chose; a version for an attendee is a
 * provision and goes through the verstrekkingenlog.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { KetenFout, veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { nlDatum } from '@shared/datum';
import type { Bestand } from '../bestand/bestand';
import { auditKop } from '../bestand/audit';
import { ontvangers } from '../beleid/gegevens';
import { verstrekken } from '../beleid/verstrekken';
import { absoluteMap } from '../paden';
import { schrijfAtomisch } from '../schrijven';
import { agendaRedactie, agendapunten } from './agenda';
import { overlegRij } from './overleggen';
import { overlegPdf } from './pdf';
import type { OverlegDocument } from './documenttypen';

export const BESLUITTEKST: Record<string, string> = {
  interventies: 'Interventies toegewezen',
  'geen-actie': 'Geen actie; opschoning volgens art. 16.8',
  emm: 'Gehele casus naar het EMM (art. 13.4)',
  'terug-naar-dossiervorming': 'Terug naar dossiervorming',
  'naar-voorbereidingsteam': 'Naar het voorbereidingsteam (art. 14.5)',
  'blijft-in-zorgoverleg': 'Blijft in het zorgoverleg',
  'geen-vervolg': 'Geen vervolg',
  'spoed-bevestigd': 'Spoedbesluit bevestigd',
  'spoed-ingetrokken': 'Spoedbesluit ingetrokken',
};

export async function overlegDocument(b: Bestand, overlegId: number, soort: 'agenda' | 'besluitenlijst', ontvangerId: number | null): Promise<OverlegDocument> {
  const o = await overlegRij(b, overlegId);
  const ontvanger = ontvangerId === null ? null : (await ontvangers(b.v)).find((x) => x.id === ontvangerId);
  if (ontvangerId !== null && !ontvanger) throw new KetenFout('NIET_GEVONDEN', melding('document.ontvangerNietInRegister'));
  if (ontvanger && !(await b.v.get('SELECT 1 FROM overleg_deelnemers WHERE overleg_id = ? AND partner_id = ?', [overlegId, ontvanger.id]))) {
    throw new KetenFout('CONVENANTREGEL', melding('document.ontvangerNeemtNietDeel', { naam: ontvanger.naam }), { artikel: 'art. 9.4' });
  }
  const punten = await agendapunten(b, overlegId, ontvanger ?? null, { document: true });
  const deelnemers = await b.v.all<{ naam: string; organisatie: string; aanwezig: number | null; deskundige: number; geheimhouding_getekend_op: string | null }>(
    'SELECT naam, organisatie, aanwezig, deskundige, geheimhouding_getekend_op FROM overleg_deelnemers WHERE overleg_id = ? ORDER BY deskundige, organisatie',
    [overlegId],
  );
  return {
    soort,
    penvoerder: b.instellingen.penvoerder,
    bestandsnaam: b.instellingen.naam,
    overleg: { soort: o.soort, datum: o.datum, tijd: o.tijd, locatie: o.locatie, voorzitter: o.voorzitter },
    // The partner by its name, not its register code ("POLITIE"): a document speaks in words (ADR 0037).
    ontvanger: ontvanger ? { naam: ontvanger.naam, organisatie: ontvanger.naam } : null,
    deelnemers: deelnemers.map((d) => ({
      naam: d.naam,
      organisatie: d.organisatie,
      aanwezig: d.aanwezig === null ? null : d.aanwezig === 1,
      deskundige: d.deskundige === 1,
      geheimhoudingGetekend: d.geheimhouding_getekend_op,
    })),
    punten: punten
      .filter((p) => soort === 'agenda' || p.status === 'besproken')
      .map((p, i) => ({
        nummer: i + 1,
        titel: p.titel,
        soort: p.soort,
        samenvatting: p.samenvatting,
        aantalSignalen: p.aantalSignalen,
        bronnen: p.bronnen,
        indicatoren: p.indicatoren,
        voorgesteldePartners: p.voorgesteldePartners.map((x) => x.naam),
        afgeschermd: p.afgeschermd,
        ...(soort === 'besluitenlijst'
          ? {
              kwalificatie: p.kwalificatie,
              besluit: p.besluit ? BESLUITTEKST[p.besluit] ?? p.besluit : '',
              interventies: p.interventies.map((iv) => ({ partner: iv.partner.naam, omschrijving: iv.omschrijving, deadline: iv.deadline })),
              notities: p.notities,
            }
          : {}),
      })),
    auditKop: (await auditKop(b.v)).hash,
    gegenereerdOp: new Date().toISOString(),
  };
}

/** File names carry kind, date and recipient code only — never personal data. */
export function documentNaam(soort: string, overlegsoort: string, datum: string, ontvangerCode: string | null): string {
  return `${soort}-${overlegsoort}-${datum}-${ontvangerCode ?? 'voorzitter'}.pdf`.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
}

export async function overlegPdfOpslaan(
  b: Bestand,
  g: { overlegId: number; soort: 'agenda' | 'besluitenlijst'; ontvangerId: number | null; doelmap: string; gemarkeerdBekeken?: boolean | undefined },
): Promise<{ pad: string; bytes: number }> {
  const doelmap = await doelmapControleren(g.doelmap);
  // Free text that still looks identifying leaves only after the user has seen it (ADR 0032).
  const gemarkeerd = (await agendaRedactie(b, g.overlegId, g.soort)).reduce((n, p) => n + p.redactie.gemarkeerd.length, 0);
  if (gemarkeerd > 0 && !g.gemarkeerdBekeken) throw new KetenFout('BEVESTIGING_NODIG', melding('document.gemarkeerdNietBekeken', { aantal: gemarkeerd }), { artikel: 'art. 6.2' });
  const doc = await overlegDocument(b, g.overlegId, g.soort, g.ontvangerId);
  const o = await overlegRij(b, g.overlegId);
  const ontvanger = g.ontvangerId ? (await ontvangers(b.v)).find((x) => x.id === g.ontvangerId) : undefined;
  // The attendee's copy is a provision of what the policy engine let through (art. 1j, 25.3).
  if (ontvanger) {
    const punten = await b.v.all<{ dossier_id: number | null; signaal_id: number | null }>('SELECT dossier_id, signaal_id FROM agendapunten WHERE overleg_id = ?', [g.overlegId]);
    for (const dossierId of new Set(punten.map((p) => p.dossier_id).filter((x): x is number => x !== null))) {
      await verstrekken(b, { ontvangerId: ontvanger.id, dossierId, doel: 'overleg', soort: g.soort, context: { ontvangerHeeftTaak: true, identificatieNodig: false }, alleenToegestaan: true });
    }
    const losseSignalen = punten.filter((p) => p.dossier_id === null && p.signaal_id !== null).map((p) => p.signaal_id!);
    if (losseSignalen.length) {
      await verstrekken(b, { ontvangerId: ontvanger.id, dossierId: null, signaalIds: losseSignalen, doel: 'overleg', soort: g.soort, context: { ontvangerHeeftTaak: true, identificatieNodig: false }, alleenToegestaan: true });
    }
  }
  const pdf = await overlegPdf(doc);
  const pad = path.join(doelmap, documentNaam(g.soort, o.soort, o.datum, ontvanger?.code ?? null));
  await documentSchrijven(doelmap, pad, pdf);
  await b.audit('overleg.document', `overleg:${g.overlegId}`, { soort: g.soort, ontvanger: ontvanger?.code ?? 'voorzitter', datum: nlDatum(o.datum) });
  return { pad, bytes: pdf.length };
}

/** The chosen folder as an absolute path; refuses one that does not exist, before anything is built. */
export async function doelmapControleren(invoer: string): Promise<string> {
  const doelmap = absoluteMap(invoer);
  const stat = await fs.stat(doelmap).catch(() => undefined);
  if (!stat?.isDirectory()) throw new KetenFout('SCHRIJFFOUT', melding('map.bestaatNiet', { doelmap }), { velden: [veldfout('doelmap', melding('veld.mapBestaatNiet'))] });
  return doelmap;
}

/** Writes a document once, atomically; a full disk says so. */
export async function documentSchrijven(doelmap: string, pad: string, bytes: Buffer): Promise<void> {
  try {
    await schrijfAtomisch(pad, bytes);
  } catch (err) {
    throw new KetenFout('SCHRIJFFOUT', melding('document.schrijven', { doelmap, reden: (err as NodeJS.ErrnoException).code === 'ENOSPC' ? 'de schijf is vol' : (err as Error).message }));
  }
}
