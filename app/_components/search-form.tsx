import { SearchTypeahead } from "./search-typeahead";

/**
 * The header's product search: a GET form to /search?q=… that works before JavaScript loads, enhanced
 * into a typeahead with product suggestions.
 */
export function SearchForm({ className = "" }: { className?: string }) {
  return <SearchTypeahead className={className} />;
}
