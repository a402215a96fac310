import { PROGRESS_KEY } from '../lib/saved-progress.ts';

/**
 * The one script that runs before the first paint, as one exact string because the Content-Security-Policy allows it
 * by its SHA-256 hash: it applies a stored theme, so a dark page never flashes light, and marks that JavaScript runs
 * (`html.js`), so controls that need it have their room from the first paint, and whether progress is saved
 * (`html.saved`), so what fills in from it (the home page's "Continue where you left off") has its room too. Every page
 * carries it: keep it tiny.
 */
export const HEAD_SCRIPT =
  "{let d=document.documentElement,c=d.classList,l,t;try{l=localStorage;t=l.getItem('theme');" +
  `l.getItem('${PROGRESS_KEY}')&&c.add('saved')}catch{}if(t=='light'||t=='dark')d.dataset.theme=t;c.add('js')}`;
