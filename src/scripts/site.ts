import { initCopyCode } from './copy-code';
import { initEarlyClicks } from './early-clicks';
import { initIslandFailure } from './island-failure';
import { initLessonProgress } from './lesson-progress';
import { initMenu } from './menu';
import { initOffline } from './offline';
import { initOfflineNotice } from './offline-notice';
import { initReadingPosition } from './reading-position';
import { initSearch } from './search';
import { initSmoothScroll } from './smooth-scroll';
import { initThemeToggle } from './theme-toggle';
import { initToc } from './toc';
import { initWidgetLink } from './widget-link';

// One small module for the behaviour every page shares, so a page makes one request for it instead of seven.
initIslandFailure();
initEarlyClicks();
initThemeToggle();
initMenu();
initToc();
initCopyCode();
initSearch();
initOffline();
initOfflineNotice();
initLessonProgress();
initReadingPosition();
initSmoothScroll();
initWidgetLink();
