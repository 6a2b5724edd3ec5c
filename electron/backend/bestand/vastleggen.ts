/**
 * "In a transaction, with an audit entry" (ADR 0014): the change and the entry that records it commit
 * together or not at all, so the audit never names a change that did not happen and no change goes
 * unrecorded (art. 21.9). The entry may depend on what the change returned (a new id, the old state).
 */
import type { Bestand } from './bestand';

export interface Auditregel {
  actie: string;
  onderwerp: string;
  details?: Record<string, unknown>;
}

export function vastleggen<T>(b: Bestand, werk: () => Promise<T>, regel: Auditregel | ((uitkomst: T) => Auditregel)): Promise<T> {
  return b.v.transactie(async () => {
    const uitkomst = await werk();
    const r = typeof regel === 'function' ? regel(uitkomst) : regel;
    await b.audit(r.actie, r.onderwerp, r.details);
    return uitkomst;
  });
}
