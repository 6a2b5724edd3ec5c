/** Importing a partner's public key, from a file or pasted. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '@shared/domein/bundel';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Keuzerij } from '../../componenten/Keuzerij';
import { PadVeld } from '../../componenten/PadVeld';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { Keuzeveld } from '../../componenten/Keuzeveld';

export function ImporteerDialoog({ open, partners, onSluiten, onKlaar }: { open: boolean; partners: Partner[]; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  // The way of importing is kept between openings, as before; the fields start empty each time.
  const [wijze, setWijze] = useState<'bestand' | 'plakken'>('bestand');
  const form = useFormDialoog({
    open,
    begin: () => ({ partnerId: '' as number | '', pad: '', armored: '' }),
    controleren: (w) => ({
      partnerId: w.partnerId === '' && t('overdracht.sleutels.kiesPartner'),
      pad: wijze === 'bestand' && !w.pad.trim() && t('overdracht.sleutels.kiesBestand'),
      armored: wijze === 'plakken' && !w.armored.trim() && t('overdracht.sleutels.plakSleutel'),
    }),
    verzenden: (w) => roep('sleutels.partnerImporteren', { partnerId: w.partnerId === '' ? 0 : w.partnerId, ...(wijze === 'bestand' ? { pad: w.pad } : { armored: w.armored }) }),
    onKlaar,
  });
  const { actie } = form;

  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overdracht.sleutels.importeren')}
      uitleg={t('overdracht.sleutels.importUitleg')}
      verzendTekst={t('overdracht.sleutels.importKnop')}
      bekendeVelden={['partnerId', 'pad', 'armored']}
      breed
      onSluiten={onSluiten}
    >
      <Keuzeveld actie={actie} pad="partnerId" label={t('overdracht.sleutels.vanPartner')} value={form.waarden.partnerId} onChange={(e) => form.zetten('partnerId', Number(e.target.value))} required autoFocus opties={partners.map((p) => ({ waarde: p.id, label: <>{p.naam} ({p.code})</> }))} />
      <Keuzerij
        label={t('overdracht.sleutels.wijze')}
        waarde={wijze}
        onKeuze={setWijze}
        opties={[
          { waarde: 'bestand', label: t('overdracht.sleutels.wijzeBestand') },
          { waarde: 'plakken', label: t('overdracht.sleutels.wijzePlakken') },
        ]}
      />
      {wijze === 'bestand' ? (
        <PadVeld actie={actie} pad="pad" soort="bestand" waarde={form.waarden.pad} onWaarde={(p) => form.zetten('pad', p)} label={t('overdracht.sleutels.sleutelbestand')} hulp={t('overdracht.sleutels.sleutelbestandHulp')} veldProps={{ required: true }} />
      ) : (
        <Veld
          {...form.veld('armored')}
          label={t('overdracht.sleutels.geplakt')}
          hulp={t('overdracht.sleutels.geplaktHulp')}
          multiline
          minRows={6}
          maxRows={12}
          required
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8rem' } } }}
        />
      )}
    </FormDialoog>
  );
}
