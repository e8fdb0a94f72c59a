import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties to set on an element, by their CSS names (`left`, `--_level`). */
export type CssProps = Readonly<Record<string, string | undefined>>;

/**
 * Sets CSS properties on an element through the CSSOM, never through a `style` attribute:
 * a page whose Content-Security-Policy has no `'unsafe-inline'` in `style-src` blocks style
 * attributes (Lit's styleMap writes one on its first render) but allows the CSSOM.
 * On the server it writes nothing, so use it only for what a reader sees after hydration.
 */
class CssPropsDirective extends Directive {
  private _set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element, as in <div ${cssProps({...})}>.');
  }

  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this._set) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this._set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this._set.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
