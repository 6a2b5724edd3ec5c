import type { PartnerSleutel } from '@shared/domein/bundel';
import { kleurChip } from '../../componenten/Kleurchip';

const SleutelChip = kleurChip<PartnerSleutel['status']>(
  {
    vertrouwd: { color: 'success', variant: 'filled' },
    onbevestigd: { color: 'warning', variant: 'outlined' },
    ingetrokken: { color: 'default', variant: 'filled' },
  },
  'overdracht.sleutels.status',
  'status',
);

export function SleutelStatus({ status }: { status: PartnerSleutel['status'] }) {
  return <SleutelChip waarde={status} />;
}
