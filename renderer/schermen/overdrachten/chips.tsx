/** Status chips of the bundle screens: an intervention's state, the form an item travels in. */
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Interventiestatus } from '../../../shared/domein/overleg';

const IV_KLEUR: Record<Interventiestatus, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  toegewezen: { color: 'default', variant: 'outlined' },
  'in-uitvoering': { color: 'info', variant: 'filled' },
  uitgevoerd: { color: 'success', variant: 'filled' },
  'niet-uitgevoerd': { color: 'warning', variant: 'filled' },
};

export function InterventieStatus({ status }: { status: Interventiestatus }) {
  const { t } = useTranslation();
  return <Chip size="small" label={t(`overdracht.interventiestatus.${status}`)} {...IV_KLEUR[status]} data-status={status} />;
}

export type Vorm = 'identificeerbaar' | 'geanonimiseerd' | 'geweigerd';

const VORMKLEUR: Record<Vorm, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  identificeerbaar: { color: 'info', variant: 'filled' },
  geanonimiseerd: { color: 'success', variant: 'outlined' },
  geweigerd: { color: 'error', variant: 'outlined' },
};

/** Identifying, anonymised (art. 6.2, 9.5) or refused, as the policy engine decided. */
export function VormChip({ vorm }: { vorm: Vorm }) {
  const { t } = useTranslation();
  return <Chip size="small" label={t(`overdracht.vorm.${vorm}`)} {...VORMKLEUR[vorm]} data-vorm={vorm} />;
}
