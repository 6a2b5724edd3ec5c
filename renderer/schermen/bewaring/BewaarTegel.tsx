import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import { roep } from '../../api/client';
import { nlDatum, nlGetal } from '../../opmaak';
import { useNavigatie } from '../../store/navigatie';
import { useLaden } from '../../componenten/useLaden';
import { Laadstatus } from '../../componenten/Laadstatus';
import { useRegelTekst } from './Bewaartermijnen';

const DAGEN = 90;

/** The overview's tile: the next day the retention rules delete something, with what and under which article. */
export function BewaarTegel() {
  const { t } = useTranslation();
  const naar = useNavigatie((s) => s.naar);
  const tekst = useRegelTekst();
  const plan = useLaden(() => roep('bewaring.plan', { dagen: DAGEN }), []);
  const eerste = plan.data?.gepland.filter((g) => g.datum === plan.data?.volgende) ?? [];
  return (
    <Paper component="section" variant="outlined" aria-labelledby="tegel-bewaring" sx={{ p: 2, mb: 3, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="bewaar-tegel">
      <Typography variant="h2" id="tegel-bewaring" sx={{ fontSize: '1.05rem' }}>
        {t('bewaring.tegel.titel')}
      </Typography>
      <Laadstatus laden={plan} />
      {plan.data && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
          {eerste.length === 0 ? (
            <li>{t('bewaring.tegel.geen', { dagen: DAGEN })}</li>
          ) : (
            eerste.map((g) => <li key={g.regel}>{t('bewaring.tegel.volgende', { datum: nlDatum(g.datum), aantal: nlGetal(g.aantal), wat: tekst.wat(g.regel).toLowerCase(), artikel: g.artikel })}</li>)
          )}
        </Box>
      )}
      <Box>
        <Button size="small" endIcon={<ArrowForwardIcon />} onClick={() => naar({ naam: 'bewaring' })}>
          {t('bewaring.tegel.naar')}
        </Button>
      </Box>
    </Paper>
  );
}
