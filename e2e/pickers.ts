import { expect, type Page } from '@playwright/test';

/**
 * Types into a typeahead picker and clicks one of its suggestions, as a person would. A React
 * Aria popover closes when its field scrolls, and Playwright's own scrolling (into view, before
 * typing) can land just after the list opened: then the typing is done again, as a person would
 * type again into a list that closed.
 */
export async function chooseInPicker(page: Page, picker: string, typed: string, option: string): Promise<void> {
  const field = page.getByRole('combobox', { name: picker, exact: true });
  const choice = page.getByRole('listbox', { name: picker }).getByRole('option', { name: option, exact: true });
  await field.scrollIntoViewIfNeeded();
  await expect(async () => {
    await field.fill('');
    await field.fill(typed);
    await expect(choice).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await choice.click();
}
