import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useTranslation } from 'react-i18next';
import { geenRedactie, redactieOptellen, type Redactieverslag, type Vrijgaveonderdelen } from '@shared/domein/redactie';
import { RedactieOverzicht } from './Redactie';

const BEKENDE_VELDEN = ['titel', 'samenvatting', 'notities', 'interventie', 'vraag', 'antwoord', 'omschrijving'] as const;
type BekendVeld = (typeof BEKENDE_VELDEN)[number];
const bekend = (v: string): v is BekendVeld => (BEKENDE_VELDEN as readonly string[]).includes(v);

/** All parts in one report, each flagged fragment named by its part ("D-2026-0001 …: samenvatting"). */
export function samenvoegen(onderdelen: Vrijgaveonderdelen): Redactieverslag {
  return onderdelen.reduce((t, o) => redactieOptellen(t, o.redactie, o.onderdeel), geenRedactie());
}

/**
 * The review before anonymised free text leaves (art. 6.2, 9.5, 21.4; ADR 0032): what was redacted, per
 * kind, and the fragments that still look identifying, with the confirmation the backend asks for when
 * there are any. `veldNaam` names a field path of the Format casus; the rest is worded here.
 */
export function Vrijgavecontrole({
  onderdelen,
  bekeken,
  onBekeken,
  veldNaam,
}: {
  onderdelen: Vrijgaveonderdelen;
  bekeken: boolean;
  onBekeken(b: boolean): void;
  veldNaam?: (pad: string) => string;
}) {
  const { t } = useTranslation();
  const verslag = samenvoegen(onderdelen);
  // "Signaal S-1: Navraag 3: antwoord" → each part as it is, the last one (the field) in words.
  const naam = (veld: string) => {
    const delen = veld.split(': ');
    const laatste = delen.pop() ?? '';
    const woord = bekend(laatste) ? t(`vrijgave.veld.${laatste}`) : veldNaam ? veldNaam(laatste) : laatste;
    return [...delen, woord].join(' — ');
  };
  return (
    <div data-testid="vrijgave">
      <RedactieOverzicht redactie={verslag} veldNaam={naam} />
      {verslag.gemarkeerd.length > 0 && (
        <FormControlLabel control={<Checkbox checked={bekeken} onChange={(e) => onBekeken(e.target.checked)} />} label={t('vrijgave.bekeken')} data-testid="vrijgave-bekeken" />
      )}
    </div>
  );
}
