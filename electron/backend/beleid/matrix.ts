/**
 * The verstrekkingsmatrix: for one purpose, what each recipient may get of each item, and how many items
 * each recipient gets in which form. Shown before an export, agenda pack or handover so the user sees
 * every refusal and its article before anything leaves (art. 9.4, 16.5). Pure, like magVerstrekken.
 */
import { magVerstrekken } from './magVerstrekken';
import type { Beslissing, Context, Doel, Gegevensitem, Ontvanger } from './typen';

export interface Samenvatting {
  identificeerbaar: number;
  geanonimiseerd: number;
  geweigerd: number;
}

export interface Matrixrij {
  ontvanger: Ontvanger;
  /** One decision per item, in the order of the items. */
  beslissingen: { sleutel: string; beslissing: Beslissing }[];
  samenvatting: Samenvatting;
}

export function samenvatten(beslissingen: readonly Beslissing[]): Samenvatting {
  const telling: Samenvatting = { identificeerbaar: 0, geanonimiseerd: 0, geweigerd: 0 };
  for (const b of beslissingen) {
    if (b.vorm === 'geen') telling.geweigerd += 1;
    else telling[b.vorm] += 1;
  }
  return telling;
}

export function verstrekkingsmatrix(
  items: readonly Gegevensitem[],
  ontvangers: readonly Ontvanger[],
  doel: Doel,
  contextPerOntvanger: (o: Ontvanger) => Context,
): Matrixrij[] {
  return ontvangers.map((ontvanger) => {
    const context = contextPerOntvanger(ontvanger);
    const beslissingen = items.map((item) => ({
      sleutel: item.sleutel,
      beslissing: magVerstrekken(item, ontvanger, doel, context),
    }));
    return { ontvanger, beslissingen, samenvatting: samenvatten(beslissingen.map((b) => b.beslissing)) };
  });
}
