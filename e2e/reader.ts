import type { Page } from '@playwright/test';

/** Selects a passage in the source reader as a person would with the mouse, then lets go. */
export async function selectInReader(page: Page, passage: string): Promise<void> {
  const reader = page.getByLabel('Tekst van de bron', { exact: true }).last();
  await reader.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const full = element.textContent ?? '';
    const start = full.indexOf(wanted);
    const end = start + wanted.length;
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const next = offset + node.data.length;
      if (start >= offset && start <= next) range.setStart(node, start - offset);
      if (end >= offset && end <= next) range.setEnd(node, end - offset);
      offset = next;
    }
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, passage);
}
