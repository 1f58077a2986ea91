import { JsonLd } from "@/app/_lib/json-ld";
import { absoluteUrl } from "@/app/_lib/site-url";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";

/**
 * schema.org Organization and WebSite (with a sitelinks search box) for the home page, so search engines
 * know the store's name, logo and how to search it.
 */
export async function HomeJsonLd() {
  const store = await storeInfoOrFallback();
  const home = absoluteUrl("/");
  const data = {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Organization",
        "@id": `${home}#organization`,
        name: store.name,
        url: home,
        logo: store.logoUrl ?? absoluteUrl("/icon.svg"),
      },
      {
        "@type": "WebSite",
        "@id": `${home}#website`,
        name: store.name,
        url: home,
        publisher: { "@id": `${home}#organization` },
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      },
    ],
  };
  return <JsonLd data={data} />;
}
