/** Status chips of the bundle screens: an intervention's state, the form an item travels in. */
import type { Interventiestatus } from '@shared/domein/overleg';
import { kleurChip } from './Kleurchip';

const InterventieChip = kleurChip<Interventiestatus>(
  {
    toegewezen: { color: 'default', variant: 'outlined' },
    'in-uitvoering': { color: 'info', variant: 'filled' },
    uitgevoerd: { color: 'success', variant: 'filled' },
    'niet-uitgevoerd': { color: 'warning', variant: 'filled' },
  },
  'overdracht.interventiestatus',
  'status',
);

export function InterventieStatus({ status }: { status: Interventiestatus }) {
  return <InterventieChip waarde={status} />;
}

export type Vorm = 'identificeerbaar' | 'geanonimiseerd' | 'geweigerd';

const VormKleurChip = kleurChip<Vorm>(
  {
    identificeerbaar: { color: 'info', variant: 'filled' },
    geanonimiseerd: { color: 'success', variant: 'outlined' },
    geweigerd: { color: 'error', variant: 'outlined' },
  },
  'overdracht.vorm',
  'vorm',
);

/** Identifying, anonymised (art. 6.2, 9.5) or refused, as the policy engine decided. */
export function VormChip({ vorm }: { vorm: Vorm }) {
  return <VormKleurChip waarde={vorm} />;
}
