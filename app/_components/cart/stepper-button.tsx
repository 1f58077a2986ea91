import type { ButtonHTMLAttributes } from "react";
import { MinusIcon, PlusIcon } from "../icons";

/**
 * The − or + of a quantity stepper: a round icon button named by `aria-label`. As a submit button it posts its
 * `value` (the cart's forms); as a plain button it runs `onClick` (the product page's quantity field).
 */
export function StepperButton({
  direction,
  size,
  ...props
}: { direction: "down" | "up"; size: "md" | "lg" } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const Icon = direction === "down" ? MinusIcon : PlusIcon;
  return (
    <button
      {...props}
      className={`grid place-items-center rounded-full text-fg transition-colors hover:bg-subtle disabled:cursor-not-allowed disabled:text-fg-muted/50 disabled:hover:bg-transparent ${size === "lg" ? "size-12" : "size-10"}`}
    >
      <Icon className="size-4" />
    </button>
  );
}
