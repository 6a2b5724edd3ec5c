import { useTranslation } from 'react-i18next';
import type { Partner, PartnerStatus } from '@shared/domein/partner';
import { nlDatum } from '../opmaak';
import { kleurChip } from './Kleurchip';

const PartnerChip = kleurChip<PartnerStatus>(
  {
    partij: { color: 'success', variant: 'filled' },
    opgezegd: { color: 'warning', variant: 'filled' },
    uitgetreden: { color: 'default', variant: 'filled' },
    'toetreding-aangevraagd': { color: 'info', variant: 'filled' },
    suggestie: { color: 'default', variant: 'outlined' },
    ontvanger: { color: 'primary', variant: 'outlined' },
  },
  'status',
  'status',
);

/** A partner's status (art. 4, 34.3, 21.4) as a coloured chip; notice shows its leaving date. */
export function StatusChip({ partner }: { partner: Pick<Partner, 'status' | 'uitgetredenPer'> }) {
  const { t } = useTranslation();
  const opgezegd = partner.status === 'opgezegd' ? { label: t('status.opgezegd', { datum: partner.uitgetredenPer ? nlDatum(partner.uitgetredenPer) : '' }) } : {};
  return <PartnerChip waarde={partner.status} {...opgezegd} />;
}
