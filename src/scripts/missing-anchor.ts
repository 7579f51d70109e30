import anchorRescueUrl from './anchor-rescue.ts?module-url';
import { percentDecoded } from '../utils/percent-decoded.ts';

// A link whose fragment matches nothing on this page (a moved, renamed or Learn-style anchor), or only the
// pointer a departed question left behind (src/components/DepartedQuestions.astro), is looked up in the
// site-wide anchor map. The map and the code that reads it load only on such a miss.
const check = () => {
  const id = percentDecoded(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (id && (!target || target.closest('[data-departed]')))
    void (import(/* @vite-ignore */ anchorRescueUrl) as Promise<typeof import('./anchor-rescue.ts')>).then((m) =>
      m.rescue(id),
    );
};
check();
addEventListener('hashchange', check);
