import { useRef } from 'react';

/** The last non-null value: a closing dialog keeps its title while it fades out. */
export function useLaatste<T>(waarde: T | null): T | null {
  const ref = useRef<T | null>(waarde);
  if (waarde !== null) ref.current = waarde;
  return ref.current;
}
