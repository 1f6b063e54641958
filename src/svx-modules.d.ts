// mdsvex lesson files import as Svelte components (lesson bodies, the About page text).
declare module '*.svx' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
  export const metadata: Record<string, unknown>;
}
