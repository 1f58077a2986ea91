"use client";

import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import { ArrowRightIcon } from "@/app/_components/icons";
import type { GalleryImage } from "../_lib/product-view";

/**
 * Product images: a swipeable, scroll-snapping strip (one image per view) with thumbnails below. Thumbnails,
 * the previous/next buttons and the arrow keys (on the strip or the thumbnails) move between images.
 */
export function ProductGallery({ images, productName }: { images: GalleryImage[]; productName: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const thumbnails = useRef<(HTMLButtonElement | null)[]>([]);
  /** The image a button or key asked for while the strip glides there: the images it passes are not "active". */
  const target = useRef<number | null>(null);
  const [active, setActive] = useState(0);
  const count = images.length;

  const goTo = useCallback(
    (index: number, focusThumbnail = false) => {
      const next = Math.max(0, Math.min(count - 1, index));
      const strip = scroller.current;
      if (strip && Math.round(strip.scrollLeft / strip.clientWidth) !== next) {
        const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        target.current = next;
        strip.scrollTo({ left: next * strip.clientWidth, behavior: reduceMotion ? "auto" : "smooth" });
      }
      setActive(next);
      if (focusThumbnail) thumbnails.current[next]?.focus();
    },
    [count],
  );

  // Swipes and trackpad scrolls move the strip: follow it.
  const onScroll = () => {
    const strip = scroller.current;
    if (!strip || strip.clientWidth === 0) return;
    const index = Math.round(strip.scrollLeft / strip.clientWidth);
    if (target.current !== null) {
      if (index === target.current) target.current = null;
      return;
    }
    if (index !== active && index >= 0 && index < count) setActive(index);
  };
  const onScrollEnd = () => {
    target.current = null;
    onScroll();
  };

  const onKeyDown = (event: KeyboardEvent, focusThumbnail: boolean) => {
    const next: Record<string, number> = { ArrowLeft: active - 1, ArrowRight: active + 1, Home: 0, End: count - 1 };
    const index = next[event.key];
    if (index === undefined) return;
    event.preventDefault();
    goTo(index, focusThumbnail);
  };

  if (count === 0) {
    return (
      <div className="grid aspect-square place-items-center rounded-card bg-subtle text-sm text-fg-muted">
        No image yet
      </div>
    );
  }

  return (
    <div>
      <div className="relative -mx-4 sm:mx-0">
        <div
          ref={scroller}
          role="region"
          aria-label={`${productName}: images`}
          tabIndex={0}
          onScroll={onScroll}
          onScrollEnd={onScrollEnd}
          onKeyDown={(event) => onKeyDown(event, false)}
          className="flex aspect-square snap-x snap-mandatory overflow-x-auto overscroll-x-contain bg-subtle [scrollbar-width:none] focus-visible:outline-offset-[-2px] sm:rounded-card [&::-webkit-scrollbar]:hidden"
        >
          {images.map((image, index) => (
            <div key={image.id} className="relative aspect-square w-full shrink-0 snap-center snap-always">
              {/* eslint-disable-next-line @next/next/no-img-element -- next/image's URLs, resolved on the server */}
              <img
                {...image.main}
                alt={image.alt}
                loading={index === 0 ? "eager" : "lazy"}
                fetchPriority={index === 0 ? "high" : undefined}
                decoding="async"
                className="absolute inset-0 size-full object-cover"
                data-testid={index === active ? "main-image" : undefined}
              />
            </div>
          ))}
        </div>

        {count > 1 ? (
          <>
            <span
              aria-hidden="true"
              className="absolute right-3 bottom-3 rounded-full bg-surface/90 px-2.5 py-1 text-xs font-medium text-fg tabular-nums shadow-sm sm:hidden"
            >
              {active + 1} / {count}
            </span>
            <div className="pointer-events-none absolute inset-x-3 top-1/2 hidden -translate-y-1/2 justify-between sm:flex">
              <GalleryArrow label="Previous image" disabled={active === 0} onClick={() => goTo(active - 1)} flip />
              <GalleryArrow label="Next image" disabled={active === count - 1} onClick={() => goTo(active + 1)} />
            </div>
          </>
        ) : null}
      </div>

      {count > 1 ? (
        <div
          role="group"
          aria-label="Choose an image"
          onKeyDown={(event) => onKeyDown(event, true)}
          className="-mx-1 mt-2 flex gap-2 overflow-x-auto p-1 [scrollbar-width:none] sm:gap-3 [&::-webkit-scrollbar]:hidden"
        >
          {images.map((image, index) => (
            <button
              key={image.id}
              ref={(element) => {
                thumbnails.current[index] = element;
              }}
              type="button"
              tabIndex={index === active ? 0 : -1}
              aria-label={`Show image ${index + 1} of ${count}`}
              aria-current={index === active ? "true" : undefined}
              onClick={() => goTo(index)}
              className={`relative size-16 shrink-0 overflow-hidden rounded-control bg-subtle transition sm:size-[4.5rem] ${
                index === active
                  ? "ring-2 ring-fg ring-offset-2 ring-offset-canvas"
                  : "opacity-75 ring-1 ring-line hover:opacity-100"
              }`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- next/image's URLs, resolved on the server */}
              <img
                {...image.thumbnail}
                alt=""
                loading="lazy"
                decoding="async"
                className="absolute inset-0 size-full object-cover"
              />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function GalleryArrow({
  label,
  disabled,
  onClick,
  flip = false,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
  flip?: boolean;
}) {
  return (
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at the last image.
    <button
      type="button"
      aria-label={label}
      aria-disabled={disabled}
      data-js-only
      onClick={disabled ? undefined : onClick}
      className="pointer-events-auto grid size-10 place-items-center rounded-full bg-surface/95 text-fg shadow-card transition hover:bg-surface aria-disabled:cursor-default aria-disabled:opacity-30"
    >
      <ArrowRightIcon className={`size-5 ${flip ? "rotate-180" : ""}`} />
    </button>
  );
}
