/**
 * The id of the one "Link to section:" text on a lesson page (LessonLayout.astro). Each heading's "#" link is named
 * by it plus its heading (aria-labelledby), instead of repeating the heading's text in every link.
 */
export const ANCHOR_LABEL_ID = 'anchor-link-label';
