import type { CartItem, ShipmentItem, UnserviceableItem } from "@commercengine/storefront-sdk";

/** A cart line as a shipment lists it; the schema has no null variant, so a simple product leaves it out. */
export function toShipmentItem(item: CartItem): ShipmentItem {
  return {
    product_id: item.product_id,
    product_name: item.product_name,
    product_image_url: item.product_image_url,
    ...(item.variant_id !== null && { variant_id: item.variant_id }),
    ...(item.variant_name !== null && { variant_name: item.variant_name }),
    ...(item.sku !== null && { sku: item.sku }),
    quantity: item.quantity,
    free_quantity: item.free_quantity,
    is_free_item: item.is_free_item,
  };
}

/** A cart line that cannot reach the pincode: none of its quantity can be delivered. */
export function toUnserviceableItem(item: CartItem): UnserviceableItem {
  return {
    product_id: item.product_id,
    product_name: item.product_name,
    product_image_url: item.product_image_url,
    ...(item.variant_id !== null && { variant_id: item.variant_id }),
    ...(item.variant_name !== null && { variant_name: item.variant_name }),
    unserviceable_quantity: item.quantity,
    max_available_quantity: 0,
  };
}
