/** True only in the e2e test build (vite.config.ts); test hooks are compiled out elsewhere. */
declare const __E2E__: boolean;

declare module '*?iife' {
  const scriptPath: string;
  export default scriptPath;
}
