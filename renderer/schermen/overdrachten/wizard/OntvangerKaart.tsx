/** One recipient in step 1: what it gets and what it does not, with the article, and what blocks it. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import { useTranslation } from 'react-i18next';
import type { TOESTEMMINGSOORTEN } from '../../../../shared/domein/dossier';
import { useNavigatie } from '../../../store/navigatie';
import { nlDatum } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Verborgen } from '../../../componenten/Verborgen';
import { type Voorinvulling } from '../../dossiers/Toestemmingen';
import { Leeg } from '../gedeeld';
import { VormChip } from '../chips';
import { type Ontvanger, type Item, type ToestemmingKnop } from './typen';

/** The articles under which the policy refuses an item for want of a consent, and the consent that lifts it. */
const TOESTEMMING_VOOR_ARTIKEL: Record<string, (typeof TOESTEMMINGSOORTEN)[number]> = {
  'art. 21.5': 'zorg-operationeel',
  'art. 21.8': 'ovj-strafrechtelijk',
  'art. 12.17': 'riec-emm',
  'art. 14.6': 'riec-emm',
};

/** The consent a refused item still lacks, as the consent dialog's pre-fill; null when no consent would help. */
function ontbrekendeToestemming(i: Item, ontvanger: Ontvanger): Voorinvulling | null {
  const soort = TOESTEMMING_VOOR_ARTIKEL[i.beslissing.artikel];
  const m = /^(signaal|navraag):(\d+)$/.exec(i.sleutel);
  if (i.beslissing.toegestaan || !soort || !m) return null;
  return { soort, onderwerp: `${m[1] === 'signaal' ? 's' : 'n'}:${m[2]}`, ontvanger: ontvanger.partner.id };
}

export function OntvangerKaart({ ontvanger: o, toestemming }: { ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  const naar = useNavigatie((s) => s.naar);
  const wel = o.items.filter((i) => i.beslissing.toegestaan);
  const niet = o.items.filter((i) => !i.beslissing.toegestaan);
  const titel = `${o.partner.naam} (${o.partner.code})`;
  return (
    <Box data-ontvanger={o.partner.code}>
      <Sectie titel={titel} uitleg={t('overdracht.wizard.ontvangerUitleg', { wel: wel.length, niet: niet.length })}>
        {o.blokkades.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="blokkades">
            <AlertTitle>{t('overdracht.wizard.blokkadesTitel')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {o.blokkades.map((b) => {
                const sleutel = b.artikel === 'art. 21.9' || /sleutel/i.test(b.reden);
                return (
                  <Box component="li" key={`${b.artikel}-${b.reden}`} sx={{ mb: 0.5 }}>
                    {b.reden} ({b.artikel}){' '}
                    <Button size="small" color="inherit" variant="outlined" sx={{ ml: 1, py: 0 }} onClick={() => naar(sleutel ? { naam: 'sleutels' } : { naam: 'partner', id: o.partner.id })}>
                      {sleutel ? t('overdracht.wizard.naarSleutels') : t('overdracht.wizard.naarPartner')}
                    </Button>
                  </Box>
                );
              })}
            </Box>
          </Alert>
        )}
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          {t('overdracht.wizard.interventies')}
        </Typography>
        <Box component="ul" sx={{ mt: 0, mb: 2.5, pl: 2.5 }}>
          {o.interventies.map((i) => (
            <li key={i.id}>
              {i.omschrijving} — {t('overdracht.wizard.uiterlijk', { datum: nlDatum(i.deadline) })}
            </li>
          ))}
        </Box>
        <ItemTabel titel={t('overdracht.wizard.krijgtWel', { aantal: wel.length })} items={wel} wel leeg={t('overdracht.wizard.niets')} ontvanger={o} toestemming={null} />
        <ItemTabel titel={t('overdracht.wizard.krijgtNiet', { aantal: niet.length })} items={niet} wel={false} leeg={t('overdracht.wizard.nietsGeweigerd')} ontvanger={o} toestemming={toestemming} />
      </Sectie>
    </Box>
  );
}

function ItemTabel({ titel, items, wel, leeg, ontvanger, toestemming }: { titel: string; items: Item[]; wel: boolean; leeg: string; ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  const id = `items-${wel ? 'wel' : 'niet'}-${titel.length}-${items.length}`;
  return (
    <Box sx={{ mb: 2.5 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }} id={id}>
        {titel}
      </Typography>
      {items.length === 0 ? (
        <Leeg>{leeg}</Leeg>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          {/* Fixed columns, so "Krijgt" and "Krijgt niet" line up under each other. */}
          <Table size="small" aria-labelledby={id} data-testid={wel ? 'krijgt-wel' : 'krijgt-niet'} sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell scope="col" sx={{ width: '32%' }}>
                  {t('overdracht.wizard.gegeven')}
                </TableCell>
                <TableCell scope="col" sx={{ width: '17%' }}>
                  {t('overdracht.wizard.vorm')}
                </TableCell>
                <TableCell scope="col" sx={{ width: '11%' }}>
                  {t('overdracht.wizard.artikel')}
                </TableCell>
                <TableCell scope="col">{t('overdracht.wizard.reden')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((i) => {
                const ontbreekt = ontbrekendeToestemming(i, ontvanger);
                return (
                  <TableRow key={i.sleutel} data-item={i.sleutel} {...(ontbreekt ? { 'data-toestemming-ontbreekt': ontbreekt.soort } : {})}>
                    <TableCell component="th" scope="row">
                      {i.omschrijving}
                    </TableCell>
                    <TableCell>
                      <VormChip vorm={i.beslissing.toegestaan && i.beslissing.vorm !== 'geen' ? i.beslissing.vorm : 'geweigerd'} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.beslissing.artikel}</TableCell>
                    <TableCell>
                      {i.beslissing.reden}
                      {ontbreekt && (
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.75 }}>
                          <Chip size="small" color="warning" label={t('overdracht.wizard.toestemmingOntbreekt')} />
                          {toestemming && (
                            <Button size="small" variant="outlined" startIcon={<HowToRegOutlinedIcon />} disabled={toestemming.bezig} onClick={() => toestemming.vastleggen(ontbreekt)}>
                              {t('overdracht.wizard.toestemmingVastleggen')}
                              <Verborgen>{t('overdracht.wizard.toestemmingVoor', { gegeven: i.omschrijving, soort: t(`keten.toestemming.soort.${ontbreekt.soort}`) })}</Verborgen>
                            </Button>
                          )}
                        </Box>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
