import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { useMag } from '../../api/toegang';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Interventies } from '../interventies/Interventies';
import { Opschonen } from '../interventies/Opschonen';
import { OverlegDetail } from './OverlegDetail';
import { Planning } from './Planning';
import { Vergadermodus } from './Vergadermodus';
import { type OverlegTab as TabNaam, useNavigatie, useBinnenkant } from '../../store/navigatie';

type Blad = 'planning' | 'interventies' | 'opschonen';

/** Ketenproces → Overleggen: the year's meetings, one meeting, meeting mode, and what follows a decision. */
export function Overleggen() {
  const weergave = useBinnenkant('overleggen').weergave;
  if (weergave.naam === 'overleg') return <OverlegDetail key={weergave.id} id={weergave.id} />;
  if (weergave.naam === 'vergadering') return <Vergadermodus key={weergave.id} id={weergave.id} />;
  return <Bladen tab={weergave.tab} />;
}

function Bladen({ tab }: { tab: TabNaam }) {
  const { t } = useTranslation();
  const mag = useMag();
  const zet = useNavigatie((s) => s.naarOverleggen);
  const bladen: Blad[] = ['planning', ...(mag('interventies.lijst') ? (['interventies'] as const) : []), ...(mag('opschonen.plan') ? (['opschonen'] as const) : [])];
  const blad: Blad = tab === 'kalender' || tab === 'lijst' ? 'planning' : bladen.includes(tab) ? tab : 'planning';
  return (
    <>
      <PaginaKop titel={t('overleg.titel')} intro={t('overleg.intro')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs
          value={blad}
          onChange={(_e, nieuw: Blad) => zet({ naam: 'tab', tab: nieuw === 'planning' ? 'kalender' : nieuw })}
          aria-label={t('overleg.bladen')}
        >
          {bladen.map((b) => (
            <Tab key={b} value={b} label={t(`overleg.blad.${b}`)} id={`blad-${b}`} aria-controls={`bladpaneel-${b}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`bladpaneel-${blad}`} aria-labelledby={`blad-${blad}`}>
        {blad === 'planning' && <Planning weergave={tab === 'lijst' ? 'lijst' : 'kalender'} />}
        {blad === 'interventies' && <Interventies />}
        {blad === 'opschonen' && <Opschonen />}
      </Box>
    </>
  );
}
