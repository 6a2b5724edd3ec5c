/**
 * Bulk import of many submitted signals in one transaction with multi-row statements (docs/ontwerp.md §4):
 * for a signals bundle from the zorgcoördinatie, a migration from an older registry, and the
 * benchmark. The rows are prepared first (numbers, persons, matching keys, search text), then
 * written table by table; nothing is half-imported.
 */
import crypto from 'node:crypto';
import { kenmerken, type FormatCasus, type Personalia } from '@shared/domein/signaal';
import type { Bestand } from '../bestand/bestand';
import { meerdereRijenInvoegen, type SqlWaarde, type Verbinding } from '../bestand/verbinding';
import { blokkeersleutels } from './naamvergelijking';
import { heeftGegevens } from './personen';
import { vrijeTekst } from './signalen';
import { hoogsteVolgnummer, nummerOpmaken } from './nummers';

export interface ImportRijen {
  signalen: SqlWaarde[][];
  formulieren: SqlWaarde[][];
  personen: SqlWaarde[][];
  signaalPersonen: SqlWaarde[][];
  persoonSleutels: SqlWaarde[][];
  signaalIndicatoren: SqlWaarde[][];
  zoek: SqlWaarde[][];
}

export const KOLOMMEN = {
  signalen: ['id', 'nummer', 'status', 'datum_tijd', 'fase', 'bron_partner_id', 'delen', 'vermoedens', 'minderjarig', 'jeugdprostitutie', 'aangemaakt', 'aangemaakt_door', 'gewijzigd', 'gewijzigd_door'],
  formulieren: ['signaal_id', 'formulier'],
  personen: ['id', 'naam', 'geboortedatum', 'geslacht', 'adres', 'woonplaats', 'nationaliteit', 'verblijfstatus', 'woonsituatie', 'soort_faciliteerder', 'aangemaakt'],
  signaalPersonen: ['signaal_id', 'rol', 'persoon_id'],
  persoonSleutels: ['persoon_id', 'soort', 'waarde'],
  signaalIndicatoren: ['signaal_id', 'indicator_id'],
  zoek: ['rowid', 'samenvatting', 'namen', 'tekst'],
} as const;

export function rijenVoorbereiden(
  formulieren: readonly FormatCasus[],
  start: { signaalId: number; persoonId: number; volgnummer: number; jaar: number },
  matchsleutel: Buffer,
  door: string,
): ImportRijen {
  const rijen: ImportRijen = { signalen: [], formulieren: [], personen: [], signaalPersonen: [], persoonSleutels: [], signaalIndicatoren: [], zoek: [] };
  const nu = new Date().toISOString();
  let persoonId = start.persoonId;
  formulieren.forEach((f, i) => {
    const id = start.signaalId + i;
    const k = kenmerken(f);
    const { slachtoffer, pleger, faciliteerder, ...rest } = f;
    const nummer = nummerOpmaken('S', start.jaar, start.volgnummer + i);
    rijen.signalen.push([id, nummer, 'ingediend', f.datumTijd, f.fase, f.bron.partnerId, f.delen, f.vermoedens.join(','), k.minderjarig ? 1 : 0, k.jeugdprostitutie ? 1 : 0, nu, door, nu, door]);
    rijen.formulieren.push([id, JSON.stringify(rest)]);
    const betrokkenen: Array<[string, Personalia & { soort?: string }]> = [
      ['slachtoffer', slachtoffer],
      ['pleger', pleger],
      ['faciliteerder', { ...faciliteerder, woonsituatie: '' }],
    ];
    for (const [rol, p] of betrokkenen) {
      if (!heeftGegevens(p)) continue;
      persoonId += 1;
      rijen.personen.push([persoonId, p.naam, p.geboortedatum, p.geslacht, p.adres, p.woonplaats, p.nationaliteit, p.verblijfstatus, p.woonsituatie, p.soort ?? '', nu]);
      rijen.signaalPersonen.push([id, rol, persoonId]);
      for (const s of blokkeersleutels(p)) {
        rijen.persoonSleutels.push([persoonId, s.soort, crypto.createHmac('sha256', matchsleutel).update(`${s.soort}:${s.waarde}`).digest('hex').slice(0, 32)]);
      }
    }
    for (const ind of new Set(f.indicatoren)) rijen.signaalIndicatoren.push([id, ind]);
    rijen.zoek.push([id, f.samenvatting, [slachtoffer.naam, pleger.naam, faciliteerder.naam].filter(Boolean).join(' \n'), vrijeTekst(f)]);
  });
  return rijen;
}

export async function rijenInvoegen(v: Verbinding, rijen: ImportRijen): Promise<void> {
  await meerdereRijenInvoegen(v, 'signalen', KOLOMMEN.signalen, rijen.signalen);
  await meerdereRijenInvoegen(v, 'signaal_formulieren', KOLOMMEN.formulieren, rijen.formulieren);
  await meerdereRijenInvoegen(v, 'personen', KOLOMMEN.personen, rijen.personen);
  await meerdereRijenInvoegen(v, 'signaal_personen', KOLOMMEN.signaalPersonen, rijen.signaalPersonen);
  await meerdereRijenInvoegen(v, 'persoon_sleutels', KOLOMMEN.persoonSleutels, rijen.persoonSleutels);
  await meerdereRijenInvoegen(v, 'signaal_indicatoren', KOLOMMEN.signaalIndicatoren, rijen.signaalIndicatoren);
  await meerdereRijenInvoegen(v, 'signalen_zoek', KOLOMMEN.zoek, rijen.zoek);
}

/** From this many signals on, an import is a large transaction (ADR 0050: under the rollback journal). */
export const GROTE_IMPORT_VANAF = 1_000;

/**
 * Imports submitted signals; returns the first and last new id. Audited as one entry. Called inside a
 * bundle's transaction it is part of that one, which decides the journal (`bundels/inlezen.ts`).
 */
export async function signalenImporteren(b: Bestand, formulieren: readonly FormatCasus[], bron: string): Promise<{ eerste: number; laatste: number }> {
  const sleutel = Buffer.from((await b.v.get<{ waarde: string }>("SELECT waarde FROM instellingen WHERE sleutel = 'matchsleutel'"))!.waarde, 'hex');
  const jaar = new Date().getFullYear();
  return b.v.transactie(async () => {
    const maxSignaal = (await b.v.get<{ m: number | null }>('SELECT max(id) AS m FROM signalen'))?.m ?? 0;
    const maxPersoon = (await b.v.get<{ m: number | null }>('SELECT max(id) AS m FROM personen'))?.m ?? 0;
    const volgnummer = (await hoogsteVolgnummer(b.v, 'signalen', 'S', jaar)) + 1;
    const rijen = rijenVoorbereiden(formulieren, { signaalId: maxSignaal + 1, persoonId: maxPersoon, volgnummer, jaar }, sleutel, b.gebruiker.naam);
    await rijenInvoegen(b.v, rijen);
    await b.audit('signalen.geimporteerd', 'signalen', { aantal: formulieren.length, bron });
    return { eerste: maxSignaal + 1, laatste: maxSignaal + formulieren.length };
  }, { groot: formulieren.length >= GROTE_IMPORT_VANAF });
}
