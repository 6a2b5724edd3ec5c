/**
 * How the signal list asks for a page (ADR 0016): from a neighbour's sort key when one is loaded, and by
 * position from the nearer end for a jump, so End on 100,000 signals asks for the last rows directly.
 */
import { describe, expect, it } from 'vitest';
import type { SignaalRij } from '@shared/domein/signaal';
import { PAGINA, paginaVraag } from '../../renderer/schermen/signalen/paginas';

const rij = (id: number): SignaalRij => ({
  id,
  nummer: `S-2026-${id}`,
  status: 'ingediend',
  datumTijd: '2026-10-01T10:00',
  fase: 1,
  bron: null,
  vermoedens: [],
  minderjarig: false,
  jeugdprostitutie: false,
  aantalIndicatoren: 0,
  dossier: null,
  besluit: 'open',
});
const pagina = (eersteId: number) => Array.from({ length: PAGINA }, (_, i) => rij(eersteId - i));

describe('paginaVraag: welke pagina van de signalenlijst hoe gevraagd wordt', () => {
  it('de eerste pagina op positie 0', () => {
    expect(paginaVraag(0, new Map(), null)).toEqual({ offset: 0, limiet: PAGINA });
  });
  it('de volgende pagina na de laatste rij van de pagina erboven', () => {
    expect(paginaVraag(1, new Map([[0, pagina(1000)]]), 1000)).toEqual({ na: { datumTijd: '2026-10-01T10:00', id: 901 }, limiet: PAGINA });
  });
  it('de pagina boven een geladen pagina met een cursor ervoor', () => {
    expect(paginaVraag(4, new Map([[5, pagina(500)]]), 1000)).toEqual({ voor: { datumTijd: '2026-10-01T10:00', id: 500 }, limiet: PAGINA });
  });
  it('de laatste, onvolledige pagina van 100.050 vanaf het eind: precies de laatste 50 rijen', () => {
    expect(paginaVraag(1000, new Map([[0, pagina(100_050)]]), 100_050)).toEqual({ vanafEinde: true, offset: 0, limiet: 50 });
  });
  it('een sprong in de tweede helft telt vanaf het eind, in de eerste helft vanaf het begin', () => {
    expect(paginaVraag(998, new Map(), 100_050)).toEqual({ vanafEinde: true, offset: 150, limiet: PAGINA });
    expect(paginaVraag(3, new Map(), 100_050)).toEqual({ offset: 300, limiet: PAGINA });
  });
});
