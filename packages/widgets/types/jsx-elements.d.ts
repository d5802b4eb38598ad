import type {
  FlCentreFinder,
  FlCentreSelectDetail,
  FlFollowUpTimeline,
  FlMilestoneSelectDetail,
  FlIcsExportDetail,
  FlFrisklivskort,
  FlPrintDetail,
  FlCentreResolvedDetail,
  FlGroupFinder,
  FlFilterChangeDetail,
  FlGroupSelectDetail,
} from "./dom.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type FlCentreFinderProps = {
  /** Municipality to show first, by number ("5612") or by any of its names
("Kautokeino", "Guovdageaidnu"), e.g. a municipality's own site shows its own centre.
Not reflected. */
  municipality?: FlCentreFinder["municipality"];
  /** Preset offer filter: offer ids separated by spaces or commas ("fysisk-aktivitet kid"); a centre must
have them all. Still applies with `compact`, where the filters are not shown. Not reflected. */
  offers?: FlCentreFinder["offers"];
  /** How many centres are listed at first and added by each "Vis flere"; unset or 0: 5. Not reflected. */
  limit?: FlCentreFinder["limit"];
  /** List-only layout for narrow sidebars: no filters, shorter result cards. Reflects. */
  compact?: FlCentreFinder["compact"];
  /** Level (1–6, default 2) of the element's headings (each centre's name), to fit the host page's outline. Not reflected. */
  headingLevel?: FlCentreFinder["headingLevel"];
  /** Keeps the centre chosen in the search in the page URL, by its id only: `query`
(`?fl-centre=fls-5612`) or `hash` (`#fl-centre=fls-5612`); a link with it opens
the finder on that centre, details open. Also turns on "Del" on each opened result,
which shares such a link. Off by default; the host page's own parameters are left
untouched. Reflects. */
  urlState?: FlCentreFinder["urlState"];
  /** Leaves out the maps (an opened result's and the overview after "near me"); their boundaries are then never loaded. Not reflected. */
  hideMap?: FlCentreFinder["hideMap"];
  /** URL of the shared JSON feed. When absent, the page-wide
`<meta name="frisklivs-feed" content="…">` is used. Reflects. */
  feed?: FlCentreFinder["feed"];
  /** Shows a language menu listing each language by its own name. Choosing one
sets this element's `lang` and fires `fl-language-change`. Reflects. */
  showLanguageSwitcher?: FlCentreFinder["showLanguageSwitcher"];
  /** The clock opening status and the "open now" filter are read on (default: now). Tests and hosts may fix it. */
  clock?: FlCentreFinder["clock"];
  /** The reader picked a centre: a centre suggestion (no `municipality`), or a municipality or postcode served by exactly one centre (`municipality` is then that municipality's number). Bubbles and is composed. */
  "onfl-centre-select"?: (e: CustomEvent<FlCentreSelectDetail>) => void;
  /** The reader chose another language in the language menu. */
  "onfl-language-change"?: (e: CustomEvent<{ locale: string }>) => void;
};

export type FlFollowUpTimelineProps = {
  /** Date of the first conversation, `YYYY-MM-DD`. An invalid date shows a notice and the undated timeline. Set by the date field too. Not reflected. */
  start?: FlFollowUpTimeline["start"];
  /** Weeks in one period. Default: the centre's programme, else 12. Not reflected. */
  weeks?: FlFollowUpTimeline["weeks"];
  /** Id of a centre in the feed: its programme and name are used. The feed is loaded only when this is set. Reflected. */
  centre?: FlFollowUpTimeline["centre"];
  /** `auto` (vertical in containers narrower than 40rem, horizontal from there), `vertical` or `horizontal`. Reflected. */
  orientation?: FlFollowUpTimeline["orientation"];
  /** Today's date, `YYYY-MM-DD`, for a fixed clock; default the current date in Norway (Europe/Oslo). Not reflected. */
  today?: FlFollowUpTimeline["today"];
  /** Weeks with a group session, space- or comma-separated ("2 4 6 8"); overrides the centre's programme. Not reflected. */
  groupWeeks?: FlFollowUpTimeline["groupWeeks"];
  /** Weeks with an extra conversation between the first and the last ("6"); overrides the centre's programme. Not reflected. */
  conversationWeeks?: FlFollowUpTimeline["conversationWeeks"];
  /** 1 (default) or 2: show a second period after renewal. Ignored when the centre's programme is not renewable. Not reflected. */
  periods?: FlFollowUpTimeline["periods"];
  /** Level of the element's heading, 1–6 (default 2); the details heading is one level below. Not reflected. */
  headingLevel?: FlFollowUpTimeline["headingLevel"];
  /** URL of the shared JSON feed. When absent, the page-wide
`<meta name="frisklivs-feed" content="…">` is used. Reflects. */
  feed?: FlFollowUpTimeline["feed"];
  /** Shows a language menu listing each language by its own name. Choosing one
sets this element's `lang` and fires `fl-language-change`. Reflects. */
  showLanguageSwitcher?: FlFollowUpTimeline["showLanguageSwitcher"];
  /** The clock for the exported file's DTSTAMP (default: now). Tests and hosts may fix it. */
  clock?: FlFollowUpTimeline["clock"];
  /** A milestone was chosen (click or arrow keys). `detail.milestone` is `{ id, week, kind, date?, title }`; `week` counts from the first start, `date` is `YYYY-MM-DD` when the timeline has a start date, `title` is in the element's locale. */
  "onfl-milestone-select"?: (e: CustomEvent<FlMilestoneSelectDetail>) => void;
  /** The calendar file was made (download button). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download. */
  "onfl-ics-export"?: (e: CustomEvent<FlIcsExportDetail>) => void;
  /** The reader chose another language in the language menu. */
  "onfl-language-change"?: (e: CustomEvent<{ locale: string }>) => void;
};

export type FlFrisklivskortProps = {
  /** Id of the centre to show (as in the feed). Takes precedence over `municipality`. Not reflected. */
  centre?: FlFrisklivskort["centre"];
  /** Municipality number (e.g. `5612`): shows the centre serving it, an
inter-municipal one included. Where several serve it, the one hosted
there, else the first by name. Not reflected. */
  municipality?: FlFrisklivskort["municipality"];
  /** `card` (default): the full card. `compact`: name, core offers, phone and link, for a sidebar. `print`: the printable card on screen too. Reflects. */
  layout?: FlFrisklivskort["layout"];
  /** Paper for the print layout and for printing: `a4` (default, one page) or `a6` (postcard). Reflects. */
  paper?: FlFrisklivskort["paper"];
  /** The date (YYYY-MM-DD) that notices and contact hours are checked against,
for previews of a coming change. Default: today on the reader's clock. Not reflected. */
  today?: FlFrisklivskort["today"];
  /** Where the "continue afterwards" block links to, e.g. the page with the group finder. Relative URLs are resolved against the page; only https:, http:, mailto: and tel: links are made. Not reflected. */
  continueHref?: FlFrisklivskort["continueHref"];
  /** Blocks to leave out, separated by spaces: `header`, `notices`, `audience`, `offers`, `follow-up`, `referral`,
`price`, `contact`, `address`, `map`, `hours`, `continue`, `qr` (e.g. `hide="audience price"`). Unknown names are
ignored. Not reflected. */
  hide?: FlFrisklivskort["hide"];
  /** Hides the header block (name, logo, municipalities). Same as `hide="header"`. Not reflected. */
  hideHeader?: FlFrisklivskort["hideHeader"];
  /** Hides the notices block (closed status and notices). Same as `hide="notices"`. Not reflected. */
  hideNotices?: FlFrisklivskort["hideNotices"];
  /** Hides the "who is it for" block. Same as `hide="audience"`. Not reflected. */
  hideAudience?: FlFrisklivskort["hideAudience"];
  /** Hides the offers block. Same as `hide="offers"`. Not reflected. */
  hideOffers?: FlFrisklivskort["hideOffers"];
  /** Hides the follow-up block. Same as `hide="follow-up"`. Not reflected. */
  hideFollowUp?: FlFrisklivskort["hideFollowUp"];
  /** Hides the referral block. Same as `hide="referral"`. Not reflected. */
  hideReferral?: FlFrisklivskort["hideReferral"];
  /** Hides the price block. Same as `hide="price"`. Not reflected. */
  hidePrice?: FlFrisklivskort["hidePrice"];
  /** Hides the contact block. Same as `hide="contact"`. Not reflected. */
  hideContact?: FlFrisklivskort["hideContact"];
  /** Hides the address block. Same as `hide="address"`. Not reflected. */
  hideAddress?: FlFrisklivskort["hideAddress"];
  /** Hides the map; its boundaries are then never loaded. Same as `hide="map"`. Not reflected. */
  hideMap?: FlFrisklivskort["hideMap"];
  /** Hides the contact hours block. Same as `hide="hours"`. Not reflected. */
  hideHours?: FlFrisklivskort["hideHours"];
  /** Hides the "continue afterwards" block. Same as `hide="continue"`. Not reflected. */
  hideContinue?: FlFrisklivskort["hideContinue"];
  /** Shows a QR code of the centre's web page (opt-in, as it is mostly wanted
on paper). The encoder runs in the page and is loaded only when needed.
Not shown in the compact layout. Not reflected. */
  showQr?: FlFrisklivskort["showQr"];
  /** URL of the shared JSON feed. When absent, the page-wide
`<meta name="frisklivs-feed" content="…">` is used. Reflects. */
  feed?: FlFrisklivskort["feed"];
  /** Shows a language menu listing each language by its own name. Choosing one
sets this element's `lang` and fires `fl-language-change`. Reflects. */
  showLanguageSwitcher?: FlFrisklivskort["showLanguageSwitcher"];
  /** The clock the opening status is read on (default: now). Tests and hosts may fix it. */
  clock?: FlFrisklivskort["clock"];
  /** Before the print button opens the browser's print dialog. Cancelable: `preventDefault()` stops the dialog, e.g. to print another way. */
  "onfl-print"?: (e: CustomEvent<FlPrintDetail>) => void;
  /** When the card has found its centre (again after the centre or the feed changes). */
  "onfl-centre-resolved"?: (e: CustomEvent<FlCentreResolvedDetail>) => void;
  /** The reader chose another language in the language menu. */
  "onfl-language-change"?: (e: CustomEvent<{ locale: string }>) => void;
};

export type FlGroupFinderProps = {
  /** Only groups of this contact point (its id) are shown; the contact-point filter is then hidden. Reflects. */
  contactPoint?: FlGroupFinder["contactPoint"];
  /** Preset municipality filter (4-digit municipality number, e.g. "5501"); the reader can change it. Reflects. */
  municipality?: FlGroupFinder["municipality"];
  /** Preset theme filter (a theme id from the feed, e.g. "sorg"); the reader can change it. Reflects. */
  theme?: FlGroupFinder["theme"];
  /** Preset status filter: one or more of `forming`, `open`, `full`, separated by spaces or commas. Reflects. */
  status?: FlGroupFinder["status"];
  /** How many groups are shown at first and added by each "show more". Default 10. Does not reflect. */
  pageSize?: FlGroupFinder["pageSize"];
  /** Hides the short explanation of what a self-help group is. Reflects. */
  hideIntro?: FlGroupFinder["hideIntro"];
  /** Keeps the filters in the page URL: `query` (`?fl-theme=sorg`) or `hash`
(`#fl-theme=sorg`). Off by default. The host page's own parameters are left
untouched. Reflects. */
  urlState?: FlGroupFinder["urlState"];
  /** Heading level (1–6) of each group's title, to fit the page's outline. Default 2. Does not reflect. */
  headingLevel?: FlGroupFinder["headingLevel"];
  /** URL of the shared JSON feed. When absent, the page-wide
`<meta name="frisklivs-feed" content="…">` is used. Reflects. */
  feed?: FlGroupFinder["feed"];
  /** Shows a language menu listing each language by its own name. Choosing one
sets this element's `lang` and fires `fl-language-change`. Reflects. */
  showLanguageSwitcher?: FlGroupFinder["showLanguageSwitcher"];
  /** The clock next meetings are counted from (default: now). Tests and hosts may fix it. */
  clock?: FlGroupFinder["clock"];
  /** The reader changed a filter or the search text, or went back/forward through filter states; `count` is the number of matching groups. */
  "onfl-filter-change"?: (e: CustomEvent<FlFilterChangeDetail>) => void;
  /** The reader followed one of a group's ways in: its contact point's phone, e-mail or register-interest link. */
  "onfl-group-select"?: (e: CustomEvent<FlGroupSelectDetail>) => void;
  /** A group's calendar file was made ("Legg i kalenderen"). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download. */
  "onfl-ics-export"?: (e: CustomEvent<FlIcsExportDetail>) => void;
  /** The reader chose another language in the language menu. */
  "onfl-language-change"?: (e: CustomEvent<{ locale: string }>) => void;
};

export type CustomElements = {
  /**
   * Search for the frisklivssentral that serves a municipality, postcode or your position.
   * ---
   *
   *
   * ### **Events:**
   *  - **fl-centre-select** - The reader picked a centre: a centre suggestion (no `municipality`), or a municipality or postcode served by exactly one centre (`municipality` is then that municipality's number). Bubbles and is composed.
   * - **fl-language-change** - The reader chose another language in the language menu.
   *
   * ### **CSS Properties:**
   *  - **--fl-centre-finder-listbox-max-height** - Tallest the suggestion list grows (less when the viewport has less room). _(default: 20rem)_
   * - **--fl-centre-finder-card-min-width** - Narrowest a result card gets before the grid drops a column. _(default: 18rem)_
   * - **--fl-map-max-width** - Widest a map gets. _(default: 20rem)_
   * - **--fl-map-land** - Fill of the land on a map (default: the surface colour). _(default: undefined)_
   * - **--fl-map-served** - Fill of the municipalities served (default: the accent colour). _(default: undefined)_
   * - **--fl-map-border** - Municipality and county borders on a map (default: the border colour). _(default: undefined)_
   * - **--fl-map-pin** - The pins of sites on a map (default: the danger colour). _(default: undefined)_
   * - **--fl-color-text** - Text colour (falls back to Designsystemet's --ds-color-neutral-text-default). _(default: #1a1f24)_
   * - **--fl-color-text-subtle** - Secondary text: hints, dates, labels. _(default: #4b5560)_
   * - **--fl-color-background** - Background of fields, lists and cards. _(default: #ffffff)_
   * - **--fl-color-surface** - Tinted backgrounds: status messages, hovered options. _(default: #f3f6f9)_
   * - **--fl-color-border** - Borders of fields, lists, filters and cards. _(default: #8a96a3)_
   * - **--fl-color-accent** - Buttons and active options. _(default: #0b5aa2)_
   * - **--fl-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--fl-color-accent-text** - Links and accented text. _(default: #0a4e8c)_
   * - **--fl-color-danger** - Errors and closures. _(default: #b3261e)_
   * - **--fl-color-success** - Positive states ("open for new members"). _(default: #1d6b35)_
   * - **--fl-color-warning-surface** - Background of notices. _(default: #fff4d6)_
   * - **--fl-color-focus** - Focus ring. _(default: #0b5aa2)_
   * - **--fl-focus-ring-width** - Focus ring width. _(default: 3px)_
   * - **--fl-radius** - Corner radius. _(default: 6px)_
   * - **--fl-space** - Spacing unit. _(default: 0.5rem)_
   * - **--fl-font-family** - Font family (inherits the page's). _(default: inherit)_
   * - **--fl-font-size** - Base font size. _(default: 1rem)_
   * - **--fl-skeleton-height** - Space reserved while the script and the feed load. By default about the element's loaded height: the height it had on the reader's last visit, else the height measured for its kind and options on a phone or a wide screen, at most one screen. Unused space goes as soon as the content shows. Set it when your element is much taller or shorter than usual (a long list, a narrow column). _(default: auto)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything the element renders.
   * - **search** - The search box with its label, suggestion list and hint.
   * - **input** - The search text field (an ARIA combobox).
   * - **clear-button** - The button that empties the search field.
   * - **listbox** - The suggestion list.
   * - **option** - One suggestion.
   * - **hint** - The suggestion count or "no match" line under the field.
   * - **near-me-button** - The "near me" button.
   * - **near-me-message** - Why the position could not be found.
   * - **filters** - The filter disclosure (offers, language and "open now"); absent when `compact` and before a question.
   * - **status** - The live line that says how many centres are shown and why.
   * - **clear-filters-button** - Shown when filters hide every result.
   * - **results** - The result list.
   * - **result** - One centre in the result list: its summary and its details disclosure.
   * - **opening-status** - A centre's opening status ("Åpent nå – stenger kl. 15:30").
   * - **details** - The disclosure with a centre's details.
   * - **details-summary** - The "Les mer" control that opens a centre's details.
   * - **directions** - A site's "Vis vei" links.
   * - **map** - The map of the municipalities a centre serves, or the overview after "near me", with its caption.
   * - **share** - A centre's "Del" control and its status (with `url-state`).
   * - **share-button** - The "Del" button.
   * - **record-footer** - When a centre was last checked, and "Meld fra om feil".
   * - **report-link** - The "Meld fra om feil" link.
   * - **fallback-notice** - Says once that some feed text is shown in Bokmål.
   * - **show-more-button** - "Vis flere": lists more centres.
   * - **skeleton** - The placeholder shown while the feed loads.
   * - **error** - The error view when the feed cannot be loaded.
   * - **retry-button** - The retry button in the error view.
   * - **stale-notice** - Shown when a saved copy of the feed is used because the network failed.
   * - **language-switcher** - The language menu (with `show-language-switcher`).
   * - **empty** - The message shown when nothing matches.
   */
  "fl-centre-finder": Partial<FlCentreFinderProps & BaseProps & BaseEvents>;

  /**
   * The structured follow-up, week by week, with your own dates and a calendar file.
   * ---
   *
   *
   * ### **Events:**
   *  - **fl-milestone-select** - A milestone was chosen (click or arrow keys). `detail.milestone` is `{ id, week, kind, date?, title }`; `week` counts from the first start, `date` is `YYYY-MM-DD` when the timeline has a start date, `title` is in the element's locale.
   * - **fl-ics-export** - The calendar file was made (download button). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download.
   * - **fl-language-change** - The reader chose another language in the language menu.
   *
   * ### **CSS Properties:**
   *  - **--fl-timeline-line-color** - The line joining the milestones and the markers' outline. _(default: var(--fl-color-border))_
   * - **--fl-timeline-marker-color** - The marker of the current milestone and of milestones already passed. _(default: var(--fl-color-accent))_
   * - **--fl-timeline-marker-size** - Diameter of a milestone marker. _(default: 1rem)_
   * - **--fl-color-text** - Text colour (falls back to Designsystemet's --ds-color-neutral-text-default). _(default: #1a1f24)_
   * - **--fl-color-text-subtle** - Secondary text: hints, dates, labels. _(default: #4b5560)_
   * - **--fl-color-background** - Background of fields, lists and cards. _(default: #ffffff)_
   * - **--fl-color-surface** - Tinted backgrounds: status messages, hovered options. _(default: #f3f6f9)_
   * - **--fl-color-border** - Borders of fields, lists, filters and cards. _(default: #8a96a3)_
   * - **--fl-color-accent** - Buttons and active options. _(default: #0b5aa2)_
   * - **--fl-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--fl-color-accent-text** - Links and accented text. _(default: #0a4e8c)_
   * - **--fl-color-danger** - Errors and closures. _(default: #b3261e)_
   * - **--fl-color-success** - Positive states ("open for new members"). _(default: #1d6b35)_
   * - **--fl-color-warning-surface** - Background of notices. _(default: #fff4d6)_
   * - **--fl-color-focus** - Focus ring. _(default: #0b5aa2)_
   * - **--fl-focus-ring-width** - Focus ring width. _(default: 3px)_
   * - **--fl-radius** - Corner radius. _(default: 6px)_
   * - **--fl-space** - Spacing unit. _(default: 0.5rem)_
   * - **--fl-font-family** - Font family (inherits the page's). _(default: inherit)_
   * - **--fl-font-size** - Base font size. _(default: 1rem)_
   * - **--fl-skeleton-height** - Space reserved while the script and the feed load. By default about the element's loaded height: the height it had on the reader's last visit, else the height measured for its kind and options on a phone or a wide screen, at most one screen. Unused space goes as soon as the content shows. Set it when your element is much taller or shorter than usual (a long list, a narrow column). _(default: auto)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper around everything.
   * - **heading** - The element's heading.
   * - **date-input** - The date field for the first conversation.
   * - **progress** - The line saying where today falls ("Uke 5 av 12", not started yet, completed).
   * - **list** - The ordered list of milestones.
   * - **milestone** - One milestone (list item).
   * - **span** - Added to a milestone that spans several weeks (the follow-up phase); it holds the steps within it.
   * - **current** - Added to the milestone where today falls.
   * - **milestone-button** - The button that selects a milestone.
   * - **details** - The panel with the chosen milestone's details (in place under the step in the vertical layout).
   * - **ics-button** - The button that downloads the calendar file (only with a start date).
   * - **notice** - A notice (invalid start date, centre not in the feed).
   * - **skeleton** - Placeholder while the feed loads (only with `centre`).
   * - **error** - The feed error view with its retry button (only with `centre`).
   * - **retry-button** - The retry button in the error view.
   * - **stale-notice** - Shown when an older saved copy of the feed is used.
   * - **language-switcher** - The language menu (with `show-language-switcher`).
   * - **empty** - The message shown when nothing matches.
   */
  "fl-follow-up-timeline": Partial<FlFollowUpTimelineProps & BaseProps & BaseEvents>;

  /**
   * A frisklivssentral's information card from the feed: full, compact or printable.
   * ---
   *
   *
   * ### **Events:**
   *  - **fl-print** - Before the print button opens the browser's print dialog. Cancelable: `preventDefault()` stops the dialog, e.g. to print another way.
   * - **fl-centre-resolved** - When the card has found its centre (again after the centre or the feed changes).
   * - **fl-language-change** - The reader chose another language in the language menu.
   *
   * ### **Slots:**
   *  - **logo** - The centre's or municipality's logo, shown in the header (e.g. an `<img>` with alt text).
   *
   * ### **CSS Properties:**
   *  - **--fl-frisklivskort-max-width** - Largest width of the card on screen. _(default: 48rem)_
   * - **--fl-frisklivskort-qr-size** - Width of the QR code with `layout="print"` on screen. _(default: 8rem)_
   * - **--fl-map-max-width** - Widest the map gets. _(default: 13rem)_
   * - **--fl-map-land** - Fill of the land on the map (default: the surface colour). _(default: undefined)_
   * - **--fl-map-served** - Fill of the municipalities served (default: the accent colour). _(default: undefined)_
   * - **--fl-map-border** - Municipality and county borders on the map (default: the border colour). _(default: undefined)_
   * - **--fl-map-pin** - The pins of sites on the map (default: the danger colour). _(default: undefined)_
   * - **--fl-color-text** - Text colour (falls back to Designsystemet's --ds-color-neutral-text-default). _(default: #1a1f24)_
   * - **--fl-color-text-subtle** - Secondary text: hints, dates, labels. _(default: #4b5560)_
   * - **--fl-color-background** - Background of fields, lists and cards. _(default: #ffffff)_
   * - **--fl-color-surface** - Tinted backgrounds: status messages, hovered options. _(default: #f3f6f9)_
   * - **--fl-color-border** - Borders of fields, lists, filters and cards. _(default: #8a96a3)_
   * - **--fl-color-accent** - Buttons and active options. _(default: #0b5aa2)_
   * - **--fl-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--fl-color-accent-text** - Links and accented text. _(default: #0a4e8c)_
   * - **--fl-color-danger** - Errors and closures. _(default: #b3261e)_
   * - **--fl-color-success** - Positive states ("open for new members"). _(default: #1d6b35)_
   * - **--fl-color-warning-surface** - Background of notices. _(default: #fff4d6)_
   * - **--fl-color-focus** - Focus ring. _(default: #0b5aa2)_
   * - **--fl-focus-ring-width** - Focus ring width. _(default: 3px)_
   * - **--fl-radius** - Corner radius. _(default: 6px)_
   * - **--fl-space** - Spacing unit. _(default: 0.5rem)_
   * - **--fl-font-family** - Font family (inherits the page's). _(default: inherit)_
   * - **--fl-font-size** - Base font size. _(default: 1rem)_
   * - **--fl-skeleton-height** - Space reserved while the script and the feed load. By default about the element's loaded height: the height it had on the reader's last visit, else the height measured for its kind and options on a phone or a wide screen, at most one screen. Unused space goes as soon as the content shows. Set it when your element is much taller or shorter than usual (a long list, a narrow column). _(default: auto)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything the element renders.
   * - **card** - The card.
   * - **header** - Block: centre name, logo, for an inter-municipal centre the municipalities it serves, and the opening status.
   * - **opening-status** - The opening status ("Åpent nå – stenger kl. 15:30"); not printed.
   * - **logo** - The logo slot.
   * - **notices** - Block: closed status and notices in force.
   * - **audience** - Block: who the centre is for, eligibility and age limits.
   * - **offers** - Block: core offers, then the centre's optional offers.
   * - **follow-up** - Block: the structured follow-up in one sentence, with a link to the timeline when on the page.
   * - **referral** - Block: referral routes and how to get started.
   * - **price** - Block: free, or the fee.
   * - **contact** - Block: phone, e-mail and web page.
   * - **address** - Block: sites with address, step-free access and "Vis vei".
   * - **directions** - A site's "Vis vei" links (not printed).
   * - **map** - The map of the municipalities served, with its caption and «© Kartverket».
   * - **hours** - Block: contact hours.
   * - **continue** - Block: self-help groups and offers in the centre's municipalities, with the editor's link.
   * - **qr** - Block: QR code of the centre's web page (with `show-qr`; printed, and shown on screen with `layout="print"`).
   * - **record-footer** - When the centre was last checked, and "Meld fra om feil".
   * - **report-link** - The "Meld fra om feil" link.
   * - **fallback-notice** - Says once that some feed text is shown in Bokmål.
   * - **print-button** - The print button (never printed).
   * - **empty** - The message shown when no centre matches.
   * - **skeleton** - The placeholder while the feed loads.
   * - **error** - The message shown when the feed cannot be loaded.
   * - **retry-button** - The retry button in the error message.
   * - **stale-notice** - The note shown when a saved copy of the feed is used.
   * - **language-switcher** - The language menu (with `show-language-switcher`).
   */
  "fl-frisklivskort": Partial<FlFrisklivskortProps & BaseProps & BaseEvents>;

  /**
   * Find a self-organised self-help group, and the way in.
   * ---
   *
   *
   * ### **Events:**
   *  - **fl-filter-change** - The reader changed a filter or the search text, or went back/forward through filter states; `count` is the number of matching groups.
   * - **fl-group-select** - The reader followed one of a group's ways in: its contact point's phone, e-mail or register-interest link.
   * - **fl-ics-export** - A group's calendar file was made ("Legg i kalenderen"). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download.
   * - **fl-language-change** - The reader chose another language in the language menu.
   *
   * ### **CSS Properties:**
   *  - **--fl-group-finder-badge-forming** - Background of the "being formed" tag. _(default: #fff4d6)_
   * - **--fl-group-finder-badge-open** - Background of the "open" tag. _(default: #e3f2e6)_
   * - **--fl-group-finder-badge-full** - Background of the "full" tag. _(default: #fbe9e7)_
   * - **--fl-color-text** - Text colour (falls back to Designsystemet's --ds-color-neutral-text-default). _(default: #1a1f24)_
   * - **--fl-color-text-subtle** - Secondary text: hints, dates, labels. _(default: #4b5560)_
   * - **--fl-color-background** - Background of fields, lists and cards. _(default: #ffffff)_
   * - **--fl-color-surface** - Tinted backgrounds: status messages, hovered options. _(default: #f3f6f9)_
   * - **--fl-color-border** - Borders of fields, lists, filters and cards. _(default: #8a96a3)_
   * - **--fl-color-accent** - Buttons and active options. _(default: #0b5aa2)_
   * - **--fl-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--fl-color-accent-text** - Links and accented text. _(default: #0a4e8c)_
   * - **--fl-color-danger** - Errors and closures. _(default: #b3261e)_
   * - **--fl-color-success** - Positive states ("open for new members"). _(default: #1d6b35)_
   * - **--fl-color-warning-surface** - Background of notices. _(default: #fff4d6)_
   * - **--fl-color-focus** - Focus ring. _(default: #0b5aa2)_
   * - **--fl-focus-ring-width** - Focus ring width. _(default: 3px)_
   * - **--fl-radius** - Corner radius. _(default: 6px)_
   * - **--fl-space** - Spacing unit. _(default: 0.5rem)_
   * - **--fl-font-family** - Font family (inherits the page's). _(default: inherit)_
   * - **--fl-font-size** - Base font size. _(default: 1rem)_
   * - **--fl-skeleton-height** - Space reserved while the script and the feed load. By default about the element's loaded height: the height it had on the reader's last visit, else the height measured for its kind and options on a phone or a wide screen, at most one screen. Unused space goes as soon as the content shows. Set it when your element is much taller or shorter than usual (a long list, a narrow column). _(default: auto)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of everything the element renders.
   * - **intro** - The `<details>` explaining what a self-help group is.
   * - **fallback-notice** - Says once that some feed text is shown in Bokmål, when the reader's language is missing.
   * - **filters** - The search landmark holding the search field and the filters.
   * - **search** - The free-text search `<input>`.
   * - **filter** - Each filter `<select>`.
   * - **more-filters** - The "Filtrer" `<details>` holding the filters beyond search, theme and municipality.
   * - **clear-filters** - The one "clear filters" button (beside the count, or in the empty state).
   * - **count** - The visible number of matching groups, above the list.
   * - **show-all** - "Show all groups", when a shared link shows one group.
   * - **results** - The list of groups.
   * - **result** - One group (a list item, focusable by script after "show more").
   * - **title** - A group's title (a heading at `heading-level`).
   * - **theme** - A group's theme tag.
   * - **status-badge** - A group's status tag (being formed / open / full); also has the class of the status.
   * - **next-meeting** - A group's next meeting, planned start, or that it is full.
   * - **description** - A group's description.
   * - **facts** - A group's where / when / languages / age list.
   * - **join** - A group's way in: its contact point's name, phone, e-mail and register-interest link.
   * - **calendar-button** - A group's "Legg i kalenderen" button (groups with a known next meeting).
   * - **share** - A group's "Del" control with its status (with `url-state`).
   * - **share-button** - The "Del" button.
   * - **record-footer** - A group's last-checked date and "Meld fra om feil".
   * - **report-link** - The "Meld fra om feil" link.
   * - **show-more** - The "show more" button.
   * - **empty** - The no-match message with the nearest contact points.
   * - **contact-points** - The list of contact points in the empty state.
   * - **stale-notice** - Shown when an older saved copy of the feed is in use.
   * - **skeleton** - The loading placeholder.
   * - **error** - The feed error message.
   * - **retry-button** - The retry button of the error message.
   * - **language-switcher** - The language menu (with `show-language-switcher`).
   */
  "fl-group-finder": Partial<FlGroupFinderProps & BaseProps & BaseEvents>;
};
