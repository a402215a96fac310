import { initCopyCode } from './copy-code';
import { initMenu } from './menu';
import { initThemeToggle } from './theme-toggle';
import { initToc } from './toc';

// One small module for the behaviour every page shares, so a page makes one request for it instead of four.
initThemeToggle();
initMenu();
initToc();
initCopyCode();
