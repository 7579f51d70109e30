import anchorRescueUrl from './anchor-rescue.ts?module-url';

// A link whose fragment matches nothing on this page (a moved, renamed or Learn-style anchor), or only the
// pointer a departed question left behind (src/components/DepartedQuestions.astro), is looked up in the
// site-wide anchor map. The map and the code that reads it load only on such a miss.
// A fragment with a bare % ("#50%off") is not percent-encoding: it is read as written. (Not percentDecoded() from
// src/utils/: this script is part of the one file every page runs, and sharing a module with search would split it.)
const fragmentId = () => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
};

const check = () => {
  const id = fragmentId();
  const target = id ? document.getElementById(id) : null;
  if (id && (!target || target.closest('[data-departed]')))
    void (import(/* @vite-ignore */ anchorRescueUrl) as Promise<typeof import('./anchor-rescue.ts')>).then((m) =>
      m.rescue(id),
    );
};
check();
addEventListener('hashchange', check);
