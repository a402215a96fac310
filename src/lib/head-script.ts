/** The attribute on the head script that lists the page's modules to start after the first paint (set after the build). */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

/**
 * The inline head script, as one exact string because the Content-Security-Policy allows it by its SHA-256 hash.
 * Before the first paint it applies a stored theme and marks that JavaScript runs (`html.js`). Then it waits for the
 * first contentful paint and imports the modules its `data-after-paint` attribute lists (the page script, Astro's
 * island runtime and what they import: src/integrations/page-scripts.ts moves them there), so the text is on screen
 * before any script is fetched. Browsers without paint timing start them at DOMContentLoaded, as a module script
 * would run. Should a paint never be reported (a tab left in the background, a browser that lists paint timing but
 * does not report it), they start 2 s after the load event anyway.
 * Kept small and hand-minified: every page carries it (lesson HTML budget: 12 KB gzipped).
 */
export const HEAD_SCRIPT =
  '{let d=document.documentElement,t,m=document.currentScript.dataset.afterPaint,P=self.PerformanceObserver,' +
  "go=()=>{m&&m.split(' ').map(u=>import(u));m=''};" +
  "try{t=localStorage.getItem('theme')}catch(e){}if(t=='light'||t=='dark')d.dataset.theme=t;d.classList.add('js');" +
  "if(m)(P&&P.supportedEntryTypes||[]).includes('paint')?" +
  "(new P((l,o)=>l.getEntriesByName('first-contentful-paint')[0]&&(o.disconnect(),go())).observe({type:'paint',buffered:!0})," +
  "addEventListener('load',()=>setTimeout(go,2e3))):addEventListener('DOMContentLoaded',go)}";
