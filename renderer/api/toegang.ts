/**
 * Which channels the signed-in user may call, read from the contract's own table
 * (`kanalen[k].toegang` and `profielen`), so no role list is repeated in the UI. The backend still
 * checks every call; this only keeps the screens from offering what would be refused.
 */
import { kanalen, magRolKanaal, type KanaalNaam } from '@shared/api';
import type { Profiel, Rol } from '@shared/rollen';
import { useSessie } from '../store/sessie';

export function magAanroepen(kanaal: KanaalNaam, rol: Rol | null | undefined, profiel: Profiel | null | undefined): boolean {
  const k = kanalen[kanaal];
  if (k.toegang === 'open') return true;
  if (!rol || !profiel) return false;
  return magRolKanaal(k, rol, profiel);
}

/** `const mag = useMag(); mag('partners.toevoegen')` */
export function useMag(): (kanaal: KanaalNaam) => boolean {
  const rol = useSessie((s) => s.sessie?.gebruiker?.rol);
  const profiel = useSessie((s) => s.sessie?.info?.profiel);
  return (kanaal) => magAanroepen(kanaal, rol, profiel);
}
