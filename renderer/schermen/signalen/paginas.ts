import type { Invoer } from '@shared/api';
import type { SignaalRij } from '@shared/domein/signaal';

/** Rows per page of the signal list. */
export const PAGINA = 100;

/**
 * How to ask for page `p` (keyset paging, ADR 0016): after the last row of the page above it, before
 * the first row of the page below it, or — for a jump — by position, counted from whichever end is
 * nearer, so the last page of 100,000 signals costs what the first does.
 */
export function paginaVraag(p: number, geladen: ReadonlyMap<number, SignaalRij[]>, totaal: number | null): Pick<Invoer<'signalen.lijst'>, 'na' | 'voor' | 'vanafEinde' | 'offset' | 'limiet'> {
  const cursor = (r: SignaalRij) => ({ datumTijd: r.datumTijd, id: r.id });
  const boven = geladen.get(p - 1);
  if (boven?.length === PAGINA) return { na: cursor(boven.at(-1)!), limiet: PAGINA };
  const onder = geladen.get(p + 1);
  if (onder?.length) return { voor: cursor(onder[0]!), limiet: PAGINA };
  if (totaal !== null) {
    const laatsteIndex = Math.min((p + 1) * PAGINA, totaal) - 1;
    const vanafEinde = totaal - 1 - laatsteIndex;
    if (vanafEinde < p * PAGINA) return { vanafEinde: true, offset: vanafEinde, limiet: Math.max(1, laatsteIndex - p * PAGINA + 1) };
  }
  return { offset: p * PAGINA, limiet: PAGINA };
}
