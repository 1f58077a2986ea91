import "server-only";
import { getImageProps, type ImageProps } from "next/image";

/** The attributes of an optimized `<img>`: the URLs next/image's loader gives this picture, as plain data. */
export interface OptimizedImage {
  src: string;
  srcSet?: string;
  sizes?: string;
  width?: number;
  height?: number;
}

/**
 * Resolves next/image's optimized URLs on the server, so images that a client component draws (the gallery, search
 * suggestions) need none of next/image's browser code. `getImageProps` honours `images` in next.config and a custom
 * loader, as `<Image>` does.
 */
export function optimizedImage(props: Pick<ImageProps, "src" | "sizes" | "fill" | "width" | "height">): OptimizedImage {
  const { src, srcSet, sizes, width, height } = getImageProps({ ...props, alt: "" }).props;
  return { src, srcSet, sizes, width, height };
}
