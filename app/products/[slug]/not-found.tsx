import type { Metadata } from "next";
import { NotFoundPanel } from "@/app/_components/not-found-panel";

export const metadata: Metadata = { title: "Product not found" };

/** An unknown product slug: a real 404 with a way back into the catalog. */
export default function ProductNotFound() {
  return (
    <NotFoundPanel
      eyebrow={<p className="text-sm font-semibold tracking-[0.14em] text-brand uppercase">Product not found</p>}
      title="This product isn’t in the store"
    >
      It may have sold out for good or moved to a new address, or the link may be mistyped. Search the store to find
      something similar.
    </NotFoundPanel>
  );
}
