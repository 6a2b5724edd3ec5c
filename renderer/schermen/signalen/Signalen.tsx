import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Pagina } from '../../componenten/Pagina';
import { useLaden } from '../../componenten/useLaden';
import { Catalogus } from './Catalogus';
import { MatchKaarten } from './MatchKaarten';
import { SignaalDetail } from './SignaalDetail';
import { SignaalFormulier } from './SignaalFormulier';
import { SignalenLijst } from './SignalenLijst';
import { Tabbladen } from './Tabbladen';
import { type SignalenTab, useNavigatie, useBinnenkant } from '../../store/navigatie';

/** The Signalen area: the list, matching proposals and the catalogue; a signal's form and detail. */
export function Signalen() {
  const scherm = useBinnenkant('signalen').scherm;
  const teller = useNavigatie((s) => s.teller);
  switch (scherm.soort) {
    case 'overzicht':
      return <Overzicht tab={scherm.tab} />;
    case 'nieuw':
      return <SignaalFormulier key={`nieuw-${teller}`} />;
    case 'bewerken':
      return <SignaalFormulier key={`bewerken-${scherm.id}-${teller}`} id={scherm.id} />;
    case 'detail':
      return <SignaalDetail key={`detail-${scherm.id}-${teller}`} id={scherm.id} />;
  }
}

function Overzicht({ tab }: { tab: SignalenTab }) {
  const { t } = useTranslation();
  const mag = useMag();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const beheer = mag('indicatoren.toevoegen') || mag('instellingen.faseLabels');
  const tabs = [
    { waarde: 'lijst' as const, label: t('keten.tab.lijst') },
    { waarde: 'suggesties' as const, label: t('keten.tab.suggesties') },
    { waarde: 'catalogus' as const, label: beheer ? t('keten.tab.catalogusBeheer') : t('keten.tab.catalogus') },
  ];
  return (
    <Pagina
      titel={t('nav.signalen')}
      intro={t('keten.lijst.intro')}
      hoofdactie={mag('signalen.opslaan') && { tekst: t('keten.lijst.nieuw'), onClick: () => naarSignalen({ soort: 'nieuw' }) }}
    >
      <Tabbladen label={t('keten.tab.label')} waarde={tab} tabs={tabs} onWissel={(w) => naarSignalen({ soort: 'overzicht', tab: w })}>
        {tab === 'lijst' && <SignalenLijst />}
        {tab === 'suggesties' && <Suggesties />}
        {tab === 'catalogus' && <Catalogus />}
      </Tabbladen>
    </Pagina>
  );
}

/** "Mogelijk dezelfde persoon" across all submitted signals not yet in a dossier (art. 7.2). */
function Suggesties() {
  const { t } = useTranslation();
  // The cards start afresh (nothing folded open) after every load.
  const [sleutel, setSleutel] = useState(0);
  const suggesties = useLaden(async () => {
    const r = await roep('personen.suggesties', {});
    if (r.ok) setSleutel((k) => k + 1);
    return r;
  }, []);
  const kandidaten = suggesties.data;
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', justifyContent: 'space-between', mb: 2 }}>
        <Typography color="text.secondary" sx={{ maxWidth: '80ch' }}>
          {t('keten.match.paginaUitleg')}
        </Typography>
        <Button startIcon={<RefreshIcon />} onClick={() => void suggesties.herladen()} disabled={suggesties.bezig}>
          {t('keten.match.vernieuwen')}
        </Button>
      </Box>
      <Laadstatus laden={suggesties} />
      {kandidaten && kandidaten.length === 0 && <Typography role="status">{t('keten.match.geenOpen')}</Typography>}
      {kandidaten && kandidaten.length > 0 && (
        <>
          <Typography role="status" sx={{ mb: 2 }}>
            {t('keten.match.aantal', { count: kandidaten.length })}
          </Typography>
          <MatchKaarten key={sleutel} kandidaten={kandidaten} kop="h2" />
        </>
      )}
    </>
  );
}
