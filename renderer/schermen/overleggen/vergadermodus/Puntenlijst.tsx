/** Meeting mode → the agenda items down the side, the current one marked, each a button to go there. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useTranslation } from 'react-i18next';
import type { Agendapunt } from '@shared/domein/overleg';
import { Verborgen } from '../../../componenten/Verborgen';

export function Puntenlijst({ punten, index, onKies }: { punten: readonly Agendapunt[]; index: number; onKies(i: number): void }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="nav" aria-label={t('overleg.vergadering.punten')} sx={{ p: 1 }}>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
        {punten.map((p, i) => (
          <li key={p.id}>
            <Button
              fullWidth
              onClick={() => onKies(i)}
              {...(i === index ? { 'aria-current': 'step' as const } : {})}
              startIcon={p.status === 'besproken' ? <CheckCircleOutlineIcon sx={{ color: 'success.main' }} /> : <RadioButtonUncheckedIcon />}
              sx={{ justifyContent: 'flex-start', textAlign: 'left', fontWeight: i === index ? 700 : 400, bgcolor: i === index ? 'rgba(21,66,115,0.10)' : undefined, color: 'text.primary' }}
            >
              {i + 1}. {p.titel}
              <Verborgen>{p.status === 'besproken' ? t('overleg.vergadering.isBesloten') : t('overleg.vergadering.isOpen')}</Verborgen>
            </Button>
          </li>
        ))}
      </Box>
    </Paper>
  );
}
