import { initCopyCode } from './copy-code';
import { initEarlyClicks } from './early-clicks';
import { initIslandFailure } from './island-failure';
import { initLessonProgress } from './lesson-progress';
import { initMenu } from './menu';
import { initOffline } from './offline';
import { initReadingPosition } from './reading-position';
import { initSearch } from './search';
import { initSmoothScroll } from './smooth-scroll';
import { initThemeToggle } from './theme-toggle';
import { initToc } from './toc';

// One small module for the behaviour every page shares, so a page makes one request for it instead of seven.
initIslandFailure();
initEarlyClicks();
initThemeToggle();
initMenu();
initToc();
initCopyCode();
initSearch();
initOffline();
initLessonProgress();
initReadingPosition();
initSmoothScroll();
// Only a link with widget state needs it (src/scripts/widget-link.ts): most visits do not load it.
if (location.search !== '' && location.hash === '') void import('./widget-link').then(({ initWidgetLink }) => initWidgetLink());
