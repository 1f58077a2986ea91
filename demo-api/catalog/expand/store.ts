import type { StoreConfig } from "@commercengine/storefront-sdk";
import { STORE_SEED } from "../seed/store";
import { stableId } from "./ids";

export function expandStoreConfig(imageBaseUrl: string): StoreConfig {
  const template = (kind: string, { title, content }: { title: string; content: string }) => ({
    id: stableId("store-template", kind),
    name: title,
    content_title: title,
    content_type: "plaintext" as const,
    content,
  });
  return {
    is_kyc_enabled: false,
    is_customer_group_enabled: false,
    brand: {
      name: STORE_SEED.name,
      logo_url: `${imageBaseUrl}/${STORE_SEED.logoFileName}`,
      social_media_links: {},
    },
    currency: { ...STORE_SEED.currency },
    customer_groups: [],
    kyc_documents: [],
    analytics_providers: [],
    payment_providers: [],
    terms_of_service: template("terms-of-service", STORE_SEED.termsOfService),
    refund_policy: template("refund-policy", STORE_SEED.refundPolicy),
  };
}
