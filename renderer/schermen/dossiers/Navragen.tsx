import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import QuestionAnswerOutlinedIcon from '@mui/icons-material/QuestionAnswerOutlined';
import ReplyOutlinedIcon from '@mui/icons-material/ReplyOutlined';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '@shared/domein/dossier';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { MetDatums } from '../../componenten/MetDatums';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { useDialoog, type DialoogProps } from '../../componenten/useDialoog';
import { Werkbalk } from '../../componenten/Werkbalk';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { sorteerPartners, usePartners } from '../../componenten/naslag';
import type { TabProps } from './DossierDetail';

type Navraag = DossierDetail['navragen'][number];

/** Inquiries to partners (art. 16.2): to whom, asked when, answered when, what came back and whether it is relevant. */
export function Navragen({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const nieuw = useDialoog();
  const antwoord = useDialoog<Navraag>();
  const open = d.fase !== 'gesloten';
  return (
    <>
      <Werkbalk
        uitleg={t('keten.navraag.uitleg')}
        hoofdactie={mag('navraag.vastleggen') && open && { tekst: t('keten.navraag.nieuw'), icoon: <QuestionAnswerOutlinedIcon />, onClick: () => nieuw.openen(true) }}
      />
      {d.navragen.length === 0 && <Typography>{t('keten.navraag.geen')}</Typography>}
      {d.navragen.map((n) => (
        <Paper key={n.id} variant="outlined" component="article" aria-label={t('keten.navraag.bij', { partner: n.partner.naam })} sx={{ p: 2, mb: 2 }} data-navraag={n.id}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
            <Typography variant="h3" component="h2">
              {t('keten.navraag.bij', { partner: n.partner.naam })}
            </Typography>
            {n.beantwoordOp ? (
              <Chip size="small" color={n.relevant ? 'success' : 'default'} label={n.relevant ? t('keten.navraag.relevant') : t('keten.navraag.nietRelevant')} />
            ) : (
              <Chip size="small" color="warning" label={t('keten.navraag.open')} />
            )}
            {n.concreteVerdenking && <Chip size="small" color="error" variant="outlined" label={t('keten.navraag.concreteVerdenking')} />}
            {!n.beantwoordOp && mag('navraag.beantwoorden') && (
              <Button size="small" variant="outlined" startIcon={<ReplyOutlinedIcon />} sx={{ ml: 'auto' }} onClick={() => antwoord.openen(n)}>
                {t('keten.navraag.antwoordVastleggen')}
                <Verborgen>{n.partner.naam}</Verborgen>
              </Button>
            )}
          </Box>
          <Gegevenslijst
            dicht
            regels={[
              { sleutel: 'vraag', label: t('keten.navraag.vraag'), waarde: n.vraag, tekst: true },
              { sleutel: 'gevraagd', label: t('keten.navraag.gevraagd'), waarde: <MetDatums tekst={t('keten.navraag.gevraagdDoor', { datum: nlDatum(n.gevraagdOp), door: n.gevraagdDoor })} /> },
              n.beantwoordOp && { sleutel: 'beantwoord', label: t('keten.navraag.beantwoord'), waarde: <MetDatums tekst={nlDatum(n.beantwoordOp)} /> },
              n.beantwoordOp && { sleutel: 'antwoord', label: t('keten.navraag.antwoord'), waarde: n.relevant ? n.antwoord || t('algemeen.leeg') : t('keten.navraag.nietBewaard'), tekst: true },
              n.beantwoordOp && n.relevantieToelichting && { sleutel: 'toelichting', label: t('keten.navraag.toelichting'), waarde: n.relevantieToelichting, tekst: true },
            ]}
          />
        </Paper>
      ))}
      <NieuweNavraag {...nieuw.props(herladen)} dossierId={d.id} />
      <Antwoord {...antwoord.props(herladen)} />
    </>
  );
}

function NieuweNavraag({ open, dossierId, onSluiten, onKlaar }: DialoogProps<true, [string]> & { dossierId: number }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const form = useFormDialoog({
    open,
    begin: () => ({ partnerId: '' as number | '', vraag: '', datum: vandaagNl() }),
    controleren: (w) => ({ partnerId: w.partnerId === '' && t('keten.navraag.kiesPartner'), gevraagdOp: !naarIsoDatum(w.datum) && t('datum.ongeldig') }),
    verzenden: (w) => roep('navraag.vastleggen', { dossierId, partnerId: w.partnerId === '' ? 0 : w.partnerId, vraag: w.vraag, gevraagdOp: naarIsoDatum(w.datum) ?? '' }),
    onKlaar: (r) => onKlaar(t('keten.navraag.vastgelegd', { count: r.verstrektAantal })),
  });
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.navraag.nieuwTitel')}
      uitleg={t('keten.navraag.nieuwUitleg')}
      verzendTekst={t('keten.navraag.vastleggen')}
      bekendeVelden={['partnerId', 'vraag', 'gevraagdOp']}
      onSluiten={onSluiten}
    >
      <Veld {...form.veld('partnerId')} select label={t('keten.navraag.partner')} onChange={(e) => form.zetten('partnerId', Number(e.target.value))} required autoFocus>
        {sorteerPartners((partners ?? []).filter((p) => p.rol !== 'kandidaat' || p.toegetredenOp)).map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <Veld {...form.veld('vraag')} label={t('keten.navraag.vraag')} multiline minRows={3} required hulp={t('keten.navraag.vraagHulp')} />
      <DatumVeld label={t('keten.navraag.gevraagdOp')} value={form.waarden.datum} onChange={(e) => form.zetten('datum', e.target.value)} fout={form.actie.veldfout('gevraagdOp')} required />
    </FormDialoog>
  );
}

function Antwoord({ open, onSluiten, onKlaar }: DialoogProps<Navraag, [string]>) {
  const { t } = useTranslation();
  const id = useId();
  const navraag = useLaatste(open);
  const form = useFormDialoog({
    open,
    begin: () => ({ datum: vandaagNl(), antwoord: '', relevant: '' as '' | 'ja' | 'nee', toelichting: '', verdenking: false }),
    controleren: (w) => ({ beantwoordOp: !naarIsoDatum(w.datum) && t('datum.ongeldig'), relevant: w.relevant === '' && t('keten.navraag.kiesRelevantie') }),
    verzenden: (w) =>
      roep('navraag.beantwoorden', { id: navraag?.id ?? 0, beantwoordOp: naarIsoDatum(w.datum) ?? '', antwoord: w.antwoord, relevant: w.relevant === 'ja', toelichting: w.toelichting, concreteVerdenking: w.verdenking }),
    onKlaar: () => navraag && onKlaar(t('keten.navraag.beantwoordMelding', { partner: navraag.partner.naam })),
  });
  if (!navraag) return null;
  const w = form.waarden;
  const relevantFout = form.actie.veldfout('relevant');
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('keten.navraag.antwoordTitel', { partner: navraag.partner.naam })}
      uitleg={t('keten.navraag.antwoordUitleg')}
      verzendTekst={t('keten.navraag.antwoordVastleggen')}
      bekendeVelden={['beantwoordOp', 'antwoord', 'relevant', 'toelichting']}
      breed
      onSluiten={onSluiten}
    >
      <Typography variant="body2">
        <strong>{t('keten.navraag.vraag')}:</strong> {navraag.vraag}
      </Typography>
      <DatumVeld label={t('keten.navraag.beantwoordOp')} value={w.datum} onChange={(e) => form.zetten('datum', e.target.value)} fout={form.actie.veldfout('beantwoordOp')} required autoFocus />
      <Veld {...form.veld('antwoord')} label={t('keten.navraag.antwoord')} multiline minRows={3} />
      <FormControl error={Boolean(relevantFout)} required>
        <FormLabel id={`${id}-relevant`}>{t('keten.navraag.relevantVraag')}</FormLabel>
        <RadioGroup aria-labelledby={`${id}-relevant`} value={w.relevant} onChange={(e) => form.zetten('relevant', e.target.value as 'ja' | 'nee')}>
          <FormControlLabel value="ja" control={<Radio />} label={t('keten.navraag.relevantJa')} />
          <FormControlLabel value="nee" control={<Radio />} label={t('keten.navraag.relevantNee')} />
        </RadioGroup>
        {relevantFout && <FormHelperText>{relevantFout}</FormHelperText>}
      </FormControl>
      <Veld {...form.veld('toelichting')} label={t('keten.navraag.toelichting')} multiline minRows={2} />
      <FormControl>
        <FormControlLabel control={<Checkbox checked={w.verdenking} onChange={(e) => form.zetten('verdenking', e.target.checked)} />} label={t('keten.navraag.verdenkingLabel')} />
        <FormHelperText sx={{ mt: -0.5 }}>{t('keten.navraag.verdenkingHulp')}</FormHelperText>
      </FormControl>
    </FormDialoog>
  );
}
