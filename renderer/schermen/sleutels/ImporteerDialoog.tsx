/** Importing a partner's public key, from a file or pasted. */
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';

export function ImporteerDialoog({ open, partners, onSluiten, onKlaar }: { open: boolean; partners: Partner[]; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const [wijze, setWijze] = useState<'bestand' | 'plakken'>('bestand');
  const [pad, setPad] = useState('');
  const [armored, setArmored] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setPartnerId('');
      setPad('');
      setArmored('');
      wissen();
    }
  }, [open, wissen]);

  const verzenden = async () => {
    const r = await actie.uitvoeren(
      () => roep('sleutels.partnerImporteren', { partnerId: partnerId === '' ? 0 : partnerId, ...(wijze === 'bestand' ? { pad } : { armored }) }),
      {
        partnerId: partnerId === '' && t('overdracht.sleutels.kiesPartner'),
        pad: wijze === 'bestand' && !pad.trim() && t('overdracht.sleutels.kiesBestand'),
        armored: wijze === 'plakken' && !armored.trim() && t('overdracht.sleutels.plakSleutel'),
      },
    );
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={open}
      titel={t('overdracht.sleutels.importeren')}
      uitleg={<Typography variant="body2" color="text.secondary">{t('overdracht.sleutels.importUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overdracht.sleutels.importKnop')}
      bekendeVelden={['partnerId', 'pad', 'armored']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="partnerId" select label={t('overdracht.sleutels.vanPartner')} value={partnerId} onChange={(e) => setPartnerId(Number(e.target.value))} required autoFocus>
        {partners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam} ({p.code})
          </MenuItem>
        ))}
      </Veld>
      <Box>
        <FormLabel id="import-wijze" sx={{ fontWeight: 600, color: 'text.primary' }}>
          {t('overdracht.sleutels.wijze')}
        </FormLabel>
        <RadioGroup row aria-labelledby="import-wijze" value={wijze} onChange={(e) => setWijze(e.target.value as 'bestand' | 'plakken')}>
          <FormControlLabel value="bestand" control={<Radio />} label={t('overdracht.sleutels.wijzeBestand')} />
          <FormControlLabel value="plakken" control={<Radio />} label={t('overdracht.sleutels.wijzePlakken')} />
        </RadioGroup>
      </Box>
      {wijze === 'bestand' ? (
        <Veld actie={actie} pad="pad" label={t('overdracht.sleutels.sleutelbestand')} hulp={t('overdracht.sleutels.sleutelbestandHulp')} value={pad} onChange={(e) => setPad(e.target.value)} required autoComplete="off" slotProps={{ htmlInput: { spellCheck: false } }} />
      ) : (
        <Veld
          actie={actie}
          pad="armored"
          label={t('overdracht.sleutels.geplakt')}
          hulp={t('overdracht.sleutels.geplaktHulp')}
          value={armored}
          onChange={(e) => setArmored(e.target.value)}
          multiline
          minRows={6}
          maxRows={12}
          required
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8rem' } } }}
        />
      )}
    </FormDialoog>
  );
}
