import { Suspense } from "react";
import { NAV_LINKS } from "@/app/_lib/nav-links";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { CartButton } from "./cart-button";
import { CartLink } from "./cart-link";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { SearchForm } from "./search-form";
import { StoreWordmark } from "./store-wordmark";

/**
 * Sticky site header. Phones: menu, wordmark and cart on one row, search below. Tablets: search moves
 * up into the row. Desktops: the full navigation appears too. The cart count streams in on its own.
 */
export async function SiteHeader() {
  const store = await storeInfoOrFallback();
  return (
    <header className="sticky top-0 z-40 border-b border-line/70 bg-canvas/85 backdrop-blur-lg backdrop-saturate-150">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 px-4 sm:px-6 md:h-16 md:flex-nowrap md:gap-x-4 lg:px-8">
        <div className="flex h-14 min-w-0 items-center gap-1 md:h-auto">
          <MobileMenu links={NAV_LINKS} />
          <StoreWordmark name={store.name} logoUrl={store.logoUrl} />
        </div>
        <MainNav className="ml-4 hidden lg:block" />
        <SearchForm className="order-last mb-3 basis-full md:order-none md:mb-0 md:ml-auto md:w-72 md:basis-auto lg:w-80" />
        <div className="ml-auto md:ml-0">
          <Suspense fallback={<CartLink count={null} />}>
            <CartButton />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
