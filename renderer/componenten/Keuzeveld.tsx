import type { ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Veld } from './Veld';
import type { Actie } from './useActie';

export interface Keuze {
  waarde: string | number;
  label: ReactNode;
}

/**
 * A select field from a list of choices. With `actie` and `pad` it is a form field (`Veld`, its error
 * from `fout.velden`); without, a filter or view choice. `leeg` adds a first choice with value "" (a
 * default such as "Voorzitter" or "Alle"), shown even when nothing is chosen.
 */
export function Keuzeveld({ opties, leeg, actie, pad, ...rest }: Omit<TextFieldProps, 'select' | 'children'> & { opties: readonly Keuze[]; leeg?: ReactNode; actie?: Actie; pad?: string; hulp?: string }) {
  const keuzes = [
    ...(leeg !== undefined ? [<MenuItem key="" value="">{leeg}</MenuItem>] : []),
    ...opties.map((o) => (
      <MenuItem key={o.waarde} value={o.waarde}>
        {o.label}
      </MenuItem>
    )),
  ];
  const leegTonen = leeg !== undefined ? { slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } } : {};
  if (actie && pad) {
    return (
      <Veld select actie={actie} pad={pad} {...leegTonen} {...rest}>
        {keuzes}
      </Veld>
    );
  }
  const { hulp, ...overig } = rest;
  return (
    <TextField select {...leegTonen} {...(hulp ? { helperText: hulp } : {})} {...overig}>
      {keuzes}
    </TextField>
  );
}
