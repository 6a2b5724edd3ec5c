import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { Actie } from './useActie';

/** A labelled text field whose error text comes from the action's field errors (`fout.velden`). */
export function Veld({ actie, pad, hulp, ...rest }: TextFieldProps & { actie: Actie; pad: string; hulp?: string | undefined }) {
  const fout = actie.veldfout(pad);
  return <TextField name={pad} fullWidth error={Boolean(fout)} helperText={fout ?? hulp} {...rest} />;
}
