/// <reference types="astro/client" />

declare module 'virtual:cairn/run' {
  const run: import('./node/run-state.js').RunState;
  export default run;
}

declare module 'virtual:cairn/theme.css';
