import { expect, test } from '@playwright/test';
import { LESSONS } from './helpers';

test('a deep link lands on its section, below the sticky header', async ({ page }) => {
  await page.goto(`${LESSONS.whenToFineTune}#common-mistakes`);
  const heading = page.getByRole('heading', { level: 2, name: 'Common mistakes' });
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
  expect(headingTop - headerBottom).toBeLessThan(80);
});

test('a link to a section opens there at once, and only a jump within the page glides', async ({ page }) => {
  await page.goto(`${LESSONS.whenToFineTune}#common-mistakes`);
  // Right after the load event the page is already where it will stay: no animation from the top.
  const landed = await page.evaluate(() => scrollY);
  expect(landed).toBeGreaterThan(1000);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(landed);
  // A click on the contents afterwards scrolls smoothly: partway there a moment after the click.
  await expect(page.locator('html')).toHaveClass(/smooth-scroll/);
  await page.getByRole('complementary', { name: 'Table of contents' }).getByRole('link', { name: 'The decision framework' }).click();
  await page.waitForTimeout(50);
  const midway = await page.evaluate(() => scrollY);
  await page.waitForTimeout(1500);
  const arrived = await page.evaluate(() => scrollY);
  expect(arrived).toBeLessThan(landed);
  expect(midway, 'a moment after the click it is still on its way').toBeGreaterThan(arrived);
});

for (const width of [390, 1280]) {
  test(`at ${width} px a link with flowchart answers lands on its section and stays put while the flowchart above it hydrates and grows`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${LESSONS.whenToFineTune}?approach=no.yes#decide-fine-tune`);
    const heading = page.getByRole('heading', { level: 3, name: /A style, format or persona problem/ });
    const top = () => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const landed = await top();
    expect(landed).toBeLessThan(120);
    // Scrolling up a little brings the flowchart into view: it hydrates with the answers from the link and grows,
    // and the section being read stays where it was (the browser's scroll anchoring, not any script of ours).
    await page.mouse.wheel(0, -250);
    await expect.poll(top).toBeGreaterThan(landed + 200);
    const before = await top();
    const flowchart = page.getByRole('region', { name: 'Which approach should you use?' });
    await expect(flowchart.locator('.fc-nav').getByRole('heading', { level: 4 })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await top()).toBe(before);
  });
}

test('with reduced motion a jump within the page does not glide either', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${LESSONS.whenToFineTune}#common-mistakes`);
  await expect(page.locator('html')).toHaveClass(/smooth-scroll/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('every section heading the author wrote has an id and a visible link to itself', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  // Widgets have headings of their own; the lesson's sections are the ones listed in the table of contents (the inline
  // copy, which is in the HTML: the wide-screen column is filled by the page script).
  const tocIds = await page.locator('.toc-inline .toc a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  const headings = page.getByRole('main').locator('.prose .heading-wrapper').locator('h2, h3');
  expect(await headings.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(tocIds);
  const count = await headings.count();
  expect(count).toBeGreaterThan(8);
  for (let i = 0; i < count; i++) {
    const id = await headings.nth(i).getAttribute('id');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    const name = (await headings.nth(i).textContent())!.trim();
    await expect(page.getByRole('link', { name: `Link to section: ${name}` })).toHaveAttribute('href', `#${id}`);
  }
});

test('the section link is reachable by keyboard and shows where it points', async ({ page }) => {
  await page.goto(LESSONS.whenToFineTune);
  const link = page.getByRole('link', { name: 'Link to section: Cost-benefit analysis' });
  await link.focus();
  await expect(link).toBeVisible();
  await link.press('Enter');
  await expect(page).toHaveURL(/#cost-benefit-analysis$/);
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${LESSONS.whenToFineTune}#common-mistakes`);
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
  await expect(toc.getByRole('link', { name: 'Common mistakes' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('heading', { name: 'Further reading' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  await expect(toc.getByRole('link', { name: 'Common mistakes' })).not.toHaveAttribute('aria-current', 'true');
});
