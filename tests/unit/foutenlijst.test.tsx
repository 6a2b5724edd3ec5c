/**
 * The error summary of the new-signal form (issue 11 §7): its heading counts the fields that need
 * attention, and it lists exactly that many. A field with several messages (a form of exploitation per
 * chosen item, `vermoedens.0` and `vermoedens.1`, or a schema and a completeness message) is one field
 * with one link; before, the heading said "2 velden" above three links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../renderer/i18n/nl';
import { meldingenNl, woordenNl } from '@shared/meldingen';
import { veldfout } from '@shared/fouten';
import { melding } from '@shared/meldingen';
import { Foutenlijst } from '../../renderer/schermen/signalen/formulier/Foutenlijst';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl, meldingen: meldingenNl, woorden: woordenNl } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});

describe('de foutsamenvatting van het signaalformulier', () => {
  it('telt velden en toont per veld één verwijzing', () => {
    const html = renderToStaticMarkup(
      <Foutenlijst
        fouten={[
          veldfout('formulier.vermoedens.0', melding('veld.kiesUit', { opties: 'a, b' })),
          veldfout('formulier.vermoedens.1', melding('veld.kiesUit', { opties: 'a, b' })),
          veldfout('samenvatting', melding('veld.vulIn')),
          veldfout('formulier.samenvatting', melding('veld.vulIn')),
        ]}
      />,
    );
    const kop = /<p[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
    const verwijzingen = html.match(/<li>/g)?.length ?? 0;
    expect(kop).toBe('2 velden vragen aandacht:');
    expect(verwijzingen).toBe(2);
  });
});
