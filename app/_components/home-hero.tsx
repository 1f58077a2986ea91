import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import type { ReactNode } from "react";
import { ArrowRightIcon } from "./icons";

/** The hero's words. Edit them to tell your store's story. */
const HERO_COPY = {
  eyebrow: "The new season edit",
  headline: "Everyday pieces, made to be lived in",
  subline:
    "Breathable clothing, easy-going footwear and handmade homeware, chosen with care and delivered to your door.",
};

/** The home page's opening banner: headline, calls to action and artwork (passed in, so it can stream). */
export function HomeHero({ art }: { art: ReactNode }) {
  return (
    <section aria-labelledby="hero-heading" className="mx-auto max-w-7xl px-4 pt-4 sm:px-6 sm:pt-6 lg:px-8">
      <div className="relative isolate overflow-hidden rounded-[1.75rem] bg-clay-50 px-5 pt-9 pb-6 sm:px-10 sm:pt-14 sm:pb-10 md:py-12 lg:px-14 lg:py-16 dark:bg-[#221814]">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_at_top_left,var(--color-marigold-100),transparent_55%),radial-gradient(ellipse_at_bottom_right,var(--color-clay-100),transparent_60%)] dark:bg-[radial-gradient(ellipse_at_top_left,#3a2a14,transparent_55%),radial-gradient(ellipse_at_bottom_right,#3a1f16,transparent_60%)]"
        />
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 [background-image:radial-gradient(var(--color-clay-300)_1px,transparent_1px)] [background-size:22px_22px] opacity-25 [mask-image:linear-gradient(to_bottom,black,transparent_70%)] dark:opacity-15"
        />
        <div className="grid items-center gap-10 md:grid-cols-[1.1fr_1fr] lg:gap-12">
          <div className="max-w-xl">
            <p className="text-xs font-semibold tracking-[0.18em] text-brand uppercase sm:text-sm">
              {HERO_COPY.eyebrow}
            </p>
            <h1
              id="hero-heading"
              className="mt-4 font-display text-[2.375rem] leading-[1.05] font-semibold tracking-tight text-fg sm:text-6xl md:text-5xl lg:text-[4.25rem]"
            >
              {HERO_COPY.headline}
            </h1>
            <p className="mt-5 max-w-md text-base leading-relaxed text-fg-muted sm:text-lg">{HERO_COPY.subline}</p>
            <div className="mt-7 flex flex-wrap items-center gap-3 sm:mt-8">
              <Link
                href="/search"
                className="inline-flex h-11 items-center gap-2 rounded-full bg-brand px-5 text-[0.9375rem] font-semibold sm:h-12 sm:px-6 sm:text-base text-on-brand shadow-card transition-colors hover:bg-brand-hover"
              >
                Shop all
                <ArrowRightIcon className="size-5" />
                <LinkPendingMarker />
              </Link>
              <Link
                href="#new-arrivals"
                className="inline-flex h-11 items-center rounded-full border border-fg/15 bg-surface/60 px-5 text-[0.9375rem] font-semibold sm:h-12 sm:px-6 sm:text-base text-fg transition-colors hover:bg-surface"
              >
                New arrivals
              </Link>
            </div>
          </div>
          {art}
        </div>
      </div>
    </section>
  );
}
