// Locators and steps shared by the calculator specs: the lesson 9.1 calculator as a learner reaches it.
import { expect, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../helpers';

/** The calculator on lesson 9.1. */
export const calculator = (page: Page) => page.locator('.calc');
/** The running-costs table. */
export const results = (page: Page) => calculator(page).getByRole('table', { name: /Running costs/ });
/** One row of the running-costs table, by the start of its name. */
export const row = (page: Page, name: string) => results(page).getByRole('row', { name: new RegExp(`^${name}`) });
/** The box the chart draws in (its data-status says whether chart.js has drawn). */
export const chartBox = (page: Page) => calculator(page).locator('.calc-chart-box');
/** The compact result beside the main inputs. */
export const keyResults = (page: Page) => calculator(page).locator('.calc-key');

/** Opens the lesson (optionally with a query) and waits until the calculator has hydrated and drawn its chart. */
export async function openCalculator(page: Page, query = ''): Promise<void> {
  await page.goto(`${LESSONS.whenToFineTune}${query}`);
  await calculator(page).scrollIntoViewIfNeeded();
  await expect(chartBox(page)).toHaveAttribute('data-status', 'ready');
}

/** Unfolds the rarely changed inputs (prompts, prices, training, payback), as a learner does to change one. */
export async function openMoreFields(page: Page): Promise<void> {
  await calculator(page)
    .getByText(/^Prompts, prices, training and payback/)
    .click();
  await expect(page.getByLabel('Epochs')).toBeVisible();
}

/** Expects a row's three figures. */
export async function expectCells(r: Locator, cells: string[]): Promise<void> {
  await expect(r.getByRole('cell')).toHaveText(cells);
}
