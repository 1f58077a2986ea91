import { useId, type ReactNode } from "react";

/** One group of the facet panel, under its own heading. */
export function FacetSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="py-5 first-of-type:pt-3 lg:first-of-type:pt-4">
      <h3 id={id} className="mb-3 text-xs font-semibold tracking-[0.12em] text-fg-muted uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}
