/**
 * Nobody manages accounts, keys or backups but the leading role of the installation and the
 * beheerder (art. 12.7, 15.3): a zorgcoördinator in the centraal bestand cannot promote itself.
 */
import { describe, expect, it } from 'vitest';
import { kanalen, magRolKanaal } from '../../shared/api';
import type { Profiel, Rol } from '../../shared/rollen';

const BEHEERKANALEN = ['gebruikers.toevoegen', 'gebruikers.rolWijzigen', 'gebruikers.verwijderen', 'beheer.backupMaken', 'beheer.sleutelVervangen', 'instellingen.wijzigen'] as const;

describe('beheer per profiel', () => {
  it.each<[Profiel, Rol, boolean]>([
    ['centraal', 'ketenregisseur', true],
    ['centraal', 'beheerder', true],
    ['centraal', 'zorgcoordinator', false],
    ['centraal', 'assistent-ketenregisseur', false],
    ['centraal', 'privacy-medewerker', false],
    ['zorgcoordinatie', 'zorgcoordinator', true],
    ['zorgcoordinatie', 'beheerder', true],
    ['partner', 'partnermedewerker', true],
    ['partner', 'zorgcoordinator', false],
  ])('profiel %s, rol %s: beheer %s', (profiel, rol, mag) => {
    for (const k of BEHEERKANALEN) expect(magRolKanaal(kanalen[k], rol, profiel), k).toBe(mag);
  });
});
