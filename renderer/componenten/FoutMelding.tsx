import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { Fout } from '@shared/fouten';
import { MetDatums } from './MetDatums';
import { foutTekst, veldTekst } from '../i18n/meldingen';

/**
 * Every refusal shows the backend's message, worded in the user's language from its code (ADR 0015),
 * and, where one decides, the covenant article.
 * Field errors that belong to a field on screen are shown there; any others are listed here.
 */
export function FoutMelding({ fout, bekendeVelden = [], onSluiten }: { fout: Fout; bekendeVelden?: readonly string[]; onSluiten?: () => void }) {
  const { t } = useTranslation();
  const overige = (fout.velden ?? []).filter((v) => !bekendeVelden.includes(v.pad));
  return (
    <Alert severity="error" {...(onSluiten ? { onClose: onSluiten } : {})} data-foutcode={fout.code}>
      <AlertTitle>{fout.code === 'GEEN_TOEGANG' ? t('fout.geenToegang') : t('fout.titel')}</AlertTitle>
      <MetDatums tekst={foutTekst(fout, t as never)} />
      {fout.artikel ? ` ${t('fout.artikel', { artikel: fout.artikel })}` : ''}
      {overige.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {overige.map((v) => (
            <li key={`${v.pad}-${v.melding}`}>
              {v.pad}: {veldTekst(v, t as never)}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
