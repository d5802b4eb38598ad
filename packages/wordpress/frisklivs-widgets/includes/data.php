<?php
/**
 * Reference data: the municipalities the plugin ships (data/, from the sample feed's reference data), the themes and
 * offers (the upstream feed's, else the shipped ones), and the upstream feed itself, fetched by the server at most
 * once an hour and never by a reader's request.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads one of the shipped JSON files in data/.
 *
 * @param string $name File name.
 * @return mixed
 */
function frisklivs_widgets_data_file( $name ) {
	static $cache = array();
	if ( ! isset( $cache[ $name ] ) ) {
		$json           = @file_get_contents( FRISKLIVS_WIDGETS_DIR . '/data/' . $name ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged, WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$cache[ $name ] = $json ? json_decode( $json, true ) : array();
	}
	return $cache[ $name ];
}

/**
 * The municipalities: the upstream feed's when it has them, else the shipped list (357, 2024 numbering).
 *
 * @return array<int, array> In the feed's shape.
 */
function frisklivs_widgets_municipalities() {
	$upstream = frisklivs_widgets_upstream();
	return ! empty( $upstream['feed']['municipalities'] ) ? $upstream['feed']['municipalities'] : frisklivs_widgets_data_file( 'municipalities.json' );
}

/**
 * A municipality by number.
 *
 * @return array<string, array> number => municipality.
 */
function frisklivs_widgets_municipality_index() {
	$index = array();
	foreach ( frisklivs_widgets_municipalities() as $municipality ) {
		$index[ $municipality['number'] ] = $municipality;
	}
	return $index;
}

/**
 * A municipality's label in the pickers: its Norwegian name, its Sámi and Kven names, and its number.
 *
 * @param array $municipality In the feed's shape.
 * @return string "Kautokeino – Guovdageaidnu (5430)".
 */
function frisklivs_widgets_municipality_label( array $municipality ) {
	$names = array();
	foreach ( array( 'no', 'se', 'sma', 'smj', 'fkv' ) as $key ) {
		if ( ! empty( $municipality['names'][ $key ] ) && ! in_array( $municipality['names'][ $key ], $names, true ) ) {
			$names[] = $municipality['names'][ $key ];
		}
	}
	return implode( ' – ', $names ) . ' (' . $municipality['number'] . ')';
}

/**
 * Lower-cased, with dashes and spaces folded, for matching names.
 *
 * @param string $name A name.
 * @return string
 */
function frisklivs_widgets_fold( $name ) {
	$name = strtolower( frisklivs_widgets_trim( (string) $name ) );
	$name = strtr(
		$name,
		array(
			'Æ' => 'æ',
			'Ø' => 'ø',
			'Å' => 'å',
			'Á' => 'á',
			'Č' => 'č',
			'Đ' => 'đ',
			'Ŋ' => 'ŋ',
			'Š' => 'š',
			'Ŧ' => 'ŧ',
			'Ž' => 'ž',
			'Ï' => 'ï',
			'Ä' => 'ä',
			'Ö' => 'ö',
		)
	);
	return (string) preg_replace( '/[\s\-–—]+/u', ' ', $name );
}

/**
 * Reads a municipality as people write it: the number ("5430", "301" for 0301), any official name, Norwegian or
 * Sámi ("Kautokeino", "Guovdageaidnu"), both ("Guovdageaidnu - Kautokeino") or the pickers' label.
 *
 * @param string $input What was typed.
 * @return array{number: string|null, message: string|null} The number, or a message in the admin's language.
 */
function frisklivs_widgets_resolve_municipality( $input ) {
	$input = frisklivs_widgets_trim( (string) $input );
	$index = frisklivs_widgets_municipality_index();
	if ( preg_match( '/\((\d{4})\)\s*$/', $input, $m ) || preg_match( '/^(\d{3,4})$/', $input, $m ) ) {
		$number = str_pad( $m[1], 4, '0', STR_PAD_LEFT );
		if ( isset( $index[ $number ] ) ) {
			return array(
				'number'  => $number,
				'message' => null,
			);
		}
		return array(
			'number'  => null,
			/* translators: %s: a municipality number */
			'message' => sprintf( __( 'There is no municipality with the number %s.', 'frisklivs-widgets' ), $number ),
		);
	}
	$wanted  = frisklivs_widgets_fold( $input );
	$matches = array();
	foreach ( $index as $municipality ) {
		$number  = (string) $municipality['number']; // Not the key: PHP turns "5612" keys into integers.
		$names   = array_filter( array_values( $municipality['names'] ) );
		$names[] = frisklivs_widgets_municipality_label( $municipality );
		foreach ( isset( $municipality['aliases'] ) ? $municipality['aliases'] : array() as $alias ) {
			$names[] = $alias;
		}
		$all = array_map( 'frisklivs_widgets_fold', $names );
		if ( in_array( $wanted, $all, true ) || frisklivs_widgets_fold( implode( ' ', array_filter( array_values( $municipality['names'] ) ) ) ) === $wanted ) {
			$matches[] = $number;
			continue;
		}
		// "Guovdageaidnu - Kautokeino": every part is one of its names.
		$parts = array_filter( array_map( 'trim', preg_split( '/\s+[\-–—\/]\s+/u', $input ) ) );
		if ( count( $parts ) > 1 && ! array_diff( array_map( 'frisklivs_widgets_fold', $parts ), $all ) ) {
			$matches[] = $number;
		}
	}
	if ( 1 === count( $matches ) ) {
		return array(
			'number'  => $matches[0],
			'message' => null,
		);
	}
	if ( count( $matches ) > 1 ) {
		return array(
			'number'  => null,
			/* translators: 1: a municipality name, 2: the municipality numbers it matches */
			'message' => sprintf( __( 'More than one municipality is called “%1$s”: write the number (%2$s).', 'frisklivs-widgets' ), $input, implode( ', ', $matches ) ),
		);
	}
	return array(
		'number'  => null,
		/* translators: %s: what was typed */
		'message' => sprintf( __( 'No municipality is called “%s”. Write a name (Norwegian or Sámi) or the four-digit number.', 'frisklivs-widgets' ), $input ),
	);
}

/**
 * The themes groups choose from: the upstream feed's, else the shipped list.
 *
 * @return array<int, array>
 */
function frisklivs_widgets_themes() {
	$upstream = frisklivs_widgets_upstream();
	if ( ! empty( $upstream['feed']['themes'] ) ) {
		return $upstream['feed']['themes'];
	}
	$taxonomies = frisklivs_widgets_data_file( 'taxonomies.json' );
	return isset( $taxonomies['themes'] ) ? $taxonomies['themes'] : array();
}

/**
 * The offers centres choose from: the upstream feed's, else the shipped list.
 *
 * @return array<int, array>
 */
function frisklivs_widgets_offers() {
	$upstream = frisklivs_widgets_upstream();
	if ( ! empty( $upstream['feed']['offers'] ) ) {
		return $upstream['feed']['offers'];
	}
	$taxonomies = frisklivs_widgets_data_file( 'taxonomies.json' );
	return isset( $taxonomies['offers'] ) ? $taxonomies['offers'] : array();
}

/**
 * The text of a localized value in the admin's language (nb for Norwegian admins, en otherwise), falling back to nb.
 *
 * @param mixed $text A LocalizedText.
 * @return string
 */
function frisklivs_widgets_text( $text ) {
	if ( ! is_array( $text ) ) {
		return '';
	}
	$locale = function_exists( 'get_user_locale' ) ? get_user_locale() : get_locale();
	$lang   = 0 === strpos( $locale, 'nn' ) ? 'nn' : ( 0 === strpos( $locale, 'en' ) ? 'en' : 'nb' );
	if ( ! empty( $text[ $lang ] ) ) {
		return (string) $text[ $lang ];
	}
	return isset( $text['nb'] ) ? (string) $text['nb'] : '';
}

// -- the upstream feed -------------------------------------------------------------------------------------------

const FRISKLIVS_WIDGETS_UPSTREAM_OPTION = 'frisklivs_widgets_upstream';

/**
 * The upstream feed as last fetched: validated entries only.
 *
 * @param bool $refresh Fetch again when the copy is older than an hour (only the feed build does).
 * @return array{url: string, feed: array, fetched: int, hash: string, error: string, problems: int}
 */
function frisklivs_widgets_upstream( $refresh = false ) {
	static $memo = null;
	$url = frisklivs_widgets_settings()['upstream_url'];
	if ( '' === $url ) {
		return array(
			'url'      => '',
			'feed'     => array(),
			'fetched'  => 0,
			'hash'     => '',
			'error'    => '',
			'problems' => 0,
		);
	}
	if ( null === $memo || $memo['url'] !== $url ) {
		$saved = get_option( FRISKLIVS_WIDGETS_UPSTREAM_OPTION );
		$memo  = is_array( $saved ) && isset( $saved['url'] ) && $saved['url'] === $url ? $saved : null;
	}
	$fresh = $memo && ( time() - $memo['fetched'] ) < HOUR_IN_SECONDS;
	if ( $refresh && ! $fresh ) {
		$memo = frisklivs_widgets_fetch_upstream( $url, $memo );
		update_option( FRISKLIVS_WIDGETS_UPSTREAM_OPTION, $memo, false );
	}
	return $memo ? $memo : array(
		'url'      => $url,
		'feed'     => array(),
		'fetched'  => 0,
		'hash'     => '',
		'error'    => '',
		'problems' => 0,
	);
}

/**
 * Fetches and validates the upstream feed. On failure the last good copy is kept and the error noted.
 *
 * @param string     $url      The feed's URL.
 * @param array|null $previous The last copy.
 * @return array
 */
function frisklivs_widgets_fetch_upstream( $url, $previous ) {
	$result   = is_array( $previous ) ? $previous : array(
		'url'      => $url,
		'feed'     => array(),
		'hash'     => '',
		'problems' => 0,
	);
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 15,
			'limit_response_size' => 50 * MB_IN_BYTES,
			'headers'             => array( 'Accept' => 'application/json' ),
		)
	);
	$result['fetched'] = time();
	$result['error']   = '';
	if ( is_wp_error( $response ) ) {
		$result['error'] = $response->get_error_message();
		return $result;
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	$body = wp_remote_retrieve_body( $response );
	$doc  = 200 === $code ? json_decode( $body, true ) : null;
	if ( ! is_array( $doc ) || ! frisklivs_widgets_is_object( $doc ) ) {
		/* translators: %d: HTTP status code */
		$result['error'] = 200 === $code ? __( 'The upstream feed is not JSON.', 'frisklivs-widgets' ) : sprintf( __( 'The upstream feed answered with HTTP status %d.', 'frisklivs-widgets' ), $code );
		return $result;
	}
	if ( isset( $doc['version'] ) && FRISKLIVS_WIDGETS_FEED_VERSION !== $doc['version'] ) {
		$result['error'] = __( 'The upstream feed is not version 1 of the feed.', 'frisklivs-widgets' );
		return $result;
	}
	$feed     = array();
	$problems = 0;
	foreach ( array(
		'offers'         => 'offer',
		'themes'         => 'theme',
		'municipalities' => 'municipality',
		'contactPoints'  => 'contactPoint',
		'centres'        => 'centre',
		'groups'         => 'group',
	) as $collection => $type ) {
		$feed[ $collection ] = array();
		if ( ! isset( $doc[ $collection ] ) || ! frisklivs_widgets_is_list( $doc[ $collection ] ) ) {
			continue;
		}
		$seen = array();
		foreach ( $doc[ $collection ] as $i => $raw ) {
			$checked = frisklivs_widgets_validate_entry( $type, $raw, '$.' . $collection . '[' . $i . ']' );
			$key     = null === $checked['entry'] ? null : ( 'municipality' === $type ? $checked['entry']['number'] : $checked['entry']['id'] );
			if ( null === $key || isset( $seen[ $key ] ) ) {
				++$problems;
				continue;
			}
			$seen[ $key ]          = true;
			$feed[ $collection ][] = $checked['entry'];
		}
	}
	if ( isset( $doc['attribution'] ) && frisklivs_widgets_is_list( $doc['attribution'] ) ) {
		$feed['attribution'] = array_values( array_filter( $doc['attribution'], 'is_string' ) );
	}
	$result['feed']     = $feed;
	$result['hash']     = md5( (string) wp_json_encode( $feed ) );
	$result['problems'] = $problems;
	return $result;
}
