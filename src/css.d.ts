/** A stylesheet imported as minified text (Vite's `?inline`). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
