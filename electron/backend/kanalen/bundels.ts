/** Handlers for keys, the own identity and bundles (docs/ontwerp.md §6). Paths from the user go through schijf.ts / paden.ts. */
import type { Handlers } from './handler';
import { identiteitInstellen } from '../bundels/identiteit';
import { bundelbestandLezen, bundelInlezen, bundelLezen } from '../bundels/inlezen';
import { bundelsLijst } from '../bundels/lijst';
import { INLEESHANDLERS } from '../overdracht/inleeshandlers';
import { verwijderbevestigingenLijst, verwijderbevestigingMaken } from '../overdracht/ontvangen';
import {
  eigenSleutel,
  eigenSleutelExporteren,
  eigenSleutelRoteren,
  partnerSleutelBevestigen,
  partnerSleutelImporteren,
  partnerSleutelIntrekken,
  partnerSleutelsLijst,
  sleutelbestandLezen,
} from '../bundels/sleutels';

export const bundelHandlers = {
  'sleutels.eigen': async (_i, s) => eigenSleutel(s.aangemeld()),
  'sleutels.exporteren': async (i, s) => eigenSleutelExporteren(s.aangemeld(), i.doelmap),
  'sleutels.partnerImporteren': async (i, s) => {
    const armored = i.armored ?? new TextDecoder('utf-8').decode(await sleutelbestandLezen(i.pad!));
    return partnerSleutelImporteren(s.aangemeld(), i.partnerId, armored);
  },
  'sleutels.bevestigen': async (i, s) => partnerSleutelBevestigen(s.aangemeld(), i.sleutelId, i.hoe, i.vingerafdruk),
  'sleutels.partnerLijst': async (_i, s) => partnerSleutelsLijst(s.aangemeld()),
  'sleutels.roteren': async (_i, s) => eigenSleutelRoteren(s.aangemeld()),
  'sleutels.intrekken': async (i, s) => partnerSleutelIntrekken(s.aangemeld(), i.sleutelId, i.reden),
  'identiteit.instellen': async (i, s) => {
    const p = await identiteitInstellen(s.aangemeld(), i.partnerId);
    return { id: p.id, code: p.code, naam: p.naam };
  },
  'bundels.lijst': async (_i, s) => bundelsLijst(s.aangemeld()),
  'verwijderbevestigingen.lijst': async (_i, s) => verwijderbevestigingenLijst(s.aangemeld()),
  'bundels.lezen': async (i, s) => {
    const b = s.aangemeld();
    return bundelLezen(b, await bundelbestandLezen(i.pad));
  },
  'bundels.inlezen': async (i, s) => {
    const b = s.aangemeld();
    const uitkomst = await bundelInlezen(b, await bundelbestandLezen(i.pad), INLEESHANDLERS, i.bevestigingMap === undefined ? {} : { bevestigingMap: i.bevestigingMap });
    // Art. 22.2: the requester gets a signed confirmation of what was removed, next to the receipt.
    const verwijderbevestiging = uitkomst.soort === 'verwijderverzoek' && i.bevestigingMap !== undefined ? await verwijderbevestigingMaken(b, uitkomst.id, i.bevestigingMap).finally(() => b.sporenWissen()) : null;
    // A verwijderverzoek (art. 22.2) deletes inside the import; no old page image may stay in the WAL.
    if (!verwijderbevestiging) await b.sporenWissen();
    return { ...uitkomst, verwijderbevestiging: verwijderbevestiging && { id: verwijderbevestiging.id, pad: verwijderbevestiging.pad, bestandsnaam: verwijderbevestiging.bestandsnaam } };
  },
} satisfies Partial<Handlers>;
