/**
 * The screen kit (renderer/componenten, ADR 0017) in plain Node: the table's rules (sorting, the
 * header click, the keys on a row) and what Tabel, Laadstatus and Pagina put on the page in each
 * state, rendered to HTML by React's own server renderer with the real Dutch texts. What needs a
 * browser (focus moving, a dialog resetting, a late answer dropped) is in tests/e2e/schermkit.test.ts.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../renderer/i18n/nl';
import { Tabel, type Kolom } from '../../renderer/componenten/Tabel';
import { Laadstatus } from '../../renderer/componenten/Laadstatus';
import { Pagina } from '../../renderer/componenten/Pagina';
import { rijToets, sorteren, volgendeSortering } from '../../renderer/componenten/tabelLogica';

interface Partner {
  code: string;
  naam: string;
  sinds: string | null;
}

const PARTNERS: Partner[] = [
  { code: 'GEM-0003', naam: 'Gemeente Zwolle', sinds: '2024-03-01' },
  { code: 'GEM-0010', naam: 'gemeente Almere', sinds: null },
  { code: 'POL-0002', naam: 'Politie Oost-Nederland', sinds: '2023-01-15' },
];

const KOLOMMEN: Array<Kolom<Partner>> = [
  { id: 'code', kop: 'Code', cel: (p) => p.code, code: true, sorteer: (p) => p.code },
  { id: 'naam', kop: 'Naam', cel: (p) => p.naam, rijkop: true, sorteer: (p) => p.naam },
  { id: 'sinds', kop: 'Sinds', cel: (p) => p.sinds ?? '—', sorteer: (p) => p.sinds },
];

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
});

const codesIn = (html: string) => [...html.matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]);

describe('tabelLogica: sorteren', () => {
  it('sorts names the Dutch way: case-insensitive, numbers by value', () => {
    const opNaam = sorteren(PARTNERS, (p) => p.naam, 'oplopend').map((p) => p.naam);
    expect(opNaam).toEqual(['gemeente Almere', 'Gemeente Zwolle', 'Politie Oost-Nederland']);
    const nummers = sorteren(['nr 10', 'nr 9', 'nr 100'], (s) => s, 'oplopend');
    expect(nummers).toEqual(['nr 9', 'nr 10', 'nr 100']);
  });

  it('keeps empty values last in both directions (a partner without a date)', () => {
    expect(sorteren(PARTNERS, (p) => p.sinds, 'oplopend').map((p) => p.code)).toEqual(['POL-0002', 'GEM-0003', 'GEM-0010']);
    expect(sorteren(PARTNERS, (p) => p.sinds, 'aflopend').map((p) => p.code)).toEqual(['GEM-0003', 'POL-0002', 'GEM-0010']);
  });

  it('is stable: equal values keep the order the backend gave', () => {
    const rijen = [
      { id: 1, s: 'open' },
      { id: 2, s: 'dicht' },
      { id: 3, s: 'open' },
      { id: 4, s: 'dicht' },
    ];
    expect(sorteren(rijen, (r) => r.s, 'oplopend').map((r) => r.id)).toEqual([2, 4, 1, 3]);
    expect(sorteren(rijen, (r) => r.s, 'aflopend').map((r) => r.id)).toEqual([1, 3, 2, 4]);
  });

  it('without a sort value leaves the order alone and does not touch the input', () => {
    const kopie = [...PARTNERS];
    expect(sorteren(PARTNERS, undefined, 'aflopend')).toEqual(PARTNERS);
    sorteren(PARTNERS, (p) => p.naam, 'aflopend');
    expect(PARTNERS).toEqual(kopie);
  });
});

describe('tabelLogica: header clicks and keys', () => {
  it('a new column sorts ascending, the same column flips', () => {
    expect(volgendeSortering(null, 'naam')).toEqual({ kolom: 'naam', richting: 'oplopend' });
    expect(volgendeSortering({ kolom: 'naam', richting: 'oplopend' }, 'naam')).toEqual({ kolom: 'naam', richting: 'aflopend' });
    expect(volgendeSortering({ kolom: 'naam', richting: 'aflopend' }, 'naam')).toEqual({ kolom: 'naam', richting: 'oplopend' });
    expect(volgendeSortering({ kolom: 'naam', richting: 'aflopend' }, 'code')).toEqual({ kolom: 'code', richting: 'oplopend' });
  });

  it('Enter and Space open, arrows and Home/End move within the list, other keys are the browser’s', () => {
    expect(rijToets('Enter', 1, 3)).toEqual({ soort: 'openen' });
    expect(rijToets(' ', 1, 3)).toEqual({ soort: 'openen' });
    expect(rijToets('ArrowDown', 1, 3)).toEqual({ soort: 'focus', index: 2 });
    expect(rijToets('ArrowDown', 2, 3)).toEqual({ soort: 'focus', index: 2 });
    expect(rijToets('ArrowUp', 0, 3)).toEqual({ soort: 'focus', index: 0 });
    expect(rijToets('ArrowUp', 2, 3)).toEqual({ soort: 'focus', index: 1 });
    expect(rijToets('Home', 2, 3)).toEqual({ soort: 'focus', index: 0 });
    expect(rijToets('End', 0, 3)).toEqual({ soort: 'focus', index: 2 });
    expect(rijToets('Tab', 0, 3)).toBeNull();
    expect(rijToets('a', 0, 3)).toBeNull();
    expect(rijToets('Enter', 0, 0)).toBeNull();
  });
});

describe('Tabel on the page', () => {
  const tabel = (extra: Partial<Parameters<typeof Tabel<Partner>>[0]> = {}) =>
    renderToStaticMarkup(
      <Tabel<Partner>
        label="Partners"
        kolommen={KOLOMMEN}
        rijen={PARTNERS}
        sleutel={(p) => p.code}
        rijAttributen={(p) => ({ 'data-code': p.code })}
        {...extra}
      />,
    );

  it('names the table, heads the columns, and names each row by its row header', () => {
    const html = tabel();
    expect(html).toContain('aria-label="Partners"');
    expect(html.match(/<th[^>]*scope="col"/g)).toHaveLength(3);
    expect(html.match(/<th[^>]*scope="row"[^>]*>[^<]*<\/th>/g)).toEqual(expect.arrayContaining([expect.stringContaining('Gemeente Zwolle')]));
    expect(codesIn(html)).toEqual(['GEM-0003', 'GEM-0010', 'POL-0002']);
  });

  it('sorts on the starting column and marks it with aria-sort; the other sortable columns say none', () => {
    const html = tabel({ beginSortering: { kolom: 'naam', richting: 'aflopend' } });
    expect(codesIn(html)).toEqual(['POL-0002', 'GEM-0003', 'GEM-0010']);
    expect(html.match(/aria-sort="descending"/g)).toHaveLength(1);
    expect(html.match(/aria-sort="none"/g)).toHaveLength(2);
  });

  it('adds an actions column headed "Acties" with each row’s own buttons', () => {
    const html = tabel({ acties: (p) => <button type="button">Wijzigen {p.code}</button> });
    expect(html).toContain('>Acties</th>');
    expect(html).toContain('Wijzigen GEM-0010');
    expect(html.match(/<th[^>]*scope="col"/g)).toHaveLength(4);
  });

  it('rows are focusable only when they open something', () => {
    expect(tabel()).not.toMatch(/<tr[^>]*tabindex/);
    expect(tabel({ onOpenen: () => undefined }).match(/<tr[^>]*tabindex="0"/g)).toHaveLength(3);
  });

  it('says the list is empty in a row across all columns, with the screen’s own words or the general ones', () => {
    const eigen = tabel({ rijen: [], leeg: 'Nog geen partners.', acties: () => null });
    expect(eigen).toMatch(/<td[^>]*colSpan="4"[^>]*data-testid="tabel-leeg"[^>]*>Nog geen partners\.<\/td>/i);
    expect(tabel({ rijen: [] })).toContain(nl.algemeen.geenRijen);
  });

  it('while loading shows a status row, and nothing empty', () => {
    const html = tabel({ rijen: null, bezig: true });
    expect(html).toContain('role="status"');
    expect(html).toContain(nl.algemeen.laden);
    expect(html).not.toContain('tabel-leeg');
  });

  it('a refusal before any rows shows only the backend’s message, with its code and article', () => {
    const html = tabel({ rijen: null, fout: { code: 'GEEN_TOEGANG', melding: 'Alleen de beheerder mag dit.', artikel: '14.2' } });
    expect(html).toContain('data-foutcode="GEEN_TOEGANG"');
    expect(html).toContain('Alleen de beheerder mag dit.');
    expect(html).toContain('14.2');
    expect(html).not.toContain('<table');
  });

  it('a refusal of a reload keeps the rows it had under the message', () => {
    const html = tabel({ fout: { code: 'INTERNE_FOUT', melding: 'Het bestand is even niet bereikbaar.' } });
    expect(html).toContain('data-foutcode="INTERNE_FOUT"');
    expect(codesIn(html)).toHaveLength(3);
  });
});

describe('Laadstatus and Pagina', () => {
  it('Laadstatus: progress while nothing is there, the refusal with "try again", nothing once loaded', () => {
    expect(renderToStaticMarkup(<Laadstatus laden={{ bezig: true, fout: null, data: null }} />)).toContain(nl.algemeen.laden);
    const fout = renderToStaticMarkup(<Laadstatus laden={{ bezig: false, fout: { code: 'INTERNE_FOUT', melding: 'Mislukt.' }, data: null, herladen: () => undefined }} />);
    expect(fout).toContain('Mislukt.');
    expect(fout).toContain(nl.algemeen.opnieuw);
    expect(renderToStaticMarkup(<Laadstatus laden={{ bezig: true, fout: null, data: [] }} />)).toBe('');
  });

  it('Pagina: one h1 with intro and actions, then the confirmation, the refusal and the content', () => {
    const html = renderToStaticMarkup(
      <Pagina titel="Partners" intro="Het register" acties={<button type="button">Toevoegen</button>} succes={{ tekst: 'Partner toegevoegd.', onSluiten: () => undefined }} fout={{ code: 'INTERNE_FOUT', melding: 'Mislukt.' }}>
        <p>inhoud</p>
      </Pagina>,
    );
    expect(html.match(/<h1/g)).toHaveLength(1);
    const volgorde = ['Partners', 'Het register', 'Toevoegen', 'Partner toegevoegd.', 'Mislukt.', 'inhoud'].map((s) => html.indexOf(s));
    expect(volgorde.every((i) => i >= 0)).toBe(true);
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
  });
});
