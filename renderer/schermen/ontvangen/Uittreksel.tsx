/**
 * The read-only dossier extract a partner received: the dossier's frame and each item in the form the
 * policy engine allowed (identificeerbaar or geanonimiseerd) with the article that decided. The
 * content is the sender's JSON, so it is read defensively and shown field by field.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { nlDatum } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { VormChip } from '../../componenten/BundelChips';
import { Gegevenslijst } from '../../componenten/Gegevenslijst';
import { Leeg } from '../../componenten/Bezig';

export interface Extract {
  id: number;
  dossier?: { nummer?: string; kwalificatie?: string; fase?: string };
  interventies?: Array<{ id?: string; omschrijving?: string; uiterlijk?: string }>;
  gegevens?: Array<Record<string, unknown>>;
}

/** Values that say nothing: left out, so the extract shows what is known. */
const isLeeg = (w: unknown): boolean => w === null || w === undefined || w === '' || w === 'onbekend' || (Array.isArray(w) && w.length === 0);
/** Local ids of the sender's installation, and the sharing preference: meaningless here. */
const OVERSLAAN = new Set(['partnerId', 'indicatoren', 'delen']);

const alsTekst = (w: unknown): string => {
  if (typeof w === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(w)) return nlDatum(w);
    const dt = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(w);
    if (dt) return `${nlDatum(dt[1]!)} ${dt[2]}`;
    return w;
  }
  if (Array.isArray(w)) return w.map(alsTekst).join(', ');
  if (typeof w === 'number' || typeof w === 'boolean') return String(w);
  return JSON.stringify(w);
};

function useLabel(): (sleutel: string) => string {
  const { t } = useTranslation();
  const labels = t('overdracht.velden', { returnObjects: true }) as Record<string, string>;
  return (sleutel) => labels[sleutel] ?? sleutel.replace(/([A-Z])/g, ' $1').toLowerCase();
}

export function Uittreksel({ extract }: { extract: Extract }) {
  const { t } = useTranslation();
  const gegevens = extract.gegevens ?? [];
  return (
    <>
      <Sectie titel={t('overdracht.ontvangen.dossierTitel')}>
        <Gegevenslijst
          regels={[
            [t('overdracht.ontvangen.dossiernummer'), extract.dossier?.nummer ?? t('algemeen.leeg')],
            [t('overdracht.ontvangen.kwalificatie'), extract.dossier?.kwalificatie || t('algemeen.leeg')],
            [t('overdracht.ontvangen.fase'), extract.dossier?.fase ? t(`overdracht.fase.${extract.dossier.fase as 'detectie'}`, { defaultValue: extract.dossier.fase }) : t('algemeen.leeg')],
          ]}
        />
      </Sectie>
      <Sectie titel={t('overdracht.ontvangen.gegevensTitel', { aantal: gegevens.length })} uitleg={t('overdracht.ontvangen.gegevensUitleg')}>
        {gegevens.length === 0 && <Leeg>{t('overdracht.ontvangen.geenGegevens')}</Leeg>}
        {gegevens.map((g, i) => (
          <Item key={i} item={g} />
        ))}
      </Sectie>
    </>
  );
}

function Item({ item }: { item: Record<string, unknown> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vorm = item.vorm === 'identificeerbaar' ? 'identificeerbaar' : 'geanonimiseerd';
  const titel =
    item.soort === 'signaal'
      ? t('overdracht.ontvangen.signaal', { nummer: String(item.nummer ?? '') })
      : item.soort === 'navraag'
        ? t('overdracht.ontvangen.navraag', { referentie: String(item.referentie ?? '') })
        : String(item.soort ?? t('overdracht.ontvangen.gegeven'));
  const kopId = `item-${String(item.soort)}-${String(item.nummer ?? item.referentie ?? '')}`;

  const groepen: Array<{ kop: string | null; regels: Array<[string, string]> }> = [];
  if (item.soort === 'signaal' && item.formulier && typeof item.formulier === 'object') {
    const los: Array<[string, string]> = [];
    for (const [k, w] of Object.entries(item.formulier as Record<string, unknown>)) {
      if (OVERSLAAN.has(k) || isLeeg(w)) continue;
      if (typeof w === 'object' && !Array.isArray(w)) {
        const regels = Object.entries(w as Record<string, unknown>)
          .filter(([sk, sw]) => !OVERSLAAN.has(sk) && !isLeeg(sw))
          .map(([sk, sw]): [string, string] => [label(sk), alsTekst(sw)]);
        if (regels.length) groepen.push({ kop: label(k), regels });
      } else {
        los.push([label(k), alsTekst(w)]);
      }
    }
    if (los.length) groepen.unshift({ kop: null, regels: los });
  } else {
    const regels = Object.entries(item)
      .filter(([k, w]) => !['soort', 'vorm', 'artikel', 'referentie', 'nummer'].includes(k) && !isLeeg(w))
      .map(([k, w]): [string, string] => [label(k), alsTekst(w)]);
    groepen.push({ kop: null, regels });
  }

  return (
    <Paper component="article" variant="outlined" aria-labelledby={kopId} sx={{ p: 2, mb: 2 }} data-item={String(item.nummer ?? item.referentie ?? '')} data-vorm={vorm}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
        <Typography variant="h3" component="h3" id={kopId} sx={{ fontFamily: 'inherit' }}>
          {titel}
        </Typography>
        <VormChip vorm={vorm} />
        {typeof item.artikel === 'string' && item.artikel && (
          <Typography variant="body2" color="text.secondary">
            {t('overdracht.ontvangen.grond', { artikel: item.artikel })}
          </Typography>
        )}
      </Box>
      {groepen.every((g) => g.regels.length === 0) && <Leeg>{t('overdracht.ontvangen.itemLeeg')}</Leeg>}
      {groepen.map((g, i) =>
        g.regels.length === 0 ? null : (
          <Box key={g.kop ?? `los-${i}`} sx={{ mb: 1.5 }}>
            {g.kop && (
              <Typography component="h4" sx={{ fontWeight: 600, fontSize: '0.95rem', mb: 0.5, color: 'primary.main' }}>
                {g.kop}
              </Typography>
            )}
            <Gegevenslijst regels={g.regels} breedte={220} />
          </Box>
        ),
      )}
    </Paper>
  );
}
