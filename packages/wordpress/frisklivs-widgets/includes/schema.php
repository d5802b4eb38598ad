<?php
/**
 * The feed schema, version 1, in PHP: a port of the library's validator (packages/widgets/src/feed/schema.ts and
 * schema-kit.ts) for the entries this site publishes. Each check takes untrusted data (a form, an import, an upstream
 * feed), reports problems with their JSON path, and returns a clean copy holding only the fields it knows, in the
 * schema's order, so the endpoint serves nothing the library's validator would refuse. The rules are the same:
 * required fields, patterns, real dates, closing after opening, a physical group needs a municipality, a centre's
 * host municipality among those it serves; optional details that are wrong are dropped with a warning ("lenient").
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

const FRISKLIVS_WIDGETS_FEED_VERSION = 1;
const FRISKLIVS_WIDGETS_LOCALES      = array( 'nb', 'nn', 'se', 'sma', 'smj', 'en' );
const FRISKLIVS_WIDGETS_WEEKDAYS     = array( 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU' );

/**
 * The marker for a value that failed its check.
 *
 * @return stdClass
 */
function frisklivs_widgets_invalid() {
	static $invalid = null;
	if ( null === $invalid ) {
		$invalid = new stdClass();
	}
	return $invalid;
}

/**
 * Whether a decoded JSON value is an object (an associative array; an empty array counts).
 *
 * @param mixed $value The value.
 * @return bool
 */
function frisklivs_widgets_is_object( $value ) {
	if ( ! is_array( $value ) ) {
		return false;
	}
	$i = 0;
	foreach ( $value as $key => $unused ) {
		if ( $key !== $i ) {
			return true;
		}
		++$i;
	}
	return 0 === $i;
}

/**
 * Whether a decoded JSON value is an array (a list).
 *
 * @param mixed $value The value.
 * @return bool
 */
function frisklivs_widgets_is_list( $value ) {
	return is_array( $value ) && ( array() === $value || ! frisklivs_widgets_is_object( $value ) );
}

/**
 * The length of a string as JavaScript counts it (UTF-16 code units), so limits agree with the library's.
 *
 * @param string $text UTF-8 text.
 * @return int
 */
function frisklivs_widgets_js_length( $text ) {
	$chars = preg_match_all( '/./us', $text );
	$astral = preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
	return (int) $chars + (int) $astral;
}

/**
 * Trims white space as JavaScript's String.prototype.trim does (Unicode spaces and the BOM too).
 *
 * @param string $text The text.
 * @return string
 */
function frisklivs_widgets_trim( $text ) {
	$trimmed = preg_replace( '/^[\s\p{Z}\x{FEFF}]+|[\s\p{Z}\x{FEFF}]+$/u', '', $text );
	return null === $trimmed ? trim( $text ) : $trimmed;
}

/**
 * How a value is described in a message.
 *
 * @param mixed $value The value.
 * @return string
 */
function frisklivs_widgets_describe( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_array( $value ) ) {
		return frisklivs_widgets_is_object( $value ) ? __( 'an object', 'frisklivs-widgets' ) : __( 'a list', 'frisklivs-widgets' );
	}
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return (string) $value;
	}
	return '"' . substr( (string) $value, 0, 40 ) . '"';
}

/**
 * Adds a problem.
 *
 * @param array  $problems The list.
 * @param string $path     JSON path.
 * @param string $message  What is wrong (translated).
 * @param string $severity error or warning.
 */
function frisklivs_widgets_problem( array &$problems, $path, $message, $severity = 'error' ) {
	$problems[] = array(
		'path'     => $path,
		'message'  => $message,
		'severity' => $severity,
	);
}

// -- the checks --------------------------------------------------------------------------------------------------
// A check is an array: array( 'kind' => string|number|boolean|enum|array|object, …options, 'presence' =>
// required|optional|lenient|default, 'default' => value ).

/**
 * A string check.
 *
 * @param array $options pattern, what (the pattern in words), max, refine (callable returning a message or null).
 * @return array
 */
function frisklivs_widgets_s( array $options = array() ) {
	return array_merge(
		array(
			'kind' => 'string',
			'max'  => 10000,
		),
		$options
	);
}

/**
 * Makes a check optional: absent or null is fine.
 *
 * @param array $check The check.
 * @return array
 */
function frisklivs_widgets_optional( array $check ) {
	$check['presence'] = 'optional';
	return $check;
}

/**
 * Makes a check lenient: absent is fine, an invalid value is dropped with a warning.
 *
 * @param array $check The check.
 * @return array
 */
function frisklivs_widgets_lenient( array $check ) {
	$check['presence'] = 'lenient';
	return $check;
}

/**
 * Gives a check a default used when the value is absent or invalid (with a warning).
 *
 * @param array $check    The check.
 * @param mixed $fallback The default.
 * @return array
 */
function frisklivs_widgets_default( array $check, $fallback ) {
	$check['presence'] = 'default';
	$check['default']  = $fallback;
	return $check;
}

/**
 * Whether a text is a real calendar date (2026-02-30 is not).
 *
 * @param string $value YYYY-MM-DD.
 * @return string|null A message, or null.
 */
function frisklivs_widgets_refine_real_date( $value ) {
	$parts = array_map( 'intval', explode( '-', $value ) );
	/* translators: %s: a date such as 2026-02-30 */
	return checkdate( $parts[1], $parts[2], $parts[0] ) ? null : sprintf( __( '%s is not a real date', 'frisklivs-widgets' ), $value );
}

/**
 * Only https:, http:, mailto: and tel: links (the library's safeHref).
 *
 * @param string $value The link.
 * @return string|null A message, or null.
 */
function frisklivs_widgets_refine_link( $value ) {
	return frisklivs_widgets_safe_href( $value ) ? null : __( 'only https:, http:, mailto: and tel: links are allowed', 'frisklivs-widgets' );
}

/**
 * Whether a value is an absolute https:, http:, mailto: or tel: URL without control characters.
 *
 * @param mixed $value The value.
 * @return bool
 */
function frisklivs_widgets_safe_href( $value ) {
	if ( ! is_string( $value ) ) {
		return false;
	}
	$value = frisklivs_widgets_trim( $value );
	if ( '' === $value || preg_match( '/[\x{0000}-\x{001f}\x{007f}-\x{009f}\s]/u', $value ) ) {
		return false;
	}
	if ( preg_match( '#^https?://#i', $value ) ) {
		$host = wp_parse_url( $value, PHP_URL_HOST );
		return is_string( $host ) && 1 === preg_match( '/^[^\/?#@:\[\]]+$|^\[[0-9a-f:.]+\]$/i', $host );
	}
	return 1 === preg_match( '#^(mailto|tel):\S#i', $value );
}

/** The field checks, named as in schema.ts. */
function frisklivs_widgets_checks() {
	static $checks = null;
	if ( null !== $checks ) {
		return $checks;
	}
	$date     = frisklivs_widgets_s(
		array(
			'pattern' => '/^\d{4}-\d{2}-\d{2}$/',
			'what'    => __( 'a date YYYY-MM-DD', 'frisklivs-widgets' ),
			'refine'  => 'frisklivs_widgets_refine_real_date',
			'max'     => 10,
		)
	);
	$time     = frisklivs_widgets_s(
		array(
			'pattern' => '/^([01]\d|2[0-3]):[0-5]\d$/',
			'what'    => __( 'a time HH:MM (24 h)', 'frisklivs-widgets' ),
			'max'     => 5,
		)
	);
	$id       = frisklivs_widgets_s(
		array(
			'pattern' => '/^[A-Za-z0-9][A-Za-z0-9._:-]*$/',
			'what'    => __( 'an id of letters, digits and . _ : -', 'frisklivs-widgets' ),
			'max'     => 100,
		)
	);
	$kommune  = frisklivs_widgets_s(
		array(
			'pattern' => '/^\d{4}$/',
			'what'    => __( 'a 4-digit municipality number', 'frisklivs-widgets' ),
			'max'     => 4,
		)
	);
	$language = frisklivs_widgets_s(
		array(
			'pattern' => '/^[a-z]{2,3}$/',
			'what'    => __( 'an ISO 639 language code such as nb, se, sma, smj', 'frisklivs-widgets' ),
			'max'     => 3,
		)
	);
	$phone    = frisklivs_widgets_s(
		array(
			'pattern' => '/^\+?[0-9 ()-]{3,20}$/',
			'what'    => __( 'a phone number (digits, spaces, + ( ) -)', 'frisklivs-widgets' ),
			'max'     => 20,
		)
	);
	$email    = frisklivs_widgets_s(
		array(
			'pattern' => '/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/',
			'what'    => __( 'an e-mail address', 'frisklivs-widgets' ),
			'max'     => 200,
		)
	);
	$link     = frisklivs_widgets_s(
		array(
			'max'    => 2000,
			'refine' => 'frisklivs_widgets_refine_link',
		)
	);
	$text     = frisklivs_widgets_s( array( 'max' => 2000 ) );
	$county   = frisklivs_widgets_s(
		array(
			'pattern' => '/^\d{2}$/',
			'what'    => __( 'a 2-digit county number', 'frisklivs-widgets' ),
			'max'     => 2,
		)
	);

	$localized = array(
		'kind'  => 'object',
		'shape' => array(
			'nb'  => $text,
			'nn'  => frisklivs_widgets_lenient( $text ),
			'se'  => frisklivs_widgets_lenient( $text ),
			'sma' => frisklivs_widgets_lenient( $text ),
			'smj' => frisklivs_widgets_lenient( $text ),
			'en'  => frisklivs_widgets_lenient( $text ),
		),
	);
	$weekday   = array(
		'kind'   => 'enum',
		'values' => FRISKLIVS_WIDGETS_WEEKDAYS,
	);
	$hours     = array(
		'kind'   => 'object',
		'shape'  => array(
			'weekdays'  => array(
				'kind'   => 'array',
				'item'   => $weekday,
				'min'    => 1,
				'max'    => 7,
				'unique' => true,
			),
			'opens'     => $time,
			'closes'    => $time,
			'validFrom' => frisklivs_widgets_lenient( $date ),
			'validTo'   => frisklivs_widgets_lenient( $date ),
			'note'      => frisklivs_widgets_lenient( $localized ),
		),
		'refine' => 'frisklivs_widgets_refine_closes_after_opens',
	);
	$period    = array(
		'kind'   => 'object',
		'shape'  => array(
			'opens'  => $time,
			'closes' => $time,
		),
		'refine' => 'frisklivs_widgets_refine_closes_after_opens',
	);
	$special   = array(
		'kind'  => 'object',
		'shape' => array(
			'date'  => $date,
			'hours' => frisklivs_widgets_optional(
				array(
					'kind' => 'array',
					'item' => $period,
					'min'  => 1,
					'max'  => 4,
				)
			),
			'note'  => frisklivs_widgets_lenient( $localized ),
		),
	);
	$special_days  = frisklivs_widgets_optional(
		array(
			'kind' => 'array',
			'item' => $special,
			'drop' => true,
			'max'  => 400,
		)
	);
	$contact_hours = frisklivs_widgets_optional(
		array(
			'kind' => 'array',
			'item' => $hours,
			'drop' => true,
			'max'  => 20,
		)
	);
	$address       = array(
		'kind'  => 'object',
		'shape' => array(
			'street'       => frisklivs_widgets_s( array( 'max' => 200 ) ),
			'postcode'     => frisklivs_widgets_s(
				array(
					'pattern' => '/^\d{4}$/',
					'what'    => __( 'a 4-digit postcode', 'frisklivs-widgets' ),
					'max'     => 4,
				)
			),
			'postTown'     => frisklivs_widgets_s( array( 'max' => 100 ) ),
			'municipality' => frisklivs_widgets_lenient( $kommune ),
		),
	);
	$site          = array(
		'kind'  => 'object',
		'shape' => array(
			'id'                => frisklivs_widgets_lenient( $id ),
			'name'              => frisklivs_widgets_lenient( $localized ),
			'address'           => $address,
			'lat'               => frisklivs_widgets_lenient(
				array(
					'kind' => 'number',
					'min'  => 57,
					'max'  => 81.5,
				)
			),
			'lon'               => frisklivs_widgets_lenient(
				array(
					'kind' => 'number',
					'min'  => -10,
					'max'  => 35,
				)
			),
			'stepFree'          => frisklivs_widgets_lenient( array( 'kind' => 'boolean' ) ),
			'accessibilityNote' => frisklivs_widgets_lenient( $localized ),
		),
	);
	$week          = array(
		'kind'    => 'number',
		'min'     => 1,
		'max'     => 52,
		'integer' => true,
	);
	$age           = array(
		'kind'    => 'number',
		'min'     => 0,
		'max'     => 120,
		'integer' => true,
	);
	$programme     = array(
		'kind'  => 'object',
		'shape' => array(
			'weeks'             => frisklivs_widgets_default( $week, 12 ),
			'groupSessionWeeks' => frisklivs_widgets_optional(
				array(
					'kind'   => 'array',
					'item'   => $week,
					'unique' => true,
					'max'    => 52,
				)
			),
			'conversationWeeks' => frisklivs_widgets_optional(
				array(
					'kind'   => 'array',
					'item'   => $week,
					'unique' => true,
					'max'    => 52,
				)
			),
			'activities'        => frisklivs_widgets_optional(
				array(
					'kind' => 'array',
					'item' => array(
						'kind'  => 'object',
						'shape' => array(
							'week'  => $week,
							'label' => $localized,
						),
					),
					'max'  => 100,
				)
			),
			'renewable'         => frisklivs_widgets_default( array( 'kind' => 'boolean' ), true ),
		),
	);
	$notice        = array(
		'kind'  => 'object',
		'shape' => array(
			'text'      => $localized,
			'validFrom' => frisklivs_widgets_lenient( $date ),
			'validTo'   => frisklivs_widgets_lenient( $date ),
		),
	);
	$kommuner      = array(
		'kind'   => 'array',
		'item'   => $kommune,
		'unique' => true,
	);

	$checks = array(
		'offer'        => array(
			'kind'  => 'object',
			'shape' => array(
				'id'          => $id,
				'kind'        => array(
					'kind'   => 'enum',
					'values' => array( 'core', 'optional' ),
				),
				'label'       => $localized,
				'description' => frisklivs_widgets_lenient( $localized ),
			),
		),
		'theme'        => array(
			'kind'  => 'object',
			'shape' => array(
				'id'          => $id,
				'label'       => $localized,
				'description' => frisklivs_widgets_lenient( $localized ),
			),
		),
		'municipality' => array(
			'kind'  => 'object',
			'shape' => array(
				'number'   => $kommune,
				'names'    => array(
					'kind'  => 'object',
					'shape' => array(
						'no'  => frisklivs_widgets_s( array( 'max' => 100 ) ),
						'se'  => frisklivs_widgets_lenient( frisklivs_widgets_s( array( 'max' => 100 ) ) ),
						'sma' => frisklivs_widgets_lenient( frisklivs_widgets_s( array( 'max' => 100 ) ) ),
						'smj' => frisklivs_widgets_lenient( frisklivs_widgets_s( array( 'max' => 100 ) ) ),
						'fkv' => frisklivs_widgets_lenient( frisklivs_widgets_s( array( 'max' => 100 ) ) ),
					),
				),
				'county'   => $county,
				'samiArea' => frisklivs_widgets_optional(
					array(
						'kind'   => 'enum',
						'values' => array( 'se', 'sma', 'smj' ),
					)
				),
				'lat'      => array(
					'kind' => 'number',
					'min'  => 57,
					'max'  => 81.5,
				),
				'lon'      => array(
					'kind' => 'number',
					'min'  => -10,
					'max'  => 35,
				),
				'aliases'  => frisklivs_widgets_optional(
					array(
						'kind' => 'array',
						'item' => frisklivs_widgets_s( array( 'max' => 100 ) ),
						'max'  => 10,
					)
				),
			),
		),
		'contactPoint' => array(
			'kind'   => 'object',
			'shape'  => array(
				'id'                  => $id,
				'kind'                => array(
					'kind'   => 'enum',
					'values' => array_keys( frisklivs_widgets_contact_point_kinds() ),
				),
				'name'                => $localized,
				'municipalities'      => frisklivs_widgets_default( array_merge( $kommuner, array( 'drop' => true ) ), array() ),
				'counties'            => frisklivs_widgets_default(
					array(
						'kind'   => 'array',
						'item'   => $county,
						'unique' => true,
						'drop'   => true,
					),
					array()
				),
				'national'            => frisklivs_widgets_default( array( 'kind' => 'boolean' ), false ),
				'phone'               => frisklivs_widgets_lenient( $phone ),
				'email'               => frisklivs_widgets_lenient( $email ),
				'url'                 => frisklivs_widgets_lenient( $link ),
				'registerInterestUrl' => frisklivs_widgets_lenient( $link ),
				'centre'              => frisklivs_widgets_lenient( $id ),
				'contactHours'        => $contact_hours,
				'specialDays'         => $special_days,
				'waitingList'         => frisklivs_widgets_lenient( array( 'kind' => 'boolean' ) ),
				'reportUrl'           => frisklivs_widgets_lenient( $link ),
				'lastVerified'        => frisklivs_widgets_lenient( $date ),
			),
			'refine' => 'frisklivs_widgets_refine_repeated_dates',
		),
		'centre'       => array(
			'kind'   => 'object',
			'shape'  => array(
				'id'               => $id,
				'name'             => $localized,
				'serviceCode'      => frisklivs_widgets_default( frisklivs_widgets_s( array( 'max' => 10 ) ), 'KX04' ),
				'hostMunicipality' => $kommune,
				'municipalities'   => array_merge( $kommuner, array( 'min' => 1 ) ),
				'sites'            => array(
					'kind' => 'array',
					'item' => $site,
					'drop' => true,
					'max'  => 50,
				),
				'phone'            => frisklivs_widgets_lenient( $phone ),
				'email'            => frisklivs_widgets_lenient( $email ),
				'url'              => frisklivs_widgets_lenient( $link ),
				'offers'           => array(
					'kind'   => 'array',
					'item'   => $id,
					'unique' => true,
					'max'    => 100,
				),
				'referral'         => array(
					'kind'   => 'array',
					'item'   => array(
						'kind'   => 'enum',
						'values' => array( 'self', 'gp', 'nav', 'health-personnel' ),
					),
					'unique' => true,
					'drop'   => true,
				),
				'gettingStarted'   => frisklivs_widgets_lenient( $localized ),
				'languages'        => frisklivs_widgets_default(
					array(
						'kind'   => 'array',
						'item'   => $language,
						'unique' => true,
						'drop'   => true,
					),
					array( 'nb' )
				),
				'contactHours'     => $contact_hours,
				'specialDays'      => $special_days,
				'programme'        => frisklivs_widgets_lenient( $programme ),
				'status'           => frisklivs_widgets_default(
					array(
						'kind'   => 'enum',
						'values' => array( 'active', 'temporarily-closed', 'closed' ),
					),
					'active'
				),
				'closedUntil'      => frisklivs_widgets_lenient( $date ),
				'notices'          => frisklivs_widgets_optional(
					array(
						'kind' => 'array',
						'item' => $notice,
						'drop' => true,
						'max'  => 20,
					)
				),
				'fee'              => frisklivs_widgets_default(
					array(
						'kind'  => 'object',
						'shape' => array(
							'free' => array( 'kind' => 'boolean' ),
							'text' => frisklivs_widgets_lenient( $localized ),
						),
					),
					array( 'free' => true )
				),
				'eligibility'      => frisklivs_widgets_lenient(
					array(
						'kind'  => 'object',
						'shape' => array(
							'text'   => frisklivs_widgets_lenient( $localized ),
							'minAge' => frisklivs_widgets_lenient( $age ),
							'maxAge' => frisklivs_widgets_lenient( $age ),
						),
					)
				),
				'description'      => frisklivs_widgets_lenient( $localized ),
				'reportUrl'        => frisklivs_widgets_lenient( $link ),
				'lastVerified'     => $date,
			),
			'refine' => 'frisklivs_widgets_refine_centre',
		),
		'group'        => array(
			'kind'   => 'object',
			'shape'  => array(
				'id'           => $id,
				'theme'        => $id,
				'title'        => $localized,
				'description'  => frisklivs_widgets_lenient( $localized ),
				'mode'         => array(
					'kind'   => 'enum',
					'values' => array( 'physical', 'digital' ),
				),
				'municipality' => frisklivs_widgets_optional( $kommune ),
				'area'         => frisklivs_widgets_lenient( $localized ),
				'schedule'     => array(
					'kind'   => 'object',
					'shape'  => array(
						'frequency'    => array(
							'kind'   => 'enum',
							'values' => array( 'weekly', 'fortnightly' ),
						),
						'weekday'      => $weekday,
						'startTime'    => $time,
						'endTime'      => $time,
						'firstMeeting' => frisklivs_widgets_lenient( $date ),
					),
					'refine' => 'frisklivs_widgets_refine_schedule',
				),
				'status'       => array(
					'kind'   => 'enum',
					'values' => array( 'forming', 'open', 'full' ),
				),
				'plannedStart' => frisklivs_widgets_lenient( $date ),
				'minAge'       => frisklivs_widgets_default( $age, 18 ),
				'languages'    => frisklivs_widgets_default(
					array(
						'kind'   => 'array',
						'item'   => $language,
						'unique' => true,
						'drop'   => true,
						'min'    => 1,
					),
					array( 'nb' )
				),
				'contactPoint' => $id,
				'reportUrl'    => frisklivs_widgets_lenient( $link ),
				'lastVerified' => $date,
			),
			'refine' => 'frisklivs_widgets_refine_group',
		),
	);
	return $checks;
}

/**
 * The contact point kinds and their Norwegian labels.
 *
 * @return array<string, string>
 */
function frisklivs_widgets_contact_point_kinds() {
	return array(
		'municipal-contact'      => __( 'Municipal contact', 'frisklivs-widgets' ),
		'link-centre'            => __( 'LINK centre', 'frisklivs-widgets' ),
		'volunteer-centre'       => __( 'Volunteer centre', 'frisklivs-widgets' ),
		'learning-coping-centre' => __( 'Learning and coping centre', 'frisklivs-widgets' ),
		'frisklivssentral'       => __( 'Frisklivssentral', 'frisklivs-widgets' ),
		'selvhjelp-norge'        => __( 'Selvhjelp Norge', 'frisklivs-widgets' ),
		'other'                  => __( 'Other', 'frisklivs-widgets' ),
	);
}

/**
 * Opening hours and day periods: closing after opening.
 *
 * @param array  $value    The parsed object.
 * @param string $path     Its path.
 * @param array  $problems The list.
 * @return array The value.
 */
function frisklivs_widgets_refine_closes_after_opens( array $value, $path, array &$problems ) {
	if ( strcmp( $value['closes'], $value['opens'] ) <= 0 ) {
		frisklivs_widgets_problem( $problems, $path . '.closes', __( 'the closing time must be after the opening time', 'frisklivs-widgets' ) );
	}
	return $value;
}

/**
 * A group's schedule: the meeting ends after it starts.
 *
 * @param array  $value    The parsed schedule.
 * @param string $path     Its path.
 * @param array  $problems The list.
 * @return array The value.
 */
function frisklivs_widgets_refine_schedule( array $value, $path, array &$problems ) {
	if ( strcmp( $value['endTime'], $value['startTime'] ) <= 0 ) {
		frisklivs_widgets_problem( $problems, $path . '.endTime', __( 'the end time must be after the start time', 'frisklivs-widgets' ) );
	}
	return $value;
}

/**
 * A group: a physical group names its municipality.
 *
 * @param array  $value    The parsed group.
 * @param string $path     Its path.
 * @param array  $problems The list.
 * @return array The value.
 */
function frisklivs_widgets_refine_group( array $value, $path, array &$problems ) {
	if ( 'physical' === $value['mode'] && empty( $value['municipality'] ) ) {
		frisklivs_widgets_problem( $problems, $path . '.municipality', __( 'a group that meets in person needs a municipality', 'frisklivs-widgets' ) );
	}
	return $value;
}

/**
 * A repeated special day: the later one is dropped with a warning.
 *
 * @param array  $value    The parsed entry.
 * @param string $path     Its path.
 * @param array  $problems The list.
 * @return array The value.
 */
function frisklivs_widgets_refine_repeated_dates( array $value, $path, array &$problems ) {
	if ( empty( $value['specialDays'] ) ) {
		return $value;
	}
	$seen = array();
	$kept = array();
	foreach ( $value['specialDays'] as $day ) {
		if ( isset( $seen[ $day['date'] ] ) ) {
			/* translators: %s: a date */
			frisklivs_widgets_problem( $problems, $path . '.specialDays', sprintf( __( '%s is given twice (the later entry is dropped)', 'frisklivs-widgets' ), $day['date'] ), 'warning' );
			continue;
		}
		$seen[ $day['date'] ] = true;
		$kept[]               = $day;
	}
	$value['specialDays'] = $kept;
	return $value;
}

/**
 * A centre: repeated special days dropped, and the host municipality is one it serves.
 *
 * @param array  $value    The parsed centre.
 * @param string $path     Its path.
 * @param array  $problems The list.
 * @return array The value.
 */
function frisklivs_widgets_refine_centre( array $value, $path, array &$problems ) {
	$value = frisklivs_widgets_refine_repeated_dates( $value, $path, $problems );
	if ( ! in_array( $value['hostMunicipality'], $value['municipalities'], true ) ) {
		frisklivs_widgets_problem( $problems, $path . '.municipalities', __( 'must include the host municipality', 'frisklivs-widgets' ) );
	}
	return $value;
}

/**
 * Checks a value against a check; returns the clean copy or frisklivs_widgets_invalid().
 *
 * @param array  $check    The check.
 * @param mixed  $value    The untrusted value.
 * @param string $path     Its JSON path.
 * @param array  $problems Problems found are added here.
 * @return mixed
 */
function frisklivs_widgets_parse( array $check, $value, $path, array &$problems ) {
	$presence = isset( $check['presence'] ) ? $check['presence'] : 'required';
	if ( 'required' !== $presence ) {
		if ( null === $value ) {
			return 'default' === $presence ? $check['default'] : null;
		}
		if ( 'optional' !== $presence ) {
			$inner  = array();
			$parsed = frisklivs_widgets_parse_value( $check, $value, $path, $inner );
			if ( frisklivs_widgets_invalid() === $parsed ) {
				foreach ( $inner as $problem ) {
					$problem['severity'] = 'warning';
					$problem['detail']   = isset( $problem['detail'] ) ? $problem['detail'] : $problem['message'];
					$problem['message'] .= 'default' === $presence
						/* translators: %s: the default value as JSON */
						? ' ' . sprintf( __( '(default %s used)', 'frisklivs-widgets' ), wp_json_encode( $check['default'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) )
						: ' ' . __( '(field ignored)', 'frisklivs-widgets' );
					$problems[]          = $problem;
				}
				return 'default' === $presence ? $check['default'] : null;
			}
			foreach ( $inner as $problem ) {
				$problems[] = $problem;
			}
			return $parsed;
		}
	}
	return frisklivs_widgets_parse_value( $check, $value, $path, $problems );
}

/**
 * The check itself, without the presence rules.
 *
 * @param array  $check    The check.
 * @param mixed  $value    The untrusted value (not null).
 * @param string $path     Its JSON path.
 * @param array  $problems Problems found are added here.
 * @return mixed
 */
function frisklivs_widgets_parse_value( array $check, $value, $path, array &$problems ) {
	$invalid = frisklivs_widgets_invalid();
	switch ( $check['kind'] ) {
		case 'string':
			if ( ! is_string( $value ) ) {
				/* translators: %s: what was found instead */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected text, got %s', 'frisklivs-widgets' ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			if ( ! preg_match( '//u', $value ) ) {
				frisklivs_widgets_problem( $problems, $path, __( 'the text is not valid UTF-8', 'frisklivs-widgets' ) );
				return $invalid;
			}
			$text = frisklivs_widgets_trim( $value );
			if ( '' === $text ) {
				frisklivs_widgets_problem( $problems, $path, __( 'must not be empty', 'frisklivs-widgets' ) );
				return $invalid;
			}
			if ( frisklivs_widgets_js_length( $text ) > $check['max'] ) {
				/* translators: %d: the most characters allowed */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'longer than %d characters', 'frisklivs-widgets' ), $check['max'] ) );
				return $invalid;
			}
			if ( isset( $check['pattern'] ) && ! preg_match( $check['pattern'], $text ) ) {
				/* translators: 1: what is expected, e.g. "a time HH:MM (24 h)", 2: what was found */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected %1$s, got %2$s', 'frisklivs-widgets' ), $check['what'], frisklivs_widgets_describe( $text ) ) );
				return $invalid;
			}
			if ( isset( $check['refine'] ) ) {
				$message = call_user_func( $check['refine'], $text );
				if ( null !== $message ) {
					frisklivs_widgets_problem( $problems, $path, $message );
					return $invalid;
				}
			}
			return $text;

		case 'number':
			if ( ( ! is_int( $value ) && ! is_float( $value ) ) || ! is_finite( (float) $value ) ) {
				/* translators: %s: what was found instead */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected a number, got %s', 'frisklivs-widgets' ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			if ( ! empty( $check['integer'] ) && floor( $value ) !== (float) $value ) {
				frisklivs_widgets_problem( $problems, $path, __( 'expected a whole number', 'frisklivs-widgets' ) );
				return $invalid;
			}
			if ( isset( $check['min'] ) && $value < $check['min'] ) {
				/* translators: %s: the smallest value allowed */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'must be at least %s', 'frisklivs-widgets' ), $check['min'] ) );
				return $invalid;
			}
			if ( isset( $check['max'] ) && $value > $check['max'] ) {
				/* translators: %s: the largest value allowed */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'must be at most %s', 'frisklivs-widgets' ), $check['max'] ) );
				return $invalid;
			}
			return ! empty( $check['integer'] ) ? (int) $value : $value;

		case 'boolean':
			if ( ! is_bool( $value ) ) {
				/* translators: %s: what was found instead */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected yes or no, got %s', 'frisklivs-widgets' ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			return $value;

		case 'enum':
			if ( ! is_string( $value ) || ! in_array( $value, $check['values'], true ) ) {
				/* translators: 1: the allowed values, 2: what was found */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected one of %1$s, got %2$s', 'frisklivs-widgets' ), implode( ', ', $check['values'] ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			return $value;

		case 'array':
			if ( ! frisklivs_widgets_is_list( $value ) ) {
				/* translators: %s: what was found instead */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected a list, got %s', 'frisklivs-widgets' ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			$max = isset( $check['max'] ) ? $check['max'] : 100000;
			if ( count( $value ) > $max ) {
				/* translators: %d: the most items allowed */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'more than %d items', 'frisklivs-widgets' ), $max ) );
				return $invalid;
			}
			$out  = array();
			$seen = array();
			foreach ( array_values( $value ) as $i => $item ) {
				$item_path = $path . '[' . $i . ']';
				$inner     = array();
				$parsed    = null === $item ? $invalid : frisklivs_widgets_parse( $check['item'], $item, $item_path, $inner );
				if ( null === $item ) {
					/* translators: %s: what was found instead */
					frisklivs_widgets_problem( $inner, $item_path, sprintf( __( 'expected a value, got %s', 'frisklivs-widgets' ), 'null' ) );
				}
				if ( $invalid === $parsed ) {
					if ( empty( $check['drop'] ) ) {
						foreach ( $inner as $problem ) {
							$problems[] = $problem;
						}
						return $invalid;
					}
					foreach ( $inner as $problem ) {
						$problem['severity'] = 'warning';
						$problem['detail']   = isset( $problem['detail'] ) ? $problem['detail'] : $problem['message'];
						$problem['message'] .= ' ' . __( '(item dropped)', 'frisklivs-widgets' );
						$problems[]          = $problem;
					}
					continue;
				}
				foreach ( $inner as $problem ) {
					$problems[] = $problem;
				}
				if ( ! empty( $check['unique'] ) && is_scalar( $parsed ) ) {
					$key = gettype( $parsed ) . ':' . $parsed;
					if ( isset( $seen[ $key ] ) ) {
						/* translators: %s: the repeated value */
						frisklivs_widgets_problem( $problems, $item_path, sprintf( __( 'repeated value %s (dropped)', 'frisklivs-widgets' ), wp_json_encode( $parsed, JSON_UNESCAPED_UNICODE ) ), 'warning' );
						continue;
					}
					$seen[ $key ] = true;
				}
				$out[] = $parsed;
			}
			$min = isset( $check['min'] ) ? $check['min'] : 0;
			if ( count( $out ) < $min ) {
				/* translators: %d: the fewest items allowed */
				frisklivs_widgets_problem( $problems, $path, sprintf( 1 === $min ? __( 'needs at least one item', 'frisklivs-widgets' ) : __( 'needs at least %d items', 'frisklivs-widgets' ), $min ) );
				return $invalid;
			}
			return $out;

		case 'object':
			if ( ! frisklivs_widgets_is_object( $value ) ) {
				/* translators: %s: what was found instead */
				frisklivs_widgets_problem( $problems, $path, sprintf( __( 'expected an object, got %s', 'frisklivs-widgets' ), frisklivs_widgets_describe( $value ) ) );
				return $invalid;
			}
			$out = array();
			$ok  = true;
			foreach ( $check['shape'] as $key => $field ) {
				$field_value = array_key_exists( $key, $value ) ? $value[ $key ] : null;
				$presence    = isset( $field['presence'] ) ? $field['presence'] : 'required';
				if ( null === $field_value && 'required' === $presence ) {
					frisklivs_widgets_problem( $problems, $path . '.' . $key, __( 'is required', 'frisklivs-widgets' ) );
					$ok = false;
					continue;
				}
				$parsed = frisklivs_widgets_parse( $field, $field_value, $path . '.' . $key, $problems );
				if ( $invalid === $parsed ) {
					$ok = false;
				} elseif ( null !== $parsed ) {
					$out[ $key ] = $parsed;
				}
			}
			if ( ! $ok ) {
				return $invalid;
			}
			if ( isset( $check['refine'] ) ) {
				$before = count( $problems );
				$out    = call_user_func_array( $check['refine'], array( $out, $path, &$problems ) );
				foreach ( array_slice( $problems, $before ) as $problem ) {
					if ( 'error' === $problem['severity'] ) {
						return $invalid;
					}
				}
			}
			return $out;
	}
	return $invalid;
}

/**
 * Checks one entry of a collection (group, contactPoint, centre, theme, offer, municipality).
 *
 * @param string $type  The entry type.
 * @param mixed  $entry The untrusted entry.
 * @param string $path  Its path, e.g. "$.groups[3]".
 * @return array{entry: array|null, problems: array}
 */
function frisklivs_widgets_validate_entry( $type, $entry, $path = '$' ) {
	$checks   = frisklivs_widgets_checks();
	$problems = array();
	$parsed   = frisklivs_widgets_parse( $checks[ $type ], $entry, $path, $problems );
	return array(
		'entry'    => frisklivs_widgets_invalid() === $parsed ? null : $parsed,
		'problems' => $problems,
	);
}

/**
 * Whether a list of problems has an error.
 *
 * @param array $problems Problems.
 * @return bool
 */
function frisklivs_widgets_has_error( array $problems ) {
	foreach ( $problems as $problem ) {
		if ( 'error' === $problem['severity'] ) {
			return true;
		}
	}
	return false;
}
