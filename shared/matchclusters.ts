/**
 * Match proposals per person, not per pair (ADR 0034). Proposals come as pairs of persons; pairs that
 * share a person are one question ("are these the same person?"), so they are joined with union-find
 * into one cluster. A signal then shows up in one proposal, not on several cards at once. Pure, shared
 * by the screens and the tests.
 */
export interface Matchpaar {
  persoonId: number;
  kandidaatId: number;
}

export interface Matchcluster<P extends Matchpaar> {
  /** The persons in this cluster, ascending. */
  personen: number[];
  /** Its pairs, in the order they came (the strongest first when the input is sorted that way). */
  paren: P[];
}

export function clusteren<P extends Matchpaar>(paren: readonly P[]): Array<Matchcluster<P>> {
  const ouder = new Map<number, number>();
  const wortel = (x: number): number => {
    let r = x;
    while (ouder.get(r) !== undefined && ouder.get(r) !== r) r = ouder.get(r)!;
    // Path compression: every node on the way points straight at the root.
    let y = x;
    while (y !== r) {
      const volgende = ouder.get(y)!;
      ouder.set(y, r);
      y = volgende;
    }
    return r;
  };
  for (const p of paren) {
    if (!ouder.has(p.persoonId)) ouder.set(p.persoonId, p.persoonId);
    if (!ouder.has(p.kandidaatId)) ouder.set(p.kandidaatId, p.kandidaatId);
    const a = wortel(p.persoonId);
    const b = wortel(p.kandidaatId);
    if (a !== b) ouder.set(Math.max(a, b), Math.min(a, b));
  }
  const perWortel = new Map<number, Matchcluster<P>>();
  for (const p of paren) {
    const w = wortel(p.persoonId);
    let c = perWortel.get(w);
    if (!c) {
      c = { personen: [], paren: [] };
      perWortel.set(w, c);
    }
    c.paren.push(p);
    for (const id of [p.persoonId, p.kandidaatId]) if (!c.personen.includes(id)) c.personen.push(id);
  }
  for (const c of perWortel.values()) c.personen.sort((x, y) => x - y);
  return [...perWortel.values()];
}
