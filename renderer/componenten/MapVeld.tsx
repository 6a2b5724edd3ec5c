import { useTranslation } from 'react-i18next';
import { useNavigatie } from '../store/navigatie';
import { PadVeld } from './PadVeld';
import type { Actie } from './useActie';

/**
 * The folder a bundle goes to (or its receipt): an absolute path, usually the USB stick, typed or
 * chosen with "Bladeren…" (ADR 0036). The last folder used is offered again, so the user chooses the
 * stick once per session; a folder that is not on a removable drive is flagged before writing.
 */
export function MapVeld({
  actie,
  pad = 'doelmap',
  waarde,
  onWaarde,
  label,
  hulp,
  waarschuwing = true,
}: {
  actie: Actie;
  pad?: string;
  waarde: string;
  onWaarde(map: string): void;
  label?: string;
  hulp?: string;
  /** Warn when the folder is not on a removable drive (bundles, backups); off for a public key. */
  waarschuwing?: boolean;
}) {
  const { t } = useTranslation();
  const zetMap = useNavigatie((s) => s.zetMap);
  return (
    <PadVeld
      actie={actie}
      pad={pad}
      soort="map"
      label={label ?? t('overdracht.map.label')}
      hulp={hulp ?? t('overdracht.map.hulp')}
      waarde={waarde}
      onWaarde={onWaarde}
      onBlur={() => waarde.trim() && zetMap(waarde)}
      waarschuwing={waarschuwing}
      veldProps={{ required: true }}
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

