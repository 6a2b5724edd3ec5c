import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { PaginaKop } from '../componenten/PaginaKop';

type Onderdeel = 'signalen' | 'dossiers' | 'overleggen' | 'overdrachten';

/** The areas of the chain process that the next versions bring (docs/ontwerp.md §3). */
export function Volgt({ onderdeel }: { onderdeel: Onderdeel }) {
  const { t } = useTranslation();
  const naam = t(`nav.${onderdeel}`);
  return (
    <>
      <PaginaKop titel={naam} intro={t(`volgt.${onderdeel}`)} />
      <Alert severity="info" variant="outlined" sx={{ maxWidth: 760, bgcolor: 'background.paper' }}>
        <AlertTitle>{t('volgt.titel')}</AlertTitle>
        {t('volgt.tekst', { onderdeel: naam.toLowerCase() })}
      </Alert>
    </>
  );
}
