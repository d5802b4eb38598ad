import { css } from 'lit';

/**
 * Shared look of every element. Public theming API: the `--fl-*` custom
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
      :focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
