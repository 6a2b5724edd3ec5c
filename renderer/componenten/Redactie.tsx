import { Fragment, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MARKER_RE, REDACTIESOORTEN, type Markering, type Redactiesoort, type Redactieverslag } from '@shared/domein/redactie';
import { Tabel } from './Tabel';

/**
 * A redacted text with its markers ("[naam]", "[telefoon]") highlighted, each read out as what it
 * hides (ADR 0032). Any other value is shown as it is.
 */
export function MetMarkers({ tekst }: { tekst: ReactNode }) {
  const { t } = useTranslation();
  if (typeof tekst !== 'string' || !tekst.includes('[')) return <>{tekst}</>;
  const delen: ReactNode[] = [];
  let pos = 0;
  for (const m of tekst.matchAll(MARKER_RE)) {
    delen.push(<Fragment key={`t${pos}`}>{tekst.slice(pos, m.index)}</Fragment>);
    const soort = m[1] as Redactiesoort;
    delen.push(
      <Box
        component="mark"
        key={`m${m.index}`}
        data-marker={soort}
        title={t(`keten.redactie.marker.${soort}`)}
        sx={{ bgcolor: '#fff1c2', color: '#4a3500', border: '1px solid #c9a227', borderRadius: 1, px: 0.5, fontWeight: 500 }}
      >
        {m[0]}
      </Box>,
    );
    pos = m.index + m[0].length;
  }
  delen.push(<Fragment key={`t${pos}`}>{tekst.slice(pos)}</Fragment>);
  return <>{delen}</>;
}

/**
 * What the anonymised form did to the free text: a count per kind of what was hidden, and the
 * fragments that still look identifying, for the user to check before anything leaves (ADR 0032).
 * `veldNaam` turns a field path into its label.
 */
export function RedactieOverzicht({ redactie, veldNaam = (v) => v }: { redactie: Redactieverslag; veldNaam?: (veld: string) => string }) {
  const { t } = useTranslation();
  const soorten = REDACTIESOORTEN.filter((s) => redactie.aantallen[s] > 0);
  const lijst = soorten.map((s) => t(`keten.redactie.soort.${s}`, { count: redactie.aantallen[s] })).join(', ');
  return (
    <Box sx={{ mb: 3 }} data-testid="redactie">
      <Alert severity="info" variant="outlined" sx={{ mb: redactie.gemarkeerd.length ? 2 : 0 }}>
        <AlertTitle>{t('keten.redactie.titel')}</AlertTitle>
        <span data-testid="redactie-aantallen">{soorten.length ? t('keten.redactie.afgeschermd', { lijst }) : t('keten.redactie.niets')}</span>
      </Alert>
      {redactie.gemarkeerd.length > 0 && (
        <Alert severity="warning" data-testid="redactie-gemarkeerd">
          <AlertTitle>{t('keten.redactie.gemarkeerdTitel', { count: redactie.gemarkeerd.length })}</AlertTitle>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('keten.redactie.gemarkeerdUitleg')}
          </Typography>
          <Tabel<Markering & { i: number }>
            label={t('keten.redactie.tabel')}
            dicht
            rijen={redactie.gemarkeerd.map((m, i) => ({ ...m, i }))}
            sleutel={(m) => String(m.i)}
            kolommen={[
              { id: 'veld', kop: t('keten.redactie.kolomVeld'), rijkop: true, cel: (m) => veldNaam(m.veld) },
              { id: 'soort', kop: t('keten.redactie.kolomSoort'), cel: (m) => t(`keten.redactie.markering.${m.soort}`) },
              { id: 'tekst', kop: t('keten.redactie.kolomTekst'), cel: (m) => m.tekst },
            ]}
          />
        </Alert>
      )}
    </Box>
  );
}
