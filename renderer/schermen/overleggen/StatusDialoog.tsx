import Box from '@mui/material/Box';
import DialogContentText from '@mui/material/DialogContentText';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OverlegDetail, Overlegstatus } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';

/** What to tell the user after a status change, with the items carried over to the next meeting. */
export function statusMelding(t: TFunction, status: Overlegstatus, doorgeschoven: readonly string[]): string {
  const basis = t(`overleg.detail.statusGewijzigd.${status}`);
  return doorgeschoven.length ? `${basis} ${t('overleg.detail.doorgeschoven', { punten: doorgeschoven.join('; ') })}` : basis;
}

/**
 * Confirms the two steps that fix what happened: "overleg gehouden" (undecided items are carried to
 * the next meeting of this kind, listed before and after) and "verslag vastgesteld".
 */
export function StatusDialoog({ detail, status, onSluiten, onKlaar }: { detail: OverlegDetail; status: Overlegstatus | null; onSluiten(): void; onKlaar(melding: string, doorgeschoven: string[]): void }) {
  const { t } = useTranslation();
  const getoond = useLaatste(status);
  const open = detail.punten.filter((p) => p.status === 'open');
  const form = useFormDialoog({
    open: status,
    begin: () => ({}),
    verzenden: () => roep('overleg.status', { id: detail.id, naar: status ?? detail.status }),
    onKlaar: (r) => {
      if (!status) return;
      const titels = new Map(detail.punten.map((p) => [p.id, p.titel]));
      const doorgeschoven = r.doorgeschoven.map((id) => titels.get(id) ?? `#${id}`);
      onKlaar(statusMelding(t, status, doorgeschoven), doorgeschoven);
    },
  });

  return (
    <FormDialoog
      {...form.dialoog}
      titel={getoond === 'gehouden' ? t('overleg.detail.gehoudenTitel') : t('overleg.detail.verslagTitel')}
      verzendTekst={getoond ? t(`overleg.detail.naar.${getoond}`) : ''}
      focusOpKnop
      onSluiten={onSluiten}
    >
      {getoond === 'gehouden' && open.length === 0 && <DialogContentText>{t('overleg.detail.gehoudenAlles')}</DialogContentText>}
      {getoond === 'gehouden' && open.length > 0 && (
        <Box>
          <DialogContentText>{t('overleg.detail.gehoudenOpen', { count: open.length })}</DialogContentText>
          <Box component="ul" sx={{ mt: 1, mb: 0, pl: 2.5 }} data-testid="door-te-schuiven">
            {open.map((p) => (
              <li key={p.id}>{p.titel}</li>
            ))}
          </Box>
        </Box>
      )}
      {getoond === 'verslag-vastgesteld' && <DialogContentText>{t('overleg.detail.verslagTekst')}</DialogContentText>}
    </FormDialoog>
  );
}
