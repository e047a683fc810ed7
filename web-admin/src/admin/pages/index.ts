// Every screen of the console: each folder here exports `feature` from its index.tsx, found by
// Vite at build time; `order` places it in the navigation.
import type { Feature } from '../app/features';

const modules = import.meta.glob<{ feature: Feature }>('./*/index.tsx', { eager: true });

export const features: Feature[] = Object.values(modules)
  .map((m) => m.feature)
  .sort((a, b) => a.order - b.order);
