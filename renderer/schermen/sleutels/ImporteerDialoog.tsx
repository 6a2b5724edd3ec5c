/** Importing a partner's public key, from a file or pasted. */
import { useState } from 'react';
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
import { useFormDialoog } from '../../componenten/useFormDialoog';

export function ImporteerDialoog({ open, partners, onSluiten, onKlaar }: { open: boolean; partners: Partner[]; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  // The way of importing is kept between openings, as before; the fields start empty each time.
  const [wijze, setWijze] = useState<'bestand' | 'plakken'>('bestand');
  const form = useFormDialoog({
    open,
    begin: () => ({ partnerId: '' as number | '', pad: '', armored: '' }),
    controleren: (w) => ({
      partnerId: w.partnerId === '' && t('overdracht.sleutels.kiesPartner'),
      pad: wijze === 'bestand' && !w.pad.trim() && t('overdracht.sleutels.kiesBestand'),
      armored: wijze === 'plakken' && !w.armored.trim() && t('overdracht.sleutels.plakSleutel'),
    }),
    verzenden: (w) => roep('sleutels.partnerImporteren', { partnerId: w.partnerId === '' ? 0 : w.partnerId, ...(wijze === 'bestand' ? { pad: w.pad } : { armored: w.armored }) }),
    onKlaar,
  });
  const { actie } = form;

  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overdracht.sleutels.importeren')}
      uitleg={<Typography variant="body2" color="text.secondary">{t('overdracht.sleutels.importUitleg')}</Typography>}
      verzendTekst={t('overdracht.sleutels.importKnop')}
      bekendeVelden={['partnerId', 'pad', 'armored']}
      breed
      onSluiten={onSluiten}
    >
      <Veld actie={actie} pad="partnerId" select label={t('overdracht.sleutels.vanPartner')} value={form.waarden.partnerId} onChange={(e) => form.zetten('partnerId', Number(e.target.value))} required autoFocus>
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
        <Veld {...form.veld('pad')} label={t('overdracht.sleutels.sleutelbestand')} hulp={t('overdracht.sleutels.sleutelbestandHulp')} required autoComplete="off" slotProps={{ htmlInput: { spellCheck: false } }} />
      ) : (
        <Veld
          {...form.veld('armored')}
          label={t('overdracht.sleutels.geplakt')}
          hulp={t('overdracht.sleutels.geplaktHulp')}
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
