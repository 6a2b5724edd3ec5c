import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Bezig } from './Bezig';
import { FoutMelding } from './FoutMelding';
import type { Actie } from './useActie';

/**
 * A form inside a section (not a dialog): the refusal on top, the fields, and a last row with the
 * field that belongs next to the submit button (a folder, a file, a partner) and the button itself.
 * Enter submits; a second submit while the call runs is ignored; `bezigTekst` says what is being done.
 */
export function Formulier(p: {
  /** The form's accessible name (usually the section's title). */
  label: string;
  actie: Actie;
  onVerzenden(): void;
  verzendTekst: string;
  icoon?: ReactNode;
  bekendeVelden?: readonly string[];
  /** Fields above the last row. */
  children?: ReactNode;
  /** The field(s) beside the submit button. */
  regel?: ReactNode;
  /** After the submit button (a cancel button). */
  na?: ReactNode;
  bezigTekst?: string;
  /** Under the last row: what the chosen value will mean (a leaving date). */
  onder?: ReactNode;
  /** The button's colour: `warning` for a step with consequences (a notice to leave). */
  kleur?: 'primary' | 'warning' | 'error';
  /** The button is off while something else runs (a second call on the same screen). */
  uit?: boolean;
  breedte?: number;
  ruimte?: number;
}) {
  const { t } = useTranslation();
  const { actie } = p;
  const verzenden = (e: FormEvent) => {
    e.preventDefault();
    if (!actie.bezig) p.onVerzenden();
  };
  return (
    <Box component="form" noValidate onSubmit={verzenden} aria-label={p.label}>
      <Stack spacing={p.ruimte ?? 2} sx={{ maxWidth: p.breedte ?? 720 }}>
        {actie.fout && <FoutMelding fout={actie.fout} {...(p.bekendeVelden ? { bekendeVelden: p.bekendeVelden } : {})} />}
        {p.children}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {p.regel}
          <Button
            type="submit"
            variant="contained"
            color={p.kleur ?? 'primary'}
            {...(p.icoon ? { startIcon: p.icoon } : {})}
            disabled={actie.bezig || Boolean(p.uit)}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}
          >
            {actie.bezig ? t('algemeen.bezig') : p.verzendTekst}
          </Button>
          {p.na}
        </Stack>
        {p.onder}
        {actie.bezig && p.bezigTekst && <Bezig tekst={p.bezigTekst} />}
      </Stack>
    </Box>
  );
}
