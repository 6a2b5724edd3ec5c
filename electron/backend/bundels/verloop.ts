/**
 * A small state machine (house style, after SecureDrop's export): one table of allowed transitions, a
 * function that refuses the rest and records the ones it allows, and an optional listener that shows
 * progress. A listener that fails never stops the work it watches.
 */
import { KetenFout } from '../../../shared/fouten';
import { melding } from '../../../shared/meldingen';

export interface Overgang<T extends string> {
  toestand: T;
  tijd: string;
  detail?: string;
}

export class Verloop<T extends string> {
  private huidig: T;
  private readonly stappen: Overgang<T>[];

  constructor(
    private readonly wat: string,
    private readonly overgangen: Readonly<Record<T, readonly T[]>>,
    begin: T,
    private readonly melden?: (toestand: T, detail?: string) => void,
  ) {
    this.huidig = begin;
    this.stappen = [{ toestand: begin, tijd: new Date().toISOString() }];
    this.meld(begin);
  }

  get toestand(): T {
    return this.huidig;
  }

  get geschiedenis(): readonly Overgang<T>[] {
    return this.stappen;
  }

  magNaar(naar: T): boolean {
    return this.overgangen[this.huidig].includes(naar);
  }

  /** Moves on, or refuses a step the table does not allow (and then nothing changes). */
  naar(naar: T, detail?: string): void {
    if (!this.magNaar(naar)) {
      const mogelijk = this.overgangen[this.huidig];
      throw new KetenFout(
        'CONFLICT',
        mogelijk.length ? melding('verloop.geenStap', { wat: this.wat, huidig: this.huidig, naar, mogelijk: mogelijk.join(', ') }) : melding('verloop.geenStapLaatste', { wat: this.wat, huidig: this.huidig, naar }),
      );
    }
    this.huidig = naar;
    this.stappen.push({ toestand: naar, tijd: new Date().toISOString(), ...(detail ? { detail } : {}) });
    this.meld(naar, detail);
  }

  /** Progress for the user only; `detail` never carries content. */
  meld(toestand: T, detail?: string): void {
    try {
      this.melden?.(toestand, detail);
    } catch {
      // a broken progress bar must not break an export or an import
    }
  }
}
