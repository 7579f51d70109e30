// The theme toggle (ThemeToggle.astro): shown once this runs, since without JavaScript the system theme
// applies. The choice is stored for the theme script that runs before paint (src/html/inline-scripts.ts).
const button = document.getElementById('theme-toggle');
if (button) {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  // The browser's toolbar colour follows the theme shown, not only the system's: each scheme's colour, from its tag.
  const toolbar = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
  const colorOf = (scheme: string) => toolbar.find((meta) => meta.media.includes(scheme))?.content ?? '';
  const [light, dark] = [colorOf('light'), colorOf('dark')];
  const sync = () => {
    button.ariaPressed = String(isDark());
    for (const meta of toolbar) meta.content = isDark() ? dark : light;
  };
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
  // After the theme script, on a page shown again by Back or Forward: the theme stored may be another by now.
  addEventListener('pageshow', sync);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Storage is off (a private window, a policy): the choice holds for this page only.
    }
    sync();
  });
}
