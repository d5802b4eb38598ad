// The configurator's words for web editors, in plain Norwegian: each element's name, and each
// option's label, hint and choices, and whether an editor uses it (the rest is folded away under
// "Flere valg"). The one place these words live: test/api-table.test.ts checks them against
// custom-elements.json, so every attribute of every element has words here and no words are
// left for an attribute that is gone. What the options do is documented (in English) in the JSDoc.

export interface OptionWords {
  label: string;
  hint?: string;
  /** Shown to every editor; otherwise under "Flere valg". */
  editor?: boolean;
  /** Words for the choices of a select, by value. */
  choices?: Record<string, string>;
}

export interface ElementWords {
  /** In the element menu. */
  name: string;
  /** One line under the menu. */
  hint: string;
}

export const ELEMENT_WORDS: Record<string, ElementWords> = {
  'fl-centre-finder': {
    name: 'Finn frisklivssentralen',
    hint: 'Søk på kommune, postnummer eller «nær meg», og se sentralen som gjelder.',
  },
  'fl-group-finder': {
    name: 'Finn en selvhjelpsgruppe',
    hint: 'Selvhjelpsgrupper etter tema, sted og ukedag, og hvem du kontakter for å bli med.',
  },
  'fl-frisklivskort': {
    name: 'Frisklivskortet til én sentral',
    hint: 'Hvem sentralen er for, tilbud, kontakt og åpningstider, også til utskrift.',
  },
  'fl-follow-up-timeline': {
    name: 'Tidslinje for oppfølgingen',
    hint: 'De 12 ukene med datoer, og en kalenderfil å laste ned.',
  },
};

/** Options that mean the same on every element (`feed` has its own field in the form). */
const COMMON: Record<string, OptionWords> = {
  lang: {
    label: 'Språk',
    hint: 'Uten valg: sidens språk.',
    editor: true,
    choices: {
      nb: 'norsk bokmål',
      nn: 'norsk nynorsk',
      se: 'davvisámegiella (nordsamisk)',
      sma: 'åarjelsaemien gïele (sørsamisk)',
      smj: 'julevsámegiella (lulesamisk)',
      en: 'English (engelsk)',
    },
  },
  'show-language-switcher': { label: 'Vis språkvelger', hint: 'Leseren kan selv bytte språk i elementet.', editor: true },
  'heading-level': { label: 'Overskriftsnivå', hint: '1–6 (standard 2), så overskriftene passer inn i siden.' },
  feed: { label: 'Feedens adresse' },
};

const HIDE = (what: string): OptionWords => ({ label: `Skjul ${what}` });

export const OPTION_WORDS: Record<string, Record<string, OptionWords>> = {
  'fl-centre-finder': {
    municipality: { label: 'Kommune som vises først', hint: 'Kommunenummer eller navn; velg blant forslagene.', editor: true },
    limit: { label: 'Antall sentre før «Vis flere»', hint: 'Standard 5.', editor: true },
    compact: { label: 'Smal visning', hint: 'For en sidekolonne: ingen filtre, kortere resultater.', editor: true },
    offers: { label: 'Bare sentre med disse tilbudene', hint: 'Tilbudenes id-er fra feeden, skilt med mellomrom.' },
    'hide-map': HIDE('kartene'),
    'url-state': {
      label: 'Valgt sentral i sidens adresse',
      hint: 'Så en sentral kan deles som lenke («Del»).',
      choices: { query: 'Som ?fl-centre=…', hash: 'Som #fl-centre=…' },
    },
  },
  'fl-group-finder': {
    municipality: { label: 'Kommune', hint: 'Kommunenummer; velg blant forslagene. Leseren kan endre det.', editor: true },
    theme: { label: 'Tema', hint: 'Velg blant forslagene. Leseren kan endre det.', editor: true },
    'page-size': { label: 'Antall grupper før «Vis flere»', hint: 'Standard 10.', editor: true },
    'hide-intro': { label: 'Skjul forklaringen av hva en selvhjelpsgruppe er', editor: true },
    'contact-point': { label: 'Bare grupper fra ett kontaktpunkt', hint: 'Velg blant forslagene.' },
    status: { label: 'Bare grupper med status', hint: 'forming, open og/eller full, skilt med mellomrom.' },
    'url-state': {
      label: 'Filtrene i sidens adresse',
      hint: 'Så et filtrert utvalg kan deles som lenke.',
      choices: { query: 'Som ?fl-theme=…', hash: 'Som #fl-theme=…' },
    },
  },
  'fl-frisklivskort': {
    centre: { label: 'Sentral', hint: 'Velg blant forslagene (sentrene i feeden).', editor: true },
    municipality: { label: 'Eller: kommune', hint: 'Kortet viser sentralen som dekker kommunen.', editor: true },
    layout: {
      label: 'Visning',
      editor: true,
      choices: { card: 'Hele kortet', compact: 'Kompakt (sidekolonne)', print: 'Utskriftsversjon' },
    },
    'show-qr': { label: 'Vis QR-kode til sentralens nettside', hint: 'Mest nyttig på papir.', editor: true },
    paper: { label: 'Papirformat ved utskrift', choices: { a4: 'A4', a6: 'A6 (postkort)' } },
    'continue-href': { label: 'Lenke for «Veien videre»', hint: 'F.eks. siden med gruppesøket.' },
    today: { label: 'Dato kortet vises for', hint: 'ÅÅÅÅ-MM-DD, for å forhåndsvise en endring.' },
    hide: { label: 'Skjul deler av kortet', hint: 'Navn skilt med mellomrom, f.eks. «audience price».' },
    'hide-map': HIDE('kartet'),
    'hide-header': HIDE('toppen (navn, logo, kommuner)'),
    'hide-notices': HIDE('meldinger'),
    'hide-audience': HIDE('«Hvem er det for»'),
    'hide-offers': HIDE('tilbudene'),
    'hide-follow-up': HIDE('oppfølgingen'),
    'hide-referral': HIDE('henvisning'),
    'hide-price': HIDE('pris'),
    'hide-contact': HIDE('kontakt'),
    'hide-address': HIDE('adresse'),
    'hide-hours': HIDE('åpningstider'),
    'hide-continue': HIDE('«Veien videre»'),
  },
  'fl-follow-up-timeline': {
    centre: { label: 'Sentral', hint: 'Tidslinjen følger sentralens program; velg blant forslagene.', editor: true },
    start: { label: 'Dato for første samtale', hint: 'ÅÅÅÅ-MM-DD. Tomt: leseren velger selv.', editor: true },
    weeks: { label: 'Antall uker', hint: 'Standard: sentralens program, ellers 12.' },
    orientation: {
      label: 'Retning',
      choices: { auto: 'Etter plassen', vertical: 'Loddrett', horizontal: 'Vannrett' },
    },
    periods: { label: 'Perioder', hint: '2 viser en ny periode etter fornyelse.' },
    'group-weeks': { label: 'Uker med gruppe', hint: 'F.eks. 2 4 6 8.' },
    'conversation-weeks': { label: 'Uker med ekstra samtale', hint: 'F.eks. 6.' },
    today: { label: 'Dagens dato', hint: 'ÅÅÅÅ-MM-DD, for en fast dato i forhåndsvisning.' },
  },
};

/** The words for an attribute of an element: its own, else the common ones. */
export function wordsFor(tagName: string, attribute: string): OptionWords | undefined {
  return OPTION_WORDS[tagName]?.[attribute] ?? COMMON[attribute];
}

/** Every (element, attribute) the table has words for, to check against the manifest. */
export function wordedAttributes(): { tagName: string; attribute: string }[] {
  return Object.entries(OPTION_WORDS).flatMap(([tagName, options]) => Object.keys(options).map((attribute) => ({ tagName, attribute })));
}

/** The colours an editor sets, by custom property. */
export const COLOUR_WORDS: Record<string, string> = {
  '--fl-color-accent': 'Knapper og valgte valg',
  '--fl-color-accent-text': 'Lenker',
  '--fl-color-accent-contrast': 'Tekst på knappene',
  '--fl-color-text': 'Tekst',
  '--fl-color-text-subtle': 'Dempet tekst (hint, datoer)',
  '--fl-color-background': 'Bakgrunn i felter og kort',
  '--fl-color-surface': 'Tonet bakgrunn (meldinger)',
  '--fl-color-border': 'Kantlinjer',
  '--fl-color-danger': 'Feil og stengt',
  '--fl-color-success': 'Åpen for nye',
  '--fl-color-warning-surface': 'Bakgrunn i viktige meldinger',
  '--fl-color-focus': 'Fokusmarkering',
  '--fl-group-finder-badge-forming': 'Merke «Under oppstart»',
  '--fl-group-finder-badge-open': 'Merke «Åpen for nye deltakere»',
  '--fl-group-finder-badge-full': 'Merke «Full»',
};
