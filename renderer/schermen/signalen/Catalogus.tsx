import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import PlaylistAddOutlinedIcon from '@mui/icons-material/PlaylistAddOutlined';
import { useTranslation } from 'react-i18next';
import type { Resultaat } from '@shared/fouten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { useSessie } from '../../store/sessie';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { PaginaFormulier } from '../../componenten/PaginaFormulier';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { Tabel } from '../../componenten/Tabel';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { useSucces } from '../../componenten/useSucces';
import { useFaseLabels, useNaslag, useCatalogus, type Catalogus as CatalogusData } from '../../componenten/naslag';

type Indicator = CatalogusData[number]['indicatoren'][number];
type Dialoog = { soort: 'toevoegen'; categorie: CatalogusData[number] } | { soort: 'hernoemen'; indicator: Indicator } | { soort: 'intrekken'; indicator: Indicator };

/**
 * The indicator catalogue (art. 15.2) as editable reference data: indicators are added, renamed and
 * retired, never deleted, so older signals keep what was chosen then. And the names of the five
 * phases of the vijffasenmodel (art. 14.4).
 */
export function Catalogus() {
  const { t } = useTranslation();
  const mag = useMag();
  const catalogus = useCatalogus();
  const herladen = useNaslag((s) => s.catalogusLaden);
  const dialoog = useDialoog<Dialoog>();
  const succes = useSucces();
  const beheer = mag('indicatoren.toevoegen');

  return (
    <>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      <FaseLabels />
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('keten.catalogus.uitleg')}
      </Typography>
      {(catalogus ?? []).map((c) => (
        <Sectie
          key={c.id}
          titel={c.naam}
          acties={
            beheer && (
              <Button startIcon={<PlaylistAddOutlinedIcon />} onClick={() => dialoog.openen({ soort: 'toevoegen', categorie: c })}>
                {t('keten.catalogus.toevoegen')}
                <Verborgen>{t('keten.catalogus.aan', { categorie: c.naam })}</Verborgen>
              </Button>
            )
          }
        >
          <Tabel<Indicator>
            label={t('keten.catalogus.tabel', { categorie: c.naam })}
            dicht
            rijen={c.indicatoren}
            sleutel={(i) => String(i.id)}
            rijAttributen={(i) => ({ 'data-code': i.code, 'data-actief': String(i.actief) })}
            rijSx={(i) => (i.actief ? {} : { bgcolor: '#f5f6f8', '& td, & th': { color: 'text.secondary' } })}
            kolommen={[
              { id: 'code', kop: t('keten.catalogus.code'), sx: { fontFamily: 'monospace', width: 110 }, cel: (i) => i.code },
              { id: 'tekst', kop: t('keten.catalogus.tekst'), rijkop: true, cel: (i) => <Box component="span" sx={i.actief ? {} : { textDecoration: 'line-through' }}>{i.tekst}</Box> },
              {
                id: 'status',
                kop: t('keten.catalogus.status'),
                sx: { width: 190 },
                cel: (i) =>
                  i.actief ? (
                    <Chip size="small" color="success" label={t('keten.catalogus.actief')} />
                  ) : (
                    <Chip size="small" variant="outlined" label={t('keten.catalogus.ingetrokkenOp', { datum: i.ingetrokkenOp ? nlDatum(i.ingetrokkenOp) : '' })} />
                  ),
              },
            ]}
            {...(beheer
              ? {
                  acties: (i: Indicator) =>
                    i.actief && (
                      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
                        <Button size="small" onClick={() => dialoog.openen({ soort: 'hernoemen', indicator: i })}>
                          {t('keten.catalogus.hernoemen')}
                          <Verborgen>{i.code}</Verborgen>
                        </Button>
                        <Button size="small" color="warning" onClick={() => dialoog.openen({ soort: 'intrekken', indicator: i })}>
                          {t('keten.catalogus.intrekken')}
                          <Verborgen>{i.code}</Verborgen>
                        </Button>
                      </Box>
                    ),
                }
              : {})}
          />
        </Sectie>
      ))}
      <IndicatorDialoog
        {...dialoog.props((melding: string) => {
          succes.tonen(melding);
          return herladen();
        })}
      />
    </>
  );
}

function IndicatorDialoog({ open, onSluiten, onKlaar }: DialoogProps<Dialoog, [string]>) {
  const { t } = useTranslation();
  const dialoog = useLaatste(open);
  const form = useFormDialoog({
    open,
    begin: () => ({ tekst: open && open.soort === 'hernoemen' ? open.indicator.tekst : '', datum: vandaagNl() }),
    controleren: (w) => ({ datum: dialoog?.soort === 'intrekken' && !naarIsoDatum(w.datum) && t('datum.ongeldig') }),
    verzenden: (w): Promise<Resultaat<unknown>> =>
      !dialoog || dialoog.soort === 'toevoegen'
        ? roep('indicatoren.toevoegen', { categorieId: dialoog?.categorie.id ?? 0, tekst: w.tekst })
        : dialoog.soort === 'hernoemen'
          ? roep('indicatoren.wijzigen', { id: dialoog.indicator.id, tekst: w.tekst })
          : roep('indicatoren.intrekken', { id: dialoog.indicator.id, datum: naarIsoDatum(w.datum) ?? '' }),
    onKlaar: () =>
      dialoog &&
      onKlaar(
        dialoog.soort === 'toevoegen'
          ? t('keten.catalogus.toegevoegd')
          : dialoog.soort === 'hernoemen'
            ? t('keten.catalogus.hernoemd', { code: dialoog.indicator.code })
            : t('keten.catalogus.ingetrokkenMelding', { code: dialoog.indicator.code }),
      ),
  });
  if (!dialoog) return null;

  const titel =
    dialoog.soort === 'toevoegen'
      ? t('keten.catalogus.toevoegenTitel', { categorie: dialoog.categorie.naam })
      : dialoog.soort === 'hernoemen'
        ? t('keten.catalogus.hernoemenTitel', { code: dialoog.indicator.code })
        : t('keten.catalogus.intrekkenTitel', { code: dialoog.indicator.code });

  return (
    <FormDialoog
      {...form.dialoog}
      titel={titel}
      verzendTekst={dialoog.soort === 'toevoegen' ? t('keten.catalogus.toevoegen') : dialoog.soort === 'hernoemen' ? t('keten.catalogus.hernoemen') : t('keten.catalogus.intrekken')}
      gevaarlijk={dialoog.soort === 'intrekken'}
      bekendeVelden={['tekst', 'datum']}
      onSluiten={onSluiten}
    >
      {dialoog.soort === 'intrekken' ? (
        <>
          <Typography>{t('keten.catalogus.intrekkenTekst', { tekst: dialoog.indicator.tekst })}</Typography>
          <DatumVeld label={t('keten.catalogus.intrekDatum')} value={form.waarden.datum} onChange={(e) => form.zetten('datum', e.target.value)} fout={form.actie.veldfout('datum')} autoFocus />
        </>
      ) : (
        <Veld {...form.veld('tekst')} label={t('keten.catalogus.tekst')} multiline minRows={2} autoFocus required hulp={t('keten.catalogus.tekstHulp')} />
      )}
    </FormDialoog>
  );
}

/** The five phase labels (art. 14.4), shown on every signal and in the filters. */
function FaseLabels() {
  const { t } = useTranslation();
  const mag = useMag();
  const labels = useFaseLabels();
  const zetInfo = useSessie((s) => s.zetInfo);
  const actie = useActie();
  const [w, setW] = useState<string[]>(labels);
  const succes = useSucces();
  const sleutel = labels.join('|');
  useEffect(() => {
    setW(sleutel.split('|'));
  }, [sleutel]);

  const opslaan = async () => {
    succes.onSluiten();
    const info = await actie.uitvoeren(() => roep('instellingen.faseLabels', { labels: w }));
    if (info) {
      zetInfo(info);
      succes.tonen(t('keten.fasen.opgeslagen'));
    }
  };

  if (!mag('instellingen.faseLabels')) {
    return (
      <Sectie titel={t('keten.fasen.titel')} uitleg={t('keten.fasen.uitleg')}>
        <Box component="ol" sx={{ m: 0, pl: 3 }}>
          {labels.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </Box>
      </Sectie>
    );
  }
  return (
    <Sectie titel={t('keten.fasen.titel')} uitleg={t('keten.fasen.uitleg')}>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      <PaginaFormulier label={t('keten.fasen.titel')} actie={actie} bekendeVelden={[0, 1, 2, 3, 4].map((i) => `labels.${i}`)} knop={t('keten.fasen.opslaan')} onVerzenden={() => void opslaan()}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}>
          {w.map((l, i) => (
            <Veld key={i} actie={actie} pad={`labels.${i}`} label={t('keten.fasen.fase', { nummer: i + 1 })} value={l} onChange={(e) => setW(w.map((x, j) => (j === i ? e.target.value : x)))} required />
          ))}
        </Box>
      </PaginaFormulier>
    </Sectie>
  );
}
