import Button from '@mui/material/Button';
import DeleteSweepOutlinedIcon from '@mui/icons-material/DeleteSweepOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { AGENDAPAKKET_UITERLIJK_DAGEN, BESLUIT_DEFINITIEF_DAGEN, type RegelId } from '@shared/domein/bewaring';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum, nlGetal } from '../../opmaak';
import { Pagina } from '../../componenten/Pagina';
import type { Kolom } from '../../componenten/Tabel';
import { TabelSectie } from '../../componenten/TabelSectie';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';

const DAGEN = 90;

type Gepland = Uitvoer<'bewaring.plan'>['gepland'][number];
type Historie = Uitvoer<'bewaring.historie'>[number];
type Regel = Uitvoer<'bewaring.plan'>['regels'][number];

/** "Wanneer" of a rule, with the day counts the design fixes (ADR 0020). */
export function useRegelTekst() {
  const { t } = useTranslation();
  return {
    wat: (id: RegelId) => t(`bewaring.regel.${id}`),
    wanneer: (id: RegelId) => t(`bewaring.wanneer.${id}`, { dagen: BESLUIT_DEFINITIEF_DAGEN, uiterlijk: AGENDAPAKKET_UITERLIJK_DAGEN }),
  };
}

/**
 * Bewaartermijnen (docs/ontwerp.md §11): what the retention rules of this profile delete in the next
 * 90 days and what they deleted, per article, counts only; the leading role can run the sweep now.
 */
export function Bewaartermijnen() {
  const { t } = useTranslation();
  const mag = useMag();
  const tekst = useRegelTekst();
  const plan = useLaden(() => roep('bewaring.plan', { dagen: DAGEN }), []);
  const historie = useLaden(() => roep('bewaring.historie', {}), []);
  // What was deleted and what will be: the same columns after the date or month.
  const aantalKolommen: Array<Kolom<Gepland | Historie>> = [
    { id: 'wat', kop: t('bewaring.kolom.wat'), cel: (r) => tekst.wat(r.regel) },
    { id: 'artikel', kop: t('bewaring.kolom.artikel'), cel: (r) => r.artikel, nowrap: true },
    { id: 'aantal', kop: t('bewaring.kolom.aantal'), cel: (r) => nlGetal(r.aantal), uitlijning: 'right' },
  ];
  const actie = useActie();
  const succes = useSucces();

  const nu = async () => {
    const r = await actie.uitvoeren(() => roep('bewaring.uitvoeren', {}));
    if (!r) return;
    await succes.naHerladen(r.totaal ? t('bewaring.uitgevoerd', { aantal: nlGetal(r.totaal) }) : t('bewaring.nietsUitgevoerd'), plan.herladen, historie.herladen);
  };

  return (
    <Pagina
      titel={t('bewaring.titel')}
      intro={t('bewaring.intro', { dagen: DAGEN })}
      succes={succes}
      fout={actie.fout}
      acties={
        mag('bewaring.uitvoeren') && (
          <Button variant="outlined" startIcon={<DeleteSweepOutlinedIcon />} onClick={() => void nu()} disabled={actie.bezig}>
            {actie.bezig ? t('algemeen.bezig') : t('bewaring.nuUitvoeren')}
          </Button>
        )
      }
    >
      <TabelSectie<Gepland>
        titel={t('bewaring.gepland', { dagen: DAGEN })}
        uitleg={t('bewaring.geplandUitleg')}
        testid="bewaring-gepland"
        rijen={plan.data?.gepland ?? null}
        bezig={plan.bezig}
        fout={plan.fout}
        leeg={t('bewaring.geplandLeeg')}
        sleutel={(r) => `${r.datum}-${r.regel}`}
        kolommen={[
          { id: 'datum', kop: t('bewaring.kolom.datum'), cel: (r) => nlDatum(r.datum), rijkop: true, nowrap: true },
          ...aantalKolommen,
        ]}
      />
      <TabelSectie<Historie>
        titel={t('bewaring.historie')}
        uitleg={t('bewaring.historieUitleg')}
        testid="bewaring-historie"
        laden={historie}
        leeg={t('bewaring.historieLeeg')}
        sleutel={(r) => `${r.maand}-${r.regel}`}
        kolommen={[
          { id: 'maand', kop: t('bewaring.kolom.maand'), cel: (r) => `${r.maand.slice(5, 7)}-${r.maand.slice(0, 4)}`, rijkop: true, nowrap: true },
          ...aantalKolommen,
        ]}
      />
      <TabelSectie<Regel>
        titel={t('bewaring.regels')}
        uitleg={t('bewaring.regelsUitleg')}
        dicht
        testid="bewaring-regels"
        rijen={plan.data?.regels ?? null}
        bezig={plan.bezig}
        sleutel={(r) => r.regel}
        kolommen={[
          { id: 'wat', kop: t('bewaring.kolom.wat'), cel: (r) => tekst.wat(r.regel), rijkop: true },
          { id: 'artikel', kop: t('bewaring.kolom.artikel'), cel: (r) => r.artikel, nowrap: true },
          { id: 'wanneer', kop: t('bewaring.kolom.wanneer'), cel: (r) => tekst.wanneer(r.regel) },
        ]}
      />
    </Pagina>
  );
}
