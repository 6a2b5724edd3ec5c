/**
 * A new bestand with what every bestand starts with: storage makes the file, the key slots, the first
 * account and the own key pair (bestand/bestand.ts); this area adds the partner registry of art. 2 in
 * the same transaction. Composed here, one area up, so that storage imports nothing above it (ADR 0014).
 */
import { Bestand } from '../bestand/bestand';
import { partnersZaaien } from './partners';

export function bestandMaken(map: string, gegevens: Parameters<typeof Bestand.maken>[1]): Promise<Bestand> {
  return Bestand.maken(map, gegevens, (v) => partnersZaaien(v));
}
