import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Partner, PartnerStatus } from '../../shared/domein/partner';
import { nlDatum } from '../opmaak';

const KLEUR: Record<PartnerStatus, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  partij: { color: 'success', variant: 'filled' },
  opgezegd: { color: 'warning', variant: 'filled' },
  uitgetreden: { color: 'default', variant: 'filled' },
  'toetreding-aangevraagd': { color: 'info', variant: 'filled' },
  suggestie: { color: 'default', variant: 'outlined' },
  ontvanger: { color: 'primary', variant: 'outlined' },
};

/** A partner's status (art. 4, 34.3, 21.4) as a coloured chip; notice shows its leaving date. */
export function StatusChip({ partner }: { partner: Pick<Partner, 'status' | 'uitgetredenPer'> }) {
  const { t } = useTranslation();
  const label =
    partner.status === 'opgezegd'
      ? t('status.opgezegd', { datum: partner.uitgetredenPer ? nlDatum(partner.uitgetredenPer) : '' })
      : t(`status.${partner.status}`);
  return <Chip size="small" label={label} {...KLEUR[partner.status]} data-status={partner.status} />;
}
