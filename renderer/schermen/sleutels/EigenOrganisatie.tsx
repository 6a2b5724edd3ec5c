/** Sleutels → which partner this installation is (the identity in every bundle it writes). */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { Sectie } from '../../componenten/Sectie';
import { Actieknop } from '../../componenten/Actieknop';
import { Formulier } from '../../componenten/Formulier';
import { useActie } from '../../componenten/useActie';
import { type EigenSleutel } from './typen';
import { Keuzeveld } from '../../componenten/Keuzeveld';

export function EigenOrganisatie({ eigen, partners, onIngesteld }: { eigen: EigenSleutel; partners: Partner[]; onIngesteld(naam: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [wijzigen, setWijzigen] = useState(false);
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const id = eigen.identiteit;
  const tonenFormulier = mag('identiteit.instellen') && (!id || wijzigen);

  const instellen = async () => {
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
      acties={id && !wijzigen && <Actieknop recht="identiteit.instellen" tekst={t('overdracht.sleutels.identiteitWijzigen')} onClick={() => setWijzigen(true)} />}
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
        <Formulier
          label={t('overdracht.sleutels.organisatieTitel')}
          actie={actie}
          bekendeVelden={['partnerId']}
          onVerzenden={() => void instellen()}
          verzendTekst={t('overdracht.sleutels.identiteitInstellen')}
          regel={
            <Keuzeveld actie={actie} pad="partnerId" label={t('overdracht.sleutels.dezeInstallatie')} value={partnerId} onChange={(e) => setPartnerId(Number(e.target.value))} required opties={partners.map((p) => ({ waarde: p.id, label: <>{p.naam} ({p.code})</> }))} />
          }
          {...(wijzigen ? { na: <Button onClick={() => setWijzigen(false)} sx={{ mt: { sm: '2px' } }}>{t('algemeen.annuleren')}</Button> } : {})}
        />
      )}
    </Sectie>
  );
}
