import { badRequest } from "./envelope";

export interface PageParams {
  page: number;
  limit: number;
}

export const DEFAULT_PAGE_LIMIT = 25;
export const MAX_PAGE_LIMIT = 100;

export function readPageParams(url: URL, defaultLimit = DEFAULT_PAGE_LIMIT): PageParams {
  return {
    page: readPositiveInteger(url, "page", 1, Number.MAX_SAFE_INTEGER),
    limit: readPositiveInteger(url, "limit", defaultLimit, MAX_PAGE_LIMIT),
  };
}

function readPositiveInteger(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badRequest(`Query parameter "${name}" must be an integer from 1 to ${max}`, { [name]: raw.slice(0, 100) });
  }
  return value;
}

/** An array query parameter in any of the forms clients send: `a=1&a=2`, `a[]=1`, or `a=1,2`. */
export function readArrayParam(url: URL, name: string): string[] {
  return [...url.searchParams.getAll(name), ...url.searchParams.getAll(`${name}[]`)]
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function readBooleanParam(url: URL, name: string): boolean | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw badRequest(`Query parameter "${name}" must be true or false`);
}

/** `sort_by` is a JSON object string like `{"name":"asc"}`. */
export function readSortParam(
  url: URL,
  allowedFields: readonly string[],
): Array<{ field: string; direction: "asc" | "desc" }> {
  const raw = url.searchParams.get("sort_by");
  if (raw === null || raw === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest('Query parameter "sort_by" must be a JSON object such as {"name":"asc"}');
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Query parameter "sort_by" must be a JSON object such as {"name":"asc"}');
  }
  return Object.entries(parsed).map(([field, direction]) => {
    if (!allowedFields.includes(field)) {
      throw badRequest(`Cannot sort by "${field}"; sortable fields: ${allowedFields.join(", ")}`);
    }
    if (direction !== "asc" && direction !== "desc") {
      throw badRequest(`Sort direction for "${field}" must be "asc" or "desc"`);
    }
    return { field, direction };
  });
}

export function paginate<T>(items: readonly T[], { page, limit }: PageParams) {
  const totalPages = Math.ceil(items.length / limit);
  return {
    items: items.slice((page - 1) * limit, page * limit),
    pagination: {
      total_records: items.length,
      total_pages: totalPages,
      previous_page: page > 1 ? Math.min(page - 1, Math.max(totalPages, 1)) : null,
      next_page: page < totalPages ? page + 1 : null,
      limit,
    },
  };
}
