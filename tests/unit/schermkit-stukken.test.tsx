/**
 * The kit pieces added for issue 9 (ADR 0017, "stukken"): the action button that asks the contract who
 * may press it, the table's row buttons as data, the form inside a section, the detail frame, the
 * radio row and the state chip — rendered to HTML in plain Node with the real Dutch texts.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Who may call what is the contract's table (tests/unit/rechten.test.ts); here one user may add partners.
const rechten = vi.hoisted(() => ({ mag: new Set<string>() }));
vi.mock('../../renderer/api/toegang', () => ({ useMag: () => (kanaal: string) => rechten.mag.has(kanaal) }));
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../renderer/i18n/nl';
import { Actieknop } from '../../renderer/componenten/Actieknop';
import { Detailkader } from '../../renderer/componenten/Detailkader';
import { Formulier } from '../../renderer/componenten/Formulier';
import { Keuzerij } from '../../renderer/componenten/Keuzerij';
import { kleurChip } from '../../renderer/componenten/Kleurchip';
import { Tabel } from '../../renderer/componenten/Tabel';
import type { Actie } from '../../renderer/componenten/useActie';
import type { Fout } from '@shared/fouten';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
});

afterEach(() => rechten.mag.clear());

const actie = (over: Partial<Actie> = {}): Actie => ({ bezig: false, fout: null, veldfout: () => undefined, uitvoeren: async () => undefined, wissen: () => {}, ...over });
/** The text a reader gets: without the inlined styles, tags and extra white space. */
const tekstVan = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('Actieknop', () => {
  it('is not offered to who may not call its channel, and is to who may', () => {
    const knop = <Actieknop recht="partners.toevoegen" tekst="Partner toevoegen" onClick={() => {}} />;
    expect(renderToStaticMarkup(knop)).toBe('');
    rechten.mag.add('partners.toevoegen');
    expect(tekstVan(renderToStaticMarkup(knop))).toBe('Partner toevoegen');
  });

  it('says "Bezig…" and cannot be pressed while its call runs; a short word gets its context for screen readers', () => {
    const html = renderToStaticMarkup(<Actieknop tekst="Verwijderen" wie="r.bakker" bezig onClick={() => {}} />);
    expect(html).toContain('disabled');
    expect(tekstVan(html)).toBe(`${nl.algemeen.bezig} r.bakker`);
  });
});

describe('Tabel: row buttons as data', () => {
  interface Rij {
    id: number;
    naam: string;
    status: string;
  }
  const rijen: Rij[] = [
    { id: 1, naam: 'Politie', status: 'onbevestigd' },
    { id: 2, naam: 'Gemeente', status: 'vertrouwd' },
  ];
  const basis = { label: 'Sleutels', rijen, sleutel: (r: Rij) => String(r.id), kolommen: [{ id: 'naam', kop: 'Naam', rijkop: true, cel: (r: Rij) => r.naam }] };

  it('shows each button on the rows it belongs to, named with the row', () => {
    const html = renderToStaticMarkup(
      <Tabel<Rij>
        {...basis}
        rijKnoppen={[
          { tekst: 'Bevestigen', wie: (r) => r.naam, toon: (r) => r.status === 'onbevestigd', onClick: () => {} },
          { tekst: 'Intrekken', wie: (r) => r.naam, onClick: () => {} },
        ]}
      />,
    );
    expect(html).toContain(nl.algemeen.acties);
    const rijenHtml = html.split(/<tbody[^>]*>/)[1]!.split('</tr>');
    expect(tekstVan(rijenHtml[0]!)).toBe('Politie Bevestigen Politie Intrekken Politie');
    expect(tekstVan(rijenHtml[1]!)).toBe('Gemeente Intrekken Gemeente');
  });

  it('leaves out a button the user may not use, and the actions column when none is left', () => {
    const mag = false;
    const html = renderToStaticMarkup(<Tabel<Rij> {...basis} rijKnoppen={[mag && { tekst: 'Intrekken', wie: (r) => r.naam, onClick: () => {} }]} />);
    expect(html).not.toContain(nl.algemeen.acties);
    expect(html).not.toContain('Intrekken');
  });
});

describe('Tabel: layout options', () => {
  type R = { id: number; naam: string };
  const rijen: R[] = [{ id: 1, naam: 'Politie' }];
  const kolommen = [{ id: 'naam', kop: 'Naam', breedte: '32%', cel: (r: R) => r.naam }];

  it('vast: fixed layout with the widths the columns ask for', () => {
    const html = renderToStaticMarkup(<Tabel label="Krijgt" vast rijen={rijen} sleutel={(r) => String(r.id)} kolommen={kolommen} />);
    expect(html).toContain('table-layout:fixed');
    expect(html).toContain('width:32%');
  });

  it('hoogte: a named, focusable scroll region with the header kept in view', () => {
    const html = renderToStaticMarkup(<Tabel label="Voorstel" hoogte={380} rijen={rijen} sleutel={(r) => String(r.id)} kolommen={kolommen} />);
    expect(html).toMatch(/<div[^>]*role="region"[^>]*aria-label="Voorstel"|<div[^>]*aria-label="Voorstel"[^>]*role="region"/);
    expect(html).toMatch(/<div[^>]*tabindex="0"/);
    expect(html).toContain('max-height:380px');
    expect(html).toContain('MuiTable-stickyHeader');
    const zonder = renderToStaticMarkup(<Tabel label="Voorstel" rijen={rijen} sleutel={(r) => String(r.id)} kolommen={kolommen} />);
    expect(zonder).not.toContain('role="region"');
    expect(zonder).not.toContain('table-layout:fixed');
  });
});

describe('Formulier', () => {
  it('puts the refusal on top, the fields, then the field and the button in one row', () => {
    const html = renderToStaticMarkup(
      <Formulier label="Exporteren" actie={actie({ fout: { code: 'ONGELDIGE_INVOER', melding: 'Map bestaat niet' } })} onVerzenden={() => {}} verzendTekst="Exporteren" regel={<input name="doelmap" />}>
        <input name="soort" />
      </Formulier>,
    );
    expect(html).toMatch(/^<form[^>]*aria-label="Exporteren"/);
    const volgorde = ['data-foutcode="ONGELDIGE_INVOER"', 'name="soort"', 'name="doelmap"', 'type="submit"'].map((s) => html.indexOf(s));
    expect(volgorde.every((i) => i >= 0)).toBe(true);
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
  });

  it('a step with consequences: the button in its colour, and what it will mean under the row', () => {
    const html = renderToStaticMarkup(<Formulier label="Opzeggen" actie={actie()} onVerzenden={() => {}} verzendTekst="Opzegging vastleggen" kleur="warning" onder={<p data-testid="uittreding">Uittreding per 01-07-2027</p>} />);
    expect(html).toMatch(/<button[^>]*MuiButton-colorWarning[^>]*type="submit"|<button[^>]*type="submit"[^>]*MuiButton-colorWarning/);
    expect(html.indexOf('data-testid="uittreding"')).toBeGreaterThan(html.indexOf('type="submit"'));
  });

  it('while busy: the button says so and is off, and the busy line says what is being done', () => {
    const html = renderToStaticMarkup(<Formulier label="Schrijven" actie={actie({ bezig: true })} onVerzenden={() => {}} verzendTekst="Schrijven" bezigTekst="De bundel wordt geschreven" />);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled/);
    expect(html).toContain('role="status"');
    expect(tekstVan(html)).toContain('De bundel wordt geschreven');
  });
});

describe('Detailkader', () => {
  const kader = (laden: { data: string | null; fout: Fout | null }) =>
    renderToStaticMarkup(
      <Detailkader terug={{ tekst: 'Terug', onClick: () => {} }} laden={laden} ladenTekst="Partner laden">
        {(d) => <h1>{d}</h1>}
      </Detailkader>,
    );

  it('always offers the way back; busy while nothing is there, then the page', () => {
    expect(tekstVan(kader({ data: null, fout: null }))).toBe('Terug Partner laden');
    expect(kader({ data: 'Politie', fout: null })).toContain('<h1>Politie</h1>');
  });

  it('a refused load shows the refusal and no busy line', () => {
    const html = kader({ data: null, fout: { code: 'CONFLICT', melding: 'Onbekende partner' } });
    expect(html).toContain('data-foutcode="CONFLICT"');
    expect(html).not.toContain('Partner laden');
  });
});

describe('Keuzerij and kleurChip', () => {
  it('Keuzerij: radios side by side, named by the label above them, the chosen one checked', () => {
    const html = renderToStaticMarkup(<Keuzerij<'a' | 'b'> label="Soort" waarde="b" onKeuze={() => {}} opties={[{ waarde: 'a', label: 'Agenda' }, { waarde: 'b', label: 'Besluitenlijst' }]} />);
    const id = /<label[^>]*id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`aria-labelledby="${id}"`);
    expect(html).toMatch(/value="b"[^>]*checked|checked[^>]*value="b"/);
  });

  it('kleurChip: the words from i18n, the value as data attribute, and the label can be overridden', () => {
    const Chip = kleurChip<'vertrouwd' | 'ingetrokken'>({ vertrouwd: { color: 'success', variant: 'filled' }, ingetrokken: { color: 'default', variant: 'filled' } }, 'overdracht.sleutels.status', 'status');
    const html = renderToStaticMarkup(<Chip waarde="vertrouwd" />);
    expect(html).toContain('data-status="vertrouwd"');
    expect(tekstVan(html)).toBe(nl.overdracht.sleutels.status.vertrouwd);
    expect(tekstVan(renderToStaticMarkup(<Chip waarde="ingetrokken" label="Weg" />))).toBe('Weg');
  });
});
