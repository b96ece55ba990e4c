/**
 * The pane follows its host's theme: Word's Office theme where Office gives one
 * (Office.context.officeTheme, its body background), the system's preference in the
 * workbench (prefers-color-scheme).
 */
export type ThemeKind = "light" | "dark";

/** Dark when the colour's luminance is low (a "#rrggbb" background). */
function isDark(color: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeKind(officeBackground: string | undefined, systemPrefersDark: boolean): ThemeKind {
  if (officeBackground) return isDark(officeBackground) ? "dark" : "light";
  return systemPrefersDark ? "dark" : "light";
}

/** The theme here: Office's when in Office, else the system's. */
export function hostTheme(): ThemeKind {
  const office = typeof Office !== "undefined" ? (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme : undefined;
  const prefersDark = typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return themeKind(office?.bodyBackgroundColor, prefersDark);
}
