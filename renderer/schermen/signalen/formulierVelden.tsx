/**
 * The building blocks of the Format casus form: each field knows its path in the form, shows the
 * backend's message for that path and marks itself when it identifies a person (art. 6.2, 9.5).
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import FingerprintIcon from '@mui/icons-material/Fingerprint';
import { useTranslation } from 'react-i18next';
import type { FormatCasus } from '@shared/domein/signaal';
import type { Veldfout } from '@shared/fouten';
import { isIdentificerend } from '@shared/domein/signaal';
import { DatumVeld } from '../../componenten/DatumVeld';
import { Verborgen } from '../../componenten/Verborgen';

/** Backend paths come as "formulier.slachtoffer.geboortedatum" (schema) or "samenvatting" (completeness); one name per field here. */
export function normaalPad(pad: string): string {
  const p = pad.replace(/^formulier\./, '');
  const m = /^(vermoedens|seksueleVormen|indicatoren)\.\d+$/.exec(p);
  return m ? m[1]! : p;
}

export function leesPad(f: FormatCasus, pad: string): unknown {
  const [groep, veld] = pad.split('.') as [string, string | undefined];
  const g = (f as unknown as Record<string, unknown>)[groep];
  return veld === undefined ? g : (g as Record<string, unknown> | undefined)?.[veld];
}

export function zetPad(f: FormatCasus, pad: string, waarde: unknown): FormatCasus {
  const [groep, veld] = pad.split('.') as [string, string | undefined];
  const kopie = { ...f } as unknown as Record<string, unknown>;
  if (veld === undefined) kopie[groep] = waarde;
  else kopie[groep] = { ...(kopie[groep] as Record<string, unknown>), [veld]: waarde };
  return kopie as unknown as FormatCasus;
}

interface Formulier {
  f: FormatCasus;
  zet(pad: string, waarde: unknown): void;
  fout(pad: string): string | undefined;
  /** Every message of the last refusal (a group of checkboxes lists all of its own). */
  veldfouten: readonly Veldfout[];
  /** Date fields are typed dd-mm-jjjj and kept as text until saving. */
  datums: Record<string, string>;
  zetDatum(pad: string, tekst: string): void;
}

export const FormulierContext = createContext<Formulier | null>(null);

export function useFormulier(): Formulier {
  const c = useContext(FormulierContext);
  if (!c) throw new Error('Formuliervelden horen binnen een FormulierContext');
  return c;
}

/** The small fingerprint after an identifying field's label; screen readers hear "(identificerend)". */
export function IdMarker() {
  const { t } = useTranslation();
  return (
    <>
      <Tooltip title={t('keten.formulier.identificerend')} placement="top" arrow>
        <Box component="span" aria-hidden sx={{ display: 'inline-flex', verticalAlign: 'middle', ml: 0.5, color: 'primary.main', pointerEvents: 'auto' }} data-identificerend>
          <FingerprintIcon sx={{ fontSize: '1.2rem' }} />
        </Box>
      </Tooltip>
      <Verborgen>{t('keten.formulier.identificerendKort')}</Verborgen>
    </>
  );
}

function Label({ pad, tekst }: { pad: string; tekst: string }) {
  return (
    <>
      {tekst}
      {isIdentificerend(pad) && <IdMarker />}
    </>
  );
}

/** A text field of the form, bound to its path. */
export function Tekst({ pad, label, hulp, multiline = false, required = false, breed = false, rijen = 2 }: { pad: string; label: string; hulp?: ReactNode; multiline?: boolean; required?: boolean; breed?: boolean; rijen?: number }) {
  const { f, zet, fout } = useFormulier();
  const melding = fout(pad);
  return (
    <Box data-pad={pad} sx={breed ? { gridColumn: '1 / -1' } : {}}>
      <TextField
        name={pad}
        fullWidth
        label={<Label pad={pad} tekst={label} />}
        value={(leesPad(f, pad) as string | undefined) ?? ''}
        onChange={(e) => zet(pad, e.target.value)}
        error={Boolean(melding)}
        helperText={melding ?? hulp}
        required={required}
        multiline={multiline}
        minRows={multiline ? rijen : undefined}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
    </Box>
  );
}

/** A choice from a short list (gender, kind of facilitator, a partner). */
export function Keuze({ pad, label, opties, required = false, hulp, leegLabel }: { pad: string; label: string; opties: ReadonlyArray<{ waarde: string | number; label: string }>; required?: boolean; hulp?: string; leegLabel?: string }) {
  const { f, zet, fout } = useFormulier();
  const melding = fout(pad);
  const waarde = leesPad(f, pad);
  const numeriek = typeof opties[0]?.waarde === 'number';
  return (
    <Box data-pad={pad}>
      <TextField
        select
        name={pad}
        fullWidth
        label={<Label pad={pad} tekst={label} />}
        value={waarde ?? ''}
        onChange={(e) => zet(pad, e.target.value === '' ? (numeriek ? null : '') : numeriek ? Number(e.target.value) : e.target.value)}
        error={Boolean(melding)}
        helperText={melding ?? hulp}
        required={required}
      >
        {leegLabel !== undefined && (
          <MenuItem value="">
            <em>{leegLabel}</em>
          </MenuItem>
        )}
        {opties.map((o) => (
          <MenuItem key={o.waarde} value={o.waarde}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

/** Ja / nee / onbekend (and similar short choices) as radio buttons in a row. */
export function Knoppen({ pad, label, opties, breed = false }: { pad: string; label: string; opties: ReadonlyArray<{ waarde: string; label: string }>; breed?: boolean }) {
  const { f, zet, fout } = useFormulier();
  const id = useId();
  const melding = fout(pad);
  return (
    <Box data-pad={pad} sx={breed ? { gridColumn: '1 / -1' } : {}}>
      <FormControl error={Boolean(melding)}>
        <FormLabel id={id} sx={{ fontSize: '0.875rem' }}>
          {label}
        </FormLabel>
        <RadioGroup row aria-labelledby={id} name={pad} value={(leesPad(f, pad) as string) ?? ''} onChange={(e) => zet(pad, e.target.value)}>
          {opties.map((o) => (
            <FormControlLabel key={o.waarde} value={o.waarde} control={<Radio size="small" />} label={o.label} />
          ))}
        </RadioGroup>
        {melding && <FormHelperText>{melding}</FormHelperText>}
      </FormControl>
    </Box>
  );
}

/** A date of the form, typed dd-mm-jjjj. */
export function Datum({ pad, label, required = false, hulp }: { pad: string; label: string; required?: boolean; hulp?: string }) {
  const { datums, zetDatum, fout } = useFormulier();
  return (
    <Box data-pad={pad}>
      <DatumVeld name={pad} label={<Label pad={pad} tekst={label} />} value={datums[pad] ?? ''} onChange={(e) => zetDatum(pad, e.target.value)} fout={fout(pad)} hulp={hulp} required={required} />
    </Box>
  );
}

/** Ja / nee / onbekend, the answer most questions of the bijlage take. */
export function useJaNee() {
  const { t } = useTranslation();
  return (['ja', 'nee', 'onbekend'] as const).map((w) => ({ waarde: w, label: t(`keten.jaNee.${w}`) }));
}

/** A two-column grid for the fields of one section. */
export function Velden({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>{children}</Box>;
}
