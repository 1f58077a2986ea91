"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 3_000;
const MAX_CHECKS = 20;

/** While a payment is still being confirmed, asks the server again every few seconds (for about a minute). */
export function PaymentPendingRefresh() {
  const router = useRouter();
  useEffect(() => {
    let checks = 0;
    const timer = setInterval(() => {
      checks++;
      router.refresh();
      if (checks >= MAX_CHECKS) clearInterval(timer);
    }, INTERVAL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
