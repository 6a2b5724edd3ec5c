/** Meeting mode → the keyboard shortcuts, always in view. */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

export function Sneltoetsen({ gaande }: { gaande: boolean }) {
  const { t } = useTranslation();
  const toetsen: Array<[string, string]> = [
    ['Alt + →', t('overleg.vergadering.toetsVolgende')],
    ['Alt + ←', t('overleg.vergadering.toetsVorige')],
    ...(gaande ? [['Ctrl + Enter', t('overleg.vergadering.toetsVastleggen')] as [string, string]] : []),
  ];
  return (
    <Box component="section" aria-label={t('overleg.vergadering.sneltoetsen')} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2, typography: 'body2', color: 'text.secondary' }}>
      <span>{t('overleg.vergadering.sneltoetsen')}:</span>
      {toetsen.map(([toets, wat]) => (
        <span key={toets}>
          <Box component="kbd" sx={{ fontFamily: 'inherit', fontWeight: 600, color: 'text.primary', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.75, py: 0.1, bgcolor: 'background.paper' }}>
            {toets}
          </Box>{' '}
          {wat}
        </span>
      ))}
    </Box>
  );
}
