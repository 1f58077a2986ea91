import { StoreImage } from "./store-image";

export interface HeroArtImage {
  url: string;
}

/** Arch frames: [width, height] as a share of the art box, left to right. */
const ARCHES = [
  { className: "h-[74%] w-[30%]", fill: "bg-clay-200 dark:bg-clay-800" },
  { className: "h-full w-[36%]", fill: "bg-marigold-300 dark:bg-marigold-700" },
  { className: "h-[84%] w-[30%]", fill: "bg-sand-300 dark:bg-sand-700" },
] as const;

/**
 * The hero's artwork: three arch-shaped frames (a nod to jharokha windows) under a setting sun, filled
 * with catalog images when there are some, and with flat colour when there are none. Decorative only.
 */
export function HeroArt({ images }: { images: HeroArtImage[] }) {
  return (
    <div aria-hidden="true" className="relative mx-auto aspect-[3/2] w-full max-w-[34rem] sm:aspect-[5/4]">
      <div className="absolute top-[2%] right-[6%] size-[38%] rounded-full bg-gradient-to-b from-marigold-300 to-clay-300 opacity-90 dark:from-marigold-700 dark:to-clay-700" />
      <div className="absolute inset-x-0 bottom-0 h-px bg-fg/15" />
      <div className="absolute inset-0 flex items-end justify-center gap-[3%]">
        {ARCHES.map((arch, index) => {
          const image = images[index];
          return (
            <div
              key={index}
              className={`relative overflow-hidden rounded-t-full rounded-b-md border-[5px] border-surface shadow-card sm:border-[6px] ${arch.className} ${arch.fill}`}
            >
              {image ? (
                <StoreImage
                  src={image.url}
                  alt=""
                  fill
                  sizes="(min-width: 1024px) 200px, 36vw"
                  loading="eager"
                  className="object-cover"
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
