export type PageItem = number | "gap";

/**
 * The page links to show: the first and last page, the current one with a neighbour each side, and a
 * gap where pages are skipped. A gap never hides a single page (1 … 3 becomes 1 2 3).
 */
export function pageItems(current: number, count: number, siblings = 1): PageItem[] {
  const shown = new Set<number>([1, count]);
  for (let page = current - siblings; page <= current + siblings; page += 1) shown.add(page);
  const pages = [...shown].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === "number" && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === "number" && page - previous > 2) items.push("gap");
    items.push(page);
  }
  return items;
}
