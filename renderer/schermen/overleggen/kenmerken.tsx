/**
 * How a meeting shows everywhere: its kind as colour and label (never colour alone, WCAG 1.4.1), its
 * status in words, and the planning warnings it keeps with the article they cite.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useTranslation } from 'react-i18next';
import type { Overlegsoort, Overlegstatus } from '@shared/domein/overleg';
import { huidigeTaal } from '../../i18n';
import { Verborgen } from '../../componenten/Verborgen';

/** Each kind its own hue, all at least 4.5:1 against white text (WCAG 1.4.3). */
export const SOORTKLEUR: Record<Overlegsoort, string> = {
  zorgoverleg: '#1d6b57',
  casusoverleg: '#154273',
  stuurgroep: '#6a3d8f',
  zorggroep: '#8a4a0b',
};

export function SoortLabel({ soort, klein = true }: { soort: Overlegsoort; klein?: boolean }) {
  const { t } = useTranslation();
  return (
    <Chip
      size={klein ? 'small' : 'medium'}
      label={t(`overleg.soort.${soort}`)}
      component="span"
      data-soort={soort}
      sx={{ bgcolor: SOORTKLEUR[soort], color: '#ffffff', fontWeight: 600, maxWidth: '100%' }}
    />
  );
}

const STATUSKLEUR: Record<Overlegstatus, { kleur: string; rand: string }> = {
  gepland: { kleur: '#4a5361', rand: '#8a94a3' },
  'agenda-vastgesteld': { kleur: '#175a96', rand: '#175a96' },
  gehouden: { kleur: '#2b6a2f', rand: '#2b6a2f' },
  'verslag-vastgesteld': { kleur: '#1a1f26', rand: '#1a1f26' },
};

export function OverlegStatus({ status }: { status: Overlegstatus }) {
  const { t } = useTranslation();
  const k = STATUSKLEUR[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t(`overleg.status.${status}`)}
      component="span"
      data-status={status}
      sx={{ color: k.kleur, borderColor: k.rand, bgcolor: '#ffffff' }}
    />
  );
}

/** The kept warnings as an icon with the article(s); the full sentence is on the meeting's page. */
export function WaarschuwingTekens({ waarschuwingen }: { waarschuwingen: ReadonlyArray<{ artikel: string; melding: string }> }) {
  const { t } = useTranslation();
  if (waarschuwingen.length === 0) return null;
  const artikelen = [...new Set(waarschuwingen.map((w) => w.artikel))];
  return (
    <Box component="span" data-testid="waarschuwing" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'warning.main', fontWeight: 600, fontSize: '0.85rem', whiteSpace: 'nowrap' }}>
      <WarningAmberOutlinedIcon fontSize="small" aria-hidden />
      <Verborgen>{`${t('overleg.waarschuwing')}: `}</Verborgen>
      {artikelen.join(', ')}
    </Box>
  );
}

const locale = () => (huidigeTaal() === 'en' ? 'en-GB' : 'nl-NL');

/** "do" / "Thu" for a JJJJ-MM-DD date, read as a calendar day (no time zone can shift it). */
export function weekdagKort(iso: string): string {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(j, m - 1, d)));
}

export function maandNaam(maand: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, maand - 1, 1)));
}

/** The local check of a time field, before anything is sent. */
export const isTijd = (tijd: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(tijd.trim());
