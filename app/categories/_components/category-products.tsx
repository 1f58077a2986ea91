import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { ApiUnavailableNotice } from "@/app/_components/api-unavailable-notice";
import { ProductGrid } from "@/app/_components/product-grid";
import { SortMenu, type SortChoice } from "@/app/_components/sort-menu";
import { FADE_WHILE_LISTING_LOADS, LISTING_SCOPE } from "@/app/_lib/listing-pending-styles";
import { listProducts, type ProductPage } from "@/lib/commerce/catalog";
import {
  CATEGORY_PAGE_SIZE,
  DEFAULT_SORT,
  SORT_OPTIONS,
  listingHref,
  listingQuery,
  parseListingParams,
} from "../_lib/listing-params";
import { CategoryPagination } from "./category-pagination";

interface CategoryProductsProps {
  slug: string;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The category's products for `?sort=&page=`: toolbar, grid and pagination. */
export async function CategoryProducts({ slug, searchParams }: CategoryProductsProps) {
  const listing = parseListingParams(await searchParams);
  let result: ProductPage;
  try {
    result = await listProducts(listingQuery(slug, listing));
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[category] could not load products: ${error instanceof Error ? error.message : String(error)}`);
    return (
      <div className="mt-8">
        <ApiUnavailableNotice retryHref={listingHref(slug, listing)} />
      </div>
    );
  }

  const { products, pagination } = result;
  const total = pagination.total_records;
  const totalPages = Math.max(1, pagination.total_pages);
  const firstIndex = (listing.page - 1) * CATEGORY_PAGE_SIZE + 1;

  return (
    <section aria-labelledby="category-products-heading" className={`${LISTING_SCOPE} pt-5 sm:pt-6`}>
      <h2 id="category-products-heading" className="sr-only">
        Products
      </h2>
      <div className="mb-6 flex items-center justify-between gap-4 sm:mb-8">
        <p className="text-sm text-fg-muted tabular-nums">
          {products.length > 0 ? (
            <span className="hidden sm:inline">
              Showing {firstIndex}–{firstIndex + products.length - 1} of{" "}
            </span>
          ) : null}
          {total} {total === 1 ? "product" : "products"}
        </p>
        {total > 1 ? (
          <SortMenu
            action={listingHref(slug, { sort: DEFAULT_SORT, page: 1 })}
            value={listing.sort}
            choices={sortChoices(slug)}
          />
        ) : null}
      </div>

      {products.length > 0 ? (
        <>
          {/* The page numbers keep their colour: the tapped one pulses. */}
          <div className={FADE_WHILE_LISTING_LOADS}>
            <ProductGrid products={products} />
          </div>
          {totalPages > 1 ? (
            <CategoryPagination slug={slug} sort={listing.sort} page={listing.page} totalPages={totalPages} />
          ) : null}
        </>
      ) : total > 0 ? (
        <EmptyState
          title={`There is no page ${listing.page}`}
          text={`This category has ${totalPages} ${totalPages === 1 ? "page" : "pages"} of products.`}
          action={{ href: listingHref(slug, { sort: listing.sort, page: 1 }), label: "Go to the first page" }}
        />
      ) : (
        <EmptyState
          title="Nothing here yet"
          text="New products are on their way. In the meantime, have a look around the rest of the store."
          action={{ href: "/search", label: "Browse all products" }}
        />
      )}
    </section>
  );
}

function EmptyState({ title, text, action }: { title: string; text: string; action: { href: string; label: string } }) {
  return (
    <div className="flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface px-6 py-14 text-center">
      <p className="font-display text-xl font-semibold">{title}</p>
      <p className="mt-2 max-w-md text-sm leading-relaxed text-fg-muted">{text}</p>
      <Link
        href={action.href}
        className="mt-6 inline-flex h-10 items-center rounded-full bg-brand px-5 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
      >
        {action.label}
      </Link>
    </div>
  );
}

/** The category in each order, from its first page. */
function sortChoices(slug: string): SortChoice[] {
  return SORT_OPTIONS.map((option) => ({
    value: option.value,
    label: option.label,
    href: listingHref(slug, { sort: option.value, page: 1 }),
  }));
}
