import { THEME_STORAGE_KEY } from "@/app/_lib/theme-preference";

/**
 * Runs while the HTML is parsed, before the first paint: applies a saved light/dark choice to <html>
 * so the page never flashes in the other scheme. Render it in <head>; <html> needs suppressHydrationWarning.
 */
export function ThemeScript() {
  const key = JSON.stringify(THEME_STORAGE_KEY);
  return (
    <script
      dangerouslySetInnerHTML={{
        __html: `(function(){try{var t=localStorage.getItem(${key});if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`,
      }}
    />
  );
}
