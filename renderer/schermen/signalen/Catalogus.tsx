import { useEffect, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import PlaylistAddOutlinedIcon from '@mui/icons-material/PlaylistAddOutlined';
import { useTranslation } from 'react-i18next';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { useSessie } from '../../store/sessie';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FoutMelding } from '../../componenten/FoutMelding';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { useFaseLabels, useNaslag, useCatalogus, type Catalogus as CatalogusData } from './naslag';

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
  const [dialoog, setDialoog] = useState<Dialoog | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const beheer = mag('indicatoren.toevoegen');

  const klaar = async (melding: string) => {
    setDialoog(null);
    setSucces(melding);
    await herladen();
  };

  return (
    <>
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
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
              <Button startIcon={<PlaylistAddOutlinedIcon />} onClick={() => setDialoog({ soort: 'toevoegen', categorie: c })}>
                {t('keten.catalogus.toevoegen')}
                <Verborgen>{t('keten.catalogus.aan', { categorie: c.naam })}</Verborgen>
              </Button>
            )
          }
        >
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('keten.catalogus.tabel', { categorie: c.naam })} sx={{ tableLayout: 'fixed' }}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col" sx={{ width: 110 }}>
                    {t('keten.catalogus.code')}
                  </TableCell>
                  <TableCell scope="col">{t('keten.catalogus.tekst')}</TableCell>
                  <TableCell scope="col" sx={{ width: 190 }}>
                    {t('keten.catalogus.status')}
                  </TableCell>
                  {beheer && (
                    <TableCell scope="col" sx={{ width: 230 }}>
                      {t('algemeen.acties')}
                    </TableCell>
                  )}
                </TableRow>
              </TableHead>
              <TableBody>
                {c.indicatoren.map((i) => (
                  <TableRow key={i.id} data-code={i.code} data-actief={i.actief} sx={i.actief ? {} : { bgcolor: '#f5f6f8', '& td, & th': { color: 'text.secondary' } }}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{i.code}</TableCell>
                    <TableCell component="th" scope="row" sx={i.actief ? {} : { textDecoration: 'line-through' }}>
                      {i.tekst}
                    </TableCell>
                    <TableCell>
                      {i.actief ? (
                        <Chip size="small" color="success" label={t('keten.catalogus.actief')} />
                      ) : (
                        <Chip size="small" variant="outlined" label={t('keten.catalogus.ingetrokkenOp', { datum: i.ingetrokkenOp ? nlDatum(i.ingetrokkenOp) : '' })} />
                      )}
                    </TableCell>
                    {beheer && (
                      <TableCell>
                        {i.actief && (
                          <Box sx={{ display: 'flex', gap: 1 }}>
                            <Button size="small" onClick={() => setDialoog({ soort: 'hernoemen', indicator: i })}>
                              {t('keten.catalogus.hernoemen')}
                              <Verborgen>{i.code}</Verborgen>
                            </Button>
                            <Button size="small" color="warning" onClick={() => setDialoog({ soort: 'intrekken', indicator: i })}>
                              {t('keten.catalogus.intrekken')}
                              <Verborgen>{i.code}</Verborgen>
                            </Button>
                          </Box>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Sectie>
      ))}
      <IndicatorDialoog dialoog={dialoog} onSluiten={() => setDialoog(null)} onKlaar={(m) => void klaar(m)} />
    </>
  );
}

function IndicatorDialoog({ dialoog: open, onSluiten, onKlaar }: { dialoog: Dialoog | null; onSluiten(): void; onKlaar(melding: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const dialoog = useLaatste(open);
  const [tekst, setTekst] = useState('');
  const [datum, setDatum] = useState(vandaagNl());
  const { wissen } = actie;
  useEffect(() => {
    if (!open) return;
    setTekst(open.soort === 'hernoemen' ? open.indicator.tekst : '');
    setDatum(vandaagNl());
    wissen();
  }, [open, wissen]);
  if (!dialoog) return null;

  const verzenden = async () => {
    if (dialoog.soort === 'toevoegen') {
      const r = await actie.uitvoeren(() => roep('indicatoren.toevoegen', { categorieId: dialoog.categorie.id, tekst }));
      if (r) onKlaar(t('keten.catalogus.toegevoegd'));
    } else if (dialoog.soort === 'hernoemen') {
      const r = await actie.uitvoeren(() => roep('indicatoren.wijzigen', { id: dialoog.indicator.id, tekst }));
      if (r) onKlaar(t('keten.catalogus.hernoemd', { code: dialoog.indicator.code }));
    } else {
      const iso = naarIsoDatum(datum);
      const r = await actie.uitvoeren(() => roep('indicatoren.intrekken', { id: dialoog.indicator.id, datum: iso ?? '' }), { datum: !iso && t('datum.ongeldig') });
      if (r) onKlaar(t('keten.catalogus.ingetrokkenMelding', { code: dialoog.indicator.code }));
    }
  };

  const titel =
    dialoog.soort === 'toevoegen'
      ? t('keten.catalogus.toevoegenTitel', { categorie: dialoog.categorie.naam })
      : dialoog.soort === 'hernoemen'
        ? t('keten.catalogus.hernoemenTitel', { code: dialoog.indicator.code })
        : t('keten.catalogus.intrekkenTitel', { code: dialoog.indicator.code });

  return (
    <FormDialoog
      open={open !== null}
      titel={titel}
      actie={actie}
      verzendTekst={dialoog.soort === 'toevoegen' ? t('keten.catalogus.toevoegen') : dialoog.soort === 'hernoemen' ? t('keten.catalogus.hernoemen') : t('keten.catalogus.intrekken')}
      gevaarlijk={dialoog.soort === 'intrekken'}
      bekendeVelden={['tekst', 'datum']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      {dialoog.soort === 'intrekken' ? (
        <>
          <Typography>{t('keten.catalogus.intrekkenTekst', { tekst: dialoog.indicator.tekst })}</Typography>
          <DatumVeld label={t('keten.catalogus.intrekDatum')} value={datum} onChange={(e) => setDatum(e.target.value)} fout={actie.veldfout('datum')} autoFocus />
        </>
      ) : (
        <Veld actie={actie} pad="tekst" label={t('keten.catalogus.tekst')} value={tekst} onChange={(e) => setTekst(e.target.value)} multiline minRows={2} autoFocus required hulp={t('keten.catalogus.tekstHulp')} />
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
  const [succes, setSucces] = useState<string | null>(null);
  const sleutel = labels.join('|');
  useEffect(() => {
    setW(sleutel.split('|'));
  }, [sleutel]);

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setSucces(null);
    const info = await actie.uitvoeren(() => roep('instellingen.faseLabels', { labels: w }));
    if (info) {
      zetInfo(info);
      setSucces(t('keten.fasen.opgeslagen'));
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
      <Box component="form" noValidate onSubmit={opslaan} aria-label={t('keten.fasen.titel')}>
        <Succes tekst={succes} onSluiten={() => setSucces(null)} />
        {actie.fout && (
          <Box sx={{ mb: 2 }}>
            <FoutMelding fout={actie.fout} bekendeVelden={[0, 1, 2, 3, 4].map((i) => `labels.${i}`)} />
          </Box>
        )}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}>
          {w.map((l, i) => (
            <Veld key={i} actie={actie} pad={`labels.${i}`} label={t('keten.fasen.fase', { nummer: i + 1 })} value={l} onChange={(e) => setW(w.map((x, j) => (j === i ? e.target.value : x)))} required />
          ))}
        </Box>
        <Stack direction="row" sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={actie.bezig}>
            {actie.bezig ? t('algemeen.bezig') : t('keten.fasen.opslaan')}
          </Button>
        </Stack>
      </Box>
    </Sectie>
  );
}
