import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import type { TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { Bladerdialoog } from './Bladerdialoog';
import { Veld } from './Veld';
import { Verborgen } from './Verborgen';
import type { Actie } from './useActie';

/**
 * Every path field (ADR 0036): the typed path, and a "Bladeren…" button that opens the native dialog in
 * Electron (the preload's `kiezen`) or, in browser mode, the folder browser the backend serves. With
 * `waarschuwing` the field says, before anything is written, when the folder is not on a removable
 * drive (a bundle or backup belongs on the stick; docs/ontwerp.md §6).
 */
export function PadVeld({
  actie,
  pad,
  soort,
  waarde,
  onWaarde,
  label,
  hulp,
  waarschuwing = false,
  onBlur,
  veldProps,
}: {
  actie: Actie;
  pad: string;
  soort: 'map' | 'bestand';
  waarde: string;
  onWaarde(pad: string): void;
  label: string;
  hulp?: string | undefined;
  waarschuwing?: boolean;
  onBlur?(): void;
  veldProps?: Omit<TextFieldProps, 'value' | 'onChange' | 'label'>;
}) {
  const { t } = useTranslation();
  const aangemeld = useSessie((s) => Boolean(s.sessie?.gebruiker));
  const [bladeren, setBladeren] = useState(false);
  const vast = useVasteSchijf(waarschuwing ? waarde : '');
  const native = typeof window !== 'undefined' ? window.ketenbestand?.kiezen : undefined;
  const kan = Boolean(native) || aangemeld;

  const kiezen = async () => {
    if (!native) return setBladeren(true);
    const r = await native({ soort, titel: soort === 'map' ? t('lijsten.kiezer.titelMap') : t('lijsten.kiezer.titelBestand'), ...(waarde.trim() ? { begin: waarde.trim() } : {}) });
    if (r.ok && r.waarde) onWaarde(r.waarde);
  };

  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Veld
          actie={actie}
          pad={pad}
          label={label}
          hulp={hulp}
          value={waarde}
          onChange={(e) => onWaarde(e.target.value)}
          onBlur={onBlur}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false } }}
          {...veldProps}
        />
        {kan && (
          <Button variant="outlined" onClick={() => void kiezen()} startIcon={<FolderOpenOutlinedIcon />} sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }} data-testid={`bladeren-${pad}`}>
            {t('lijsten.kiezer.bladeren')}
            <Verborgen>{soort === 'map' ? t('lijsten.kiezer.bladerenNaar', { veld: label }) : t('lijsten.kiezer.bestandKiezen', { veld: label })}</Verborgen>
          </Button>
        )}
      </Box>
      {vast && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid={`niet-verwisselbaar-${pad}`}>
          <AlertTitle>{t('lijsten.schijf.waarschuwingTitel')}</AlertTitle>
          {t('lijsten.schijf.waarschuwing', { map: waarde.trim() })}
        </Alert>
      )}
      {!native && (
        <Bladerdialoog
          open={bladeren}
          soort={soort}
          begin={waarde}
          onSluiten={() => setBladeren(false)}
          onGekozen={(gekozen) => {
            setBladeren(false);
            onWaarde(gekozen);
          }}
        />
      )}
    </Box>
  );
}

/** Whether a typed absolute folder is known not to be on a removable drive; asked once the typing pauses. */
function useVasteSchijf(pad: string): boolean {
  const [vast, setVast] = useState(false);
  useEffect(() => {
    const p = pad.trim();
    setVast(false);
    if (!/^([/\\]|[A-Za-z]:[/\\])/.test(p)) return;
    let weg = false;
    const klok = setTimeout(() => {
      void roep('bestanden.schijf', { pad: p }).then((r) => {
        if (!weg && r.ok) setVast(!r.waarde.verwisselbaar);
      });
    }, 400);
    return () => {
      weg = true;
      clearTimeout(klok);
    };
  }, [pad]);
  return vast;
}
