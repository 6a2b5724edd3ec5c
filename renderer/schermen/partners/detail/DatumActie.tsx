import { type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { DatumVeld } from '../../../componenten/DatumVeld';
import { type Actie } from '../../../componenten/useActie';

/** A date field with its own button, for the dated steps of art. 4 and 34.3. */
export function DatumActie({
  actie,
  label,
  knop,
  datum,
  onDatum,
  onVerzenden,
  extra,
  knopKleur = 'primary',
}: {
  actie: Actie;
  label: string;
  knop: string;
  datum: string;
  onDatum(d: string): void;
  onVerzenden(): void;
  extra?: React.ReactNode;
  knopKleur?: 'primary' | 'warning';
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="form"
      noValidate
      aria-label={knop}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onVerzenden();
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <DatumVeld label={label} value={datum} onChange={(e) => onDatum(e.target.value)} fout={actie.veldfout('datum')} sx={{ maxWidth: 260 }} />
        <Button type="submit" variant="contained" color={knopKleur} disabled={actie.bezig} sx={{ mt: { sm: '2px' }, whiteSpace: 'nowrap' }}>
          {actie.bezig ? t('algemeen.bezig') : knop}
        </Button>
      </Stack>
      {extra}
    </Box>
  );
}
