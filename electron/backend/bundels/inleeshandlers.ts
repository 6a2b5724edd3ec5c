/**
 * What happens to a bundle once every import check has passed: one handler per soort, run inside the
 * import's transaction (a handler that throws rolls back the whole import). The receipt is handled
 * here; for the other soorten the default keeps the content in `ontvangen_bundels` until the module
 * for that soort registers its own handler:
 *
 *   registreerInleesHandler('terugmelding', async (b, bundel, { afzender }) => { … });
 *
 * Register from a module that the kanalen import (so it runs before any import); a soort has at most
 * one handler, and a second registration is refused so two modules cannot silently replace each other.
 */
import { KetenFout } from '../../../shared/fouten';
import { melding } from '../../../shared/meldingen';
import type { Bundelsoort, KetenbundelVan } from '../../../shared/domein/bundel';
import type { Bestand } from '../bestand/bestand';
import type { Registerpartner } from './kring';
import { ontvangstbevestigingInlezen } from './ontvangstbevestiging';

export interface InleesContext {
  /** The sender as the registry knows it; the signature has proved it. */
  afzender: Registerpartner;
  /** When this import is recorded (ISO). */
  ontvangenOp: string;
}

export type InleesHandler<S extends Bundelsoort = Bundelsoort> = (b: Bestand, bundel: KetenbundelVan<S>, context: InleesContext) => Promise<void>;

/** Until a module takes a soort over: keep the content, untouched, for it to process and then delete. */
export const standaardInleesHandler: InleesHandler = async (b, bundel, c) => {
  await b.v.run('INSERT INTO ontvangen_bundels (bundel_id, soort, inhoud, ontvangen_op) VALUES (?,?,?,?)', [bundel.id, bundel.soort, JSON.stringify(bundel.inhoud), c.ontvangenOp]);
};

const geregistreerd = new Map<Bundelsoort, InleesHandler>([['ontvangstbevestiging', ontvangstbevestigingInlezen as InleesHandler]]);

/** Returns a function that removes the registration again (for tests). */
export function registreerInleesHandler<S extends Bundelsoort>(soort: S, handler: InleesHandler<S>): () => void {
  if (geregistreerd.has(soort)) throw new KetenFout('CONFLICT', melding('bundel.handlerBestaatAl', { soort }));
  const fn = handler as unknown as InleesHandler;
  geregistreerd.set(soort, fn);
  return () => {
    if (geregistreerd.get(soort) === fn) geregistreerd.delete(soort);
  };
}

export function inleesHandlerVoor(soort: Bundelsoort): InleesHandler {
  return geregistreerd.get(soort) ?? standaardInleesHandler;
}

