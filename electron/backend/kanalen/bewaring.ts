/** The retention channels (docs/ontwerp.md §11, ADR 0020): the preview, running it now, the history, this session's sweep. */
import type { Handlers } from './handler';
import { bewaarhistorie, bewaarplan, bewaringUitvoeren } from '../bewaring';

export const bewaringHandlers = {
  'bewaring.plan': async (i, s) => bewaarplan(s.aangemeld(), i),
  'bewaring.uitvoeren': async (_i, s) => bewaringUitvoeren(s.aangemeld(), 'handmatig'),
  'bewaring.historie': async (_i, s) => bewaarhistorie(s.aangemeld()),
  'bewaring.status': async (_i, s) => {
    s.aangemeld();
    return s.bewaarstatus;
  },
} satisfies Partial<Handlers>;
