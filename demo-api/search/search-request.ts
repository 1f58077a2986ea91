import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "../http/query";
import {
  isSortableAttribute,
  isSupportedAttribute,
  SORTABLE_ATTRIBUTES_LIST,
  SUPPORTED_ATTRIBUTES_LIST,
} from "./attributes";
import { SearchRequestError } from "./errors";
import { parseFilter, type FilterNode } from "./filter-parser";
import type { SortKey } from "./sort-order";
import { queryTerms } from "./text-query";

/** A validated `POST /catalog/products/search` body. */
export interface SearchRequest {
  /** Folded query words; empty matches everything. */
  terms: string[];
  page: number;
  limit: number;
  filter: FilterNode | null;
  sort: SortKey[];
  /** Attribute names, possibly `*` for all. */
  facets: string[];
}

/** Validates a request body. A field that is absent or null takes its default. */
export function parseSearchRequest(body: unknown): SearchRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new SearchRequestError("Request body must be a JSON object");
  }
  const fields = body as Record<string, unknown>;
  return {
    terms: queryTerms(readString(fields.query, "query") ?? ""),
    page: readPositiveInteger(fields.page, "page", 1, Number.MAX_SAFE_INTEGER),
    limit: readPositiveInteger(fields.limit, "limit", DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT),
    filter: readFilter(fields.filter),
    sort: (readStringArray(fields.sort, "sort") ?? []).map(parseSortKey),
    facets: (readStringArray(fields.facets, "facets") ?? []).map(checkFacetName),
  };
}

function readString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new SearchRequestError(`"${field}" must be a string`, field);
  return value;
}

function readPositiveInteger(value: unknown, field: string, fallback: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    throw new SearchRequestError(`"${field}" must be an integer from 1 to ${max}`, field);
  }
  return value;
}

function readStringArray(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isStringArray(value)) throw new SearchRequestError(`"${field}" must be an array of strings`, field);
  return value;
}

function readFilter(value: unknown): FilterNode | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return parseFilter(value);
  if (isFilterArray(value)) return parseFilter(value);
  throw new SearchRequestError(
    '"filter" must be a string, or an array whose entries are strings or arrays of strings (at most 2 levels)',
    "filter",
  );
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "string");

const isFilterArray = (value: unknown): value is (string | string[])[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "string" || isStringArray(entry));

function parseSortKey(entry: string): SortKey {
  const separator = entry.lastIndexOf(":");
  const attribute = entry.slice(0, separator).trim();
  const direction = entry
    .slice(separator + 1)
    .trim()
    .toLowerCase();
  if (separator === -1 || (direction !== "asc" && direction !== "desc")) {
    throw new SearchRequestError(`Sort "${entry}" must look like "attribute:asc" or "attribute:desc"`, "sort");
  }
  if (!isSortableAttribute(attribute)) {
    throw new SearchRequestError(
      `Cannot sort by "${attribute}"; sortable attributes: ${SORTABLE_ATTRIBUTES_LIST}`,
      "sort",
    );
  }
  return { attribute, direction };
}

function checkFacetName(name: string): string {
  if (name !== "*" && !isSupportedAttribute(name)) {
    throw new SearchRequestError(
      `Cannot facet by "${name}"; use "*" or one of: ${SUPPORTED_ATTRIBUTES_LIST}`,
      "facets",
    );
  }
  return name;
}
