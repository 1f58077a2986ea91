import type { ProductDetail } from "@commercengine/storefront-sdk";
import type { ReactNode } from "react";
import { ArrowRightIcon } from "@/app/_components/icons";
import { galleryKey, gallerySets } from "../_lib/gallery-images";
import { toGalleryImages, type GalleryImage, type ProductView } from "../_lib/product-view";

/**
 * A gallery for every set of images the options can show, by galleryKey, for VariantGallery to pick from: drawn
 * here so the browser needs no code to draw one. The product's own set comes first and is the lead.
 */
export function galleriesByImageSet(view: ProductView, product: ProductDetail): Record<string, ReactNode> {
  const images = toGalleryImages(product);
  return Object.fromEntries(
    gallerySets(view).map((ids, index) => [
      galleryKey(ids),
      <ProductGallery
        key={galleryKey(ids)}
        images={ids.flatMap((id) => images[id] ?? [])}
        productName={view.name}
        lead={index === 0}
      />,
    ]),
  );
}

/**
 * Product images, drawn on the server: a swipeable, scroll-snapping strip (one image per view) with thumbnails
 * below. Swiping needs no script. The thumbnails, the previous/next buttons and the arrow keys are wired up in the
 * browser by gallery-behaviour.ts, which finds the parts by their data-gallery attributes, marks the shown image's
 * thumbnail (aria-current) and keeps the counter and the arrows in step.
 * `lead`: the set shown when the page loads, whose first image is fetched first (the page's largest paint).
 */
export function ProductGallery({
  images,
  productName,
  lead,
}: {
  images: GalleryImage[];
  productName: string;
  lead: boolean;
}) {
  const count = images.length;
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
          data-gallery="strip"
          role="region"
          aria-label={`${productName}: images`}
          tabIndex={0}
          className="flex aspect-square snap-x snap-mandatory overflow-x-auto overscroll-x-contain bg-subtle [scrollbar-width:none] focus-visible:outline-offset-[-2px] sm:rounded-card [&::-webkit-scrollbar]:hidden"
        >
          {images.map((image, index) => (
            <div key={image.id} className="relative aspect-square w-full shrink-0 snap-center snap-always">
              {/* eslint-disable-next-line @next/next/no-img-element -- next/image's URLs, resolved on the server */}
              <img
                {...image.main}
                alt={image.alt}
                loading={lead && index === 0 ? "eager" : "lazy"}
                fetchPriority={lead && index === 0 ? "high" : undefined}
                decoding="async"
                className="absolute inset-0 size-full object-cover"
                data-testid={index === 0 ? "main-image" : undefined}
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
              <span data-gallery="position">1</span> / {count}
            </span>
            <div className="pointer-events-none absolute inset-x-3 top-1/2 hidden -translate-y-1/2 justify-between sm:flex">
              <GalleryArrow label="Previous image" step={-1} disabled />
              <GalleryArrow label="Next image" step={1} disabled={false} />
            </div>
          </>
        ) : null}
      </div>

      {count > 1 ? (
        <div
          data-gallery="thumbnails"
          role="group"
          aria-label="Choose an image"
          className="-mx-1 mt-2 flex gap-2 overflow-x-auto p-1 [scrollbar-width:none] sm:gap-3 [&::-webkit-scrollbar]:hidden"
        >
          {images.map((image, index) => (
            <button
              key={image.id}
              data-gallery-index={index}
              type="button"
              tabIndex={index === 0 ? 0 : -1}
              aria-label={`Show image ${index + 1} of ${count}`}
              aria-current={index === 0 ? "true" : undefined}
              className="relative size-16 shrink-0 overflow-hidden rounded-control bg-subtle opacity-75 ring-1 ring-line transition hover:opacity-100 sm:size-[4.5rem] aria-[current=true]:opacity-100 aria-[current=true]:ring-2 aria-[current=true]:ring-fg aria-[current=true]:ring-offset-2 aria-[current=true]:ring-offset-canvas"
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

function GalleryArrow({ label, step, disabled }: { label: string; step: -1 | 1; disabled: boolean }) {
  return (
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at the last image.
    <button
      data-gallery-step={step}
      type="button"
      aria-label={label}
      aria-disabled={disabled}
      data-js-only
      className="pointer-events-auto grid size-10 place-items-center rounded-full bg-surface/95 text-fg shadow-card transition hover:bg-surface aria-disabled:cursor-default aria-disabled:opacity-30"
    >
      <ArrowRightIcon className={`size-5 ${step < 0 ? "rotate-180" : ""}`} />
    </button>
  );
}
