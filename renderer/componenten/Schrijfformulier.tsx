import { useCallback, useState, type ReactNode } from 'react';
import type { Resultaat } from '@shared/fouten';
import { useNavigatie } from '../store/navigatie';
import { Formulier } from './Formulier';
import { Geschreven, type GeschrevenBestand } from './Geschreven';
import { MapVeld } from './MapVeld';
import { useActie } from './useActie';

/**
 * The state of a "write it to a folder" block (a bundle, a key, a PDF): the folder (the last one typed
 * is offered again), the call, and what it wrote until the user closes the notice or writes again.
 */
export function useSchrijven<T>() {
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const actie = useActie();
  const [map, setMap] = useState(laatsteMap);
  const [geschreven, setGeschreven] = useState<T | null>(null);
  const { uitvoeren } = actie;
  const schrijven = useCallback(
    async (aanroep: (doelmap: string) => Promise<Resultaat<T>>, lokaal?: Record<string, string | undefined | false>) => {
      setGeschreven(null);
      let gelukt = false;
      const r = await uitvoeren(async () => {
        const a = await aanroep(map);
        gelukt = a.ok;
        return a;
      }, lokaal);
      if (gelukt) setGeschreven(r as T);
      return gelukt ? (r as T) : undefined;
    },
    [uitvoeren, map],
  );
  return { actie, map, setMap, geschreven, setGeschreven, schrijven };
}

export type Schrijver<T> = ReturnType<typeof useSchrijven<T>>;

/**
 * The block itself: the notice of what was written (each file's name and full path), then a form whose
 * last row is the folder and the button. Fields above that row (which meeting, which kind) are children.
 */
export function Schrijfformulier<T>(p: {
  schrijver: Schrijver<T>;
  label: string;
  verzendTekst: string;
  icoon?: ReactNode;
  onVerzenden(): void;
  /** Field errors shown at their fields; the folder's always is. */
  bekendeVelden?: readonly string[];
  bezigTekst?: string;
  /** The notice after writing; `bestanden` when the answer is not itself one file with name and path. */
  melding: { titel: string; uitleg?: ReactNode; testId: string; bestanden?: (w: T) => GeschrevenBestand[] };
  mapLabel?: string;
  mapHulp?: string;
  /** Warn when the folder is not on a removable drive; on for bundles and PDFs, off for a public key. */
  waarschuwing?: boolean;
  breedte?: number;
  children?: ReactNode;
}) {
  const { actie, map, setMap, geschreven, setGeschreven } = p.schrijver;
  const m = p.melding;
  return (
    <>
      {geschreven && (
        <Geschreven
          titel={m.titel}
          bestanden={m.bestanden ? m.bestanden(geschreven) : [geschreven as unknown as GeschrevenBestand]}
          uitleg={m.uitleg}
          onSluiten={() => setGeschreven(null)}
          testId={m.testId}
        />
      )}
      <Formulier
        label={p.label}
        actie={actie}
        onVerzenden={p.onVerzenden}
        verzendTekst={p.verzendTekst}
        icoon={p.icoon}
        bekendeVelden={['doelmap', ...(p.bekendeVelden ?? [])]}
        {...(p.bezigTekst ? { bezigTekst: p.bezigTekst } : {})}
        {...(p.breedte ? { breedte: p.breedte } : {})}
        regel={<MapVeld actie={actie} waarde={map} onWaarde={setMap} {...(p.mapLabel ? { label: p.mapLabel } : {})} {...(p.mapHulp ? { hulp: p.mapHulp } : {})} waarschuwing={p.waarschuwing ?? true} />}
      >
        {p.children}
      </Formulier>
    </>
  );
}
