import { useEffect, useRef, useState } from 'react';

type DragType = 'dragenter' | 'dragover' | 'dragleave' | 'drop';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the page go to `onFiles`; the browser never navigates to them.
 * Returns whether files are being dragged over the page, for a visible drop target.
 */
export function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onFilesRef.current([...(event.dataTransfer?.files ?? [])]);
    };
    const handlers: [DragType, (event: DragEvent) => void][] = [
      ['dragenter', enter],
      ['dragover', over],
      ['dragleave', leave],
      ['drop', drop],
    ];
    for (const [type, handler] of handlers) window.addEventListener(type, handler);
    return () => {
      for (const [type, handler] of handlers) window.removeEventListener(type, handler);
    };
  }, []);
  return dragging;
}
