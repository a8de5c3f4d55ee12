/** A field's box on the page, as the layout engine measured it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Measure = (element: Element) => Box;

export const measureBox: Measure = (element) => element.getBoundingClientRect();

/**
 * Why a person could not see or reach this field, or null when they can. Honeypots hide this
 * way (display:none, off-screen, zero size, transparent, aria-hidden, tabindex=-1), and a field
 * a person cannot see is never filled, whatever its label says.
 */
export function hiddenReason(control: HTMLInputElement | HTMLTextAreaElement, measure: Measure = measureBox): string | null {
  if (control.disabled || control.readOnly) return 'cannot be changed';
  if (control.getAttribute('tabindex') === '-1') return 'cannot be reached with the keyboard';
  if (control.closest('[hidden], [inert], [aria-hidden="true"]')) return 'hidden';
  const view = control.ownerDocument.defaultView;
  if (!view) return 'hidden';
  for (let element: Element | null = control; element; element = element.parentElement) {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || (style.opacity !== '' && Number(style.opacity) === 0))
      return 'hidden';
  }
  const box = measure(control);
  if (box.width < 2 || box.height < 2) return 'hidden (no size)';
  // Off the page's left or top edge cannot be scrolled to; below the fold is fine.
  if (box.left + box.width + view.scrollX <= 0 || box.top + box.height + view.scrollY <= 0) return 'hidden (off-screen)';
  return null;
}
