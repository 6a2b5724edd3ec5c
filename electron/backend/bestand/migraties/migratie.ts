import type { Verbinding } from '../verbinding';

/** One numbered schema change (house style, after Signal Desktop): numbers in steps of ten. */
export interface Migratie {
  versie: number;
  naam: string;
  up(v: Verbinding): Promise<void>;
}
