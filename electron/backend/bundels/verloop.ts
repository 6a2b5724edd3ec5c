/**
 * A bundle's export or import as it runs (house style, after SecureDrop's export): the machine's table
 * of allowed transitions, checked by the one guard every state machine uses (shared/overgang.ts), the
 * steps it took, and an optional listener that shows progress. A listener that fails never stops the
 * work it watches.
 */
import { magOvergaan, overgaan, type Toestandsmachine } from '@shared/overgang';

export interface Overgang<T extends string> {
  toestand: T;
  tijd: string;
  detail?: string;
}

export class Verloop<T extends string> {
  private huidig: T;
  private readonly stappen: Overgang<T>[];

  constructor(
    private readonly machine: Toestandsmachine<T>,
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
    return magOvergaan(this.machine, this.huidig, naar);
  }

  /** Moves on, or refuses a step the table does not allow (and then nothing changes). */
  naar(naar: T, detail?: string): void {
    overgaan(this.machine, this.huidig, naar);
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
