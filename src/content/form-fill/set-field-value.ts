/**
 * Sets a field as typing would, so React, Vue and plain listeners all register it: the value goes
 * through the prototype's native setter (a framework's own setter on the element would swallow
 * it), then `input` and `change` fire. Nothing else: no focus, no keys, never Enter.
 */
export function setFieldValue(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = control.ownerDocument.defaultView!;
  const prototype = control.localName === 'textarea' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new view.Event('change', { bubbles: true }));
}
