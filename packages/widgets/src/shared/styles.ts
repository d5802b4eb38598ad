import { css } from 'lit';

/**
 * Shared look of every element: one family with Designsystemet's components, through its `--ds-*` tokens where the
 * page has them. The base class list an element composes from (its own file keeps only what is its own):
 * - type scale `--_text-sm` / `--_text-lg` / `--_text-xl` and the one label weight `--_weight-label`: `label`,
 *   `legend`, `dt`, `summary` and `.label` (Designsystemet Label); `label.check` (a checkbox's own text) is regular;
 * - `.heading` (a card's or a section's title, `--_text-lg` bold);
 * - `.tag` with `.neutral`, `.success`, `.warning` or `.danger` (Designsystemet Tag: tinted surface, strong
 *   text, no pale grey);
 * - `button` (primary: filled) and `button.secondary` (outlined) (Designsystemet Button);
 * - `.card` (Designsystemet Card: border, radius, padding) and `details.disclosure` (Designsystemet Details);
 * - spacing in steps of `--_space` (0.5rem): 0.5×, 1×, 2×, 3×. Public theming API: the `--fl-*` custom
 * properties below (each falls back to a Designsystemet token when the page
 * defines one, then to our default) and the `::part` names of each element.
 * All our rules sit in the `frisklivs` cascade layer (base, then element), so
 * their order is fixed, and any rule a page adds, on `::part` or on the host
 * element, is unlayered and therefore wins.
 */
export const baseStyles = css`
  @layer frisklivs.base, frisklivs.element;
  @layer frisklivs.base {
    :host {
      --_text: var(--fl-color-text, var(--ds-color-neutral-text-default, #1a1f24));
      --_text-subtle: var(--fl-color-text-subtle, var(--ds-color-neutral-text-subtle, #4b5560));
      --_bg: var(--fl-color-background, var(--ds-color-neutral-background-default, #ffffff));
      --_surface: var(--fl-color-surface, var(--ds-color-neutral-surface-tinted, #f3f6f9));
      --_border: var(--fl-color-border, var(--ds-color-neutral-border-default, #8a96a3));
      --_accent: var(--fl-color-accent, var(--ds-color-accent-base-default, #0b5aa2));
      --_accent-contrast: var(--fl-color-accent-contrast, var(--ds-color-accent-base-contrast-default, #ffffff));
      --_accent-text: var(--fl-color-accent-text, var(--ds-color-accent-text-default, #0a4e8c));
      --_danger: var(--fl-color-danger, var(--ds-color-danger-text-default, #b3261e));
      --_success: var(--fl-color-success, var(--ds-color-success-text-default, #1d6b35));
      --_warning-bg: var(--fl-color-warning-surface, var(--ds-color-warning-surface-tinted, #fff4d6));
      --_focus: var(--fl-color-focus, var(--ds-color-focus-outer, #0b5aa2));
      --_radius: var(--fl-radius, var(--ds-border-radius-md, 6px));
      --_space: var(--fl-space, 0.5rem);
      --_font: var(--fl-font-family, var(--ds-font-family, inherit));
      --_radius-sm: var(--fl-radius-small, var(--ds-border-radius-sm, 4px));
      --_text-sm: 0.875em;
      --_text-lg: 1.125em;
      --_text-xl: 1.25em;
      --_weight-label: var(--ds-font-weight-medium, 600);
      --_success-bg: var(--fl-color-success-surface, var(--ds-color-success-surface-tinted, #e3f2e6));
      --_danger-bg: var(--fl-color-danger-surface, var(--ds-color-danger-surface-tinted, #fbe9e7));
      --_warning-text: var(--fl-color-warning-text, var(--ds-color-warning-text-default, #6b4a00));

      display: block;
      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--fl-font-size, 1rem);
      line-height: 1.5;
      container-type: inline-size;
    }
    /* Dark defaults, for pages that declare color-scheme: dark (or light dark); set colours still win. */
    @supports (color: light-dark(#000, #fff)) {
      :host {
        --_text: var(--fl-color-text, var(--ds-color-neutral-text-default, light-dark(#1a1f24, #e7eaee)));
        --_text-subtle: var(--fl-color-text-subtle, var(--ds-color-neutral-text-subtle, light-dark(#4b5560, #b9c1cb)));
        --_bg: var(--fl-color-background, var(--ds-color-neutral-background-default, light-dark(#ffffff, #1b1f24)));
        --_surface: var(--fl-color-surface, var(--ds-color-neutral-surface-tinted, light-dark(#f3f6f9, #242a31)));
        --_border: var(--fl-color-border, var(--ds-color-neutral-border-default, light-dark(#8a96a3, #8d98a5)));
        --_accent: var(--fl-color-accent, var(--ds-color-accent-base-default, light-dark(#0b5aa2, #8cbcf0)));
        --_accent-contrast: var(--fl-color-accent-contrast, var(--ds-color-accent-base-contrast-default, light-dark(#ffffff, #0b1420)));
        --_accent-text: var(--fl-color-accent-text, var(--ds-color-accent-text-default, light-dark(#0a4e8c, #9cc7f5)));
        --_danger: var(--fl-color-danger, var(--ds-color-danger-text-default, light-dark(#b3261e, #ff9b91)));
        --_success: var(--fl-color-success, var(--ds-color-success-text-default, light-dark(#1d6b35, #86d59c)));
        --_warning-bg: var(--fl-color-warning-surface, var(--ds-color-warning-surface-tinted, light-dark(#fff4d6, #3b3220)));
        --_focus: var(--fl-color-focus, var(--ds-color-focus-outer, light-dark(#0b5aa2, #9cc7f5)));
        --_success-bg: var(--fl-color-success-surface, var(--ds-color-success-surface-tinted, light-dark(#e3f2e6, #1c3b26)));
        --_danger-bg: var(--fl-color-danger-surface, var(--ds-color-danger-surface-tinted, light-dark(#fbe9e7, #45201d)));
        --_warning-text: var(--fl-color-warning-text, var(--ds-color-warning-text-default, light-dark(#6b4a00, #f3d48a)));
        --_shimmer: light-dark(#e6ebf0, #2e353e);
      }
    }
    :host([hidden]) {
      display: none;
    }
    /* border-box everywhere: children of <details> would not inherit it from the host. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: var(--fl-focus-ring-width, 3px) solid var(--_focus);
      outline-offset: 2px;
    }
    a {
      color: var(--_accent-text);
    }
    button {
      font: inherit;
      min-height: 44px;
      min-width: 44px;
      padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-contrast);
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--_accent-text);
    }
    button.secondary:hover {
      background: var(--_surface);
    }
    /* One label weight (Designsystemet Label); a checkbox's or radio's own text reads as text. */
    label,
    legend,
    dt,
    summary,
    .label {
      font-weight: var(--_weight-label);
    }
    label.check {
      font-weight: 400;
    }
    .heading {
      margin: 0;
      font-size: var(--_text-lg);
      font-weight: 700;
      line-height: 1.3;
    }
    /* Designsystemet Tag: a tinted surface with strong text, in one size; the tone says what kind of news it is. */
    .tag {
      display: inline-flex;
      align-items: center;
      min-height: 1.75rem;
      padding: 0 var(--_space);
      border: 1px solid transparent;
      border-radius: var(--_radius-sm);
      background: var(--_tag-bg, var(--_surface));
      color: var(--_tag-text, var(--_text));
      font-size: var(--_text-sm);
      font-weight: var(--_weight-label);
      line-height: 1.3;
    }
    .tag.neutral {
      --_tag-bg: var(--_surface);
      --_tag-text: var(--_text);
      border-color: var(--_border);
    }
    .tag.success {
      --_tag-bg: var(--_success-bg);
      --_tag-text: var(--_success);
    }
    .tag.warning {
      --_tag-bg: var(--_warning-bg);
      --_tag-text: var(--_warning-text);
    }
    .tag.danger {
      --_tag-bg: var(--_danger-bg);
      --_tag-text: var(--_danger);
    }
    /* Designsystemet Card. */
    .card {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    /* Designsystemet Details: a summary you can hit (44 px), in the accent colour. */
    details.disclosure > summary {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-height: 44px;
      cursor: pointer;
      color: var(--_accent-text);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .language-switcher {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      justify-content: flex-end;
      margin-block-end: var(--_space);
    }
    select,
    input {
      font: inherit;
      min-height: 44px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 var(--_space);
      background: var(--_bg);
      color: var(--_text);
    }
    .status {
      padding: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .status.error {
      border-left: 4px solid var(--_danger);
    }
    .status p {
      margin: 0 0 var(--_space);
    }
    /* Its own formatting context: a first child's margin stays inside, so it cannot move the element when content
     replaces the skeleton. */
    .base {
      display: flow-root;
    }
    /* See ReservedHeightController: about the loaded height (--_reserve, set on the wrapper), at most one screen. */
    .base.reserving {
      --_reserved: var(--fl-skeleton-height, var(--_reserve, min(12rem, 100vh)));
      min-height: var(--_reserved);
    }
    /* The placeholder never makes the element taller than what it reserves. */
    .base.reserving > .skeleton {
      max-height: var(--_reserved);
      overflow: hidden;
    }
    .reserve-end {
      height: 0;
    }
    @media print {
      .base.reserving {
        min-height: 0;
      }
    }
    .skeleton {
      display: grid;
      gap: var(--_space);
      align-content: start;
    }
    .skeleton .bar {
      height: 1.25rem;
      border-radius: var(--_radius);
      background: linear-gradient(90deg, var(--_surface), var(--_shimmer, #e6ebf0), var(--_surface));
      background-size: 200% 100%;
      animation: fl-shimmer 1.4s ease-in-out infinite;
    }
    .skeleton .bar:nth-child(3n + 2) {
      width: 80%;
    }
    .skeleton .bar:nth-child(3n) {
      width: 60%;
    }
    @keyframes fl-shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
      .skeleton .bar {
        background: GrayText;
      }
      .status.error {
        border-left-color: CanvasText;
      }
      .tag {
        border-color: CanvasText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
