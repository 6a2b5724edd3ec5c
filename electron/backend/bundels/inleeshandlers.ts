/**
 * What happens to a bundle once every import check has passed: one handler per soort, run inside the
 * import's transaction (a handler that throws rolls back the whole import). The handlers live with the
 * soort's own area; one table (`Inleeshandlers`, filled in overdracht/inleeshandlers.ts) names one per
 * soort, so the compiler refuses a soort without a handler or a handler of the wrong soort, and
 * `bundelInlezen` gets that table from its caller (ADR 0014): nothing registers itself on import.
 */
import type { Bundelsoort, KetenbundelVan } from '@shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import type { Registerpartner } from './kring';

export interface InleesContext {
  /** The sender as the registry knows it; the signature has proved it. */
  afzender: Registerpartner;
  /** When this import is recorded (ISO). */
  ontvangenOp: string;
}

export type InleesHandler<S extends Bundelsoort = Bundelsoort> = (b: Bestand, bundel: KetenbundelVan<S>, context: InleesContext) => Promise<void>;

/** One handler for every soort: a missing or mistyped entry does not compile. */
export type Inleeshandlers = { readonly [S in Bundelsoort]: InleesHandler<S> };

/** Keeps the content, untouched, in `ontvangen_bundels` (an agendapakket at a plain attendee, for one). */
export async function standaardInleesHandler<S extends Bundelsoort>(b: Bestand, bundel: KetenbundelVan<S>, c: InleesContext): Promise<void> {
  await b.v.run('INSERT INTO ontvangen_bundels (bundel_id, soort, inhoud, ontvangen_op) VALUES (?,?,?,?)', [bundel.id, bundel.soort, JSON.stringify(bundel.inhoud), c.ontvangenOp]);
}
