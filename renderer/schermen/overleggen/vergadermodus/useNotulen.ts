/**
 * Meeting mode → the notes per agenda item, saved as they are typed: a debounced `overleg.notuleren`
 * per item, one save after another, each with the latest text, and what is still waiting is sent when
 * the screen closes or the window goes away. Closing the app loses nothing (art. 12.11).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agendapunt } from '@shared/domein/overleg';
import type { Fout } from '@shared/fouten';
import { roep } from '../../../api/client';
import { type Concept, type Opslagstaat, WACHTTIJD_MS, legeRij } from './concept';

export interface Notulen {
  /** The item's unsaved draft, or one made from what is stored. */
  concept(p: Agendapunt): Concept;
  /** Changes the draft without saving (the decision and its interventions are saved by recording them). */
  wijzig(p: Agendapunt, deel: Partial<Concept>): void;
  /** Changes kwalificatie or notes and saves them shortly after typing stops. */
  notuleer(p: Agendapunt, deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>): void;
  /** Sends the item's notes now; resolves when this and every earlier save has run. */
  opslaan(puntId: number): Promise<void>;
  /** Tries the item's save again after a failure. */
  opnieuw(puntId: number): void;
  /** Sends every item still waiting. */
  alles(): void;
  /** Forgets the draft of an item whose decision is recorded. */
  vergeet(puntId: number): void;
  opslag(puntId: number): Opslagstaat;
  opslagFout: Fout | null;
}

export function useNotulen(): Notulen {
  const [, setConcepten] = useState<Record<number, Concept>>({}); // re-render trigger; the values are read through conceptRef
  const [opslagPerPunt, setOpslag] = useState<Record<number, Opslagstaat>>({});
  const [opslagFout, setOpslagFout] = useState<Fout | null>(null);
  const conceptRef = useRef<Record<number, Concept>>({});
  const gewijzigd = useRef(new Set<number>());
  const timer = useRef<number | undefined>(undefined);
  const wachtrij = useRef<Promise<void>>(Promise.resolve());

  const concept = (p: Agendapunt): Concept =>
    conceptRef.current[p.id] ?? { kwalificatie: p.kwalificatie, notities: p.notities, besluit: '', interventies: [legeRij()] };

  const wijzig = (p: Agendapunt, deel: Partial<Concept>) => {
    const nieuw = { ...conceptRef.current, [p.id]: { ...concept(p), ...deel } };
    conceptRef.current = nieuw;
    setConcepten(nieuw);
  };

  const opslaan = useCallback((puntId: number): Promise<void> => {
    window.clearTimeout(timer.current);
    if (!gewijzigd.current.has(puntId)) return wachtrij.current;
    gewijzigd.current.delete(puntId);
    setOpslag((o) => ({ ...o, [puntId]: 'bezig' }));
    wachtrij.current = wachtrij.current.then(async () => {
      const c = conceptRef.current[puntId];
      if (!c) return;
      const r = await roep('overleg.notuleren', { puntId, kwalificatie: c.kwalificatie, notities: c.notities });
      if (!r.ok) {
        gewijzigd.current.add(puntId);
        setOpslagFout(r.fout);
        setOpslag((o) => ({ ...o, [puntId]: 'fout' }));
      } else if (!gewijzigd.current.has(puntId)) {
        setOpslagFout(null);
        setOpslag((o) => ({ ...o, [puntId]: 'opgeslagen' }));
      }
    });
    return wachtrij.current;
  }, []);

  const alles = useCallback(() => {
    for (const pid of [...gewijzigd.current]) void opslaan(pid);
  }, [opslaan]);

  const notuleer = (p: Agendapunt, deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>) => {
    wijzig(p, deel);
    gewijzigd.current.add(p.id);
    setOpslag((o) => ({ ...o, [p.id]: 'gewijzigd' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void opslaan(p.id), WACHTTIJD_MS);
  };

  const opnieuw = (puntId: number) => {
    gewijzigd.current.add(puntId);
    void opslaan(puntId);
  };

  const vergeet = (puntId: number) => {
    const rest = { ...conceptRef.current };
    delete rest[puntId];
    conceptRef.current = rest;
    setConcepten(rest);
  };

  // Leaving the screen or closing the window: send what is still waiting.
  useEffect(() => {
    window.addEventListener('pagehide', alles);
    return () => {
      window.removeEventListener('pagehide', alles);
      alles();
    };
  }, [alles]);

  return { concept, wijzig, notuleer, opslaan, opnieuw, alles, vergeet, opslag: (puntId) => opslagPerPunt[puntId] ?? 'opgeslagen', opslagFout };
}
