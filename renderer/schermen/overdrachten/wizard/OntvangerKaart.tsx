/** One recipient in step 1: what it gets and what it does not, with the article, and what blocks it. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import { useTranslation } from 'react-i18next';
import type { TOESTEMMINGSOORTEN } from '@shared/domein/dossier';
import { useNavigatie } from '../../../store/navigatie';
import { nlDatum } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Subkop } from '../../../componenten/Subkop';
import { type Voorinvulling } from '../../dossiers/Toestemmingen';
import { Leeg } from '../../../componenten/Bezig';
import { Actieknop } from '../../../componenten/Actieknop';
import { Verborgen } from '../../../componenten/Verborgen';
import { Tabel } from '../../../componenten/Tabel';
import { VormChip } from '../../../componenten/BundelChips';
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

export function OntvangerKaart({ ontvanger: o, toestemming, dossierId }: { ontvanger: Ontvanger; toestemming: ToestemmingKnop; dossierId: number }) {
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
        <Subkop titel={t('overdracht.wizard.interventies')} />
        <Box component="ul" sx={{ mt: 0, mb: 2.5, pl: 2.5 }}>
          {o.interventies.map((i) => (
            <li key={i.id}>
              {i.omschrijving} — {t('overdracht.wizard.uiterlijk', { datum: nlDatum(i.deadline) })}
            </li>
          ))}
        </Box>
        <Subkop titel={t('overdracht.wizard.nodigKop')} />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 2.5 }} data-testid="nodig">
          <Typography variant="body2">
            {o.nodig.bron === 'keuze'
              ? t('overdracht.wizard.nodigKeuze', { door: o.nodig.door ?? '', datum: nlDatum((o.nodig.gekozenOp ?? '').slice(0, 10)), aantal: o.nodig.items.length, identificatie: t(o.nodig.identificatie ? 'overdracht.wizard.ja' : 'overdracht.wizard.nee') })
              : t('overdracht.wizard.nodigVoorstel', { aantal: o.nodig.items.length, identificatie: t(o.nodig.identificatie ? 'overdracht.wizard.ja' : 'overdracht.wizard.nee') })}
          </Typography>
          <Button size="small" variant="outlined" onClick={() => naar({ naam: 'dossiers', scherm: { soort: 'detail', id: dossierId, tab: 'matrix', vanOverdracht: true } })}>
            {t('overdracht.wizard.nodigKiezen')}
            <Verborgen>{o.partner.naam}</Verborgen>
          </Button>
        </Box>
        <ItemTabel titel={t('overdracht.wizard.krijgtWel', { aantal: wel.length })} items={wel} wel leeg={t('overdracht.wizard.niets')} ontvanger={o} toestemming={null} />
        <ItemTabel titel={t('overdracht.wizard.krijgtNiet', { aantal: niet.length })} items={niet} wel={false} leeg={t('overdracht.wizard.nietsGeweigerd')} ontvanger={o} toestemming={toestemming} />
      </Sectie>
    </Box>
  );
}

function ItemTabel({ titel, items, wel, leeg, ontvanger, toestemming }: { titel: string; items: Item[]; wel: boolean; leeg: string; ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 2.5 }}>
      <Subkop titel={titel} />
      {items.length === 0 ? (
        <Leeg>{leeg}</Leeg>
      ) : (
        // Fixed columns, so "Krijgt" and "Krijgt niet" line up under each other.
        <Tabel<Item>
          label={titel}
          testid={wel ? 'krijgt-wel' : 'krijgt-niet'}
          dicht
          vast
          rijen={items}
          sleutel={(i) => i.sleutel}
          rijAttributen={(i) => ({ 'data-item': i.sleutel, 'data-toestemming-ontbreekt': ontbrekendeToestemming(i, ontvanger)?.soort })}
          kolommen={[
            { id: 'gegeven', kop: t('overdracht.wizard.gegeven'), breedte: '32%', rijkop: true, cel: (i) => i.omschrijving },
            { id: 'vorm', kop: t('overdracht.wizard.vorm'), breedte: '17%', cel: (i) => <VormChip vorm={i.beslissing.toegestaan && i.beslissing.vorm !== 'geen' ? i.beslissing.vorm : 'geweigerd'} /> },
            { id: 'artikel', kop: t('overdracht.wizard.artikel'), breedte: '11%', nowrap: true, cel: (i) => i.beslissing.artikel },
            { id: 'reden', kop: t('overdracht.wizard.reden'), cel: (i) => <Reden item={i} ontvanger={ontvanger} toestemming={toestemming} /> },
          ]}
        />
      )}
    </Box>
  );
}

/** Why the policy engine decided so; for a missing consent, the way to record it here. */
function Reden({ item: i, ontvanger, toestemming }: { item: Item; ontvanger: Ontvanger; toestemming: ToestemmingKnop }) {
  const { t } = useTranslation();
  const ontbreekt = ontbrekendeToestemming(i, ontvanger);
  return (
    <>
      {i.beslissing.reden}
      {ontbreekt && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.75 }}>
          <Chip size="small" color="warning" label={t('overdracht.wizard.toestemmingOntbreekt')} />
          {toestemming && (
            <Actieknop
              klein
              icoon={<HowToRegOutlinedIcon />}
              uit={toestemming.bezig}
              tekst={t('overdracht.wizard.toestemmingVastleggen')}
              wie={t('overdracht.wizard.toestemmingVoor', { gegeven: i.omschrijving, soort: t(`keten.toestemming.soort.${ontbreekt.soort}`) })}
              onClick={() => toestemming.vastleggen(ontbreekt)}
            />
          )}
        </Box>
      )}
    </>
  );
}
