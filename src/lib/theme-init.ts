/**
 * The inline head script that applies a stored theme before first paint and marks that JavaScript runs.
 * It lives here, as one exact string, because the Content-Security-Policy allows it by its SHA-256 hash.
 */
export const THEME_INIT_SCRIPT =
  "(function(){var d=document.documentElement,t=null;try{t=localStorage.getItem('theme')}catch(e){}if(t==='light'||t==='dark')d.dataset.theme=t;d.classList.add('js')})();";
