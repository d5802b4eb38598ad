/**
 * Defines a custom element once. A second copy of the library on the same page
 * (a CMS block plus a theme, say) must not throw, so an existing definition wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
