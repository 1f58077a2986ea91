import Link from "next/link";
import { getConfigStatus } from "@/lib/config";
import { isOptimizableImage } from "@/lib/image-hosts";
import { StoreImage } from "./store-image";

/**
 * The header logo: the store's logo mark (when it has one) and its name, linking home. A logo on an allowed image
 * host is resized by next/image and served from this site (a few kB, no extra connection on every first visit);
 * one on any other host is shown as it is.
 */
export function StoreWordmark({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  return (
    <Link href="/" aria-label={`${name}, home`} className="flex min-w-0 items-center gap-2.5 rounded-lg">
      {logoUrl ? (
        <StoreImage
          src={logoUrl}
          alt=""
          width={32}
          height={32}
          unoptimized={!canOptimize(logoUrl)}
          className="h-8 w-auto shrink-0"
        />
      ) : null}
      <span className="truncate font-display text-[1.25rem] leading-tight font-semibold tracking-tight text-fg min-[400px]:text-[1.375rem] sm:text-2xl">
        {name}
      </span>
    </Link>
  );
}

function canOptimize(url: string): boolean {
  const status = getConfigStatus();
  return status.kind === "ready" && isOptimizableImage(url, status.config.imageRemotePatterns);
}
