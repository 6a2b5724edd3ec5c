import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Veldfout } from '@shared/fouten';
import { normaalPad } from '../formulierVelden';
import { veldTekst } from '../../../i18n/meldingen';

/** The list of field messages at the top, each a link to its field (a long form needs the summary). */
export function Foutenlijst({ fouten }: { fouten: Veldfout[] }) {
  const { t } = useTranslation();
  const naarVeld = (pad: string) => {
    const el = document.querySelector<HTMLElement>(`[data-pad="${CSS.escape(normaalPad(pad))}"]`);
    const doel = el?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [role=combobox]');
    doel?.focus({ preventScroll: true });
    (doel ?? el)?.scrollIntoView({ block: 'center' });
  };
  // One link per field: a field with several messages (vermoedens.0 and .1, a schema and a completeness
  // message) is one field, so the heading's count and the list agree (issue 11 §7).
  const eerste = new Map<string, Veldfout>();
  for (const v of fouten) if (!eerste.has(normaalPad(v.pad))) eerste.set(normaalPad(v.pad), v);
  return (
    <Paper variant="outlined" sx={{ mt: 1, p: 1.5, borderColor: 'error.main' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('keten.formulier.foutenlijst', { count: eerste.size })}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {[...eerste.values()].map((v) => (
          <li key={normaalPad(v.pad)}>
            <Link component="button" type="button" variant="body2" onClick={() => naarVeld(v.pad)} sx={{ textAlign: 'left' }}>
              {veldTekst(v, t as never)}
            </Link>
          </li>
        ))}
      </Box>
    </Paper>
  );
}
