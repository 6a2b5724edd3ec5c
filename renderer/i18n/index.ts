/**
 * i18next with Dutch as the default language. The chosen language is remembered on this computer
 * only (localStorage holds no case data), and the page's `lang` follows it for screen readers.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { nl } from './nl';
import type { meldingenNl, woordenNl } from '@shared/meldingen';
import { BRONNEN } from './bronnen';

export const TALEN = ['nl', 'en'] as const;
export type Taal = (typeof TALEN)[number];

const OPSLAGSLEUTEL = 'ketenbestand.taal';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl; meldingen: typeof meldingenNl; woorden: typeof woordenNl };
  }
}

function bewaardeTaal(): Taal {
  try {
    const t = localStorage.getItem(OPSLAGSLEUTEL);
    return t === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export async function taalKiezen(taal: Taal): Promise<void> {
  try {
    localStorage.setItem(OPSLAGSLEUTEL, taal);
  } catch {
    // private mode: the choice simply is not remembered
  }
  await i18next.changeLanguage(taal);
}

i18next.on('languageChanged', (taal) => {
  document.documentElement.lang = taal;
});

void i18next.use(initReactI18next).init({
  resources: BRONNEN,
  lng: bewaardeTaal(),
  fallbackLng: 'nl',
  supportedLngs: [...TALEN],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export const huidigeTaal = (): Taal => (i18next.language === 'en' ? 'en' : 'nl');
export default i18next;
