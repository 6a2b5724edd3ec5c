/**
 * The partner registry's changes as the channels call them (art. 2, 4, 34.3): each one the change in
 * keten/partners.ts and its audit entry in one transaction (bestand/vastleggen.ts), then the partner
 * as it now stands. Contact persons are audited by id, never by name: the audit chain can never be
 * edited, so a name in it could never be deleted.
 */
import { vandaag } from '@shared/datum';
import type { PartnerDetail } from '@shared/domein/partner';
import type { Bestand } from '../bestand/bestand';
import { vastleggen } from '../bestand/vastleggen';
import * as partners from './partners';

export async function partnerToevoegen(b: Bestand, i: Parameters<typeof partners.partnerToevoegen>[1]): Promise<PartnerDetail> {
  const id = await vastleggen(b, () => partners.partnerToevoegen(b.v, i), { actie: 'partner.toegevoegd', onderwerp: `partner:${i.code}`, details: { naam: i.naam, soort: i.soort, land: i.land } });
  return partners.partnerDetail(b.v, id);
}

export async function partnerWijzigen(b: Bestand, i: { id: number; naam: string; land: string; toelichting: string }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.partnerWijzigen(b.v, i.id, i), { actie: 'partner.gewijzigd', onderwerp: `partner:${i.id}`, details: { naam: i.naam, land: i.land } });
  return partners.partnerDetail(b.v, i.id);
}

export async function contactpersoonToevoegen(
  b: Bestand,
  i: { partnerId: number; naam: string; functie: string; telefoon: string; email: string },
): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.contactpersoonToevoegen(b.v, i.partnerId, i), (contactpersoonId) => ({
    actie: 'partner.contactpersoon-toegevoegd',
    onderwerp: `partner:${i.partnerId}`,
    details: { contactpersoonId },
  }));
  return partners.partnerDetail(b.v, i.partnerId);
}

export async function contactpersoonVerwijderen(b: Bestand, i: { partnerId: number; contactpersoonId: number }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.contactpersoonVerwijderen(b.v, i.partnerId, i.contactpersoonId), {
    actie: 'partner.contactpersoon-verwijderd',
    onderwerp: `partner:${i.partnerId}`,
    details: { contactpersoonId: i.contactpersoonId },
  });
  await b.sporenWissen();
  return partners.partnerDetail(b.v, i.partnerId);
}

export async function toetredingAanvragen(b: Bestand, i: { id: number; datum: string }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.toetredingAanvragen(b.v, i.id, i.datum), { actie: 'partner.toetreding-aangevraagd', onderwerp: `partner:${i.id}`, details: { datum: i.datum } });
  return partners.partnerDetail(b.v, i.id);
}

export async function instemmingVastleggen(b: Bestand, i: { kandidaatId: number; partijId: number; datum: string }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.instemmingVastleggen(b.v, i.kandidaatId, i.partijId, i.datum, b.gebruiker.naam), {
    actie: 'partner.instemming-vastgelegd',
    onderwerp: `partner:${i.kandidaatId}`,
    details: { partijId: i.partijId, datum: i.datum },
  });
  return partners.partnerDetail(b.v, i.kandidaatId);
}

export async function toetredingVastleggen(b: Bestand, i: { id: number; datum: string }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.toetredingVastleggen(b.v, i.id, i.datum), { actie: 'partner.toegetreden', onderwerp: `partner:${i.id}`, details: { datum: i.datum } });
  return partners.partnerDetail(b.v, i.id, i.datum > vandaag() ? i.datum : vandaag());
}

export async function opzeggen(b: Bestand, i: { id: number; datum: string }): Promise<PartnerDetail> {
  await vastleggen(b, () => partners.opzeggen(b.v, i.id, i.datum), { actie: 'partner.opgezegd', onderwerp: `partner:${i.id}`, details: { datum: i.datum } });
  return partners.partnerDetail(b.v, i.id);
}
