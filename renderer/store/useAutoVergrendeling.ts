import { useEffect } from 'react';
import { roep } from '../api/client';
import { useSessie } from './sessie';

const GEBEURTENISSEN = ['keydown', 'pointerdown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
/** The backend hears of activity at most once a minute, enough to keep its own lock from firing. */
const MELDINTERVAL = 60_000;
const CONTROLE = 5_000;

/**
 * Auto-lock (docs/ontwerp.md §5): after `minuten` without keyboard or mouse activity the page locks the
 * bestand itself, so the key leaves memory even when nobody calls the backend any more.
 */
export function useAutoVergrendeling(minuten: number): void {
  const vergrendelen = useSessie((s) => s.vergrendelen);
  useEffect(() => {
    let laatsteActiviteit = Date.now();
    let laatstGemeld = Date.now();
    let vergrendeld = false;
    const opActiviteit = () => {
      laatsteActiviteit = Date.now();
      if (laatsteActiviteit - laatstGemeld >= MELDINTERVAL) {
        laatstGemeld = laatsteActiviteit;
        void roep('sessie.activiteit', {});
      }
    };
    for (const g of GEBEURTENISSEN) window.addEventListener(g, opActiviteit, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (!vergrendeld && Date.now() - laatsteActiviteit >= minuten * 60_000) {
        vergrendeld = true;
        void vergrendelen('automatisch');
      }
    }, CONTROLE);
    return () => {
      for (const g of GEBEURTENISSEN) window.removeEventListener(g, opActiviteit, { capture: true });
      window.clearInterval(timer);
    };
  }, [minuten, vergrendelen]);
}
