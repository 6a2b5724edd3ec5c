import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** The colour and fill of one value's chip. */
export type Kleur = { color: ChipProps['color']; variant: ChipProps['variant'] };

/**
 * A small chip for a state: each value its colour, its words from i18n (`${sleutel}.${waarde}`),
 * and a `data-${attribuut}` for the e2e tests. Colour never speaks alone: the label says it in words.
 */
export function kleurChip<W extends string>(kleuren: Record<W, Kleur>, sleutel: string, attribuut: string) {
  return function KleurChip({ waarde, label }: { waarde: W; label?: string }) {
    const { t } = useTranslation();
    // The key is built from the prefix the caller gives; the i18n completeness test checks the words.
    const woord = t as unknown as (sleutel: string) => string;
    return <Chip size="small" label={label ?? woord(`${sleutel}.${waarde}`)} {...kleuren[waarde]} {...{ [`data-${attribuut}`]: waarde }} />;
  };
}
