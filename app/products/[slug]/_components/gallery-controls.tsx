"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Wraps the server-drawn gallery. Its thumbnails, arrows and keys start working when the shopper first points at,
 * touches or focuses it: only then does the browser load their code (gallery-behaviour.ts), as it does for the
 * header's search suggestions. Swiping works without it. A click that came before the code is applied once it is in.
 */
export function GalleryControls({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const loading = useRef(false);
  const detach = useRef<(() => void) | null>(null);
  const earlyClick = useRef<HTMLElement | null>(null);

  useEffect(() => () => detach.current?.(), []);

  const engage = () => {
    if (loading.current) return;
    loading.current = true;
    import("./gallery-behaviour").then(
      ({ attachGalleryBehaviour }) => {
        if (!root.current) return;
        detach.current = attachGalleryBehaviour(root.current);
        earlyClick.current?.click();
        earlyClick.current = null;
      },
      () => {
        // Offline for a moment: the next touch tries again.
        loading.current = false;
      },
    );
  };

  return (
    <div
      ref={root}
      onPointerEnter={engage}
      onTouchStart={engage}
      onFocus={engage}
      onClick={(event) => {
        if (detach.current) return;
        earlyClick.current = (event.target as Element).closest("button");
        engage();
      }}
    >
      {children}
    </div>
  );
}
