import "server-only";
import type { GetPaymentStatusContent, OrderDetail, OrderList, Pagination } from "@commercengine/storefront-sdk";
import { getSession } from "../session";
import { CommerceApiError, shopperApi, unwrap } from "./client";

/** The signed-in shopper's orders: the list (`GET /orders`), one order, and its payment status. */

export const ORDERS_PER_PAGE = 10;

export async function listOrders(page: number): Promise<{ orders: OrderList[]; pagination: Pagination | null }> {
  const { api, userId } = await client();
  const content = unwrap(
    await api.order.listOrders({
      user_id: userId,
      page,
      limit: ORDERS_PER_PAGE,
      sort_by: JSON.stringify({ order_date: "desc" }),
    }),
  );
  return { orders: content?.orders ?? [], pagination: content?.pagination ?? null };
}

/** One of the shopper's orders, or null when they have none by that number. */
export async function getOrder(orderNumber: string): Promise<OrderDetail | null> {
  const { api } = await client();
  const result = await api.order.getOrderDetails({ order_number: orderNumber });
  if (result.response?.status === 404) return null;
  return unwrap(result).order;
}

export async function getPaymentStatus(orderNumber: string): Promise<GetPaymentStatusContent> {
  const { api } = await client();
  return unwrap(await api.order.getPaymentStatus(orderNumber));
}

async function client() {
  const { data } = await getSession();
  if (!data) throw new CommerceApiError("The store could not be reached.", null, null);
  return { api: shopperApi(data.accessToken), userId: data.userId };
}
