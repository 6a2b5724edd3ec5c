/**
 * Rule 0 of the policy engine (ADR 0023): a person whose verzet was upheld (art. 27.2) or whose data is
 * shielded (art. 26.1) is refused to every recipient for every purpose, before any other rule, and no
 * consent or override of the ketenregisseur lifts it.
 */
import { describe, expect, it } from 'vitest';
import { magVerstrekken, naOverschrijving } from '../../electron/backend/beleid/magVerstrekken';
import type { Doel } from '../../electron/backend/beleid/typen';
import { DATUM, item, partner, toestemming } from '../fixtures/beleid';

const DOELEN: Doel[] = ['navraag', 'advies', 'overleg', 'overdracht', 'spoed', 'emm'];
const CONTEXT = { datum: DATUM, ontvangerHeeftTaak: true, identificatieNodig: true };

describe('verzet en afscherming in de beleidsmodule', () => {
  it.each(DOELEN)('verzet gegrond: geweigerd voor doel %s, met art. 27.2, alleen op te heffen door de blokkade', (doel) => {
    const gegeven = item({ blokkade: { grond: 'verzet', sinds: '2025-06-01' }, toestemmingen: [toestemming('riec-emm', 'politie')] });
    for (const o of [partner('politie'), partner('emm'), partner('riec')]) {
      const b = magVerstrekken(gegeven, o, doel, CONTEXT);
      expect(b).toMatchObject({ toegestaan: false, vorm: 'geen', artikel: 'art. 27.2', opheffing: { door: 'blokkade' } });
      expect(b.reden).toMatch(/verzet.*01-06-2025/);
      expect(naOverschrijving(gegeven, o, doel, CONTEXT).overschreven).toBe(false);
    }
  });

  it('afscherming (art. 26.1) weigert op dezelfde manier', () => {
    const b = magVerstrekken(item({ blokkade: { grond: 'afscherming', sinds: '2025-06-02' } }), partner('politie'), 'overdracht', CONTEXT);
    expect(b).toMatchObject({ toegestaan: false, artikel: 'art. 26.1' });
  });

  it('zonder blokkade beslist de module als voorheen', () => {
    expect(magVerstrekken(item({ blokkade: null }), partner('politie'), 'overdracht', CONTEXT).toegestaan).toBe(true);
    expect(magVerstrekken(item(), partner('politie'), 'overdracht', CONTEXT).toegestaan).toBe(true);
  });

  it('de blokkade gaat vóór elke andere regel, ook buiten de EU/EER', () => {
    const b = magVerstrekken(item({ blokkade: { grond: 'verzet', sinds: '2025-06-01' } }), partner('politie', { land: 'US' }), 'overdracht', CONTEXT);
    expect(b.artikel).toBe('art. 27.2');
  });
});
