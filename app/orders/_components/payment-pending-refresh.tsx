"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Seconds between checks: often at first, then less often. A payment left open turns "failed" within minutes. */
const DELAYS_MS = [2_000, 3_000, 5_000, 5_000, 10_000, 10_000, 15_000, 15_000, 30_000, 30_000, 30_000, 30_000];

/** While a payment is still being confirmed, asks the server again (about five minutes in all). */
export function PaymentPendingRefresh() {
  const router = useRouter();
  useEffect(() => {
    let check = 0;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const delay = DELAYS_MS[check++];
      if (delay === undefined) return;
      timer = setTimeout(() => {
        router.refresh();
        schedule();
      }, delay);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [router]);
  return null;
}
