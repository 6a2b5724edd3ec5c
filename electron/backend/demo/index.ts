/**
 * The demo bestand: a separate bestand full of synthetic data, so a newcomer sees a working app at
 * once (issue: "npm run demo"). Every name here is made up; no real data ever enters the repository.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Rol } from '../../../shared/rollen';
import { maandenErbij, vandaag } from '../../../shared/datum';
import { Bestand } from '../bestand/bestand';
import * as gebruikers from '../bestand/gebruikers';
import * as partners from '../keten/partners';

export const DEMOMAP = 'demo';
/** Printed on the first-start screen: the demo holds only synthetic data. */
export const DEMO_WACHTWOORD = 'demo-wachtwoord-niet-voor-echt-gebruik';

export const DEMO_GEBRUIKERS: ReadonlyArray<{ naam: string; weergavenaam: string; rol: Rol }> = [
  { naam: 'demo.regisseur', weergavenaam: 'Fenna de Wit (demo)', rol: 'ketenregisseur' },
  { naam: 'demo.zorg', weergavenaam: 'Joris Bakhuis (demo)', rol: 'zorgcoordinator' },
  { naam: 'demo.bewerker', weergavenaam: 'Sanne Verhoef (demo)', rol: 'bewerker' },
  { naam: 'demo.privacy', weergavenaam: 'Ilse Oostdam (demo)', rol: 'privacy-medewerker' },
  { naam: 'demo.beheer', weergavenaam: 'Ruben Kampman (demo)', rol: 'beheerder' },
];

const CONTACTEN: Array<[string, string, string]> = [
  ['POLITIE', 'Karim Benali (demo)', 'Coördinator mensenhandel'],
  ['OM', 'Mr. Anouk Spaans (demo)', 'Officier van justitie mensenhandel'],
  ['SZW-AI', 'Daan Heemskerk (demo)', 'Inspecteur arbeidsuitbuiting'],
  ['GEM-VEILIGHEID', 'Lotte van Dijk (demo)', 'Beleidsadviseur veiligheid'],
  ['ZORGCOORD', 'Joris Bakhuis (demo)', 'Zorgcoördinator mensenhandel'],
  ['RIEC', 'Pieter Zandstra (demo)', 'Analist'],
];

/** Built in a hidden folder and renamed at the end, so a failed run never leaves half a demo. */
export async function demoMaken(map: string): Promise<typeof DEMO_GEBRUIKERS> {
  const tijdelijk = path.join(path.dirname(map), `.${path.basename(map)}-in-aanbouw`);
  await fs.rm(tijdelijk, { recursive: true, force: true });
  try {
    await demoVullen(tijdelijk);
    await fs.rename(tijdelijk, map);
  } catch (err) {
    await fs.rm(tijdelijk, { recursive: true, force: true });
    throw err;
  }
  return DEMO_GEBRUIKERS;
}

async function demoVullen(map: string): Promise<void> {
  const [eerste, ...overige] = DEMO_GEBRUIKERS;
  const b = await Bestand.maken(map, {
    naam: 'Demo Ketenbestand Regio Voorbeeld',
    penvoerder: 'College van B&W van de gemeente Voorbeeldstad (demo)',
    profiel: 'centraal',
    gebruiker: eerste!.naam,
    weergavenaam: eerste!.weergavenaam,
    wachtwoord: DEMO_WACHTWOORD,
  });
  try {
    for (const g of overige) await gebruikers.gebruikerToevoegen(b, { ...g, wachtwoord: DEMO_WACHTWOORD });
    // The demo covenant was signed two years ago, so notices and accessions have a history.
    const ondertekend = maandenErbij(vandaag(), -24);
    await b.v.run("UPDATE partners SET toegetreden_op = ? WHERE rol = 'partij'", [ondertekend]);
    const lijst = await partners.partnersLijst(b.v);
    const idVan = (code: string) => lijst.find((p) => p.code === code)!.id;
    await b.v.transactie(async () => {
      for (const [code, naam, functie] of CONTACTEN) {
        await partners.contactpersoonToevoegen(b.v, idVan(code), { naam, functie, telefoon: '088 000 00 00', email: '' });
      }
      // An accession under way (art. 4.3): the Marechaussee has applied and half the parties agreed.
      const kmar = idVan('KMAR');
      const dag = vandaag();
      await partners.toetredingAanvragen(b.v, kmar, dag);
      const partijen = lijst.filter((p) => p.rol === 'partij');
      for (const p of partijen.slice(0, Math.ceil(partijen.length / 2))) {
        await partners.instemmingVastleggen(b.v, kmar, p.id, dag, eerste!.naam);
      }
      // A party that has given notice (art. 34.3).
      await partners.opzeggen(b.v, idVan('KVK'), maandenErbij(dag, -2));
      await b.audit('demo.gevuld', 'bestand', { synthetisch: true });
    });
  } finally {
    await b.sluiten();
  }
}
