import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import { useTranslation } from 'react-i18next';
import { kanalen, type Toegang } from '@shared/api';
import { PARTNERSOORTEN, partnerStatusSchema, type Partner, type PartnerDetail, type PartnerStatus, type Partnersoort } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { useSessie } from '../../store/sessie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FormDialoog } from '../../componenten/FormDialoog';
import { StatusChip } from '../../componenten/StatusChip';
import { Veld } from '../../componenten/Veld';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useDialoog } from '../../componenten/useDialoog';
import { Actieknop } from '../../componenten/Actieknop';
import { sleutelstanden, vingerafdrukKort } from '@shared/domein/sleutelstand';

const STATUSSEN = partnerStatusSchema.options;

/** The partner register (art. 2, 4, 21.4, 34.3) with a filter on status. */
export function Partners() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const lijst = useLaden(() => roep('partners.lijst', {}), []);
  const [filter, setFilter] = useState<PartnerStatus | 'alle'>('alle');
  const toevoegen = useDialoog();
  // The bundle key of each partner (issue 11 §5), for whoever may see the keys.
  const magSleutels = mag('sleutels.partnerLijst');
  const sleutels = useLaden(async () => (magSleutels ? roep('sleutels.partnerLijst', {}) : { ok: true as const, waarde: [] }), [magSleutels]);
  const standen = useMemo(() => sleutelstanden((sleutels.data ?? []).map((k) => ({ partnerId: k.partner.id, status: k.status, vingerafdruk: k.vingerafdruk }))), [sleutels.data]);

  const getoond = useMemo(() => lijst.data?.filter((p) => filter === 'alle' || p.status === filter) ?? null, [lijst.data, filter]);
  const beheren = mag('partners.toevoegen');
  const toegang: Toegang = kanalen['partners.toevoegen'].toegang;
  const profiel = useSessie((s) => s.sessie?.info?.profiel ?? 'centraal');
  const rollen = typeof toegang === 'string' ? [] : 'perProfiel' in toegang ? toegang.perProfiel[profiel] : toegang;
  const beheerders = rollen.map((r) => t(`rollen.${r}`)).join(', ');

  return (
    <>
      <PaginaKop
        titel={t('partners.titel')}
        intro={t('partners.intro')}
        acties={<Actieknop recht="partners.toevoegen" variant="contained" icoon={<AddBusinessOutlinedIcon />} tekst={t('partners.toevoegen')} onClick={() => toevoegen.openen()} />}
      />
      {!beheren && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('partners.alleenLezen', { rollen: beheerders })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <TextField
          select
          label={t('partners.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value as PartnerStatus | 'alle')}
          sx={{ minWidth: 280 }}
        >
          <MenuItem value="alle">{t('algemeen.alle')}</MenuItem>
          {STATUSSEN.map((s) => (
            <MenuItem key={s} value={s}>
              {s === 'opgezegd' ? t('status.opgezegdKort') : t(`status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {lijst.data && (
          <Typography color="text.secondary" role="status">
            {t('partners.aantal', { aantal: getoond?.length ?? 0, totaal: lijst.data.length })}
          </Typography>
        )}
      </Box>
      <Tabel<Partner>
        label={t('partners.tabel')}
        dicht
        rijen={getoond}
        bezig={lijst.bezig}
        fout={lijst.fout}
        sleutel={(p) => String(p.id)}
        rijAttributen={(p) => ({ 'data-code': p.code })}
        leeg={t('partners.geen')}
        kolommen={[
          { id: 'code', kop: t('partners.code'), cel: (p) => p.code, code: true, sorteer: (p) => p.code },
          {
            id: 'naam',
            kop: t('partners.naam'),
            rijkop: true,
            sorteer: (p) => p.naam,
            cel: (p) => (
              <Link component="button" type="button" onClick={() => naar({ naam: 'partner', id: p.id })} sx={{ textAlign: 'left', fontWeight: 500 }}>
                {p.naam}
              </Link>
            ),
          },
          { id: 'soort', kop: t('partners.soort'), cel: (p) => t(`soorten.${p.soort}`), sorteer: (p) => t(`soorten.${p.soort}`) },
          { id: 'land', kop: t('partners.land'), cel: (p) => p.land, sorteer: (p) => p.land },
          { id: 'status', kop: t('partners.status'), cel: (p) => <StatusChip partner={p} />, sorteer: (p) => p.status },
          ...(magSleutels
            ? [
                {
                  id: 'sleutel',
                  kop: t('lijsten.sleutel.kolom'),
                  sorteer: (p: Partner) => standen.get(p.id)?.sleutel ?? 'geen',
                  cel: (p: Partner) => <SleutelCel stand={standen.get(p.id)} />,
                },
              ]
            : []),
        ]}
      />
      <ToevoegenDialoog
        open={toevoegen.open}
        onSluiten={toevoegen.sluiten}
        onKlaar={toevoegen.klaar((p: PartnerDetail) => naar({ naam: 'partner', id: p.id }))}
      />
    </>
  );
}

/** A partner's key in the list: confirmed, not confirmed, revoked or none, with the fingerprint's short form. */
function SleutelCel({ stand }: { stand: { sleutel: 'vertrouwd' | 'onbevestigd' | 'ingetrokken' | 'geen'; vingerafdruk: string } | undefined }) {
  const { t } = useTranslation();
  const sleutel = stand?.sleutel ?? 'geen';
  const kleur = sleutel === 'vertrouwd' ? 'success.dark' : sleutel === 'geen' ? 'text.secondary' : 'error.dark';
  return (
    <Box component="span" data-sleutel={sleutel}>
      <Box component="span" sx={{ color: kleur, fontWeight: 500 }}>
        {t(`lijsten.sleutel.${sleutel}`)}
      </Box>
      {stand && sleutel !== 'geen' && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', fontFamily: 'monospace' }}>
          {t('lijsten.sleutel.vingerafdruk', { kort: vingerafdrukKort(stand.vingerafdruk) })}
        </Typography>
      )}
    </Box>
  );
}

function ToevoegenDialoog({ open, onSluiten, onKlaar }: { open: boolean; onSluiten(): void; onKlaar(p: PartnerDetail): void }) {
  const { t } = useTranslation();
  const d = useFormDialoog({
    open,
    begin: () => ({ code: '', naam: '', soort: 'overig' as Partnersoort, land: 'NL', toelichting: '' }),
    verzenden: (w) => roep('partners.toevoegen', { ...w, code: w.code.trim().toUpperCase(), land: w.land.trim().toUpperCase() }),
    onKlaar,
  });
  return (
    <FormDialoog
      {...d.dialoog}
      titel={t('partners.toevoegenTitel')}
      uitleg={t('partners.toevoegenUitleg')}
      verzendTekst={t('partners.toevoegen')}
      bekendeVelden={['code', 'naam', 'soort', 'land', 'toelichting']}
      onSluiten={onSluiten}
    >
      <Veld {...d.veld('code')} label={t('partners.code')} hulp={t('partners.codeHulp')} autoFocus required autoComplete="off" />
      <Veld {...d.veld('naam')} label={t('partners.naam')} required autoComplete="off" />
      <Keuzeveld {...d.veld('soort')} label={t('partners.soort')} required opties={PARTNERSOORTEN.map((s) => ({ waarde: s, label: t(`soorten.${s}`) }))} />
      <Veld {...d.veld('land')} label={t('partners.land')} hulp={t('partners.landHulp')} required autoComplete="off" slotProps={{ htmlInput: { maxLength: 2 } }} />
      <Veld {...d.veld('toelichting')} label={t('partners.toelichting')} multiline minRows={2} />
    </FormDialoog>
  );
}
