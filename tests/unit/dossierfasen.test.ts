/** Art. 10.1: the process steps as one table; every pair outside it is refused. */
import { describe, expect, it } from 'vitest';
import { DOSSIERFASEN, magOvergaan, OVERGANGEN } from '@shared/domein/dossier';

const TOEGESTAAN = new Set([
  'detectie>dossiervorming',
  'dossiervorming>weging-en-kwalificatie',
  'weging-en-kwalificatie>toewijzing-interventie',
  'weging-en-kwalificatie>dossiervorming',
  'toewijzing-interventie>uitvoering-interventie',
  'uitvoering-interventie>evaluatie',
  'evaluatie>gesloten',
]);

describe('art. 10.1: processtappen van een dossier', () => {
  const paren = DOSSIERFASEN.flatMap((van) => DOSSIERFASEN.map((naar) => [van, naar] as const));
  it.each(paren)('%s → %s', (van, naar) => {
    expect(magOvergaan(van, naar)).toBe(TOEGESTAAN.has(`${van}>${naar}`));
  });
  it('een gesloten dossier gaat nergens meer heen', () => {
    expect(OVERGANGEN.gesloten).toEqual([]);
  });
});
