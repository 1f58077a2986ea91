import { parseSearchParams, type RawSearchParams } from "@/app/_lib/search-params";

/** The page heading's words: the query in quotes, or "All products" with none. */
export async function SearchTitle({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { q } = parseSearchParams(await searchParams);
  return q ? <>“{q}”</> : <>All products</>;
}
