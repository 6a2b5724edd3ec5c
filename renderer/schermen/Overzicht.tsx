import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo } from '../../shared/api';
import type { Gebruiker } from '../../shared/domein/gebruiker';
import { PaginaKop } from '../componenten/PaginaKop';
import { Sectie } from '../componenten/Sectie';

/** The start page after sign-in: which bestand this is and who you are in it. */
export function Overzicht({ gebruiker, info }: { gebruiker: Gebruiker; info: Bestandsinfo }) {
  const { t } = useTranslation();
  const regels: Array<[string, string]> = [
    [t('overzicht.naam'), info.naam],
    [t('overzicht.penvoerder'), info.penvoerder],
    [t('overzicht.profiel'), t(`profielen.${info.profiel}`)],
    [t('overzicht.uwRol'), t(`rollen.${gebruiker.rol}`)],
    [t('overzicht.vergrendelNa'), t('overzicht.minuten', { count: info.vergrendelNaMinuten })],
    [t('overzicht.map'), info.map],
    [t('overzicht.schemaversie'), String(info.schemaversie)],
  ];
  return (
    <>
      <PaginaKop titel={t('overzicht.titel')} intro={t('overzicht.welkom', { naam: gebruiker.weergavenaam })} />
      <Sectie titel={t('overzicht.bestand')}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(180px, max-content) 1fr' }, columnGap: 3, rowGap: 1.25, m: 0 }}>
          {regels.map(([term, waarde]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 600 }}>
                {term}
              </Typography>
              <Typography component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
                {waarde}
              </Typography>
            </Box>
          ))}
        </Box>
      </Sectie>
    </>
  );
}
