import Button, { type ButtonProps } from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

/**
 * A button that runs (or submits) one action: it is disabled while the action is busy and then says
 * "Bezig…" instead of its own words, so a second click cannot send twice.
 */
export function BezigKnop({ actie, children, disabled, ...rest }: ButtonProps & { actie: { bezig: boolean } }) {
  const { t } = useTranslation();
  return (
    <Button {...rest} disabled={actie.bezig || Boolean(disabled)}>
      {actie.bezig ? t('algemeen.bezig') : children}
    </Button>
  );
}
