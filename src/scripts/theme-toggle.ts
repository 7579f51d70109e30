// The theme toggle (ThemeToggle.astro): shown once this runs, since without JavaScript the system theme
// applies. The choice is stored for the theme script that runs before paint (src/html/inline-scripts.ts).
const button = document.getElementById('theme-toggle');
if (button) {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const sync = () => (button.ariaPressed = String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
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
