/** What meeting mode keeps per agenda item until the decision is recorded. */
import { CASUS_BESLUITEN, SPOED_BESLUITEN, ZORG_BESLUITEN, type Agendapunt, type Besluit, type OverlegDetail } from '@shared/domein/overleg';

export interface Rij {
  sleutel: number;
  partnerId: number | '';
  omschrijving: string;
  deadline: string;
}
export interface Concept {
  kwalificatie: string;
  notities: string;
  besluit: Besluit | '';
  interventies: Rij[];
  /** Art. 21.6: a weighing typed with this decision; undefined keeps the one recorded on the dossier. */
  belangenafweging?: string;
}
export type Opslagstaat = 'opgeslagen' | 'gewijzigd' | 'bezig' | 'fout';

export const WACHTTIJD_MS = 600;
let volgendeSleutel = 1;
export const legeRij = (): Rij => ({ sleutel: volgendeSleutel++, partnerId: '', omschrijving: '', deadline: '' });

/** The decisions that fit an item: its kind of meeting, or a spoed decision to confirm (art. 13.4, 14.5, 16.9). */
export function passendeBesluiten(detail: OverlegDetail, p: Agendapunt): readonly Besluit[] {
  if (p.soort === 'spoed') return SPOED_BESLUITEN;
  return detail.soort === 'casusoverleg' ? CASUS_BESLUITEN : ZORG_BESLUITEN;
}
