/**
 * Makes a server-drawn ProductGallery under `root` respond: thumbnails and the previous/next buttons move the
 * strip, the arrow keys (and Home/End) move it from the strip or the thumbnails, and a swipe moves the marks along.
 * What is shown lives in the page itself (the thumbnail with aria-current), so a new set of images drawn in its
 * place starts from its own first image. Returns the function that detaches it.
 */
export function attachGalleryBehaviour(root: HTMLElement): () => void {
  /** The image a button or key asked for while its strip glides there: the images it passes are not "shown". */
  let target: { strip: HTMLElement; index: number } | null = null;

  const strip = () => root.querySelector<HTMLElement>('[data-gallery="strip"]');
  const thumbnails = () => [...root.querySelectorAll<HTMLElement>("[data-gallery-index]")];
  const shown = () =>
    Number(root.querySelector('[data-gallery-index][aria-current="true"]')?.getAttribute("data-gallery-index") ?? 0);
  const stripIndex = (element: HTMLElement) => Math.round(element.scrollLeft / element.clientWidth);

  function mark(index: number) {
    const all = thumbnails();
    all.forEach((thumbnail, at) => {
      thumbnail.tabIndex = at === index ? 0 : -1;
      if (at === index) thumbnail.setAttribute("aria-current", "true");
      else thumbnail.removeAttribute("aria-current");
    });
    const position = root.querySelector('[data-gallery="position"]');
    if (position) position.textContent = String(index + 1);
    for (const arrow of root.querySelectorAll("[data-gallery-step]")) {
      const edge = Number(arrow.getAttribute("data-gallery-step")) < 0 ? 0 : all.length - 1;
      arrow.setAttribute("aria-disabled", String(index === edge));
    }
  }

  function goTo(index: number, focusThumbnail: boolean) {
    const all = thumbnails();
    const next = Math.max(0, Math.min(all.length - 1, index));
    const element = strip();
    if (element && stripIndex(element) !== next) {
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      target = { strip: element, index: next };
      element.scrollTo({ left: next * element.clientWidth, behavior: reduceMotion ? "auto" : "smooth" });
    }
    mark(next);
    if (focusThumbnail) all[next]?.focus();
  }

  // Swipes and trackpad scrolls move the strip: follow it. (Scroll events do not bubble, hence the capture.)
  function onScroll(event: Event) {
    const element = event.target;
    if (!(element instanceof HTMLElement) || element !== strip() || element.clientWidth === 0) return;
    const index = stripIndex(element);
    if (target?.strip === element) {
      if (index === target.index) target = null;
      return;
    }
    if (index !== shown() && index >= 0 && index < thumbnails().length) mark(index);
  }
  function onScrollEnd(event: Event) {
    target = null;
    onScroll(event);
  }

  function onClick(event: MouseEvent) {
    const control = (event.target as Element).closest("[data-gallery-index], [data-gallery-step]");
    if (!control || control.getAttribute("aria-disabled") === "true") return;
    const step = control.getAttribute("data-gallery-step");
    goTo(step ? shown() + Number(step) : Number(control.getAttribute("data-gallery-index")), false);
  }

  function onKeyDown(event: KeyboardEvent) {
    const from = (event.target as Element).closest('[data-gallery="strip"], [data-gallery="thumbnails"]');
    if (!from) return;
    const index = shown();
    const keys: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: Infinity };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    goTo(next, from.getAttribute("data-gallery") === "thumbnails");
  }

  root.addEventListener("scroll", onScroll, true);
  root.addEventListener("scrollend", onScrollEnd, true);
  root.addEventListener("click", onClick);
  root.addEventListener("keydown", onKeyDown);
  const element = strip();
  if (element && element.clientWidth > 0) mark(stripIndex(element));
  return () => {
    root.removeEventListener("scroll", onScroll, true);
    root.removeEventListener("scrollend", onScrollEnd, true);
    root.removeEventListener("click", onClick);
    root.removeEventListener("keydown", onKeyDown);
  };
}
