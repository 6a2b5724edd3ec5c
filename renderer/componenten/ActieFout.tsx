import Box from '@mui/material/Box';
import { FoutMelding } from './FoutMelding';
import type { Actie } from './useActie';

/**
 * The refusal of an action taken on a section (a tick, a removal, a status change), above its
 * content and closable: the list stays usable under it.
 */
export function ActieFout({ actie }: { actie: Pick<Actie, 'fout' | 'wissen'> }) {
  if (!actie.fout) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <FoutMelding fout={actie.fout} onSluiten={actie.wissen} />
    </Box>
  );
}
