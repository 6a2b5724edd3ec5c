/** Trusting a partner's key after comparing the fingerprint read out over the telephone (ADR 0007). */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '@shared/domein/bundel';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { VingerafdrukKaart } from '../../componenten/Vingerafdruk';

export function BevestigDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const naam = useSessie((s) => s.sessie?.gebruiker?.weergavenaam ?? '');
  const getoond = useLaatste(sleutel);
  const form = useFormDialoog({
    open: sleutel,
    begin: () => ({ hoe: '', vingerafdruk: '' }),
    controleren: (w) => ({ hoe: w.hoe.trim().length < 5 && t('overdracht.sleutels.hoeVerplicht'), vingerafdruk: !w.vingerafdruk.trim() && t('overdracht.sleutels.voorgelezenVerplicht') }),
    verzenden: (w) => roep('sleutels.bevestigen', { sleutelId: sleutel?.id ?? 0, hoe: w.hoe, vingerafdruk: w.vingerafdruk }),
    onKlaar,
  });

  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overdracht.sleutels.bevestigTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={
        <>
          <Typography>{t('overdracht.sleutels.bevestigUitleg', { naam: getoond?.partner.naam ?? '' })}</Typography>
          <VingerafdrukKaart label={t('overdracht.sleutels.vingerafdrukVan', { naam: getoond?.partner.naam ?? '' })} groepen={getoond?.vingerafdrukGroepen ?? ''} testId="te-bevestigen-vingerafdruk" />
        </>
      }
      verzendTekst={t('overdracht.sleutels.bevestigKnop')}
      bekendeVelden={['hoe', 'vingerafdruk']}
      breed
      onSluiten={onSluiten}
    >
      <Veld
        {...form.veld('hoe')}
        label={t('overdracht.sleutels.hoe')}
        hulp={t('overdracht.sleutels.hoeHulp', { naam })}
        required
        autoFocus
        autoComplete="off"
      />
      <Veld
        {...form.veld('vingerafdruk')}
        label={t('overdracht.sleutels.voorgelezen')}
        hulp={t('overdracht.sleutels.voorgelezenHulp')}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
    </FormDialoog>
  );
}
