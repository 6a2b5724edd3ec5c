/**
 * Session state: the answer of `sessie.status` decides which screen shows (first start, sign in,
 * or the app). Every API answer NIET_AANGEMELD or GEEN_BESTAND sends the user back there.
 */
import { create } from 'zustand';
import type { Bestandsinfo, Sessie, Uitvoer } from '@shared/api';
import type { Fout } from '@shared/fouten';
import { bijFout, roep } from '../api/client';

/** Why the sign-in screen shows, so it can say so. */
export type Reden = 'vergrendeld' | 'automatisch' | 'verlopen' | null;
export type DemoGegevens = Uitvoer<'bestand.demo'>;

interface SessieStaat {
  sessie: Sessie | null;
  laadfout: Fout | null;
  reden: Reden;
  /** Minutes of the auto-lock that fired, for the message on the sign-in screen. */
  vergrendeldNa: number | null;
  demo: DemoGegevens | null;
  vernieuwen(): Promise<void>;
  zet(sessie: Sessie, reden?: Reden): void;
  zetInfo(info: Bestandsinfo): void;
  zetDemo(demo: DemoGegevens | null): void;
  vergrendelen(reden?: Reden): Promise<Fout | null>;
  sluiten(): Promise<Fout | null>;
}

export const useSessie = create<SessieStaat>()((set, get) => ({
  sessie: null,
  laadfout: null,
  reden: null,
  vergrendeldNa: null,
  demo: null,

  async vernieuwen() {
    const r = await roep('sessie.status', {});
    if (r.ok) set({ sessie: r.waarde, laadfout: null });
    else set({ laadfout: r.fout });
  },

  zet(sessie, reden = null) {
    set({ sessie, reden, laadfout: null, ...(reden !== 'automatisch' ? { vergrendeldNa: null } : {}) });
  },

  zetInfo(info) {
    const s = get().sessie;
    if (s) set({ sessie: { ...s, info } });
  },

  zetDemo(demo) {
    set({ demo });
  },

  async vergrendelen(reden = 'vergrendeld') {
    const minuten = get().sessie?.info?.vergrendelNaMinuten ?? null;
    const r = await roep('sessie.vergrendelen', {});
    if (!r.ok) return r.fout;
    set({ sessie: r.waarde, reden, vergrendeldNa: reden === 'automatisch' ? minuten : null });
    return null;
  },

  async sluiten() {
    const r = await roep('sessie.sluiten', {});
    if (!r.ok) return r.fout;
    set({ sessie: r.waarde, reden: null, demo: null });
    return null;
  },
}));

bijFout((fout, kanaal) => {
  if (kanaal === 'sessie.status') return;
  // Art. 21.2: the account still has to acknowledge the duty of confidentiality; the status brings the step back.
  if (fout.code === 'GEHEIMHOUDING_NIET_BEVESTIGD') {
    void useSessie.getState().vernieuwen();
    return;
  }
  if (fout.code === 'NIET_AANGEMELD' || fout.code === 'GEEN_BESTAND') {
    useSessie.setState({ reden: 'verlopen' });
    void useSessie.getState().vernieuwen();
  }
});
