type JsonLdValue = string | number | boolean | null | undefined | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

/**
 * Structured data for search engines: `<script type="application/ld+json">`. Every "<" is written as \u003c, so
 * text from the catalog (a product name containing "</script>", say) can never close the tag or inject markup.
 */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
