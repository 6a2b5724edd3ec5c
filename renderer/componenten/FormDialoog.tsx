import type { FormEvent, ReactNode } from 'react';
import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FoutMelding } from './FoutMelding';
import type { Actie } from './useActie';

/**
 * A dialog that is a form: Enter submits, Escape closes, the caller puts `autoFocus` on the first
 * field. The backend's refusal shows at the top, field errors under their fields.
 */
export function FormDialoog(props: {
  open: boolean;
  titel: string;
  /** What the dialog does; a text is set as the dialog's usual secondary line. */
  uitleg?: ReactNode;
  actie: Actie;
  verzendTekst: string;
  bekendeVelden?: readonly string[];
  gevaarlijk?: boolean;
  breed?: boolean;
  /** For a dialog without fields: the submit button gets the focus, so Enter confirms. */
  focusOpKnop?: boolean;
  onSluiten(): void;
  onVerzenden(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sluiten = () => {
    if (!props.actie.bezig) props.onSluiten();
  };
  return (
    <Dialog
      open={props.open}
      onClose={sluiten}
      aria-labelledby={`${id}-titel`}
      fullWidth
      maxWidth={props.breed ? 'md' : 'sm'}
    >
      {/* The form takes no box of its own, so title, content and actions stay the paper's flex items. */}
      <Box
        component="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!props.actie.bezig) props.onVerzenden();
        }}
        sx={{ display: 'contents' }}
      >
      <DialogTitle id={`${id}-titel`}>{props.titel}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {typeof props.uitleg === 'string' ? (
            <Typography variant="body2" color="text.secondary">
              {props.uitleg}
            </Typography>
          ) : (
            props.uitleg
          )}
          {props.actie.fout && <FoutMelding fout={props.actie.fout} {...(props.bekendeVelden ? { bekendeVelden: props.bekendeVelden } : {})} />}
          {props.children}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={sluiten}>{t('algemeen.annuleren')}</Button>
        {/* aria-disabled, not disabled: a disabled button drops the focus to the page body, and the
            keyboard user is left outside the dialog (Escape no longer closes it). The form ignores
            a submit while busy. */}
        <Button
          type="submit"
          variant="contained"
          color={props.gevaarlijk ? 'error' : 'primary'}
          aria-disabled={props.actie.bezig}
          sx={props.actie.bezig ? { opacity: 0.6, cursor: 'progress' } : undefined}
          autoFocus={props.focusOpKnop ?? false}
        >
          {props.actie.bezig ? t('algemeen.bezig') : props.verzendTekst}
        </Button>
      </DialogActions>
      </Box>
    </Dialog>
  );
}
