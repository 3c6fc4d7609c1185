import { useEffect, useState, type RefObject } from 'react';

// One observer for every box that asks: each reports its width after layout.
const onResize = new WeakMap<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;

/** The box's content width, as last laid out (0 until then, or while it is not displayed). */
export function useBoxWidth(box: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) onResize.get(entry.target)?.(entry.contentRect.width);
    });
    onResize.set(element, (next) => setWidth(Math.round(next)));
    observer.observe(element);
    return () => {
      observer?.unobserve(element);
      onResize.delete(element);
    };
  }, [box]);
  return width;
}
