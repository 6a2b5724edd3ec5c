import type { ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Verborgen } from './Verborgen';

export interface KnopProps {
  tekst: string;
  onClick(): void;
  icoon?: ReactNode;
  /** `outlined` unless said otherwise: page and section actions; the main one is `contained`. */
  variant?: ButtonProps['variant'];
  kleur?: ButtonProps['color'];
  /** While its call runs: "Bezig…" and not clickable. */
  bezig?: boolean;
  uit?: boolean;
  /** Context for screen readers after the visible text ("Verwijderen" → "Verwijderen r.bakker"). */
  wie?: string;
  klein?: boolean;
  sx?: ButtonProps['sx'];
}

/**
 * The action button of a page, a section or a table row: "Bezig…" while its call runs, and named
 * for screen readers when the visible word is short. `Actieknop` adds who may press it.
 */
export function Knop(p: KnopProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant={p.variant ?? 'outlined'}
      color={p.kleur ?? 'primary'}
      size={p.klein ? 'small' : 'medium'}
      {...(p.icoon ? { startIcon: p.icoon } : {})}
      onClick={p.onClick}
      disabled={Boolean(p.bezig || p.uit)}
      {...(p.sx ? { sx: p.sx } : {})}
    >
      {p.bezig ? t('algemeen.bezig') : p.tekst}
      {p.wie && <Verborgen>{p.wie}</Verborgen>}
    </Button>
  );
}
