/**
 * The kit pieces added for issue 9 §2 (ADR 0017): what PaginaFormulier, BezigKnop, Gegevenslijst,
 * Werkbalk and VormMelding put on the page, rendered to HTML with the real Dutch texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../renderer/i18n/nl';
import { BezigKnop } from '../../renderer/componenten/BezigKnop';
import { PaginaFormulier } from '../../renderer/componenten/PaginaFormulier';
import { Gegevenslijst } from '../../renderer/componenten/Gegevenslijst';
import { Werkbalk } from '../../renderer/componenten/Werkbalk';
import { VormMelding } from '../../renderer/componenten/VormMelding';
import type { Actie } from '../../renderer/componenten/useActie';
import { Sectie } from '../../renderer/componenten/Sectie';
import { PaginaKop } from '../../renderer/componenten/PaginaKop';
import { Tabel } from '../../renderer/componenten/Tabel';
import { TabelSectie } from '../../renderer/componenten/TabelSectie';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
});

const actie = (bezig: boolean, fout: Actie['fout'] = null): Actie => ({ bezig, fout, veldfout: () => undefined, uitvoeren: async () => undefined, wissen: () => {} });

describe('BezigKnop and PaginaFormulier', () => {
  it('a busy action disables its button and says Bezig', () => {
    const html = renderToStaticMarkup(<BezigKnop actie={actie(true)}>Opslaan</BezigKnop>);
    expect(html).toMatch(/<button[^>]* disabled=""/);
    expect(html).toContain(nl.algemeen.bezig);
    expect(html).not.toContain('Opslaan');
    expect(renderToStaticMarkup(<BezigKnop actie={actie(false)}>Opslaan</BezigKnop>)).not.toMatch(/<button[^>]* disabled=""/);
  });

  it('a form shows the refusal first and its submit button last, named by its label', () => {
    const html = renderToStaticMarkup(
      <PaginaFormulier label="Vergrendeling" actie={actie(false, { code: 'ONGELDIGE_INVOER', melding: 'Niet goed' })} knop="Opslaan" onVerzenden={() => {}}>
        <input name="minuten" />
      </PaginaFormulier>,
    );
    expect(html).toContain('aria-label="Vergrendeling"');
    expect(html.toLowerCase()).toContain('novalidate');
    const fout = html.indexOf('data-foutcode="ONGELDIGE_INVOER"');
    expect(fout).toBeGreaterThan(-1);
    expect(fout).toBeLessThan(html.indexOf('name="minuten"'));
    expect(html.indexOf('type="submit"')).toBeGreaterThan(html.indexOf('name="minuten"'));
  });
});

describe('Gegevenslijst, Werkbalk, VormMelding', () => {
  it('lists label and value as dt/dd and leaves out what is not there', () => {
    const html = renderToStaticMarkup(<Gegevenslijst regels={[{ sleutel: 'a', label: 'Vraag', waarde: 'Waar woont hij?', attributen: { 'data-veld': 'vraag' } }, false, '']} />);
    expect(html.match(/<dt/g)).toHaveLength(1);
    expect(html).toContain('data-veld="vraag"');
  });

  it('a toolbar with nothing in it takes no room', () => {
    expect(renderToStaticMarkup(<Werkbalk acties={false} />)).toBe('');
  });

  it('anonymised offers to show identifying data only when something is hidden', () => {
    const met = renderToStaticMarkup(<VormMelding identificeerbaar={false} onWissel={() => {}}>x</VormMelding>);
    expect(met).toContain(nl.keten.detail.toonIdentificerend);
    const zonder = renderToStaticMarkup(<VormMelding identificeerbaar={false} kanTonen={false} onWissel={() => {}}>x</VormMelding>);
    expect(zonder).not.toContain(nl.keten.detail.toonIdentificerend);
    expect(renderToStaticMarkup(<VormMelding identificeerbaar onWissel={() => {}}>x</VormMelding>)).toContain(nl.keten.detail.afschermen);
  });
});

describe('Hoofdactie, TabelSectie and Tabel fed by useLaden', () => {
  it('the main action comes last among the actions, and is not offered at all when it is false', () => {
    const met = renderToStaticMarkup(<Sectie titel="Verzoeken" acties={<button type="button">Register</button>} hoofdactie={{ tekst: 'Nieuw verzoek', onClick: () => {} }} />);
    expect(met.indexOf('Register')).toBeGreaterThan(-1);
    expect(met.indexOf('Nieuw verzoek')).toBeGreaterThan(met.indexOf('Register'));
    expect(met).toMatch(/MuiButton-contained[^>]*>.*Nieuw verzoek/);
    const zonder = renderToStaticMarkup(<Sectie titel="Verzoeken" hoofdactie={false} />);
    expect(zonder).not.toContain('<button');
    const kop = renderToStaticMarkup(<PaginaKop titel="Dossiers" focus={false} hoofdactie={{ tekst: 'Besluiten', icoon: null, onClick: () => {}, uit: true }} />);
    expect(kop).toMatch(/<button[^>]* disabled=""[^>]*>Besluiten<\/button>/);
  });

  it('a section that is one table names the table after itself, without a paper of its own', () => {
    const html = renderToStaticMarkup(
      <TabelSectie<{ id: number }> titel="Gedane verwijderingen" rijen={[{ id: 7 }]} sleutel={(r) => String(r.id)} kolommen={[{ id: 'id', kop: 'Nummer', cel: (r) => r.id }]} />,
    );
    expect(html).toMatch(/<h2[^>]*>Gedane verwijderingen<\/h2>/);
    expect(html).toContain('aria-label="Gedane verwijderingen"');
    expect(html.match(/MuiPaper-outlined/g)).toHaveLength(1);
    expect(html).toContain('>7<');
  });

  it('Tabel takes the rows, the busy state and the refusal of a useLaden result', () => {
    const laden = { data: null, bezig: false, fout: { code: 'GEEN_TOEGANG' as const, melding: 'Dit mag uw rol niet.' } };
    const html = renderToStaticMarkup(<Tabel<{ id: number }> label="Lijst" laden={laden} sleutel={(r) => String(r.id)} kolommen={[{ id: 'id', kop: 'Nummer', cel: (r) => r.id }]} />);
    expect(html).toContain('Dit mag uw rol niet.');
    const rijen = renderToStaticMarkup(<Tabel<{ id: number }> label="Lijst" laden={{ data: [{ id: 3 }], bezig: false, fout: null }} sleutel={(r) => String(r.id)} kolommen={[{ id: 'id', kop: 'Nummer', cel: (r) => r.id }]} />);
    expect(rijen).toContain('>3<');
  });
});
