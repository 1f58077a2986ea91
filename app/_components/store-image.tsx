import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadImage } from "react-dom";

/**
 * next/image's optimized `<img>` drawn on the server: the same URLs, sizes and lazy loading as `<Image>`, without
 * shipping `<Image>`'s browser code to pages that only show pictures. `preload` works as on `<Image>`: a preload
 * hint in the document's head (for the first images a visitor sees).
 */
export function StoreImage({ preload = false, ...props }: ImageProps) {
  const { props: attributes } = getImageProps({ ...props, preload });
  if (preload) {
    preloadImage(attributes.src, {
      as: "image",
      imageSrcSet: attributes.srcSet,
      imageSizes: attributes.sizes,
      fetchPriority: props.fetchPriority,
    });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- this is next/image's own <img>, alt included
  return <img {...attributes} />;
}
