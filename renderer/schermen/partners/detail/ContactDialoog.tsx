/** Adding a contact person. */
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '@shared/domein/partner';
import { roep } from '../../../api/client';
import { FormDialoog } from '../../../componenten/FormDialoog';
import { Veld } from '../../../componenten/Veld';
import { useFormDialoog } from '../../../componenten/useFormDialoog';

export function ContactDialoog({ open, partnerId, onSluiten, onKlaar }: { open: boolean; partnerId: number; onSluiten(): void; onKlaar(d: Detail): void }) {
  const { t } = useTranslation();
  const form = useFormDialoog({
    open,
    begin: () => ({ naam: '', functie: '', telefoon: '', email: '' }),
    verzenden: (w) => roep('partners.contactpersoonToevoegen', { partnerId, ...w }),
    onKlaar,
  });
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('partner.contactToevoegen')}
      verzendTekst={t('algemeen.toevoegen')}
      bekendeVelden={['naam', 'functie', 'telefoon', 'email']}
      onSluiten={onSluiten}
    >
      <Veld {...form.veld('naam')} label={t('partner.contactNaam')} autoFocus required autoComplete="off" />
      <Veld {...form.veld('functie')} label={t('partner.functie')} autoComplete="off" />
      <Veld {...form.veld('telefoon')} type="tel" label={t('partner.telefoon')} autoComplete="off" />
      <Veld {...form.veld('email')} type="email" label={t('partner.email')} autoComplete="off" />
    </FormDialoog>
  );
}
