/**
 * One dossier as the detail screen shows it: its signals, the persons involved (identifying or
 * anonymised), its timeline, inquiries, consents, spoed decisions and disclosures. The identifying
 * view is audited.
 */
import { OVERGANGEN } from '@shared/domein/dossier';
import { anonimiseer, leeftijdOp } from '@shared/domein/signaal';
import { geenRedactie } from '@shared/domein/redactie';
import { bestandsRedactor, eigenRedactor, tekstRedigeren } from './anoniemeVorm';
import { vandaag } from '@shared/datum';
import type { Bestand } from '../bestand/bestand';
import { verstrekkingenLijst } from '../beleid/verstrekken';
import * as dossiers from './dossiers';
import * as navraag from './navraag';
import { personenVanSignaal } from './personen';
import * as signalen from './signalen';
import * as spoed from './spoed';
import * as toestemmingen from './toestemmingen';

export async function dossierDetail(b: Bestand, id: number, vorm: 'geanonimiseerd' | 'identificeerbaar') {
  const d = await dossiers.dossierRij(b, id);
  // Only this dossier's row (the detail read every dossier to find it; ADR 0030).
  // dossierRij above refused a missing id, so the list has this one row.
  const lijst = (await dossiers.dossiersLijst(b, { id }))[0]!;
  const signaalRijen = await b.v.all<{ id: number }>('SELECT id FROM signalen WHERE dossier_id = ? ORDER BY datum_tijd', [id]);
  const signaalInfo = [];
  const betrokkenen = [];
  const redactie = geenRedactie();
  const rijen = [];
  for (const { id: sid } of signaalRijen) {
    const r = await signalen.signaalRij(b, sid);
    rijen.push({ r, f: await signalen.formulierVan(b, r) });
  }
  // Anonymised: each signal's personalia emptied; its summary and the title redacted with every person the
  // bestand knows, those of the whole dossier matched in any case (ADR 0032).
  const redactors = vorm === 'geanonimiseerd' ? [await bestandsRedactor(b), eigenRedactor(rijen.map((x) => x.f))] : null;
  const titel = redactors ? tekstRedigeren(lijst.titel, 'titel', redactie, redactors) : lijst.titel;
  for (const { r, f } of rijen) {
    const sid = r.id;
    const bron = r.bron_partner_id ? (await b.v.get<{ naam: string }>('SELECT naam FROM partners WHERE id = ?', [r.bron_partner_id]))?.naam ?? '' : '';
    const zicht = redactors ? anonimiseer(f).formulier : f;
    const samenvatting = redactors ? tekstRedigeren(f.samenvatting, `${r.nummer}: samenvatting`, redactie, redactors) : f.samenvatting;
    signaalInfo.push({ id: r.id, nummer: r.nummer, datumTijd: r.datum_tijd, bron, samenvatting, vermoedens: f.vermoedens, delen: r.delen });
    for (const p of await personenVanSignaal(b.v, sid)) {
      const gegevens = zicht[p.rol];
      betrokkenen.push({
        persoonId: p.persoon.id,
        rol: p.rol,
        signaal: r.nummer,
        naam: gegevens.naam,
        geboortedatum: gegevens.geboortedatum,
        leeftijd: leeftijdOp(p.persoon.geboortedatum, r.datum_tijd.slice(0, 10) || vandaag()),
        geslacht: gegevens.geslacht,
        nationaliteit: gegevens.nationaliteit,
        woonplaats: gegevens.woonplaats,
      });
    }
  }
  if (vorm === 'identificeerbaar') await b.audit('dossier.ingezien', `dossier:${d.nummer}`, { vorm });
  // The rest of the dossier's free text — timeline notes, questions and answers of inquiries, spoed
  // requests — is redacted the same way in the anonymised view (ADR 0032).
  const tekst = (t: string, veld: string) => (redactors ? tekstRedigeren(t, veld, redactie, redactors) : t);
  const gebeurtenissen = (await dossiers.gebeurtenissen(b, id)).map((g) => ({ ...g, toelichting: tekst(g.toelichting, 'tijdlijn') }));
  const navragen = (await navraag.navragenVanDossier(b, id)).map((n) => ({
    ...n,
    vraag: tekst(n.vraag, `navraag ${n.id}: vraag`),
    antwoord: tekst(n.antwoord, `navraag ${n.id}: antwoord`),
    relevantieToelichting: tekst(n.relevantieToelichting, `navraag ${n.id}: toelichting`),
  }));
  const spoedbesluiten = (await spoed.spoedLijst(b, false, id)).map((x) => ({ ...x, verzoek: tekst(x.verzoek, `spoedbesluit ${x.id}`) }));
  return {
    ...lijst,
    titel,
    vorm,
    geslotenOp: d.gesloten_op,
    volgendeFasen: [...OVERGANGEN[d.fase]],
    gebeurtenissen,
    signalen: signaalInfo,
    betrokkenen,
    navragen,
    toestemmingen: await toestemmingen.toestemmingenVanDossier(b, id),
    spoed: spoedbesluiten,
    verstrekkingen: await verstrekkingenLijst(b, id),
    redactie,
  };
}
