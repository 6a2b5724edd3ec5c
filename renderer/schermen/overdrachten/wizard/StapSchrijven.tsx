/** Wizard step 2: write the bundles. */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import SaveAltOutlinedIcon from '@mui/icons-material/SaveAltOutlined';
import { useTranslation } from 'react-i18next';
import { roep } from '../../../api/client';
import { Sectie } from '../../../componenten/Sectie';
import { FoutMelding } from '../../../componenten/FoutMelding';
import { useActie } from '../../../componenten/useActie';
import { Bezig } from '../../../componenten/Bezig';
import { Geschreven } from '../../../componenten/Geschreven';
import { MapVeld } from '../../../componenten/MapVeld';
import { type Voorbeeld, type Resultaat } from './typen';
import { Vrijgavecontrole } from '../../../componenten/Vrijgave';
import { heeftRedactie } from '@shared/domein/redactie';
import { useVeldLabel } from '../../signalen/veldLabels';
import { useNavigatie } from '../../../store/navigatie';

export function StapSchrijven({
  dossierId,
  voorbeeld,
  resultaat,
  onGeschreven,
  onTerug,
  onVerder,
}: {
  dossierId: number;
  voorbeeld: Voorbeeld;
  resultaat: Resultaat | null;
  onGeschreven(r: Resultaat): void;
  onTerug(): void;
  onVerder(): void;
}) {
  const { t } = useTranslation();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const actie = useActie();
  const [map, setMap] = useState(laatsteMap);
  const [bekeken, setBekeken] = useState(false);
  const veldLabel = useVeldLabel();
  // What the bundles' anonymised free text lost and what still looks identifying, per recipient (ADR 0032).
  const controle = voorbeeld.ontvangers.map((o) => ({ onderdeel: o.partner.naam, redactie: o.redactie }));
  const codes = voorbeeld.ontvangers.map((o) => o.partner.code).join(', ');

  const schrijven = async (e: FormEvent) => {
    e.preventDefault();
    const r = await actie.uitvoeren(() => roep('overdracht.uitvoeren', { dossierId, doelmap: map, gemarkeerdBekeken: bekeken }));
    if (r) onGeschreven(r);
  };

  if (resultaat) {
    return (
      <>
        <Geschreven
          titel={t('overdracht.wizard.geschreven', { count: resultaat.bundels.length })}
          bestanden={resultaat.bundels}
          uitleg={t('overdracht.wizard.geschrevenUitleg')}
          testId="bundels-geschreven"
        />
        {resultaat.overgeslagen.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>{t('overdracht.wizard.overgeslagen')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {resultaat.overgeslagen.map((o) => (
                <li key={o.partner}>
                  {o.partner}: {o.reden}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        <Button variant="contained" endIcon={<ArrowForwardIcon />} onClick={onVerder}>
          {t('overdracht.wizard.naarOpschonen')}
        </Button>
      </>
    );
  }

  return (
    <Sectie titel={t('overdracht.wizard.schrijvenTitel')} uitleg={t('overdracht.wizard.schrijvenUitleg', { count: voorbeeld.ontvangers.length, codes })}>
      <Box component="form" noValidate onSubmit={schrijven} aria-label={t('overdracht.wizard.schrijvenTitel')}>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['doelmap']} />}
          {controle.some((c) => heeftRedactie(c.redactie)) && <Vrijgavecontrole onderdelen={controle} bekeken={bekeken} onBekeken={setBekeken} veldNaam={(pad) => veldLabel(pad, true)} />}
          <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
          {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijvenOntvangers', { count: voorbeeld.ontvangers.length, codes })} />}
          <Stack direction="row" spacing={2}>
            <Button onClick={onTerug} startIcon={<ArrowBackIcon />} disabled={actie.bezig}>
              {t('overdracht.wizard.vorige')}
            </Button>
            <Button type="submit" variant="contained" startIcon={<SaveAltOutlinedIcon />} disabled={actie.bezig}>
              {actie.bezig ? t('algemeen.bezig') : t('overdracht.wizard.schrijven', { count: voorbeeld.ontvangers.length })}
            </Button>
          </Stack>
        </Stack>
      </Box>
    </Sectie>
  );
}
