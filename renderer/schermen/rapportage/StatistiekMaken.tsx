import { useState } from 'react';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { periodeNaam } from '@shared/domein/analyse';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useSessie } from '../../store/sessie';
import { RegioInstellen } from './RegioInstellen';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Sectie } from '../../componenten/Sectie';
import { useLaden } from '../../componenten/useLaden';

/**
 * The half year's suppressed figures as a signed, encrypted `statistiek` bundle for the EMM or the Nationaal
 * Rapporteur (art. 19, 22.6, 31; ADR 0041): a recipient with a confirmed key, and the folder on the stick.
 */
export function StatistiekMaken({ periode }: { periode: string }) {
  const { t } = useTranslation();
  const sleutels = useLaden(() => roep('sleutels.partnerLijst', {}), []);
  const schrijver = useSchrijven<Uitvoer<'statistiek.maken'>>();
  const [aan, setAan] = useState<number | ''>('');
  const ontvangers = (sleutels.data ?? []).filter((s) => s.status === 'vertrouwd').map((s) => s.partner);
  const uniek = ontvangers.filter((p, i) => ontvangers.findIndex((q) => q.id === p.id) === i);
  const info = useSessie((s) => s.sessie?.info ?? null);
  const mag = useMag();
  const regio = info?.regio ?? null;
  return (
    <Sectie titel={t('statistiek.makenTitel')} uitleg={t('statistiek.makenUitleg')}>
      {/* The EMM tells regions apart by their code (ADR 0041, addendum): without one there is no bundle. */}
      {regio ? (
        <p style={{ marginTop: 0 }} data-testid="statistiek-regio">
          {t('statistiek.regio.huidig', { naam: regio.naam, code: regio.code })}
        </p>
      ) : (
        <>
          <p style={{ marginTop: 0 }}>{mag('statistiek.regio') ? t('statistiek.regio.nogNiet') : t('statistiek.regio.nogNietBeheerder')}</p>
          {info && mag('statistiek.regio') && <RegioInstellen info={info} />}
        </>
      )}
      {!regio ? null : sleutels.data && uniek.length === 0 ? (
        <p style={{ margin: 0 }}>{t('statistiek.geenOntvangers')}</p>
      ) : (
        <Schrijfformulier
          schrijver={schrijver}
          label={t('statistiek.makenTitel')}
          verzendTekst={t('statistiek.makenKnop', { periode: periodeNaam(periode) })}
          icoon={<SendOutlinedIcon />}
          bekendeVelden={['aan']}
          onVerzenden={() => void schrijver.schrijven((doelmap) => roep('statistiek.maken', { periode, aan: aan === '' ? 0 : aan, doelmap }))}
          melding={{ titel: t('statistiek.gemaakt'), testId: 'statistiek-gemaakt', uitleg: schrijver.geschreven ? t('statistiek.gemaaktUitleg', { aan: schrijver.geschreven.aan.join(', ') }) : undefined }}
          mapLabel={t('statistiek.doelmap')}
          breedte={760}
        >
          <Keuzeveld
            actie={schrijver.actie}
            pad="aan"
            label={t('statistiek.ontvanger')}
            value={aan}
            leeg={t('statistiek.kiesOntvanger')}
            onChange={(e) => setAan(e.target.value === '' ? '' : Number(e.target.value))}
            opties={uniek.map((p) => ({ waarde: p.id, label: `${p.naam} (${p.code})` }))}
          />
        </Schrijfformulier>
      )}
    </Sectie>
  );
}
