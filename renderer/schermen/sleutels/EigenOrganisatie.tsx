/** Sleutels → which partner this installation is (the identity in every bundle it writes). */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { type EigenSleutel } from './typen';

export function EigenOrganisatie({ eigen, partners, onIngesteld }: { eigen: EigenSleutel; partners: Partner[]; onIngesteld(naam: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [wijzigen, setWijzigen] = useState(false);
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const id = eigen.identiteit;
  const tonenFormulier = mag('identiteit.instellen') && (!id || wijzigen);

  const instellen = async (e: FormEvent) => {
    e.preventDefault();
    const r = await actie.uitvoeren(() => roep('identiteit.instellen', { partnerId: partnerId === '' ? 0 : partnerId }), {
      partnerId: partnerId === '' && t('overdracht.sleutels.kiesPartner'),
    });
    if (r) {
      setWijzigen(false);
      onIngesteld(`${r.naam} (${r.code})`);
    }
  };

  return (
    <Sectie
      titel={t('overdracht.sleutels.organisatieTitel')}
      uitleg={t('overdracht.sleutels.organisatieUitleg')}
      acties={
        id &&
        mag('identiteit.instellen') &&
        !wijzigen && (
          <Button variant="outlined" onClick={() => setWijzigen(true)}>
            {t('overdracht.sleutels.identiteitWijzigen')}
          </Button>
        )
      }
    >
      {id ? (
        <Typography sx={{ fontSize: '1.1rem', mb: tonenFormulier ? 2 : 0 }} data-testid="identiteit">
          {t('overdracht.sleutels.identiteitIs')}{' '}
          <strong>
            {id.naam} ({id.code})
          </strong>
        </Typography>
      ) : (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="identiteit-oproep">
          <AlertTitle>{t('overdracht.identiteit.ontbreektTitel')}</AlertTitle>
          {t('overdracht.sleutels.identiteitOproep')}
          {!mag('identiteit.instellen') && ` ${t('overdracht.identiteit.vraagBeheerder')}`}
        </Alert>
      )}
      {tonenFormulier && (
        <Box component="form" noValidate onSubmit={instellen} aria-label={t('overdracht.sleutels.organisatieTitel')}>
          <Stack spacing={2} sx={{ maxWidth: 720 }}>
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['partnerId']} />}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Veld
                actie={actie}
                pad="partnerId"
                select
                label={t('overdracht.sleutels.dezeInstallatie')}
                value={partnerId}
                onChange={(e) => setPartnerId(Number(e.target.value))}
                required
              >
                {partners.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.naam} ({p.code})
                  </MenuItem>
                ))}
              </Veld>
              <Button type="submit" variant="contained" disabled={actie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
                {actie.bezig ? t('algemeen.bezig') : t('overdracht.sleutels.identiteitInstellen')}
              </Button>
              {wijzigen && (
                <Button onClick={() => setWijzigen(false)} sx={{ mt: { sm: '2px' } }}>
                  {t('algemeen.annuleren')}
                </Button>
              )}
            </Stack>
          </Stack>
        </Box>
      )}
    </Sectie>
  );
}
