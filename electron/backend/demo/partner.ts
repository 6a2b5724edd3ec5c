/**
 * The demo's partner installation (issue 11 §5: "a received bundle at a partner install"): the politie's own
 * bestand, profile `partner`, next to the demo in the same work folder. Its key pair is the one the demo's
 * central bestand trusts for the politie, and the handover bundle the central bestand really made for the
 * politie — signed and encrypted with OpenPGP like every bundle — is read in here, so a newcomer can sign in
 * as the politie and open what it received. Synthetic data only.
 */
import type { Rol } from '@shared/rollen';
import { GEHEIMHOUDINGSTEKST } from '@shared/domein/geheimhouding';
import type { Bestand } from '../bestand/bestand';
import { demoNamensBevestigen } from '../bestand/geheimhouding';
import { bestandMaken } from '../keten/inrichten';
import { partnersLijst } from '../keten/partners';
import { identiteitInstellen } from '../bundels/identiteit';
import { bundelbestandLezen, bundelInlezen } from '../bundels/inlezen';
import { eigenSleutel, partnerSleutelBevestigen, partnerSleutelImporteren } from '../bundels/sleutels';
import { INLEESHANDLERS } from '../overdracht/inleeshandlers';

/** Beside the demo (DEMOMAP) in the same work folder. */
export const DEMO_PARTNERMAP = 'demo-politie';
export const DEMO_PARTNER_NAAM = 'Demo Politie-eenheid Voorbeeld';
export const DEMO_PARTNER_GEBRUIKERS: ReadonlyArray<{ naam: string; weergavenaam: string; rol: Rol }> = [
  { naam: 'demo.politie', weergavenaam: 'Karim Benali (demo)', rol: 'partnermedewerker' },
];

export interface Sleutelkaart {
  publiek: string;
  vingerafdruk: string;
}

/** The politie's bestand with its identity set; its own key is what the central bestand will trust. */
export async function partnerBeginnen(map: string, wachtwoord: string): Promise<{ b: Bestand; sleutel: Sleutelkaart }> {
  const [eerste] = DEMO_PARTNER_GEBRUIKERS;
  const b = await bestandMaken(map, { naam: DEMO_PARTNER_NAAM, penvoerder: 'Politie, eenheid Voorbeeld (demo)', profiel: 'partner', gebruiker: eerste!.naam, weergavenaam: eerste!.weergavenaam, wachtwoord });
  try {
    await demoNamensBevestigen(b, GEHEIMHOUDINGSTEKST, DEMO_PARTNER_GEBRUIKERS.map((g) => g.naam));
    const politie = (await partnersLijst(b.v)).find((p) => p.code === 'POLITIE')!;
    await identiteitInstellen(b, politie.id);
    const eigen = await eigenSleutel(b);
    return { b, sleutel: { publiek: eigen.publiek, vingerafdruk: eigen.vingerafdruk } };
  } catch (err) {
    await b.sluiten();
    throw err;
  }
}

/**
 * The politie trusts the ketenregisseur's key (confirmed "by telephone", as a real install would) and reads
 * the bundles the central bestand made for it. Its receipts go to `bevestigingMap`, from where the central
 * bestand reads them back, so the demo's handover ends as a real one does: confirmed, with the politie's
 * audit head. Returns the receipts' paths.
 */
export async function partnerOntvangt(b: Bestand, centraal: Sleutelkaart, bundels: readonly string[], bevestigingMap: string): Promise<string[]> {
  const regie = (await partnersLijst(b.v)).find((p) => p.code === 'GEM-VEILIGHEID')!;
  const sleutel = await partnerSleutelImporteren(b, regie.id, centraal.publiek);
  await partnerSleutelBevestigen(b, sleutel.id, 'demo: vingerafdruk telefonisch bevestigd met de ketenregisseur', centraal.vingerafdruk);
  const bevestigingen: string[] = [];
  for (const pad of bundels) {
    const { bevestiging } = await bundelInlezen(b, await bundelbestandLezen(pad), INLEESHANDLERS, { bevestigingMap });
    if (bevestiging) bevestigingen.push(bevestiging.pad);
  }
  await b.sporenWissen();
  return bevestigingen;
}
