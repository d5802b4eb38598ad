import { css, unsafeCSS } from 'lit';

/**
 * The print look's colours on the host: what the card shows before its content views arrive (the skeleton) is
 * printed and previewed black on white too. The rest of the card's CSS comes with its content views
 * (content-styles.ts, in the card-content chunk), with the same two hosts: `@media print` and `layout="print"`.
 */
const hostRule = (h: string) =>
  unsafeCSS(`
${h} {
  --_text: #000; --_text-subtle: #000; --_accent-text: #000; --_bg: #fff; --_surface: #fff;
  --_border: #000; --_warning-bg: #fff; --_danger: #000;
  background: #fff; color: #000;
}
`);

export const frisklivskortStyles = css`
  @layer frisklivs.element {
    @media print {
      ${hostRule(':host')}
    }
    ${hostRule(':host([layout=print])')}
  }
`;
