import { useState } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import { useTranslation } from 'react-i18next';
import type { OverlegDetail } from '@shared/domein/overleg';
import type { Vrijgaveonderdelen } from '@shared/domein/redactie';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { Vrijgavecontrole } from '../../componenten/Vrijgave';
import { statusMelding } from './StatusDialoog';

/**
 * Fixing the agenda sends it to every attendee: first the review of its free text — what was redacted
 * and what still looks identifying — and, when anything is flagged, the confirmation the backend asks
 * for (art. 6.2, 21.4; ADR 0032).
 */
export function VaststellenDialoog({ detail, onderdelen, onSluiten, onKlaar }: { detail: OverlegDetail; onderdelen: Vrijgaveonderdelen | null; onSluiten(): void; onKlaar(melding: string): void }) {
  const { t } = useTranslation();
  const getoond = useLaatste(onderdelen);
  const [bekeken, setBekeken] = useState(false);
  const form = useFormDialoog({
    open: onderdelen,
    begin: () => {
      setBekeken(false);
      return {};
    },
    verzenden: () => roep('overleg.status', { id: detail.id, naar: 'agenda-vastgesteld', gemarkeerdBekeken: bekeken }),
    onKlaar: () => onKlaar(statusMelding(t, 'agenda-vastgesteld', [])),
  });
  return (
    <FormDialoog {...form.dialoog} titel={t('vrijgave.vaststellen.titel')} verzendTekst={t('vrijgave.vaststellen.knop')} breed onSluiten={onSluiten}>
      <DialogContentText sx={{ mb: 2 }}>{t('vrijgave.vaststellen.uitleg')}</DialogContentText>
      {getoond && <Vrijgavecontrole onderdelen={getoond} bekeken={bekeken} onBekeken={setBekeken} />}
    </FormDialoog>
  );
}
