import type { SVGProps } from "react";

export type IconProps = SVGProps<SVGSVGElement>;

/** The frame of every line icon (24×24, currentColor). Decorative: label the control, not the icon. */
export function LineIcon({ children, ...props }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}
