/** Partner detail → the partner's own data. */
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '@shared/domein/partner';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { nlDatum } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Formulier } from '../../../componenten/Formulier';
import { Veld } from '../../../componenten/Veld';
import { useActie } from '../../../componenten/useActie';
import { Gegevenslijst } from '../../../componenten/Gegevenslijst';

export function Gegevens({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [w, setW] = useState({ naam: p.naam, land: p.land, toelichting: p.toelichting });
  useEffect(() => {
    setW({ naam: p.naam, land: p.land, toelichting: p.toelichting });
  }, [p.naam, p.land, p.toelichting]);

  const datums: Array<[string, string]> = [
    ...(p.toetredingAangevraagdOp ? [[t('partner.aangevraagdOp'), nlDatum(p.toetredingAangevraagdOp)] as [string, string]] : []),
    ...(p.toegetredenOp ? [[t('partner.toegetredenOp'), nlDatum(p.toegetredenOp)] as [string, string]] : []),
    ...(p.opgezegdOp ? [[t('partner.opgezegdOp'), nlDatum(p.opgezegdOp)] as [string, string]] : []),
    ...(p.uitgetredenPer ? [[p.status === 'uitgetreden' ? t('partner.uitgetredenPer') : t('partner.uittredingPerLabel'), nlDatum(p.uitgetredenPer)] as [string, string]] : []),
  ];

  if (!mag('partners.wijzigen')) {
    return (
      <Sectie titel={t('partner.gegevens')}>
        <Gegevenslijst
          regels={[
            [t('partner.code'), p.code],
            [t('partner.naam'), p.naam],
            [t('partner.soort'), t(`soorten.${p.soort}`)],
            [t('partner.land'), p.land],
            ...datums,
            [t('partner.toelichting'), p.toelichting || t('algemeen.leeg')],
          ]}
        />
      </Sectie>
    );
  }

  const opslaan = async () => {
    const d = await actie.uitvoeren(() => roep('partners.wijzigen', { id: p.id, naam: w.naam, land: w.land.trim().toUpperCase(), toelichting: w.toelichting }));
    if (d) onBijgewerkt(d);
  };

  return (
    <Sectie titel={t('partner.gegevens')}>
      <Box sx={{ mb: 2.5 }}>
        <Gegevenslijst regels={[[t('partner.code'), p.code], [t('partner.soort'), t(`soorten.${p.soort}`)], ...datums]} />
      </Box>
      <Formulier
        label={t('partner.gegevens')}
        actie={actie}
        bekendeVelden={['naam', 'land', 'toelichting']}
        onVerzenden={() => void opslaan()}
        verzendTekst={t('partner.opslaan')}
        ruimte={2.5}
      >
        <Veld actie={actie} pad="naam" label={t('partner.naam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} required />
        <Veld actie={actie} pad="land" label={t('partner.land')} hulp={t('partner.landHulp')} value={w.land} onChange={(e) => setW({ ...w, land: e.target.value })} required slotProps={{ htmlInput: { maxLength: 2 } }} sx={{ maxWidth: 240 }} />
        <Veld actie={actie} pad="toelichting" label={t('partner.toelichting')} value={w.toelichting} onChange={(e) => setW({ ...w, toelichting: e.target.value })} multiline minRows={2} />
      </Formulier>
    </Sectie>
  );
}
