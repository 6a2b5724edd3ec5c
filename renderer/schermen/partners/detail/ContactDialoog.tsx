/** Adding a contact person. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '../../../../shared/domein/partner';
import { roep } from '../../../api/client';
import { FormDialoog } from '../../../componenten/FormDialoog';
import { Veld } from '../../../componenten/Veld';
import { useActie } from '../../../componenten/useActie';

export function ContactDialoog({ open, partnerId, onSluiten, onKlaar }: { open: boolean; partnerId: number; onSluiten(): void; onKlaar(d: Detail): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ naam: '', functie: '', telefoon: '', email: '' });
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ naam: '', functie: '', telefoon: '', email: '' });
      wissen();
    }
  }, [open, wissen]);
  const verzenden = async () => {
    const d = await actie.uitvoeren(() => roep('partners.contactpersoonToevoegen', { partnerId, ...w }));
    if (d) onKlaar(d);
  };
  return (
    <FormDialoog
      open={open}
      titel={t('partner.contactToevoegen')}
      actie={actie}
      verzendTekst={t('algemeen.toevoegen')}
      bekendeVelden={['naam', 'functie', 'telefoon', 'email']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="naam" label={t('partner.contactNaam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} autoFocus required autoComplete="off" />
      <Veld actie={actie} pad="functie" label={t('partner.functie')} value={w.functie} onChange={(e) => setW({ ...w, functie: e.target.value })} autoComplete="off" />
      <Veld actie={actie} pad="telefoon" type="tel" label={t('partner.telefoon')} value={w.telefoon} onChange={(e) => setW({ ...w, telefoon: e.target.value })} autoComplete="off" />
      <Veld actie={actie} pad="email" type="email" label={t('partner.email')} value={w.email} onChange={(e) => setW({ ...w, email: e.target.value })} autoComplete="off" />
    </FormDialoog>
  );
}
