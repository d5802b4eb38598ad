// Script of the documentation pages that show elements: registers them.
import '../src/define-all.js';
