/**
 * "About this product": the description. It is plain text, paragraphs separated by blank lines, and is rendered as text:
 * never as HTML, whatever it contains.
 */
export function ProductDescription({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  return (
    <section aria-labelledby="description-heading">
      <h2 id="description-heading" className="font-display text-xl font-semibold tracking-tight">
        About this product
      </h2>
      <div className="mt-3 space-y-4 leading-relaxed text-fg-muted" data-testid="product-description">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}
