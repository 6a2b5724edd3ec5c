/** Sleutels → this installation's own key: the fingerprint to read out, export, rotation, earlier keys. */
import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Bevestiging } from '../../componenten/Bevestiging';
import { useActie } from '../../componenten/useActie';
import { Gegevenslijst, Geschreven, MapVeld, Vingerafdruk } from '../overdrachten/gedeeld';
import { type EigenSleutel } from './typen';
import { useNavigatie } from '../../store/navigatie';

export function EigenSleutelSectie({ eigen, onVernieuwd }: { eigen: EigenSleutel; onVernieuwd(e: EigenSleutel): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const exportActie = useActie();
  const roteerActie = useActie();
  const [map, setMap] = useState(laatsteMap);
  const [geschreven, setGeschreven] = useState<Uitvoer<'sleutels.exporteren'> | null>(null);
  const [roteren, setRoteren] = useState(false);
  const [publiekTonen, setPubliekTonen] = useState(false);

  const exporteren = async (e: FormEvent) => {
    e.preventDefault();
    setGeschreven(null);
    const r = await exportActie.uitvoeren(() => roep('sleutels.exporteren', { doelmap: map }));
    if (r) setGeschreven(r);
  };
  const vernieuwen = async () => {
    const r = await roteerActie.uitvoeren(() => roep('sleutels.roteren', {}));
    if (r) {
      setRoteren(false);
      setGeschreven(null);
      onVernieuwd(r);
    }
  };

  return (
    <Sectie
      titel={t('overdracht.sleutels.eigenTitel')}
      uitleg={t('overdracht.sleutels.eigenUitleg')}
      acties={
        mag('sleutels.roteren') && (
          <Button
            variant="outlined"
            color="warning"
            startIcon={<KeyOutlinedIcon />}
            onClick={() => {
              roteerActie.wissen();
              setRoteren(true);
            }}
          >
            {t('overdracht.sleutels.vernieuwen')}
          </Button>
        )
      }
    >
      <Paper variant="outlined" sx={{ p: 2, mb: 2.5, bgcolor: '#f7f9fb', display: 'inline-block', maxWidth: '100%' }}>
        <Typography component="p" variant="body2" sx={{ fontWeight: 600, color: 'text.secondary', mb: 0.5 }} id="eigen-vingerafdruk">
          {t('overdracht.sleutels.vingerafdruk')}
        </Typography>
        <Box aria-labelledby="eigen-vingerafdruk" role="group">
          <Vingerafdruk groepen={eigen.vingerafdrukGroepen} groot testId="eigen-vingerafdruk" />
        </Box>
      </Paper>
      <Box sx={{ mb: 2.5 }}>
        <Gegevenslijst
          regels={[
            [t('overdracht.sleutels.aangemaakt'), nlDatumTijd(eigen.aangemaakt)],
            [t('overdracht.sleutels.organisatie'), eigen.identiteit ? `${eigen.identiteit.naam} (${eigen.identiteit.code})` : t('overdracht.sleutels.nietIngesteld')],
          ]}
        />
      </Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('overdracht.sleutels.exportTitel')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('overdracht.sleutels.exportUitleg')}
      </Typography>
      {geschreven && (
        <Geschreven
          titel={t('overdracht.sleutels.geexporteerd')}
          bestanden={[{ bestandsnaam: geschreven.pad.split(/[\\/]/).pop() ?? geschreven.pad, pad: geschreven.pad }]}
          uitleg={t('overdracht.sleutels.geexporteerdUitleg')}
          onSluiten={() => setGeschreven(null)}
          testId="sleutel-geexporteerd"
        />
      )}
      <Box component="form" noValidate onSubmit={exporteren} aria-label={t('overdracht.sleutels.exportTitel')}>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {exportActie.fout && <FoutMelding fout={exportActie.fout} bekendeVelden={['doelmap']} />}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <MapVeld actie={exportActie} waarde={map} onWaarde={setMap} />
            <Button type="submit" variant="contained" startIcon={<FileDownloadOutlinedIcon />} disabled={exportActie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
              {exportActie.bezig ? t('algemeen.bezig') : t('overdracht.sleutels.exporteren')}
            </Button>
          </Stack>
        </Stack>
      </Box>
      <Box sx={{ mt: 2 }}>
        <Button size="small" onClick={() => setPubliekTonen(!publiekTonen)} aria-expanded={publiekTonen} aria-controls="publieke-sleutel">
          {publiekTonen ? t('overdracht.sleutels.publiekVerbergen') : t('overdracht.sleutels.publiekTonen')}
        </Button>
        {publiekTonen && (
          <TextField
            id="publieke-sleutel"
            label={t('overdracht.sleutels.publiek')}
            value={eigen.publiek}
            multiline
            fullWidth
            minRows={6}
            maxRows={14}
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8rem' } } }}
          />
        )}
      </Box>
      {eigen.eerdere.length > 0 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('overdracht.sleutels.eerdere')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('overdracht.sleutels.eerdereUitleg')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {eigen.eerdere.map((e) => (
              <li key={e.id}>
                <Vingerafdruk groepen={e.vingerafdruk.toUpperCase().match(/.{1,4}/g)?.join(' ') ?? e.vingerafdruk} />{' '}
                — {t('overdracht.sleutels.vervangenOp', { datum: nlDatumTijd(e.vervangenOp) })}
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Bevestiging
        open={roteren}
        titel={t('overdracht.sleutels.vernieuwenTitel')}
        tekst={t('overdracht.sleutels.vernieuwenTekst')}
        bevestigTekst={t('overdracht.sleutels.vernieuwen')}
        actie={roteerActie}
        onSluiten={() => setRoteren(false)}
        onBevestigen={() => void vernieuwen()}
      />
    </Sectie>
  );
}
