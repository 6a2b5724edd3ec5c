import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Dossierfase } from '@shared/domein/dossier';

const KLEUR: Record<Dossierfase, { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  detectie: { color: 'default', variant: 'filled' },
  dossiervorming: { color: 'info', variant: 'filled' },
  'weging-en-kwalificatie': { color: 'warning', variant: 'filled' },
  'toewijzing-interventie': { color: 'primary', variant: 'filled' },
  'uitvoering-interventie': { color: 'secondary', variant: 'filled' },
  evaluatie: { color: 'success', variant: 'filled' },
  gesloten: { color: 'default', variant: 'outlined' },
};

/** A dossier's process step (art. 10.1) as a chip. */
export function FaseChip({ fase }: { fase: Dossierfase }) {
  const { t } = useTranslation();
  return <Chip size="small" label={t(`keten.dossierfase.${fase}`)} data-fase={fase} {...KLEUR[fase]} />;
}
