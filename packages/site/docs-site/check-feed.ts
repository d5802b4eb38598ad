/**
 * "Sjekk feeden din" — check your feed in the browser. A publisher picks or
 * drops a feed file; it is read with FileReader in the page and never uploaded.
 * The page lists the same problems, formatted by the same function, as
 * `frisklivs-feed validate`, the same summary line, and a preview of the
 * widgets on that very file (served to them as a blob: URL).
 *
 * Used by docs-site/check-feed.html, which also registers the elements
 * (`frisklivs-widgets/define-all`).
 */
import { decodeBytes } from 'frisklivs-feed/encoding';
import { checkFeedText, terminalText, type TextCheck } from 'frisklivs-feed/report';

export interface CheckFeedOptions {
  /** Show the widget preview (default true). */
  preview?: boolean;
}

export interface CheckFeedController {
  /** Checks a file as if it had been chosen or dropped. */
  checkFile(file: File): Promise<TextCheck>;
  /** The blob: URL the preview uses, if any. */
  readonly previewUrl: string | undefined;
  destroy(): void;
}

/** Fired on the root element after every check: `detail` is the TextCheck. */
export const CHECKED_EVENT = 'check-feed-done';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Reads a file's bytes with FileReader (in the page; nothing leaves the browser). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Builds the checker into `root`. */
export function mountCheckFeed(root: HTMLElement, options: CheckFeedOptions = {}): CheckFeedController {
  const showPreview = options.preview ?? true;
  const inputId = `cf-input-${Math.random().toString(36).slice(2, 8)}`;
  const label = el('label', { for: inputId }, 'Velg en feed-fil (JSON)');
  const input = el('input', { type: 'file', id: inputId, accept: '.json,application/json', class: 'cf-input' });
  const drop = el(
    'div',
    { class: 'cf-drop', role: 'button', tabindex: '0', 'aria-describedby': `${inputId}-privacy` },
    'Slipp feed-fila her, eller trykk for å velge den',
  );
  const privacy = el(
    'p',
    { id: `${inputId}-privacy`, class: 'cf-privacy' },
    'Fila leses bare i nettleseren din. Den blir ikke lastet opp eller sendt noe sted.',
  );
  const status = el('p', { class: 'cf-summary', role: 'status', 'aria-live': 'polite' });
  status.hidden = true;
  const problemsHeading = el('h2', { class: 'cf-problems-heading' }, 'Problemer');
  const problems = el('ol', { class: 'cf-problems' });
  // Problems beyond the first 200 are counted, not listed (as on the command line).
  const more = el('p', { class: 'cf-more' });
  more.hidden = true;
  const problemsSection = el('section', { class: 'cf-report', 'aria-label': 'Problemer i feeden' });
  problemsSection.append(problemsHeading, problems, more);
  problemsSection.hidden = true;
  const preview = el('section', { class: 'cf-preview', 'aria-label': 'Forhåndsvisning' });
  preview.hidden = true;
  root.append(label, input, drop, privacy, status, problemsSection, preview);

  let previewUrl: string | undefined;
  let busy: Promise<TextCheck> | undefined;

  async function checkFile(file: File): Promise<TextCheck> {
    status.hidden = false;
    status.removeAttribute('data-outcome');
    status.textContent = `Sjekker ${file.name} …`;
    let check: TextCheck;
    try {
      const { text } = decodeBytes(await readFileBytes(file));
      check = checkFeedText(text, file.name);
      render(check, text, file.name);
    } catch (error) {
      check = checkFeedText('', file.name);
      check.lines = [`${terminalText(file.name)}: error: $ the file could not be read: ${terminalText((error as Error).message, 500)}`];
      render(check, '', file.name);
    }
    root.dispatchEvent(new CustomEvent(CHECKED_EVENT, { detail: check, bubbles: true }));
    return check;
  }

  function render(check: TextCheck, text: string, name: string) {
    const { errors, warnings } = check.counts;
    status.dataset.outcome = errors ? 'errors' : warnings ? 'warnings' : 'ok';
    status.textContent = check.summary;
    problems.replaceChildren(
      ...check.lines.map((line, i) => {
        const item = el('li', { class: check.problems[i]?.severity ?? 'error' }, line);
        return item;
      }),
    );
    const total = Math.max(check.lines.length, errors + warnings);
    problemsHeading.textContent = total ? `Problemer (${total})` : 'Ingen problemer';
    more.textContent = check.more ?? '';
    more.hidden = !check.more;
    problemsSection.hidden = false;
    renderPreview(check, text, name);
  }

  function renderPreview(check: TextCheck, text: string, name: string) {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = undefined;
    preview.replaceChildren();
    const feed = check.result?.feed;
    if (!showPreview || !feed) {
      preview.hidden = true;
      return;
    }
    previewUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const heading = el('h2', {}, `Forhåndsvisning av ${name}`);
    const note = el('p', {}, 'Elementene under leser akkurat denne fila, slik de vil lese feeden på nettsiden din.');
    const grid = el('div', { class: 'cf-preview-grid' });
    const widget = (tag: string, title: string, attributes: Record<string, string> = {}) => {
      const box = el('div', { class: 'cf-widget' });
      box.append(el('h3', {}, title));
      const element = el(tag as 'div', { ...attributes, 'heading-level': '4' });
      (element as unknown as { feed: string }).feed = previewUrl!;
      element.setAttribute('feed', previewUrl!);
      box.append(element);
      grid.append(box);
    };
    widget('fl-centre-finder', 'Finn frisklivssentral');
    widget('fl-group-finder', 'Finn selvhjelpsgruppe');
    const centre = feed.centres.find((c) => c.status === 'active') ?? feed.centres[0];
    if (centre) {
      widget('fl-frisklivskort', `Frisklivskort: ${centre.name.nb}`, { centre: centre.id });
      const withProgramme = feed.centres.find((c) => c.programme) ?? centre;
      widget('fl-follow-up-timeline', `Oppfølging: ${withProgramme.name.nb}`, { centre: withProgramme.id });
    } else {
      grid.append(el('p', {}, 'Feeden har ingen frisklivssentraler, så frisklivskortet og oppfølgingsplanen vises ikke.'));
    }
    preview.append(heading, note, grid);
    preview.hidden = false;
  }

  const start = (file: File | undefined) => {
    if (!file) return;
    busy = checkFile(file);
  };
  const onChange = () => start(input.files?.[0]);
  const onClick = () => input.click();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.click();
    }
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    drop.classList.add('cf-over');
  };
  const onDragLeave = () => drop.classList.remove('cf-over');
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    drop.classList.remove('cf-over');
    start(event.dataTransfer?.files?.[0]);
  };
  input.addEventListener('change', onChange);
  drop.addEventListener('click', onClick);
  drop.addEventListener('keydown', onKey);
  drop.addEventListener('dragover', onDragOver);
  drop.addEventListener('dragleave', onDragLeave);
  drop.addEventListener('drop', onDrop);

  return {
    checkFile,
    get previewUrl() {
      return previewUrl;
    },
    destroy() {
      void busy;
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      input.removeEventListener('change', onChange);
      drop.removeEventListener('click', onClick);
      drop.removeEventListener('keydown', onKey);
      drop.removeEventListener('dragover', onDragOver);
      drop.removeEventListener('dragleave', onDragLeave);
      drop.removeEventListener('drop', onDrop);
      root.replaceChildren();
    },
  };
}
