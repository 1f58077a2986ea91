import { sitemapFile, sitemapFileCount } from "@/app/_lib/sitemap-entries";
import { urlsetXml, xmlResponse } from "@/app/_lib/sitemap-xml";
import { getConfigStatus } from "@/lib/config";

/** One file of a sitemap split in several, `/sitemap/0.xml`, `/sitemap/1.xml`…, listed by /sitemap.xml. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  const count = getConfigStatus().kind === "ready" ? await sitemapFileCount() : 1;
  return Array.from({ length: count }, (_, index) => ({ file: `${index}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const index = /^\d{1,5}\.xml$/.test(file) ? Number.parseInt(file, 10) : -1;
  if (getConfigStatus().kind !== "ready" || index < 0 || index >= (await sitemapFileCount())) {
    return new Response("Not found", { status: 404 });
  }
  return xmlResponse(urlsetXml(await sitemapFile(index)));
}
