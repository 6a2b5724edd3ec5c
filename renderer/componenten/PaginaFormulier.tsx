import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { ButtonProps } from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { BezigKnop } from './BezigKnop';
import { FoutMelding } from './FoutMelding';
import type { Actie } from './useActie';

/**
 * A form on the page itself (not in a dialog): Enter submits, nothing is sent twice, the refusal
 * shows at the top and field errors under their fields (Veld), the submit button is last. With
 * `kader` it stands in its own outlined paper (sign-in, first start); without it inside a Sectie.
 */
export function PaginaFormulier(p: {
  /** The form's accessible name (usually its section's title). */
  label?: string;
  /** Or the id of the heading that names it. */
  labelId?: string;
  actie: Actie;
  knop: ReactNode;
  /** Props of the submit button beyond its words (icon, size, variant). */
  knopProps?: Omit<ButtonProps, 'type' | 'children'>;
  bekendeVelden?: readonly string[];
  onVerzenden(): void;
  /** The largest width of the fields' column. */
  breedte?: number;
  kader?: boolean;
  /** One field with its button beside it (a folder to write to): the button moves under it on a narrow window. */
  rij?: boolean;
  /** Buttons after the submit button (Wissen). */
  extraKnoppen?: ReactNode;
  /** A heading or intro above everything else in the form (inside the frame). */
  kop?: ReactNode;
  /** Something between the refusal and the fields (a result of the last submit). */
  boven?: ReactNode;
  spatie?: number;
  sx?: SxProps<Theme>;
  children?: ReactNode;
}) {
  const verzenden = (e: FormEvent) => {
    e.preventDefault();
    if (!p.actie.bezig) p.onVerzenden();
  };
  const knop = (
    <BezigKnop type="submit" variant="contained" {...p.knopProps} actie={p.actie} {...(p.rij ? { sx: { whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } } } : {})}>
      {p.knop}
    </BezigKnop>
  );
  const inhoud = (
    <>
      {p.kop}
      <Stack spacing={p.spatie ?? 2} sx={p.breedte ? { maxWidth: p.breedte } : {}}>
        {p.actie.fout && <FoutMelding fout={p.actie.fout} {...(p.bekendeVelden ? { bekendeVelden: p.bekendeVelden } : {})} />}
        {p.boven}
        {p.rij ? (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            {p.children}
            {knop}
          </Stack>
        ) : (
          <>
            {p.children}
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              {knop}
              {p.extraKnoppen}
            </Box>
          </>
        )}
      </Stack>
    </>
  );
  const naam = { ...(p.label ? { 'aria-label': p.label } : {}), ...(p.labelId ? { 'aria-labelledby': p.labelId } : {}) };
  return p.kader ? (
    <Paper variant="outlined" component="form" noValidate onSubmit={verzenden} {...naam} sx={[{ p: { xs: 2, md: 4 } }, ...(Array.isArray(p.sx) ? p.sx : [p.sx ?? {}])]}>
      {inhoud}
    </Paper>
  ) : (
    <Box component="form" noValidate onSubmit={verzenden} {...naam} sx={p.sx ?? {}}>
      {inhoud}
    </Box>
  );
}
