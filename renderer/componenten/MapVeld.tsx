import { useTranslation } from 'react-i18next';
import { useNavigatie } from '../store/navigatie';
import { Veld } from './Veld';
import type { Actie } from './useActie';

/**
 * The folder a bundle goes to (or its receipt): an absolute path, usually the USB stick. The last
 * folder typed is offered again, so the user types the stick's path once per session.
 */
export function MapVeld({
  actie,
  pad = 'doelmap',
  waarde,
  onWaarde,
  label,
  hulp,
}: {
  actie: Actie;
  pad?: string;
  waarde: string;
  onWaarde(map: string): void;
  label?: string;
  hulp?: string;
}) {
  const { t } = useTranslation();
  const zetMap = useNavigatie((s) => s.zetMap);
  return (
    <Veld
      actie={actie}
      pad={pad}
      label={label ?? t('overdracht.map.label')}
      hulp={hulp ?? t('overdracht.map.hulp')}
      value={waarde}
      onChange={(e) => onWaarde(e.target.value)}
      onBlur={() => waarde.trim() && zetMap(waarde)}
      autoComplete="off"
      required
      slotProps={{ htmlInput: { spellCheck: false } }}
    />
  );
}

/** The folder of a file path, for Windows and POSIX paths alike (the page has no `path` module). */
export function mapVan(pad: string): string {
  const p = pad.trim();
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  if (i < 0) return '';
  if (i === 0) return p.slice(0, 1);
  return p.slice(0, i);
}

