/** Focus the element matching `selector` once React has rendered it (a few frames at most). */
export function focusAfterRender(selector: string, frames = 10): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && !document.querySelector("[role=dialog], [role=alertdialog]")) {
      element.focus();
      if (document.activeElement === element) return;
    }
    if (frames > 1) focusAfterRender(selector, frames - 1);
  });
}
