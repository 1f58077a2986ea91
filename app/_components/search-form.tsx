import Form from "next/form";
import { SearchIcon } from "./icons";

/** The header's product search: a plain GET form to /search?q=…, so it works before JavaScript loads. */
export function SearchForm({ className = "" }: { className?: string }) {
  return (
    <Form action="/search" role="search" className={`relative ${className}`}>
      <label htmlFor="site-search" className="sr-only">
        Search products
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search products"
        autoComplete="off"
        enterKeyHint="search"
        className="h-10 w-full appearance-none rounded-full border border-line bg-surface pr-4 pl-11 text-base text-fg placeholder:text-fg-muted transition-colors hover:border-line-strong md:text-sm [&::-webkit-search-cancel-button]:hidden"
      />
      <button
        type="submit"
        aria-label="Search"
        className="absolute top-1/2 left-1 grid size-8 -translate-y-1/2 place-items-center rounded-full text-fg-muted transition-colors hover:text-fg"
      >
        <SearchIcon className="size-5" />
      </button>
    </Form>
  );
}
