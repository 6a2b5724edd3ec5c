/**
 * The label of a form field by its path, for the detail view and for saying which fields the
 * anonymised form hides ("Naam (slachtoffer)").
 */
import { useTranslation } from 'react-i18next';
import { losseTekst } from './losseSleutel';

const PERSONALIA = ['naam', 'geboortedatum', 'geslacht', 'adres', 'woonplaats', 'nationaliteit', 'verblijfstatus', 'woonsituatie'] as const;

export function useVeldLabel(): (pad: string, metGroep: boolean) => string {
  const { t } = useTranslation();
  const tt = (k: string) => losseTekst(t, k);
  return (pad, metGroep) => {
    const [groep, veld = ''] = pad.split('.');
    switch (groep) {
      case 'melder':
      case 'bron': {
        const label = tt(`keten.veld.${groep === 'bron' ? { naam: 'bronNaam', partnerId: 'bronOrganisatie', telefoon: 'telefoon' }[veld] : { contactpersoon: 'contactpersoon', partnerId: 'organisatie', telefoon: 'telefoon', datum: 'datumIngevuld' }[veld]}`);
        return metGroep ? `${label} (${tt(`keten.groep.${groep}`)})` : label;
      }
      case 'slachtoffer':
      case 'pleger':
      case 'faciliteerder': {
        const label = veld === 'soort' ? t('keten.veld.soortFaciliteerder') : (PERSONALIA as readonly string[]).includes(veld) ? tt(`keten.veld.${veld}`) : veld;
        return metGroep ? `${label} (${tt(`keten.rol.${groep}`)})` : label;
      }
      case 'omgevingSlachtoffer':
      case 'omgevingPleger': {
        const label = tt(`keten.omgeving.${veld}`);
        return metGroep ? `${label} (${tt(`keten.groep.${groep}`)})` : label;
      }
      case 'vraag1':
      case 'vraag2':
      case 'dwang':
      case 'handhaving':
      case 'hulpverlening':
        return tt(`keten.${groep}.${veld}`);
      default:
        return pad;
    }
  };
}
