/**
 * The reader's first sign of life (a touch, a key, the mouse over the page), seen from the
 * boot script on, so the app, which loads later, still learns of a touch made before it.
 */
const INTERACTIONS = ['pointerdown', 'keydown', 'click', 'touchstart', 'focusin', 'mouseover'];
let touched = false;
const callbacks: (() => void)[] = [];

function onInteraction(): void {
  for (const type of INTERACTIONS) window.removeEventListener(type, onInteraction, true);
  touched = true;
  for (const callback of callbacks.splice(0)) callback();
}

/** Starts watching; boot.ts calls it once, first thing. */
export function watchFirstInteraction(): void {
  for (const type of INTERACTIONS) {
    window.addEventListener(type, onInteraction, { capture: true, passive: true });
  }
}

/** Runs `callback` at the first interaction, or at once if it has already happened. */
export function onFirstInteraction(callback: () => void): void {
  if (touched) callback();
  else callbacks.push(callback);
}
