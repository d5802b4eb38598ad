// Only what the suggestion list needs from Floating UI, so its lazy chunk
// carries these functions and nothing else of the library.
export { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
