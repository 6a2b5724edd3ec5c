/** Signaal form → coercion, enforcement and care (dwang, handhaving, hulpverlening). */
import { useTranslation } from 'react-i18next';
import { Sectie } from '../../../componenten/Sectie';
import { Knoppen, Tekst, Velden, useJaNee } from '../formulierVelden';

export function Omstandigheden() {
  const { t } = useTranslation();
  const jaNee = useJaNee();
  return (
    <>
    <Sectie titel={t('keten.sectie.dwang')}>
      <Velden>
        <Knoppen pad="dwang.isErSprake" label={t('keten.dwang.isErSprake')} opties={jaNee} breed />
        <Tekst pad="dwang.waaruitBlijkt" label={t('keten.dwang.waaruitBlijkt')} multiline />
        <Knoppen
          pad="dwang.eenOfMeerderePersonen"
          label={t('keten.dwang.eenOfMeerderePersonen')}
          opties={(['een', 'meerdere', 'onbekend'] as const).map((w) => ({ waarde: w, label: t(`keten.dwang.personen.${w}`) }))}
        />
        <Tekst pad="dwang.andereFactoren" label={t('keten.dwang.andereFactoren')} multiline />
        <Tekst pad="dwang.vindtSlachtofferZelf" label={t('keten.dwang.vindtSlachtofferZelf')} multiline breed />
      </Velden>
    </Sectie>

    <Sectie titel={t('keten.sectie.handhaving')} uitleg={t('keten.sectie.handhavingUitleg')}>
      <Velden>
        <Knoppen pad="handhaving.strafbareFeiten" label={t('keten.handhaving.strafbareFeiten')} opties={jaNee} breed />
        <Tekst pad="handhaving.welkeEnDoorWie" label={t('keten.handhaving.welkeEnDoorWie')} multiline />
        <Tekst pad="handhaving.waaruitBlijkt" label={t('keten.handhaving.waaruitBlijkt')} multiline />
      </Velden>
    </Sectie>

    <Sectie titel={t('keten.sectie.hulpverlening')}>
      <Velden>
        <Knoppen pad="hulpverlening.wordtHulpGeboden" label={t('keten.hulpverlening.wordtHulpGeboden')} opties={jaNee} breed />
        <Tekst pad="hulpverlening.welkeHulp" label={t('keten.hulpverlening.welkeHulp')} multiline />
        <Tekst pad="hulpverlening.welkeInstanties" label={t('keten.hulpverlening.welkeInstanties')} multiline />
        <Tekst pad="hulpverlening.vervolgacties" label={t('keten.hulpverlening.vervolgacties')} multiline breed />
      </Velden>
    </Sectie>
    </>
  );
}
