/** Signaal form → question 1 (sexual exploitation) and question 2 (socio-economic exploitation), each shown when its suspicion is ticked. */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Sectie } from '../../../componenten/Sectie';
import { Knoppen, Tekst, Velden, useJaNee } from '../formulierVelden';
import { useFormulier } from '../formulierVelden';

export function Vragen() {
  const { t } = useTranslation();
  const { f } = useFormulier();
  const jaNee = useJaNee();
  const seksueel = f.vermoedens.includes('seksuele-uitbuiting');
  const economisch = f.vermoedens.includes('sociaal-economische-uitbuiting');
  return (
    <>
    {seksueel && (
      <Sectie titel={t('keten.sectie.vraag1')} uitleg={t('keten.sectie.vraag1Uitleg')}>
        <Velden>
          <Knoppen pad="vraag1.zitInProstitutie" label={t('keten.vraag1.zitInProstitutie')} opties={jaNee} breed />
          {f.vraag1.zitInProstitutie !== 'nee' && (
            <>
              <Typography variant="h3" sx={{ gridColumn: '1 / -1', mb: -1 }}>
                {t('keten.vraag1.zoJa')}
              </Typography>
              <Tekst pad="vraag1.sindsWanneer" label={t('keten.vraag1.sindsWanneer')} />
              <Tekst pad="vraag1.waar" label={t('keten.vraag1.waar')} />
              <Tekst pad="vraag1.watVoorProstitutie" label={t('keten.vraag1.watVoorProstitutie')} hulp={t('keten.vraag1.watVoorProstitutieHulp')} />
              <Tekst pad="vraag1.wieOpDeHoogte" label={t('keten.vraag1.wieOpDeHoogte')} />
            </>
          )}
          {f.vraag1.zitInProstitutie !== 'ja' && (
            <>
              <Typography variant="h3" sx={{ gridColumn: '1 / -1', mb: -1 }}>
                {t('keten.vraag1.zoNee')}
              </Typography>
              <Knoppen pad="vraag1.dreigtInProstitutie" label={t('keten.vraag1.dreigtInProstitutie')} opties={jaNee} />
              <Tekst pad="vraag1.waaruitBlijktDat" label={t('keten.vraag1.waaruitBlijktDat')} multiline />
            </>
          )}
        </Velden>
      </Sectie>
    )}

    {economisch && (
      <Sectie titel={t('keten.sectie.vraag2')}>
        <Velden>
          <Tekst pad="vraag2.hoeUitgebuit" label={t('keten.vraag2.hoeUitgebuit')} multiline />
          <Tekst pad="vraag2.waaruitBlijktDat" label={t('keten.vraag2.waaruitBlijktDat')} multiline />
          <Tekst pad="vraag2.sindsWanneer" label={t('keten.vraag2.sindsWanneer')} />
          <Tekst pad="vraag2.waar" label={t('keten.vraag2.waar')} />
          <Tekst pad="vraag2.watVoorWerk" label={t('keten.vraag2.watVoorWerk')} />
          <Tekst pad="vraag2.wieOpDeHoogte" label={t('keten.vraag2.wieOpDeHoogte')} />
          <Tekst pad="vraag2.overigeBijzonderheden" label={t('keten.vraag2.overigeBijzonderheden')} multiline breed />
        </Velden>
      </Sectie>
    )}
    </>
  );
}
