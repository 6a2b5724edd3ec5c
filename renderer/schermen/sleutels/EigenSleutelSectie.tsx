/** Sleutels → this installation's own key: the fingerprint to read out, export, rotation, earlier keys. */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { Subkop } from '../../componenten/Subkop';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { Vingerafdruk, VingerafdrukKaart } from '../../componenten/Vingerafdruk';
import { BevestigKnop } from '../../componenten/BevestigKnop';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { type EigenSleutel } from './typen';

export function EigenSleutelSectie({ eigen, onVernieuwd }: { eigen: EigenSleutel; onVernieuwd(e: EigenSleutel): void }) {
  const { t } = useTranslation();
  const exporteur = useSchrijven<Uitvoer<'sleutels.exporteren'>>();
  const [publiekTonen, setPubliekTonen] = useState(false);

  return (
    <Sectie
      titel={t('overdracht.sleutels.eigenTitel')}
      uitleg={t('overdracht.sleutels.eigenUitleg')}
      acties={
        <BevestigKnop
          recht="sleutels.roteren"
          tekst={t('overdracht.sleutels.vernieuwen')}
          icoon={<KeyOutlinedIcon />}
          titel={t('overdracht.sleutels.vernieuwenTitel')}
          vraag={t('overdracht.sleutels.vernieuwenTekst')}
          uitvoeren={() => roep('sleutels.roteren', {})}
          onKlaar={(r) => {
            exporteur.setGeschreven(null);
            onVernieuwd(r);
          }}
        />
      }
    >
      <VingerafdrukKaart label={t('overdracht.sleutels.vingerafdruk')} groepen={eigen.vingerafdrukGroepen} testId="eigen-vingerafdruk" inline />
      <Box sx={{ mb: 2.5 }}>
        <Gegevenslijst
          regels={[
            [t('overdracht.sleutels.aangemaakt'), nlDatumTijd(eigen.aangemaakt)],
            [t('overdracht.sleutels.organisatie'), eigen.identiteit ? `${eigen.identiteit.naam} (${eigen.identiteit.code})` : t('overdracht.sleutels.nietIngesteld')],
          ]}
        />
      </Box>
      <Subkop titel={t('overdracht.sleutels.exportTitel')} uitleg={t('overdracht.sleutels.exportUitleg')} />
      <Schrijfformulier
        schrijver={exporteur}
        waarschuwing={false}
        label={t('overdracht.sleutels.exportTitel')}
        verzendTekst={t('overdracht.sleutels.exporteren')}
        icoon={<FileDownloadOutlinedIcon />}
        onVerzenden={() => void exporteur.schrijven((doelmap) => roep('sleutels.exporteren', { doelmap }))}
        melding={{
          titel: t('overdracht.sleutels.geexporteerd'),
          uitleg: t('overdracht.sleutels.geexporteerdUitleg'),
          testId: 'sleutel-geexporteerd',
          bestanden: (g) => [{ bestandsnaam: g.pad.split(/[\\/]/).pop() ?? g.pad, pad: g.pad }],
        }}
      />
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
          <Subkop titel={t('overdracht.sleutels.eerdere')} uitleg={t('overdracht.sleutels.eerdereUitleg')} />
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
    </Sectie>
  );
}
