import type { Migratie } from './migratie';
import { migratie as m0010 } from './0010-instellingen';
import { migratie as m0020 } from './0020-gebruikers';
import { migratie as m0030 } from './0030-audit';
import { migratie as m0040 } from './0040-partners';
import { migratie as m0050 } from './0050-indicatoren';
import { migratie as m0060 } from './0060-dossiers';
import { migratie as m0070 } from './0070-signalen';
import { migratie as m0080 } from './0080-personen';
import { migratie as m0090 } from './0090-navraag-en-toestemmingen';
import { migratie as m0100 } from './0100-overleggen';
import { migratie as m0110 } from './0110-analyse';
import { migratie as m0120 } from './0120-ontvangen';
import { migratie as m0130 } from './0130-uitwisseling';
import { migratie as m0200 } from './0200-bundelsleutels';
import { migratie as m0210 } from './0210-bundels';
import { migratie as m0220 } from './0220-verwijderd-is-weg';
import { migratie as m0230 } from './0230-herstelmeldingen';
import { migratie as m0240 } from './0240-ontvangen-ankers';
import { migratie as m0250 } from './0250-lijstindexen';
import { migratie as m0260 } from './0260-bewaring';
import { migratie as m0270 } from './0270-overdracht-buiten-app';
import { migratie as m0280 } from './0280-rechten-betrokkenen';
import { migratie as m0290 } from './0290-inzage-correctie-verzet';
import { migratie as m0300 } from './0300-verweesde-personen';
import { migratie as m0370 } from './0370-analysebestand';
import { migratie as m0320 } from './0320-nodig-per-partner';
import { migratie as m0410 } from './0410-statistiekbundels';
import { migratie as m0430 } from './0430-geheimhouding';
import { migratie as m0440 } from './0440-telindexen';
import { migratie as m0470 } from './0470-spoed-nodig';
import { migratie as m0480 } from './0480-korte-samenvattingen';
import { migratie as m0490 } from './0490-verwijzingsindexen';

/** In order; a test checks that the numbers only go up. Append, never edit a released one. */
export const MIGRATIES: readonly Migratie[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0070, m0080, m0090, m0100, m0110, m0120, m0130, m0200, m0210, m0220, m0230, m0240, m0250, m0260, m0270, m0280, m0290, m0300, m0320, m0370, m0410, m0430, m0440, m0470, m0480, m0490];

export const SCHEMAVERSIE = MIGRATIES[MIGRATIES.length - 1]!.versie;
