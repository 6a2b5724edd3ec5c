/**
 * One transition guard for every state machine (ADR 0014, house style: states as explicit machines): a
 * dossier's process steps (art. 10.1), a meeting's status, an intervention's status, a bundle's export
 * and import. Each machine is a table of allowed steps; `overgaan` lets a step in the table through and
 * refuses any other with one refusal shape, so a screen, the CLI and the tests read every refusal alike.
 */
import { KetenFout } from './fouten';
import { melding } from './meldingen';

export interface Toestandsmachine<T extends string> {
  /** Stable name, carried in a refusal: 'dossier', 'overleg', 'interventie', 'bundelexport', 'bundelimport'. */
  readonly naam: string;
  /** What the Dutch refusal calls it: "Een dossier kan niet…". */
  readonly wat: string;
  readonly overgangen: Readonly<Record<T, readonly T[]>>;
  /** The covenant article that sets the steps, where one does. */
  readonly artikel?: string;
}

/** The refusal: code OVERGANG_NIET_TOEGESTAAN, with the machine, both states and the way on as data. */
export class OvergangGeweigerd extends KetenFout {
  constructor(
    readonly machine: string,
    readonly van: string,
    readonly naar: string,
    readonly mogelijk: readonly string[],
    wat: string,
    artikel?: string,
  ) {
    super(
      'OVERGANG_NIET_TOEGESTAAN',
      mogelijk.length ? melding('overgang.nietToegestaan', { wat, van, naar, mogelijk: mogelijk.join(', ') }) : melding('overgang.laatsteToestand', { wat, van, naar }),
      artikel ? { artikel } : {},
    );
  }
}

export function magOvergaan<T extends string>(m: Toestandsmachine<T>, van: T, naar: T): boolean {
  return m.overgangen[van].includes(naar);
}

/** Lets a step in the table through; refuses any other (and the caller then changes nothing). */
export function overgaan<T extends string>(m: Toestandsmachine<T>, van: T, naar: T): void {
  if (!magOvergaan(m, van, naar)) throw new OvergangGeweigerd(m.naam, van, naar, m.overgangen[van], m.wat, m.artikel);
}
