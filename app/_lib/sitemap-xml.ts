import type { MetadataRoute } from "next";

/** A sitemap `<urlset>` document. */
export function urlsetXml(entries: MetadataRoute.Sitemap): string {
  const urls = entries.map((entry) => {
    const fields = [
      `<loc>${escapeXml(entry.url)}</loc>`,
      entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : "",
      entry.changeFrequency ? `<changefreq>${entry.changeFrequency}</changefreq>` : "",
      entry.priority !== undefined ? `<priority>${entry.priority}</priority>` : "",
    ];
    return `<url>\n${fields.filter(Boolean).join("\n")}\n</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** A `<sitemapindex>` document listing sitemap files. */
export function sitemapIndexXml(fileUrls: string[]): string {
  const sitemaps = fileUrls.map((url) => `<sitemap>\n<loc>${escapeXml(url)}</loc>\n</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join("\n")}\n</sitemapindex>\n`;
}

export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
