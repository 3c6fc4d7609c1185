/**
 * Whether the prerendered page has been hydrated (or there was none to hydrate). Until then a
 * component must render what the prerender rendered; main.tsx sets it.
 */
export const hydration = { done: false };
