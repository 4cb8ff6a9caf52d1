/** The data licence every page and export states. */
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Plenary — sourced records of international summits",
} as const;
