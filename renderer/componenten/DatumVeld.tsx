import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { vandaagNl } from '../opmaak';

/**
 * A date typed the Dutch way, dd-mm-jjjj, whatever the browser's locale (a native date input would
 * follow the operating system). The page turns it into JJJJ-MM-DD with `naarIsoDatum`.
 */
export function DatumVeld({ fout, hulp, ...rest }: TextFieldProps & { fout?: string | undefined; hulp?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TextField
      fullWidth
      placeholder={t('datum.plaatshouder')}
      error={Boolean(fout)}
      helperText={fout ?? hulp ?? t('datum.hulp', { voorbeeld: vandaagNl() })}
      {...rest}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 10 } }}
    />
  );
}
