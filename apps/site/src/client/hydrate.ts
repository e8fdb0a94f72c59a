// Lit's hydration support must load before any element is defined; every element script imports this first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
