import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh element attached to the document and waits for effects to settle. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await settle();
  return root;
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

export function unmount(root: HTMLElement | undefined): void {
  if (!root) return;
  render(null, root);
  root.remove();
}

export const buttonIn = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}
