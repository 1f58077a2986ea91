import type { Metadata } from "next";
import { NotFoundPanel } from "./_components/not-found-panel";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundPanel
      eyebrow={<p className="font-display text-6xl font-semibold text-brand">404</p>}
      title="We couldn’t find that page"
    >
      It may have moved, or the link may be mistyped. Try searching, or start again from the home page.
    </NotFoundPanel>
  );
}
