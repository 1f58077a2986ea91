import Link from "next/link";
import { StoreImage } from "./store-image";

/**
 * The header logo: the store's logo mark (when it has one) and its name, linking home. The logo is not
 * optimised by next/image because a store's logo may live on any host, not only the allowed image hosts.
 */
export function StoreWordmark({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  return (
    <Link href="/" aria-label={`${name}, home`} className="flex min-w-0 items-center gap-2.5 rounded-lg">
      {logoUrl ? (
        <StoreImage src={logoUrl} alt="" width={32} height={32} unoptimized className="h-8 w-auto shrink-0" />
      ) : null}
      <span className="truncate font-display text-[1.25rem] leading-tight font-semibold tracking-tight text-fg min-[400px]:text-[1.375rem] sm:text-2xl">
        {name}
      </span>
    </Link>
  );
}
