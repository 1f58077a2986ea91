import type { Product } from "@commercengine/storefront-sdk";
import { ApiUnavailableNotice } from "./api-unavailable-notice";
import { HomeSectionHeading } from "./home-section-heading";
import { ProductGrid } from "./product-grid";

interface HomeProductSectionProps {
  id: string;
  title: string;
  subtitle: string;
  link?: { href: string; label: string };
  /** A label beside the title, from the products shown (e.g. "Up to 30% off"). */
  badge?: (products: Product[]) => string | null;
  /** null: the catalog could not be loaded. */
  products: Promise<Product[] | null>;
  /** Show a notice when the catalog could not be loaded (once per page), rather than nothing. */
  noticeOnError?: boolean;
  /** "band": on a tinted panel, to set a section apart. */
  tone?: "plain" | "band";
}

/** A titled product grid on the home page. Renders nothing when there are no products to show. */
export async function HomeProductSection({
  id,
  title,
  subtitle,
  link,
  badge,
  products,
  noticeOnError = false,
  tone = "plain",
}: HomeProductSectionProps) {
  const picked = await products;
  if (picked === null && !noticeOnError) return null;
  if (picked !== null && picked.length === 0) return null;
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="mx-auto max-w-7xl scroll-mt-24 px-4 pt-14 sm:px-6 sm:pt-20 lg:px-8"
    >
      <div
        className={
          tone === "band"
            ? "relative isolate overflow-hidden rounded-[1.75rem] border border-line bg-surface px-4 py-8 sm:px-8 sm:py-10 lg:px-10"
            : undefined
        }
      >
        {tone === "band" ? (
          <div
            aria-hidden="true"
            className="absolute inset-x-0 top-0 -z-10 h-40 bg-gradient-to-b from-clay-50 to-transparent dark:from-clay-900/40"
          />
        ) : null}
        <HomeSectionHeading
          id={headingId}
          title={title}
          subtitle={subtitle}
          link={link}
          badge={picked && badge ? badge(picked) : null}
        />
        {picked === null ? <ApiUnavailableNotice retryHref="/" /> : <ProductGrid products={picked} position="below" />}
      </div>
    </section>
  );
}
