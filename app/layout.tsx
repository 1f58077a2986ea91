import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getConfigStatus } from "@/lib/config";
import { CartUiProvider } from "./_components/cart/cart-ui-provider";
import { SetupPage } from "./_components/setup-page";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { ThemeScript } from "./_components/theme-script";
import { storeInfoOrFallback } from "./_lib/store-info-or-fallback";
import { fontVariables } from "./fonts/font-variables";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const status = getConfigStatus();
  if (status.kind !== "ready") {
    return { title: "Set up your storefront", robots: { index: false, follow: false } };
  }
  const store = await storeInfoOrFallback();
  return {
    // Relative canonical and Open Graph URLs resolve against the storefront's own origin.
    metadataBase: new URL(status.config.siteUrl),
    title: { default: store.name, template: `%s · ${store.name}` },
    description: `Shop ${store.name} online.`,
    applicationName: store.name,
    openGraph: { siteName: store.name, type: "website" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f4" },
    { media: "(prefers-color-scheme: dark)", color: "#141110" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const status = getConfigStatus();
  return (
    // The theme script may set data-theme on <html> before React hydrates.
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <noscript>
          {/* Controls that need a script (option links that update in place, steppers) step aside for their plain-HTML stand-ins. */}
          <style>{"[data-js-only]{display:none!important}"}</style>
        </noscript>
      </head>
      <body className="flex min-h-dvh flex-col bg-canvas font-sans text-fg">
        {status.kind === "ready" ? (
          <CartUiProvider>
            <a
              href="#main"
              className="sr-only rounded-full bg-brand px-4 py-2 text-sm font-semibold text-on-brand focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
            >
              Skip to content
            </a>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
          </CartUiProvider>
        ) : (
          <SetupPage status={status} />
        )}
      </body>
    </html>
  );
}
