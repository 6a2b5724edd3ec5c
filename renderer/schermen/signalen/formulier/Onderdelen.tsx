/**
 * Signaal form → the section index: a link to each section of the long Format casus, with the number of
 * fields in error per section (issue 11 §7). It reads the sections from the form as rendered — each
 * `Sectie` is a labelled region and each field carries its `data-pad` — so a section or field added
 * later needs no list here.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { useTranslation } from 'react-i18next';
import type { Veldfout } from '@shared/fouten';
import { normaalPad } from '../formulierVelden';

interface Onderdeel {
  kopId: string;
  titel: string;
  fouten: number;
}

/** The form's sections in order, each with the distinct fields in error that lie inside it. */
export function onderdelenVan(form: HTMLElement, veldfouten: readonly Veldfout[]): Onderdeel[] {
  const paden = [...new Set(veldfouten.map((v) => normaalPad(v.pad)))];
  return [...form.querySelectorAll<HTMLElement>('section[aria-labelledby]')].map((sectie) => {
    const kopId = sectie.getAttribute('aria-labelledby')!;
    return {
      kopId,
      titel: document.getElementById(kopId)?.textContent ?? '',
      fouten: paden.filter((p) => sectie.querySelector(`[data-pad="${CSS.escape(p)}"]`)).length,
    };
  });
}

export function Onderdelen({ formRef, veldfouten }: { formRef: RefObject<HTMLFormElement | null>; veldfouten: readonly Veldfout[] }) {
  const { t } = useTranslation();
  const [onderdelen, setOnderdelen] = useState<Onderdeel[]>([]);
  // After every render: sections come and go with the form (and the language), errors with each attempt.
  useLayoutEffect(() => {
    if (!formRef.current) return;
    const nieuw = onderdelenVan(formRef.current, veldfouten);
    setOnderdelen((oud) => (JSON.stringify(oud) === JSON.stringify(nieuw) ? oud : nieuw));
  });

  const naar = (kopId: string) => {
    const kop = document.getElementById(kopId);
    if (!kop) return;
    kop.tabIndex = -1;
    kop.focus({ preventScroll: true });
    kop.closest('section')?.scrollIntoView({ block: 'start' });
  };

  return (
    <Paper component="nav" variant="outlined" aria-label={t('signaalweergave.formulier.onderdelen')} sx={{ p: 1.5 }}>
      <Typography variant="subtitle2" component="p" sx={{ mb: 0.5 }}>
        {t('signaalweergave.formulier.onderdelenKop')}
      </Typography>
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {onderdelen.map((o) => (
          <Box component="li" key={o.kopId} sx={{ py: 0.25 }}>
            <Link
              component="button"
              type="button"
              variant="body2"
              onClick={() => naar(o.kopId)}
              data-fouten={o.fouten}
              sx={{ textAlign: 'left', display: 'inline-flex', alignItems: 'flex-start', gap: 0.5, color: o.fouten ? 'error.main' : 'primary.main' }}
            >
              <span>{o.titel}</span>{' '}
              {o.fouten > 0 && (
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, fontWeight: 600, whiteSpace: 'nowrap' }}>
                  <ErrorOutlineIcon sx={{ fontSize: '1rem' }} aria-hidden />
                  {t('signaalweergave.formulier.fouten', { count: o.fouten })}
                </Box>
              )}
            </Link>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
