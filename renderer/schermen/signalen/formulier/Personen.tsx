/** Signaal form → the people: victim (with the minor / youth prostitution warning), perpetrator, facilitator and their surroundings. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { SOORTEN_FACILITEERDER } from '@shared/domein/signaal';
import { Sectie } from '../../../componenten/Sectie';
import { Datum, Keuze, Tekst, Velden } from '../formulierVelden';
import type { Kenmerken, Rol } from './staat';

const OMGEVING = ['partner', 'familie', 'vriendenKennissen', 'collegasKlasgenoten', 'professionals', 'werkOpleiding', 'sportVerenigingsleven', 'overigen'] as const;

/** The personalia of one role, as the bijlage asks them. */
function Personalia({ rol }: { rol: Rol }) {
  const { t } = useTranslation();
  return (
    <Velden>
      {rol === 'faciliteerder' && (
        <Keuze pad="faciliteerder.soort" label={t('keten.veld.soortFaciliteerder')} leegLabel={t('keten.formulier.geenKeuze')} opties={SOORTEN_FACILITEERDER.map((s) => ({ waarde: s, label: t(`keten.faciliteerder.${s}`) }))} />
      )}
      <Tekst pad={`${rol}.naam`} label={t('keten.veld.naam')} />
      <Datum pad={`${rol}.geboortedatum`} label={t('keten.veld.geboortedatum')} />
      <Keuze pad={`${rol}.geslacht`} label={t('keten.veld.geslacht')} opties={(['vrouw', 'man', 'anders', 'onbekend'] as const).map((g) => ({ waarde: g, label: t(`keten.geslacht.${g}`) }))} />
      <Tekst pad={`${rol}.adres`} label={t('keten.veld.adres')} />
      <Tekst pad={`${rol}.woonplaats`} label={t('keten.veld.woonplaats')} />
      <Tekst pad={`${rol}.nationaliteit`} label={t('keten.veld.nationaliteit')} />
      <Tekst pad={`${rol}.verblijfstatus`} label={t('keten.veld.verblijfstatus')} />
      {rol !== 'faciliteerder' && <Tekst pad={`${rol}.woonsituatie`} label={t('keten.veld.woonsituatie')} />}
    </Velden>
  );
}

/** The social surroundings of the victim or the perpetrator. */
function Omgeving({ groep }: { groep: 'omgevingSlachtoffer' | 'omgevingPleger' }) {
  const { t } = useTranslation();
  return (
    <Velden>
      {OMGEVING.map((v) => (
        <Tekst key={v} pad={`${groep}.${v}`} label={t(`keten.omgeving.${v}`)} multiline rijen={1} />
      ))}
    </Velden>
  );
}

export function Personen({ flags }: { flags: Kenmerken }) {
  const { t } = useTranslation();
  return (
    <>
    <Sectie titel={t('keten.sectie.slachtoffer')}>
      {(flags.minderjarig || flags.jeugdprostitutie) && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="minderjarig-melding">
          <AlertTitle>{flags.minderjarig ? t('keten.formulier.minderjarigTitel', { leeftijd: flags.leeftijd ?? '' }) : t('keten.formulier.jeugdprostitutieTitel')}</AlertTitle>
          {flags.minderjarig && t('keten.formulier.minderjarigTekst')} {flags.jeugdprostitutie && t('keten.formulier.jeugdprostitutieTekst')}
        </Alert>
      )}
      <Personalia rol="slachtoffer" />
    </Sectie>
    <Sectie titel={t('keten.sectie.pleger')}><Personalia rol="pleger" /></Sectie>
    <Sectie titel={t('keten.sectie.faciliteerder')}><Personalia rol="faciliteerder" /></Sectie>
    <Sectie titel={t('keten.sectie.omgevingSlachtoffer')} uitleg={t('keten.sectie.indienBekend')}>
      <Omgeving groep="omgevingSlachtoffer" />
    </Sectie>
    <Sectie titel={t('keten.sectie.omgevingPleger')} uitleg={t('keten.sectie.indienBekend')}>
      <Omgeving groep="omgevingPleger" />
    </Sectie>
    </>
  );
}
