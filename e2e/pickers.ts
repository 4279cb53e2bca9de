import type { Page } from '@playwright/test';

/**
 * Types into a typeahead picker and clicks one of its suggestions, as a person would. The field
 * is scrolled into view first: a React Aria popover closes when its field scrolls, and
 * Playwright's own scroll during fill() would otherwise land just after the list opened.
 */
export async function chooseInPicker(page: Page, picker: string, typed: string, option: string): Promise<void> {
  const field = page.getByRole('combobox', { name: picker, exact: true });
  await field.scrollIntoViewIfNeeded();
  await field.fill(typed);
  await page.getByRole('listbox', { name: picker }).getByRole('option', { name: option, exact: true }).click();
}
