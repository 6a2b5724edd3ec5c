import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';

const STATUSKLEUR: Record<PartnerSleutel['status'], { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  vertrouwd: { color: 'success', variant: 'filled' },
  onbevestigd: { color: 'warning', variant: 'outlined' },
  ingetrokken: { color: 'default', variant: 'filled' },
};

export function SleutelStatus({ status }: { status: PartnerSleutel['status'] }) {
  const { t } = useTranslation();
  return <Chip size="small" label={t(`overdracht.sleutels.status.${status}`)} {...STATUSKLEUR[status]} data-status={status} />;
}
