import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslation } from 'react-i18next';
import type { Rapporttabel } from '@shared/domein/analyse';
import { maandWoord, taalVan } from '@shared/meldingen/codewoorden';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { maandKort } from '../../opmaak';
import { Grafiek } from '../../componenten/Grafiek';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Sectie } from '../../componenten/Sectie';
import { useLaden } from '../../componenten/useLaden';

type Reeks = 'signalen-bron' | 'signalen-fase' | 'signalen-maand' | 'interventies-termijn' | 'bewaring' | 'rechten';
const REEKSEN: readonly Reeks[] = ['signalen-bron', 'signalen-fase', 'signalen-maand', 'interventies-termijn', 'bewaring', 'rechten'];
const isReeks = (id: string): id is Reeks => (REEKSEN as readonly string[]).includes(id);

/**
 * The charts on the start page (issue 12 §4): per role the series of `rapportage.overzicht` — the report's
 * figures over the last twelve months, and the work ahead — each with its table view.
 */
export function OverzichtGrafieken() {
  const { t, i18n } = useTranslation();
  const taal = taalVan(i18n.language);
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const reeksen = useLaden(() => roep('rapportage.overzicht', {}), []);
  const maand = (m: string, kort: boolean) => (/^\d{4}-\d{2}$/.test(m) ? (kort ? maandKort(m, taal) : maandWoord(m, taal)) : m === 'te laat' ? t('grafieken.teLaat') : m);
  const kolomNaam = (id: Reeks) => (k: string): string => {
    if (id === 'signalen-bron') return i18n.exists(`soorten.${k}`) ? t(`soorten.${k}` as 'soorten.politie') : k;
    if (id === 'signalen-fase') return k in FASEWOORD ? t(`grafieken.fase.${k as keyof typeof FASEWOORD}`) : k;
    if (id === 'interventies-termijn') return t(`grafieken.termijnen.${k as 'verlopen'}`);
    if (id === 'rechten') return t(`grafieken.verzoek.${k as 'inzage'}`);
    if (id === 'signalen-maand') return t('grafieken.signalen');
    return k;
  };
  const rijkop = (id: Reeks) => (id === 'interventies-termijn' ? t('grafieken.rijkop.partner') : id === 'rechten' ? t('grafieken.rijkop.termijn') : t('grafieken.rijkop.maand'));
  const tabellen = (reeksen.data?.tabellen ?? []).filter((x): x is Rapporttabel & { id: Reeks } => isReeks(x.id));
  return (
    <Sectie
      titel={t('grafieken.overzicht.titel')}
      uitleg={t('grafieken.overzicht.uitleg')}
      acties={
        mag('rapportage.cijfers') ? (
          <Button size="small" endIcon={<ArrowForwardIcon />} onClick={() => naar({ naam: 'rapportage' })}>
            {t('grafieken.overzicht.naarRapportage')}
          </Button>
        ) : undefined
      }
    >
      {!reeksen.data ? (
        <Laadstatus laden={reeksen} />
      ) : (
        <Box data-testid="overzicht-grafieken" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, gap: 3 }}>
          {tabellen.map((tabel) => (
            <Grafiek
              key={tabel.id}
              testid={`grafiek-${tabel.id}`}
              tabel={{ ...tabel, rijkop: rijkop(tabel.id) }}
              titel={t(`grafieken.reeks.${tabel.id}.titel`)}
              beschrijving={t(`grafieken.reeks.${tabel.id}.beschrijving`)}
              vorm={tabel.id === 'signalen-maand' ? 'lijn' : 'staaf'}
              gestapeld={tabel.id !== 'signalen-maand'}
              rijNaam={maand}
              kolomNaam={kolomNaam(tabel.id)}
            />
          ))}
        </Box>
      )}
    </Sectie>
  );
}

const FASEWOORD = { signaal: 1, dossier: 1, besluit: 1, overdracht: 1 } as const;
