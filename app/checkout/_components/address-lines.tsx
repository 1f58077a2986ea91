import type { CustomerAddress } from "@commercengine/storefront-sdk";

/** An address as a shopper reads it on a label. */
export function AddressLines({ address }: { address: NonNullable<CustomerAddress> }) {
  return (
    <address className="text-sm leading-relaxed text-fg not-italic">
      <span className="font-semibold">{[address.first_name, address.last_name].filter(Boolean).join(" ")}</span>
      <br />
      {address.address_line1}
      {address.address_line2 ? (
        <>
          <br />
          {address.address_line2}
        </>
      ) : null}
      <br />
      {address.city}, {address.state} {address.pincode}
      <br />
      <span className="text-fg-muted">{[address.country_code, address.phone].join(" ")}</span>
    </address>
  );
}
