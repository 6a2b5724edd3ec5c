/**
 * The review before anonymised free text leaves (issue 11 §2, ADR 0032), rendered to HTML in plain Node
 * with the real Dutch texts: the counts of what was redacted over all parts, each flagged fragment named
 * by its part and field, and the confirmation only when something is flagged (the backend asks for it
 * only then).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../renderer/i18n/nl';
import { Vrijgavecontrole } from '../../renderer/componenten/Vrijgave';
import { geenRedactie, type Vrijgaveonderdelen } from '@shared/domein/redactie';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
});

const tekstVan = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const metAantallen = (telefoon: number, naam: number) => ({ ...geenRedactie(), aantallen: { naam, geboortedatum: 0, adres: 0, telefoon } });

describe('Vrijgavecontrole', () => {
  it('telt over alle onderdelen en noemt elk gemarkeerd fragment bij onderdeel en veld, met de bevestiging', () => {
    const onderdelen: Vrijgaveonderdelen = [
      { onderdeel: 'Politie', redactie: { ...metAantallen(1, 2), gemarkeerd: [{ veld: 'Interventie I2: omschrijving', soort: 'naam', tekst: 'Kees de Groot' }] } },
      { onderdeel: 'Arbeidsinspectie', redactie: metAantallen(1, 0) },
    ];
    const tekst = tekstVan(renderToStaticMarkup(<Vrijgavecontrole onderdelen={onderdelen} bekeken={false} onBekeken={() => {}} />));
    expect(tekst).toContain('Uit de vrije tekst afgeschermd: 2 namen, 2 telefoonnummers.');
    expect(tekst).toContain('Politie — Interventie I2 — omschrijving naam? Kees de Groot');
    expect(tekst).toContain('Ik heb de fragmenten die nog identificerend lijken bekeken; ze mogen mee');
  });

  it('zonder gemarkeerde fragmenten geen bevestiging, wel wat is afgeschermd', () => {
    const html = renderToStaticMarkup(<Vrijgavecontrole onderdelen={[{ onderdeel: 'Signaal S-1', redactie: metAantallen(1, 1) }]} bekeken={false} onBekeken={() => {}} />);
    expect(tekstVan(html)).toContain('Uit de vrije tekst afgeschermd: 1 naam, 1 telefoonnummer.');
    expect(html).not.toContain('vrijgave-bekeken');
  });
});
