/**
 * The one script that runs before the first paint, as one exact string because the Content-Security-Policy allows it
 * by its SHA-256 hash: it applies a stored theme, so a dark page never flashes light, and marks that JavaScript runs
 * (`html.js`), so controls that need it have their room from the first paint. Every page carries it: keep it tiny.
 */
export const HEAD_SCRIPT =
  "{let d=document.documentElement,t;try{t=localStorage.getItem('theme')}catch(e){}" +
  "if(t=='light'||t=='dark')d.dataset.theme=t;d.classList.add('js')}";
