import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PaginaKop } from '../../../componenten/PaginaKop';
import { Sectie } from '../../../componenten/Sectie';
import { MatchKaarten } from '../MatchKaarten';
import type { Opgeslagen } from './staat';
import { useNavigatie } from '../../../store/navigatie';

/** After submitting: the number, and the signals that may be about the same person (art. 7.2). */
export function Ingediend({ uitkomst, gewijzigd }: { uitkomst: Opgeslagen; gewijzigd: boolean }) {
  const { t } = useTranslation();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  return (
    <>
      <PaginaKop titel={t(gewijzigd ? 'keten.ingediend.titelGewijzigd' : 'keten.ingediend.titel', { nummer: uitkomst.nummer })} />
      <Alert severity="success" role="status" sx={{ mb: 3 }}>
        {t(gewijzigd ? 'keten.ingediend.tekstGewijzigd' : 'keten.ingediend.tekst', { nummer: uitkomst.nummer })}
      </Alert>
      <Sectie
        titel={t('keten.match.kop')}
        uitleg={uitkomst.kandidaten.length ? t('keten.match.uitleg') : undefined}
        acties={
          <>
            <Button variant="outlined" onClick={() => naarSignalen({ soort: 'detail', id: uitkomst.id })}>
              {t('keten.ingediend.bekijken')}
            </Button>
            <Button onClick={() => naarSignalen({ soort: 'nieuw' })}>{t('keten.ingediend.nieuw')}</Button>
            <Button onClick={() => naarSignalen({ soort: 'overzicht', tab: 'lijst' })}>{t('keten.terugNaarSignalen')}</Button>
          </>
        }
      >
        {uitkomst.kandidaten.length ? <MatchKaarten kandidaten={uitkomst.kandidaten} /> : <Typography>{t('keten.match.geen')}</Typography>}
      </Sectie>
    </>
  );
}
