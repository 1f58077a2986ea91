import { loadNavCategories } from "@/app/_lib/load-nav-categories";
import { NAV_LINKS } from "@/app/_lib/nav-links";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { HeaderAccount } from "./account/header-account";
import { HeaderCart } from "./cart/header-cart";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { SearchForm } from "./search-form";
import { StoreWordmark } from "./store-wordmark";
import { ThemeButtonFace } from "./theme-button-face";
import { ThemeToggle } from "./theme-toggle";

/**
 * Sticky site header. Phones: menu, wordmark, theme and cart on one row, search below. Tablets: search
 * moves up into the row. Desktops: the category navigation appears too. The header is the same for every
 * shopper (the browser loads the cart count, see HeaderCart), so pages can be prerendered whole.
 */
export async function SiteHeader() {
  const [store, categories] = await Promise.all([storeInfoOrFallback(), loadNavCategories()]);
  return (
    <header className="sticky top-0 z-40 border-b border-line/70 bg-canvas/85 backdrop-blur-lg backdrop-saturate-150">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 px-4 sm:px-6 md:h-16 md:flex-nowrap md:gap-x-4 lg:px-8">
        <div className="flex h-14 min-w-0 flex-1 items-center gap-1 md:h-auto md:flex-none">
          <MobileMenu links={NAV_LINKS} categories={categories} />
          <StoreWordmark name={store.name} logoUrl={store.logoUrl} />
        </div>
        <MainNav categories={categories} className="ml-2 hidden lg:block xl:ml-4" />
        <SearchForm className="order-last mb-3 basis-full md:order-none md:mb-0 md:ml-auto md:w-72 md:basis-auto lg:w-52 xl:w-80" />
        <div className="ml-auto flex shrink-0 items-center gap-0.5 sm:gap-1 md:ml-0">
          {/* The smallest phones (under 400 px) keep their room for the store's name; the theme follows the system. */}
          <div className="hidden min-[400px]:block">
            <ThemeToggle face={<ThemeButtonFace />} />
          </div>
          <HeaderAccount />
          <HeaderCart />
        </div>
      </div>
      <div aria-hidden="true" className="navigation-progress" />
    </header>
  );
}
