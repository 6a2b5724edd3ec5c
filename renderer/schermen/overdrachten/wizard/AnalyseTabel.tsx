import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Leeg } from '../gedeeld';
import { type Plan } from './typen';

export function AnalyseTabel({ rijen }: { rijen: Plan['analyse'] }) {
  const { t } = useTranslation();
  if (rijen.length === 0) return <Leeg>{t('overdracht.opschonen.geenAnalyse')}</Leeg>;
  const kolommen: Array<[keyof Plan['analyse'][number], string]> = [
    ['maand', t('overdracht.opschonen.maand')],
    ['soortUitbuiting', t('overdracht.opschonen.soortUitbuiting')],
    ['kwalificatie', t('overdracht.opschonen.kwalificatie')],
    ['leeftijdsband', t('overdracht.opschonen.leeftijdsband')],
    ['geslacht', t('overdracht.opschonen.geslacht')],
    ['nationaliteitsgroep', t('overdracht.opschonen.nationaliteitsgroep')],
    ['bronsoort', t('overdracht.opschonen.bronsoort')],
    ['uitkomst', t('overdracht.opschonen.uitkomst')],
  ];
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('overdracht.opschonen.analyseTitel')} data-testid="analyse">
        <TableHead>
          <TableRow>
            {kolommen.map(([k, kop]) => (
              <TableCell key={k} scope="col">
                {kop}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rijen.map((r, i) => (
            <TableRow key={i}>
              {kolommen.map(([k]) => (
                <TableCell key={k}>{r[k] || t('algemeen.leeg')}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
