import { useTranslation } from 'react-i18next';
import { Leeg } from '../../../componenten/Bezig';
import { Tabel } from '../../../componenten/Tabel';
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
    <Tabel
      label={t('overdracht.opschonen.analyseTitel')}
      testid="analyse"
      dicht
      rijen={rijen}
      sleutel={(r) => String(rijen.indexOf(r))}
      kolommen={kolommen.map(([k, kop]) => ({ id: k, kop, cel: (r: Plan['analyse'][number]) => r[k] || t('algemeen.leeg') }))}
    />
  );
}
