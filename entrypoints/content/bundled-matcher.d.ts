/** The bundled dataset's matcher, packed at build time (wxt.config.ts → data/scripts/bundled-matcher.ts). */
declare module 'virtual:bundled-matcher' {
  const packed: import('../../data/match/matcher.ts').PackedMatcher;
  export default packed;
}
