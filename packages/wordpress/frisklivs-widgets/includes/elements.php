<?php
/**
 * The shortcodes and the attributes each one accepts, generated from the custom elements
 * manifest by scripts/wordpress-elements.mjs. Do not edit: run `npm run wordpress:zip`.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'fl-centre-finder' => array(
		'shortcode'  => 'frisklivs_centre_finder',
		'summary'    => 'Search for the frisklivssentral that serves a municipality, postcode or your position.',
		'attributes' => array(
			'municipality' => array( 'type' => 'text', 'description' => 'Municipality to show first, by number ("5612") or by any of its names ("Kautokeino", "Guovdageaidnu"), e.g. a municipality\'s own site shows its own centre.' ),
			'offers' => array( 'type' => 'text', 'description' => 'Preset offer filter: offer ids separated by spaces or commas ("fysisk-aktivitet kid"); a centre must have them all. Still applies with `compact`, where the filters are not shown.' ),
			'limit' => array( 'type' => 'number', 'description' => 'How many centres are listed at first and added by each "Vis flere"; unset or 0: 5.' ),
			'compact' => array( 'type' => 'boolean', 'description' => 'List-only layout for narrow sidebars: no filters, shorter result cards.' ),
			'heading-level' => array( 'type' => 'number', 'default' => '2', 'description' => 'Level (1–6, default 2) of the element\'s headings (each centre\'s name), to fit the host page\'s outline.' ),
			'url-state' => array( 'type' => 'text', 'description' => 'Keeps the centre chosen in the search in the page URL, by its id only: `query` (`?fl-centre=fls-5612`) or `hash` (`#fl-centre=fls-5612`); a link with it opens the finder on that centre, details open. Also turns on "Del" on each opened result, which shares such a link. Off by default; the host page\'s own parameters are left untouched.' ),
			'hide-map' => array( 'type' => 'boolean', 'description' => 'Leaves out the maps (an opened result\'s and the overview after "near me"); their boundaries are then never loaded.' ),
			'feed' => array( 'type' => 'url', 'description' => 'URL of the shared JSON feed. When absent, the page-wide `<meta name="frisklivs-feed" content="…">` is used.' ),
			'show-language-switcher' => array( 'type' => 'boolean', 'description' => 'Shows a language menu listing each language by its own name. Choosing one sets this element\'s `lang` and fires `fl-language-change`.' ),
			'lang' => array( 'type' => 'text', 'description' => 'Language of the element: nb, nn, se, sma, smj or en. Default: the settings page, else the page language.' ),
			'id' => array( 'type' => 'text', 'description' => 'HTML id, e.g. for a link to this element.' ),
			'class' => array( 'type' => 'text', 'description' => 'HTML class, e.g. for the site\'s CSS.' ),
		),
	),
	'fl-group-finder' => array(
		'shortcode'  => 'frisklivs_group_finder',
		'summary'    => 'Find a self-organised self-help group, and the way in.',
		'attributes' => array(
			'contact-point' => array( 'type' => 'text', 'description' => 'Only groups of this contact point (its id) are shown; the contact-point filter is then hidden.' ),
			'municipality' => array( 'type' => 'text', 'description' => 'Preset municipality filter (4-digit municipality number, e.g. "5501"); the reader can change it.' ),
			'theme' => array( 'type' => 'text', 'description' => 'Preset theme filter (a theme id from the feed, e.g. "sorg"); the reader can change it.' ),
			'status' => array( 'type' => 'text', 'description' => 'Preset status filter: one or more of `forming`, `open`, `full`, separated by spaces or commas.' ),
			'page-size' => array( 'type' => 'number', 'default' => '10', 'description' => 'How many groups are shown at first and added by each "show more". Default 10.' ),
			'hide-intro' => array( 'type' => 'boolean', 'description' => 'Hides the short explanation of what a self-help group is.' ),
			'url-state' => array( 'type' => 'text', 'description' => 'Keeps the filters in the page URL: `query` (`?fl-theme=sorg`) or `hash` (`#fl-theme=sorg`). Off by default. The host page\'s own parameters are left untouched.' ),
			'heading-level' => array( 'type' => 'number', 'default' => '2', 'description' => 'Heading level (1–6) of each group\'s title, to fit the page\'s outline. Default 2.' ),
			'feed' => array( 'type' => 'url', 'description' => 'URL of the shared JSON feed. When absent, the page-wide `<meta name="frisklivs-feed" content="…">` is used.' ),
			'show-language-switcher' => array( 'type' => 'boolean', 'description' => 'Shows a language menu listing each language by its own name. Choosing one sets this element\'s `lang` and fires `fl-language-change`.' ),
			'lang' => array( 'type' => 'text', 'description' => 'Language of the element: nb, nn, se, sma, smj or en. Default: the settings page, else the page language.' ),
			'id' => array( 'type' => 'text', 'description' => 'HTML id, e.g. for a link to this element.' ),
			'class' => array( 'type' => 'text', 'description' => 'HTML class, e.g. for the site\'s CSS.' ),
		),
	),
	'fl-frisklivskort' => array(
		'shortcode'  => 'frisklivs_frisklivskort',
		'summary'    => 'A frisklivssentral\'s information card from the feed: full, compact or printable.',
		'attributes' => array(
			'centre' => array( 'type' => 'text', 'description' => 'Id of the centre to show (as in the feed). Takes precedence over `municipality`.' ),
			'municipality' => array( 'type' => 'text', 'description' => 'Municipality number (e.g. `5612`): shows the centre serving it, an inter-municipal one included. Where several serve it, the one hosted there, else the first by name.' ),
			'layout' => array( 'type' => 'text', 'default' => 'card', 'description' => '`card` (default): the full card. `compact`: name, core offers, phone and link, for a sidebar. `print`: the printable card on screen too.' ),
			'paper' => array( 'type' => 'text', 'default' => 'a4', 'description' => 'Paper for the print layout and for printing: `a4` (default, one page) or `a6` (postcard).' ),
			'today' => array( 'type' => 'text', 'description' => 'The date (YYYY-MM-DD) that notices and contact hours are checked against, for previews of a coming change. Default: today on the reader\'s clock.' ),
			'continue-href' => array( 'type' => 'url', 'description' => 'Where the "continue afterwards" block links to, e.g. the page with the group finder. Relative URLs are resolved against the page; only https:, http:, mailto: and tel: links are made.' ),
			'hide' => array( 'type' => 'text', 'description' => 'Blocks to leave out, separated by spaces: `header`, `notices`, `audience`, `offers`, `follow-up`, `referral`, `price`, `contact`, `address`, `map`, `hours`, `continue`, `qr` (e.g. `hide="audience price"`). Unknown names are ignored.' ),
			'hide-header' => array( 'type' => 'boolean', 'description' => 'Hides the header block (name, logo, municipalities). Same as `hide="header"`.' ),
			'hide-notices' => array( 'type' => 'boolean', 'description' => 'Hides the notices block (closed status and notices). Same as `hide="notices"`.' ),
			'hide-audience' => array( 'type' => 'boolean', 'description' => 'Hides the "who is it for" block. Same as `hide="audience"`.' ),
			'hide-offers' => array( 'type' => 'boolean', 'description' => 'Hides the offers block. Same as `hide="offers"`.' ),
			'hide-follow-up' => array( 'type' => 'boolean', 'description' => 'Hides the follow-up block. Same as `hide="follow-up"`.' ),
			'hide-referral' => array( 'type' => 'boolean', 'description' => 'Hides the referral block. Same as `hide="referral"`.' ),
			'hide-price' => array( 'type' => 'boolean', 'description' => 'Hides the price block. Same as `hide="price"`.' ),
			'hide-contact' => array( 'type' => 'boolean', 'description' => 'Hides the contact block. Same as `hide="contact"`.' ),
			'hide-address' => array( 'type' => 'boolean', 'description' => 'Hides the address block. Same as `hide="address"`.' ),
			'hide-map' => array( 'type' => 'boolean', 'description' => 'Hides the map; its boundaries are then never loaded. Same as `hide="map"`.' ),
			'hide-hours' => array( 'type' => 'boolean', 'description' => 'Hides the contact hours block. Same as `hide="hours"`.' ),
			'hide-continue' => array( 'type' => 'boolean', 'description' => 'Hides the "continue afterwards" block. Same as `hide="continue"`.' ),
			'show-qr' => array( 'type' => 'boolean', 'description' => 'Shows a QR code of the centre\'s web page (opt-in, as it is mostly wanted on paper). The encoder runs in the page and is loaded only when needed. Not shown in the compact layout.' ),
			'feed' => array( 'type' => 'url', 'description' => 'URL of the shared JSON feed. When absent, the page-wide `<meta name="frisklivs-feed" content="…">` is used.' ),
			'show-language-switcher' => array( 'type' => 'boolean', 'description' => 'Shows a language menu listing each language by its own name. Choosing one sets this element\'s `lang` and fires `fl-language-change`.' ),
			'lang' => array( 'type' => 'text', 'description' => 'Language of the element: nb, nn, se, sma, smj or en. Default: the settings page, else the page language.' ),
			'id' => array( 'type' => 'text', 'description' => 'HTML id, e.g. for a link to this element.' ),
			'class' => array( 'type' => 'text', 'description' => 'HTML class, e.g. for the site\'s CSS.' ),
		),
	),
	'fl-follow-up-timeline' => array(
		'shortcode'  => 'frisklivs_follow_up_timeline',
		'summary'    => 'The structured follow-up, week by week, with your own dates and a calendar file.',
		'attributes' => array(
			'start' => array( 'type' => 'text', 'description' => 'Date of the first conversation, `YYYY-MM-DD`. An invalid date shows a notice and the undated timeline. Set by the date field too.' ),
			'weeks' => array( 'type' => 'number', 'description' => 'Weeks in one period. Default: the centre\'s programme, else 12.' ),
			'centre' => array( 'type' => 'text', 'description' => 'Id of a centre in the feed: its programme and name are used. The feed is loaded only when this is set.' ),
			'orientation' => array( 'type' => 'enum', 'values' => array( 'auto', 'vertical', 'horizontal' ), 'default' => 'auto', 'description' => '`auto` (vertical in containers narrower than 40rem, horizontal from there), `vertical` or `horizontal`.' ),
			'today' => array( 'type' => 'text', 'description' => 'Today\'s date, `YYYY-MM-DD`, for a fixed clock; default the current date in Norway (Europe/Oslo).' ),
			'group-weeks' => array( 'type' => 'text', 'description' => 'Weeks with a group session, space- or comma-separated ("2 4 6 8"); overrides the centre\'s programme.' ),
			'conversation-weeks' => array( 'type' => 'text', 'description' => 'Weeks with an extra conversation between the first and the last ("6"); overrides the centre\'s programme.' ),
			'periods' => array( 'type' => 'number', 'default' => '1', 'description' => '1 (default) or 2: show a second period after renewal. Ignored when the centre\'s programme is not renewable.' ),
			'heading-level' => array( 'type' => 'number', 'default' => '2', 'description' => 'Level of the element\'s heading, 1–6 (default 2); the details heading is one level below.' ),
			'feed' => array( 'type' => 'url', 'description' => 'URL of the shared JSON feed. When absent, the page-wide `<meta name="frisklivs-feed" content="…">` is used.' ),
			'show-language-switcher' => array( 'type' => 'boolean', 'description' => 'Shows a language menu listing each language by its own name. Choosing one sets this element\'s `lang` and fires `fl-language-change`.' ),
			'lang' => array( 'type' => 'text', 'description' => 'Language of the element: nb, nn, se, sma, smj or en. Default: the settings page, else the page language.' ),
			'id' => array( 'type' => 'text', 'description' => 'HTML id, e.g. for a link to this element.' ),
			'class' => array( 'type' => 'text', 'description' => 'HTML class, e.g. for the site\'s CSS.' ),
		),
	),
);
