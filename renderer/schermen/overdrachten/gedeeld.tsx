/**
 * Small pieces the bundle screens share: a definition list, the busy state while a bundle is
 * written or checked, the folder field (remembered for the next bundle), the fingerprint in groups
 * of four, the call to action when this installation does not yet know which partner it is, and the
 * list of files just written.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Bundelsoort } from '../../../shared/domein/bundel';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { Veld } from '../../componenten/Veld';
import type { Actie } from '../../componenten/useActie';
import { nlGetal } from '../../opmaak';

/** Term and value pairs as a `dl`, two columns on a wide screen. */
export function Gegevenslijst({ regels, breedte = 200 }: { regels: Array<[string, ReactNode]>; breedte?: number }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `minmax(${breedte}px, max-content) 1fr` }, columnGap: 3, rowGap: 1, m: 0 }}>
      {regels.map(([term, waarde]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {waarde}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Work in progress (signing, encrypting, writing, checking), announced to screen readers. */
export function Bezig({ tekst }: { tekst: string }) {
  return (
    <Box role="status" sx={{ my: 2, maxWidth: 560 }} data-testid="bezig">
      <Typography sx={{ mb: 1 }}>{tekst}</Typography>
      <LinearProgress aria-hidden />
    </Box>
  );
}

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

/** A fingerprint in groups of four, as read out over the telephone; large for reading aloud. */
export function Vingerafdruk({ groepen, groot = false, testId }: { groepen: string; groot?: boolean; testId?: string }) {
  const delen = groepen.trim().split(/\s+/);
  // Two lines of five groups: the way it is read out, and it never breaks inside a line.
  const regels = [delen.slice(0, 5), delen.slice(5)].filter((r) => r.length > 0);
  return (
    <Box
      component="span"
      data-testid={testId}
      sx={{
        display: 'inline-block',
        fontFamily: '"DejaVu Sans Mono", "Liberation Mono", Consolas, monospace',
        fontSize: groot ? { xs: '1.25rem', md: '1.6rem' } : '0.85rem',
        fontWeight: groot ? 600 : 400,
        letterSpacing: groot ? '0.06em' : 0,
        lineHeight: groot ? 1.6 : 1.5,
        wordSpacing: groot ? '0.5em' : '0.15em',
        color: 'text.primary',
      }}
    >
      {regels.map((regel, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span style={{ display: 'block', whiteSpace: 'nowrap' }}>{regel.join(' ')}</span>
        </Fragment>
      ))}
    </Box>
  );
}

/** The name of a bundle kind in the interface language. */
export function useSoortNaam(): (soort: Bundelsoort) => string {
  const { t } = useTranslation();
  return (soort) => t(`overdracht.soort.${soort}`);
}

/**
 * A partner or zorgcoördinatie installation must first say which registry partner it is (sender and
 * addressee of bundles); until then, every bundle screen says so and points to the place to set it.
 */
export function IdentiteitOproep() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [ontbreekt, setOntbreekt] = useState(false);
  useEffect(() => {
    let weg = false;
    void roep('sleutels.eigen', {}).then((r) => {
      if (!weg && r.ok) setOntbreekt(r.waarde.identiteit === null);
    });
    return () => {
      weg = true;
    };
  }, []);
  if (!ontbreekt) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 3 }}
      data-testid="identiteit-oproep"
      action={
        mag('identiteit.instellen') ? (
          <Button color="inherit" variant="outlined" size="small" onClick={() => naar({ naam: 'sleutels' })} sx={{ whiteSpace: 'nowrap' }}>
            {t('overdracht.identiteit.naarSleutels')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('overdracht.identiteit.ontbreektTitel')}</AlertTitle>
      {t('overdracht.identiteit.ontbreektTekst')}
      {!mag('identiteit.instellen') && ` ${t('overdracht.identiteit.vraagBeheerder')}`}
    </Alert>
  );
}

export interface GeschrevenBestand {
  bestandsnaam: string;
  pad: string;
  aan?: readonly string[];
  bytes?: number;
}

/** What was just written: each file's name and full path, so the user knows what to carry where. */
export function Geschreven({ titel, bestanden, uitleg, onSluiten, testId }: { titel: string; bestanden: readonly GeschrevenBestand[]; uitleg?: ReactNode; onSluiten?: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }} {...(onSluiten ? { onClose: onSluiten } : {})} data-testid={testId}>
      <AlertTitle>{titel}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {bestanden.map((b) => (
          <li key={b.pad}>
            <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, wordBreak: 'break-all' }} data-testid="bestandsnaam">
              {b.bestandsnaam}
            </Box>
            {b.aan && b.aan.length > 0 && ` — ${t('overdracht.geschreven.aan', { aan: b.aan.join(', ') })}`}
            {b.bytes !== undefined && ` (${t('algemeen.bytes', { aantal: nlGetal(b.bytes) })})`}
            <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.85rem', wordBreak: 'break-all' }} data-testid="pad">
              {b.pad}
            </Box>
          </li>
        ))}
      </Box>
      {uitleg && <Box sx={{ mt: 1 }}>{uitleg}</Box>}
    </Alert>
  );
}

/** A read-only notice that keeps its place in the layout. */
export function Leeg({ children }: { children: ReactNode }) {
  return <Typography color="text.secondary">{children}</Typography>;
}
