import { useTranslation } from 'react-i18next';
import type { Bundelsoort } from '@shared/domein/bundel';

/** The name of a bundle kind in the interface language. */
export function useSoortNaam(): (soort: Bundelsoort) => string {
  const { t } = useTranslation();
  return (soort) => t(`overdracht.soort.${soort}`);
}

