// Script of the documentation pages that show elements: registers them.
import 'frisklivs-widgets/define-all';
