import { type CSSVariablesResolver, createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "teal",
  // Shade 9 keeps white text on buttons and teal links on white above the 4.5:1 contrast ratio.
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: "md",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "700" },
});

/** Secondary text darker than Mantine's default (gray 6 fails WCAG AA on the light background). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    // Error texts and the text of fields in error: Mantine's red 6 gives 3.3:1 on white.
    "--mantine-color-error": "var(--mantine-color-red-9)",
    // Hovered filled buttons get darker rather than lighter, so white text stays readable.
    "--mantine-color-teal-filled-hover": "#066649",
    "--mantine-primary-color-filled-hover": "#066649",
    // Background of "light" buttons, badges and nav links: shade 0, so that their shade-9 text
    // keeps a 4.5:1 contrast (shade 1, Mantine's default, gives 4.3:1).
    // Hovering them (the active nav link stays hovered after a click) keeps the same contrast:
    // the hover shows as a border-less tint of shade 0 mixed with white, never darker.
    ...Object.fromEntries(
      ["teal", "indigo", "violet", "cyan", "grape", "red", "blue", "gray", "green", "yellow"].flatMap((c) => [
        [`--mantine-color-${c}-light`, `var(--mantine-color-${c}-0)`],
        [`--mantine-color-${c}-light-hover`, `color-mix(in srgb, var(--mantine-color-${c}-0) 60%, white)`],
      ]),
    ),
  },
  dark: {},
});
