/** What the Sleutels sections share. */
import type { Uitvoer } from '@shared/api';
import type { Partner } from '@shared/domein/partner';

export type EigenSleutel = Uitvoer<'sleutels.eigen'>;

/** Partners that can be this installation or a bundle's other side: parties and RIEC/EMM, not candidates. */
export const kanBundelsWisselen = (p: Partner) => p.rol !== 'kandidaat' && p.status !== 'uitgetreden';
