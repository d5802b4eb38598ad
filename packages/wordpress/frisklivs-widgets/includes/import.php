<?php
/**
 * Frisklivs data → Import: the feed kit's CSV templates (packages/feed-kit/templates: contact-points.csv,
 * centres.csv, groups.csv) and an existing feed's JSON. Upload, then a dry run lists every problem by file, row and
 * column (as the feed kit's `frisklivs-feed build` does); only when there is none can the entries be imported, all at
 * once, as published entries (an entry whose id is already on the site is updated, with a new revision).
 *
 * The cell readers are a port of the feed kit's (packages/feed-kit/src/values.ts and columns.ts): Norwegian and
 * English weekdays, dates as 05.01.2026 or ISO, times as 18.00, yes/no, lists separated by | , ;, municipality
 * numbers or names, opening hours such as "man-fre 08.00-15.30 | tirsdag 16-19 (Kveldsåpent)" and special days such
 * as "24.12.2026 09.00-12.00 (Julaften) | 31.12.2026 stengt". Files in UTF-8 (with or without BOM), UTF-16 with BOM
 * or Windows-1252; separator ; , or tab, found from the header row.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The columns of each kind of file: header => [field path, reader, flags].
 *
 * @return array<string, array<string, array>>
 */
function frisklivs_widgets_csv_columns() {
	return array(
		'contactPoints' => array(
			'id'                    => array( 'id', 'text', 'required' ),
			'kind'                  => array( 'kind', 'kind', 'required' ),
			'name'                  => array( 'name', 'localized', 'required' ),
			'municipalities'        => array( 'municipalities', 'municipalities' ),
			'counties'              => array( 'counties', 'counties' ),
			'national'              => array( 'national', 'boolean' ),
			'phone'                 => array( 'phone', 'text' ),
			'email'                 => array( 'email', 'text' ),
			'url'                   => array( 'url', 'text' ),
			'register_interest_url' => array( 'registerInterestUrl', 'text' ),
			'centre'                => array( 'centre', 'text' ),
			'contact_hours'         => array( 'contactHours', 'hours' ),
			'special_days'          => array( 'specialDays', 'special' ),
			'waiting_list'          => array( 'waitingList', 'boolean' ),
			'report_url'            => array( 'reportUrl', 'text' ),
			'last_verified'         => array( 'lastVerified', 'date' ),
		),
		'centres'       => array(
			'id'                           => array( 'id', 'text', 'required' ),
			'name'                         => array( 'name', 'localized', 'required' ),
			'service_code'                 => array( 'serviceCode', 'text' ),
			'host_municipality'            => array( 'hostMunicipality', 'municipality', 'required' ),
			'municipalities'               => array( 'municipalities', 'municipalities' ),
			'site_id'                      => array( 'id', 'text', 'site' ),
			'site_name'                    => array( 'name', 'localized', 'site' ),
			'street'                       => array( 'address.street', 'text', 'site' ),
			'postcode'                     => array( 'address.postcode', 'postcode', 'site' ),
			'post_town'                    => array( 'address.postTown', 'text', 'site' ),
			'site_municipality'            => array( 'address.municipality', 'municipality', 'site' ),
			'lat'                          => array( 'lat', 'decimal', 'site' ),
			'lon'                          => array( 'lon', 'decimal', 'site' ),
			'step_free'                    => array( 'stepFree', 'boolean', 'site' ),
			'accessibility_note'           => array( 'accessibilityNote', 'localized', 'site' ),
			'phone'                        => array( 'phone', 'text' ),
			'email'                        => array( 'email', 'text' ),
			'url'                          => array( 'url', 'text' ),
			'offers'                       => array( 'offers', 'offers' ),
			'referral'                     => array( 'referral', 'referral' ),
			'getting_started'              => array( 'gettingStarted', 'localized' ),
			'languages'                    => array( 'languages', 'languages' ),
			'contact_hours'                => array( 'contactHours', 'hours' ),
			'special_days'                 => array( 'specialDays', 'special' ),
			'status'                       => array( 'status', 'centreStatus' ),
			'closed_until'                 => array( 'closedUntil', 'date' ),
			'notice'                       => array( 'notices.0.text', 'localized' ),
			'notice_valid_from'            => array( 'notices.0.validFrom', 'date' ),
			'notice_valid_to'              => array( 'notices.0.validTo', 'date' ),
			'fee_free'                     => array( 'fee.free', 'boolean' ),
			'fee_text'                     => array( 'fee.text', 'localized' ),
			'eligibility_text'             => array( 'eligibility.text', 'localized' ),
			'min_age'                      => array( 'eligibility.minAge', 'integer' ),
			'max_age'                      => array( 'eligibility.maxAge', 'integer' ),
			'programme_weeks'              => array( 'programme.weeks', 'integer' ),
			'programme_group_weeks'        => array( 'programme.groupSessionWeeks', 'integers' ),
			'programme_conversation_weeks' => array( 'programme.conversationWeeks', 'integers' ),
			'programme_renewable'          => array( 'programme.renewable', 'boolean' ),
			'description'                  => array( 'description', 'localized' ),
			'report_url'                   => array( 'reportUrl', 'text' ),
			'last_verified'                => array( 'lastVerified', 'date', 'required' ),
		),
		'groups'        => array(
			'id'            => array( 'id', 'text', 'required' ),
			'theme'         => array( 'theme', 'theme', 'required' ),
			'title'         => array( 'title', 'localized', 'required' ),
			'description'   => array( 'description', 'localized' ),
			'mode'          => array( 'mode', 'mode', 'required' ),
			'municipality'  => array( 'municipality', 'municipality' ),
			'area'          => array( 'area', 'localized' ),
			'frequency'     => array( 'schedule.frequency', 'frequency', 'required' ),
			'weekday'       => array( 'schedule.weekday', 'weekday', 'required' ),
			'start_time'    => array( 'schedule.startTime', 'time', 'required' ),
			'end_time'      => array( 'schedule.endTime', 'time', 'required' ),
			'first_meeting' => array( 'schedule.firstMeeting', 'date' ),
			'status'        => array( 'status', 'groupStatus', 'required' ),
			'planned_start' => array( 'plannedStart', 'date' ),
			'min_age'       => array( 'minAge', 'integer' ),
			'languages'     => array( 'languages', 'languages' ),
			'contact_point' => array( 'contactPoint', 'contactPoint', 'required' ),
			'report_url'    => array( 'reportUrl', 'text' ),
			'last_verified' => array( 'lastVerified', 'date', 'required' ),
		),
	);
}

// -- reading the file ------------------------------------------------------------------------------------------

/**
 * The text of an uploaded file: UTF-16 with a BOM, UTF-8 (BOM removed), else Windows-1252.
 *
 * @param string $bytes The file.
 * @return string UTF-8.
 */
function frisklivs_widgets_decode_text( $bytes ) {
	if ( 0 === strncmp( $bytes, "\xFF\xFE", 2 ) || 0 === strncmp( $bytes, "\xFE\xFF", 2 ) ) {
		$text = iconv( 0 === strncmp( $bytes, "\xFF\xFE", 2 ) ? 'UTF-16LE' : 'UTF-16BE', 'UTF-8', substr( $bytes, 2 ) );
		return false === $text ? '' : $text;
	}
	if ( 0 === strncmp( $bytes, "\xEF\xBB\xBF", 3 ) ) {
		$bytes = substr( $bytes, 3 );
	}
	if ( preg_match( '//u', $bytes ) ) {
		return $bytes;
	}
	$text = iconv( 'Windows-1252', 'UTF-8//IGNORE', $bytes );
	return false === $text ? '' : $text;
}

/**
 * Parses CSV text (RFC 4180 quotes, cells over several lines); the separator is the most frequent of ; , and tab
 * outside quotes in the header row.
 *
 * @param string $text UTF-8 text.
 * @return array<int, array<int, string>> Rows of cells.
 */
function frisklivs_widgets_parse_csv( $text ) {
	$text   = str_replace( array( "\r\n", "\r" ), "\n", $text );
	$header = '';
	$quoted = false;
	$length = strlen( $text );
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $text[ $i ];
		if ( '"' === $c ) {
			$quoted = ! $quoted;
		} elseif ( "\n" === $c && ! $quoted ) {
			break;
		} elseif ( ! $quoted ) {
			$header .= $c;
		}
	}
	$counts = array(
		';'  => substr_count( $header, ';' ),
		','  => substr_count( $header, ',' ),
		"\t" => substr_count( $header, "\t" ),
	);
	arsort( $counts );
	$separator = key( $counts );
	$rows      = array();
	$row       = array();
	$cell      = '';
	$quoted    = false;
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $text[ $i ];
		if ( $quoted ) {
			if ( '"' === $c ) {
				if ( $i + 1 < $length && '"' === $text[ $i + 1 ] ) {
					$cell .= '"';
					++$i;
				} else {
					$quoted = false;
				}
			} else {
				$cell .= $c;
			}
		} elseif ( '"' === $c && '' === trim( $cell ) ) {
			$quoted = true;
			$cell   = '';
		} elseif ( $c === $separator ) {
			$row[] = $cell;
			$cell  = '';
		} elseif ( "\n" === $c ) {
			$row[]  = $cell;
			$rows[] = $row;
			$row    = array();
			$cell   = '';
		} else {
			$cell .= $c;
		}
	}
	if ( '' !== $cell || $row ) {
		$row[]  = $cell;
		$rows[] = $row;
	}
	return $rows;
}

/**
 * A column's letter as a spreadsheet shows it (A, B … Z, AA …).
 *
 * @param int $index Zero-based column index.
 * @return string
 */
function frisklivs_widgets_column_letter( $index ) {
	$letter = '';
	for ( $n = $index + 1; $n > 0; $n = intdiv( $n - 1, 26 ) ) {
		$letter = chr( 65 + ( $n - 1 ) % 26 ) . $letter;
	}
	return $letter;
}

// -- reading cells ------------------------------------------------------------------------------------------------

/**
 * Lower case (Norwegian and Sámi letters too), single spaces, no trailing full stop.
 *
 * @param string $text The cell.
 * @return string
 */
function frisklivs_widgets_norm( $text ) {
	return rtrim( frisklivs_widgets_fold( preg_replace( '/[\s\x{00a0}]+/u', ' ', (string) $text ) ), '.' );
}

/**
 * A word from a table of accepted words.
 *
 * @param string $cell  The cell.
 * @param array  $table word => value.
 * @return string|null
 */
function frisklivs_widgets_from_table( $cell, array $table ) {
	$word = str_replace( '_', '-', frisklivs_widgets_norm( $cell ) );
	if ( isset( $table[ $word ] ) ) {
		return $table[ $word ];
	}
	$word = str_replace( '-', ' ', $word );
	return isset( $table[ $word ] ) ? $table[ $word ] : null;
}

/**
 * The words the readers accept (from the feed kit's values.ts).
 *
 * @param string $what Which table.
 * @return array<string, string>
 */
function frisklivs_widgets_word_table( $what ) {
	$tables = array(
		'groupStatus'  => array(
			'forming'                 => 'forming',
			'under oppstart'          => 'forming',
			'under etablering'        => 'forming',
			'oppstart'                => 'forming',
			'planlagt'                => 'forming',
			'søker deltakere'         => 'forming',
			'søkjer deltakarar'       => 'forming',
			'søker medlemmer'         => 'forming',
			'looking for members'     => 'forming',
			'starting up'             => 'forming',
			'open'                    => 'open',
			'åpen'                    => 'open',
			'ope'                     => 'open',
			'åpen for nye'            => 'open',
			'åpen for nye deltakere'  => 'open',
			'open for nye'            => 'open',
			'open for nye deltakarar' => 'open',
			'ope for nye deltakarar'  => 'open',
			'tar imot nye'            => 'open',
			'ledig'                   => 'open',
			'ledige plasser'          => 'open',
			'full'                    => 'full',
			'fullt'                   => 'full',
			'fulltegnet'              => 'full',
			'fullteikna'              => 'full',
			'ingen ledige plasser'    => 'full',
			'ingen ledige plassar'    => 'full',
			'stengt'                  => 'full',
			'lukket'                  => 'full',
			'closed'                  => 'full',
		),
		'centreStatus' => array(
			'active'             => 'active',
			'aktiv'              => 'active',
			'åpen'               => 'active',
			'open'               => 'active',
			'ope'                => 'active',
			'i drift'            => 'active',
			'temporarily closed' => 'temporarily-closed',
			'midlertidig stengt' => 'temporarily-closed',
			'mellombels stengt'  => 'temporarily-closed',
			'midlertidig stengd' => 'temporarily-closed',
			'mellombels stengd'  => 'temporarily-closed',
			'midlertidig lukket' => 'temporarily-closed',
			'stengt i ferien'    => 'temporarily-closed',
			'closed'             => 'closed',
			'stengt'             => 'closed',
			'stengd'             => 'closed',
			'nedlagt'            => 'closed',
			'nedlagd'            => 'closed',
			'lagt ned'           => 'closed',
		),
		'mode'         => array(
			'physical'       => 'physical',
			'fysisk'         => 'physical',
			'fysisk oppmøte' => 'physical',
			'oppmøte'        => 'physical',
			'in person'      => 'physical',
			'digital'        => 'digital',
			'digitalt'       => 'digital',
			'video'          => 'digital',
			'nett'           => 'digital',
			'på nett'        => 'digital',
			'online'         => 'digital',
			'på video'       => 'digital',
		),
		'frequency'    => array(
			'weekly'            => 'weekly',
			'ukentlig'          => 'weekly',
			'vekentleg'         => 'weekly',
			'hver uke'          => 'weekly',
			'kvar veke'         => 'weekly',
			'every week'        => 'weekly',
			'1'                 => 'weekly',
			'fortnightly'       => 'fortnightly',
			'biweekly'          => 'fortnightly',
			'every other week'  => 'fortnightly',
			'every second week' => 'fortnightly',
			'annenhver uke'     => 'fortnightly',
			'annen hver uke'    => 'fortnightly',
			'hver andre uke'    => 'fortnightly',
			'hver 2. uke'       => 'fortnightly',
			'hver 2 uke'        => 'fortnightly',
			'annakvar veke'     => 'fortnightly',
			'anna kvar veke'    => 'fortnightly',
			'kvar andre veke'   => 'fortnightly',
			'kvar 2. veke'      => 'fortnightly',
			'2'                 => 'fortnightly',
			'14-dagers'         => 'fortnightly',
			'14 dagers'         => 'fortnightly',
			'hver 14. dag'      => 'fortnightly',
		),
		'referral'     => array(
			'self'                  => 'self',
			'selv'                  => 'self',
			'sjølv'                 => 'self',
			'egen'                  => 'self',
			'ta kontakt selv'       => 'self',
			'egenhenvisning'        => 'self',
			'eigentilvising'        => 'self',
			'gp'                    => 'gp',
			'fastlege'              => 'gp',
			'fastlegen'             => 'gp',
			'lege'                  => 'gp',
			'nav'                   => 'nav',
			'health personnel'      => 'health-personnel',
			'health-personnel'      => 'health-personnel',
			'helsepersonell'        => 'health-personnel',
			'annet helsepersonell'  => 'health-personnel',
			'anna helsepersonell'   => 'health-personnel',
		),
		'kind'         => array(
			'municipal-contact'           => 'municipal-contact',
			'municipal contact'           => 'municipal-contact',
			'kommune'                     => 'municipal-contact',
			'kommunen'                    => 'municipal-contact',
			'kommunal kontakt'            => 'municipal-contact',
			'kommunal kontaktperson'      => 'municipal-contact',
			'link-centre'                 => 'link-centre',
			'link centre'                 => 'link-centre',
			'link'                        => 'link-centre',
			'link-senter'                 => 'link-centre',
			'link senter'                 => 'link-centre',
			'volunteer-centre'            => 'volunteer-centre',
			'volunteer centre'            => 'volunteer-centre',
			'frivilligsentral'            => 'volunteer-centre',
			'frivilligsentralen'          => 'volunteer-centre',
			'learning-coping-centre'      => 'learning-coping-centre',
			'learning and coping centre'  => 'learning-coping-centre',
			'lærings- og mestringssenter' => 'learning-coping-centre',
			'lærings og mestringssenter'  => 'learning-coping-centre',
			'lms'                         => 'learning-coping-centre',
			'frisklivssentral'            => 'frisklivssentral',
			'frisklivssentralen'          => 'frisklivssentral',
			'selvhjelp-norge'             => 'selvhjelp-norge',
			'selvhjelp norge'             => 'selvhjelp-norge',
			'other'                       => 'other',
			'annet'                       => 'other',
			'anna'                        => 'other',
		),
		'language'     => array(
			'norsk'           => 'nb',
			'bokmål'          => 'nb',
			'nynorsk'         => 'nn',
			'nordsamisk'      => 'se',
			'davvisámegiella' => 'se',
			'north sámi'      => 'se',
			'north sami'      => 'se',
			'sørsamisk'       => 'sma',
			'åarjelsaemien'   => 'sma',
			'south sámi'      => 'sma',
			'south sami'      => 'sma',
			'lulesamisk'      => 'smj',
			'julevsámegiella' => 'smj',
			'lule sámi'       => 'smj',
			'lule sami'       => 'smj',
			'engelsk'         => 'en',
			'english'         => 'en',
			'kvensk'          => 'fkv',
			'polsk'           => 'pl',
			'arabisk'         => 'ar',
			'somali'          => 'so',
			'tigrinja'        => 'ti',
			'ukrainsk'        => 'uk',
			'russisk'         => 'ru',
		),
	);
	return $tables[ $what ];
}

/**
 * A weekday: a name in bokmål, nynorsk or English, with a plural ending or abbreviated (only one weekday may start
 * so), or MO … SU.
 *
 * @param string $cell The text.
 * @return array{0: string|null, 1: string|null} The code, or null and a message.
 */
function frisklivs_widgets_read_weekday( $cell ) {
	$names = array(
		'MO' => array( 'mandag', 'måndag', 'monday' ),
		'TU' => array( 'tirsdag', 'tysdag', 'tuesday' ),
		'WE' => array( 'onsdag', 'wednesday' ),
		'TH' => array( 'torsdag', 'thursday' ),
		'FR' => array( 'fredag', 'friday' ),
		'SA' => array( 'lørdag', 'laurdag', 'saturday' ),
		'SU' => array( 'søndag', 'sundag', 'sunday' ),
	);
	$word  = frisklivs_widgets_norm( $cell );
	if ( '' === $word ) {
		return array( null, __( 'no weekday given', 'frisklivs-widgets' ) );
	}
	if ( isset( $names[ strtoupper( $word ) ] ) ) {
		return array( strtoupper( $word ), null );
	}
	$matches = array();
	foreach ( $names as $code => $list ) {
		foreach ( $list as $name ) {
			if ( 0 === strpos( $name, $word ) || $word === $name . 'er' || $word === $name . 'ar' || $word === $name . 's' ) {
				$matches[ $code ] = true;
			}
		}
	}
	if ( 1 === count( $matches ) ) {
		return array( key( $matches ), null );
	}
	if ( count( $matches ) > 1 ) {
		/* translators: 1: what was written, 2: the weekdays it could be */
		return array( null, sprintf( __( '“%1$s” could be %2$s: write more of the weekday', 'frisklivs-widgets' ), $cell, implode( ' / ', array_keys( $matches ) ) ) );
	}
	/* translators: %s: what was written */
	return array( null, sprintf( __( 'not a weekday: “%s” (write e.g. mandag, måndag, man, Monday or MO)', 'frisklivs-widgets' ), $cell ) );
}

/**
 * Weekdays in one cell: "mandag, onsdag", "man-fre", "ma–to og lø".
 *
 * @param string $cell The text.
 * @return array{0: string[]|null, 1: string|null}
 */
function frisklivs_widgets_read_weekdays( $cell ) {
	$text  = preg_replace( '/ (og|and|&) /iu', ',', trim( preg_replace( '/\s+/u', ' ', $cell ) ) );
	$text  = preg_replace( '/ ?[-–—] ?| til /iu', '-', $text );
	$parts = array_filter( array_map( 'trim', preg_split( '/[,|\/;+ ]+/', $text ) ), 'strlen' );
	if ( ! $parts ) {
		return array( null, __( 'no weekday given', 'frisklivs-widgets' ) );
	}
	$order = FRISKLIVS_WIDGETS_WEEKDAYS;
	$out   = array();
	foreach ( $parts as $part ) {
		$range = explode( '-', $part );
		if ( 2 === count( $range ) && '' !== $range[0] && '' !== $range[1] ) {
			$from = frisklivs_widgets_read_weekday( $range[0] );
			$to   = frisklivs_widgets_read_weekday( $range[1] );
			if ( null === $from[0] || null === $to[0] ) {
				return array( null, null === $from[0] ? $from[1] : $to[1] );
			}
			$a = array_search( $from[0], $order, true );
			$b = array_search( $to[0], $order, true );
			if ( $b < $a ) {
				/* translators: %s: a range of weekdays */
				return array( null, sprintf( __( 'the range “%s” runs backwards (write it from Monday towards Sunday)', 'frisklivs-widgets' ), $part ) );
			}
			for ( $i = $a; $i <= $b; $i++ ) {
				$out[] = $order[ $i ];
			}
			continue;
		}
		$day = frisklivs_widgets_read_weekday( $part );
		if ( null === $day[0] ) {
			return $day;
		}
		$out[] = $day[0];
	}
	return array( array_values( array_unique( $out ) ), null );
}

/**
 * A time: 18.00, 18:00, 1800, 18, kl. 18.30 → HH:MM.
 *
 * @param string $cell The text.
 * @return array{0: string|null, 1: string|null}
 */
function frisklivs_widgets_read_time( $cell ) {
	$text = preg_replace( '/^kl\.?\s*/', '', frisklivs_widgets_norm( $cell ) );
	if ( ! preg_match( '/^(\d{1,2})(?:[.:](\d{2})(?:[.:]\d{2})?)?$/', $text, $m ) && ! preg_match( '/^(\d{2})(\d{2})$/', $text, $m ) ) {
		/* translators: %s: what was written */
		return array( null, sprintf( __( 'not a time: “%s” (write e.g. 18.00 or 18:00)', 'frisklivs-widgets' ), $cell ) );
	}
	$hours   = (int) $m[1];
	$minutes = isset( $m[2] ) ? (int) $m[2] : 0;
	if ( $hours > 23 || $minutes > 59 ) {
		/* translators: %s: what was written */
		return array( null, sprintf( __( 'not a time of day: “%s”', 'frisklivs-widgets' ), $cell ) );
	}
	return array( sprintf( '%02d:%02d', $hours, $minutes ), null );
}

/**
 * A time span: "18.00-20.00", "18 til 20".
 *
 * @param string $cell The text.
 * @return array{0: array|null, 1: string|null}
 */
function frisklivs_widgets_read_span( $cell ) {
	$parts = preg_split( '/ ?[-–—] ?| til | to /iu', trim( preg_replace( '/\s+/u', ' ', $cell ) ) );
	if ( 2 !== count( $parts ) ) {
		/* translators: %s: what was written */
		return array( null, sprintf( __( 'not a time span: “%s” (write e.g. 09.00-14.00)', 'frisklivs-widgets' ), $cell ) );
	}
	$from = frisklivs_widgets_read_time( $parts[0] );
	$to   = frisklivs_widgets_read_time( $parts[1] );
	if ( null === $from[0] || null === $to[0] ) {
		return array( null, null === $from[0] ? $from[1] : $to[1] );
	}
	return array( array( $from[0], $to[0] ), null );
}

/**
 * A date: 05.01.2026, 5.1.2026, 05.01.26, 05/01/2026 (day first), 2026-01-05 → YYYY-MM-DD.
 *
 * @param string $cell The text.
 * @return array{0: string|null, 1: string|null}
 */
function frisklivs_widgets_read_date( $cell ) {
	$text = trim( $cell );
	if ( preg_match( '/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/', $text, $m ) ) {
		list( $y, $mo, $d ) = array( (int) $m[1], (int) $m[2], (int) $m[3] );
	} elseif ( preg_match( '#^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$#', $text, $m ) ) {
		list( $d, $mo, $y ) = array( (int) $m[1], (int) $m[2], (int) $m[3] );
		if ( 2 === strlen( $m[3] ) ) {
			$y += 2000;
		}
	} else {
		/* translators: %s: what was written */
		return array( null, sprintf( __( 'not a date: “%s” (write e.g. 05.01.2026 or 2026-01-05)', 'frisklivs-widgets' ), $cell ) );
	}
	if ( ! checkdate( $mo, $d, $y ) ) {
		/* translators: %s: what was written */
		return array( null, sprintf( __( 'not a real date: “%s”', 'frisklivs-widgets' ), $cell ) );
	}
	return array( sprintf( '%04d-%02d-%02d', $y, $mo, $d ), null );
}

/**
 * Opening hours: "man-fre 08.00-15.30 | tirsdag 16-19 (Kveldsåpent)".
 *
 * @param string $cell The text.
 * @return array{0: array|null, 1: string|null}
 */
function frisklivs_widgets_read_hours( $cell ) {
	$out = array();
	foreach ( array_filter( array_map( 'trim', preg_split( '/[|\n;]/', $cell ) ), 'strlen' ) as $entry ) {
		$text = trim( preg_replace( '/\s+/u', ' ', $entry ) );
		if ( ! preg_match( '/^(.*?)\s*(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})? ?(?:[-–—]|til) ?\d{1,2}(?:[.:]\d{2})?)(?: ?\((.+)\))?$/iu', $text, $m ) ) {
			/* translators: %s: what was written */
			return array( null, sprintf( __( 'cannot read the opening hours “%s” (write e.g. “man-fre 08.00-15.30” and separate several with |)', 'frisklivs-widgets' ), $entry ) );
		}
		$days = frisklivs_widgets_read_weekdays( rtrim( preg_replace( '/\s*kl\.?$/i', '', $m[1] ), ' ,' ) );
		$span = frisklivs_widgets_read_span( $m[2] );
		if ( null === $days[0] || null === $span[0] ) {
			/* translators: 1: what is wrong, 2: the entry */
			return array( null, sprintf( __( '%1$s in “%2$s”', 'frisklivs-widgets' ), null === $days[0] ? $days[1] : $span[1], $entry ) );
		}
		$hours = array(
			'weekdays' => $days[0],
			'opens'    => $span[0][0],
			'closes'   => $span[0][1],
		);
		if ( isset( $m[3] ) && '' !== trim( $m[3] ) ) {
			$hours['note'] = array( 'nb' => trim( $m[3] ) );
		}
		$out[] = $hours;
	}
	return array( $out, null );
}

/**
 * Special days: "24.12.2026 09.00-12.00 (Julaften) | 31.12.2026 stengt | 02.01.2027 09-11.30, 12-15".
 *
 * @param string $cell The text.
 * @return array{0: array|null, 1: string|null}
 */
function frisklivs_widgets_read_special( $cell ) {
	$out = array();
	foreach ( array_filter( array_map( 'trim', preg_split( '/[|\n;]/', $cell ) ), 'strlen' ) as $entry ) {
		$parts = preg_split( '/\s+/u', $entry, 2 );
		$rest  = isset( $parts[1] ) ? trim( $parts[1] ) : '';
		$note  = '';
		if ( '' !== $rest && ')' === substr( $rest, -1 ) && false !== strpos( $rest, '(' ) ) {
			$open = strpos( $rest, '(' );
			$note = trim( substr( $rest, $open + 1, -1 ) );
			$rest = trim( substr( $rest, 0, $open ) );
		}
		$date = frisklivs_widgets_read_date( $parts[0] );
		if ( null === $date[0] ) {
			/* translators: 1: what is wrong, 2: the entry */
			return array( null, sprintf( __( '%1$s in “%2$s”', 'frisklivs-widgets' ), $date[1], $entry ) );
		}
		$day   = array( 'date' => $date[0] );
		$times = trim( preg_replace( '/^kl\.?/i', '', $rest ) );
		if ( '' !== $times && ! preg_match( '/^(stengt|stengd|lukket|lukka|closed|fri)$/i', $times ) ) {
			$day['hours'] = array();
			foreach ( array_filter( array_map( 'trim', preg_split( '/,|\bog\b|\band\b/i', $times ) ), 'strlen' ) as $span_text ) {
				$span = frisklivs_widgets_read_span( preg_replace( '/^kl\.?\s*/i', '', $span_text ) );
				if ( null === $span[0] ) {
					/* translators: 1: what is wrong, 2: the entry */
					return array( null, sprintf( __( '%1$s in “%2$s”', 'frisklivs-widgets' ), $span[1], $entry ) );
				}
				$day['hours'][] = array(
					'opens'  => $span[0][0],
					'closes' => $span[0][1],
				);
			}
		}
		if ( '' !== $note ) {
			$day['note'] = array( 'nb' => $note );
		}
		$out[] = $day;
	}
	return array( $out, null );
}

/**
 * Reads one cell with a column's reader.
 *
 * @param string $reader  The reader's name.
 * @param string $cell    The cell (trimmed, not empty).
 * @param array  $lookups themes, offers, contactPoints: id => names.
 * @return array{0: mixed, 1: string[]} The value and messages.
 */
function frisklivs_widgets_read_cell( $reader, $cell, array $lookups ) {
	$list = function ( $one ) use ( $cell ) {
		$values = array();
		$hints  = array();
		foreach ( array_filter( array_map( 'trim', preg_split( '/[|,;\n]/', $cell ) ), 'strlen' ) as $part ) {
			$read = $one( $part );
			if ( null === $read[0] ) {
				$hints[] = $read[1];
			} else {
				$values[] = $read[0];
			}
		}
		return array( $values, $hints );
	};
	$table = function ( $what, $message ) use ( $cell ) {
		$hit = frisklivs_widgets_from_table( $cell, frisklivs_widgets_word_table( $what ) );
		return null === $hit ? array( null, array( sprintf( $message, $cell ) ) ) : array( $hit, array() );
	};
	$lookup = function ( $what, $part, $message ) use ( $lookups ) {
		foreach ( $lookups[ $what ] as $id => $names ) {
			if ( (string) $id === $part ) {
				return array( (string) $id, null );
			}
		}
		$wanted = frisklivs_widgets_norm( $part );
		foreach ( $lookups[ $what ] as $id => $names ) {
			foreach ( $names as $name ) {
				if ( frisklivs_widgets_norm( $name ) === $wanted ) {
					return array( (string) $id, null );
				}
			}
		}
		return array( null, sprintf( $message, $part ) );
	};
	$municipality = function ( $part ) {
		$found = frisklivs_widgets_resolve_municipality( $part );
		return array( $found['number'], $found['message'] );
	};
	switch ( $reader ) {
		case 'text':
			return array( $cell, array() );
		case 'postcode':
			return array( preg_match( '/^\d{1,3}$/', $cell ) ? str_pad( $cell, 4, '0', STR_PAD_LEFT ) : $cell, array() );
		case 'boolean':
			$word = frisklivs_widgets_norm( $cell );
			if ( in_array( $word, array( 'ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x' ), true ) ) {
				return array( true, array() );
			}
			if ( in_array( $word, array( 'nei', 'n', 'no', 'false', 'usant', '0' ), true ) ) {
				return array( false, array() );
			}
			/* translators: %s: what was written */
			return array( null, array( sprintf( __( 'expected ja or nei (yes or no), got “%s”', 'frisklivs-widgets' ), $cell ) ) );
		case 'integer':
			/* translators: %s: what was written */
			return preg_match( '/^[-+]?\d+$/', $cell ) ? array( (int) $cell, array() ) : array( null, array( sprintf( __( 'not a whole number: “%s”', 'frisklivs-widgets' ), $cell ) ) );
		case 'integers':
			return $list(
				function ( $part ) {
					/* translators: %s: what was written */
					return preg_match( '/^\d+$/', $part ) ? array( (int) $part, null ) : array( null, sprintf( __( 'not a whole number: “%s”', 'frisklivs-widgets' ), $part ) );
				}
			);
		case 'decimal':
			$text = preg_replace( '/^[−–]/u', '-', preg_replace( '/[\s\x{00a0}]/u', '', $cell ) );
			/* translators: %s: what was written */
			return preg_match( '/^[-+]?\d+([.,]\d+)?$/', $text ) ? array( (float) str_replace( ',', '.', $text ), array() ) : array( null, array( sprintf( __( 'not a number: “%s” (write e.g. 69,0123 or 69.0123)', 'frisklivs-widgets' ), $cell ) ) );
		case 'date':
		case 'time':
		case 'weekday':
			$read = call_user_func( 'frisklivs_widgets_read_' . $reader, $cell );
			return array( $read[0], null === $read[1] ? array() : array( $read[1] ) );
		case 'hours':
		case 'special':
			$read = call_user_func( 'frisklivs_widgets_read_' . $reader, $cell );
			return array( $read[0], null === $read[1] ? array() : array( $read[1] ) );
		case 'groupStatus':
			/* translators: %s: what was written */
			return $table( 'groupStatus', __( 'unknown group status “%s” (write “under oppstart”, “søker deltakere”, “åpen” or “full”)', 'frisklivs-widgets' ) );
		case 'centreStatus':
			/* translators: %s: what was written */
			return $table( 'centreStatus', __( 'unknown centre status “%s” (write “aktiv”, “midlertidig stengt” or “nedlagt”)', 'frisklivs-widgets' ) );
		case 'mode':
			/* translators: %s: what was written */
			return $table( 'mode', __( 'unknown meeting form “%s” (write “fysisk” or “digital”)', 'frisklivs-widgets' ) );
		case 'frequency':
			/* translators: %s: what was written */
			return $table( 'frequency', __( 'unknown frequency “%s” (write “ukentlig” or “annenhver uke”)', 'frisklivs-widgets' ) );
		case 'kind':
			/* translators: %s: what was written */
			return $table( 'kind', __( 'unknown contact point kind “%s” (write kommune, frivilligsentral, frisklivssentral, lms, link, selvhjelp-norge or annet)', 'frisklivs-widgets' ) );
		case 'referral':
			return $list(
				function ( $part ) {
					$hit = frisklivs_widgets_from_table( $part, frisklivs_widgets_word_table( 'referral' ) );
					/* translators: %s: what was written */
					return null === $hit ? array( null, sprintf( __( 'unknown referral route “%s” (write selv, fastlege, nav or helsepersonell)', 'frisklivs-widgets' ), $part ) ) : array( $hit, null );
				}
			);
		case 'languages':
			return $list(
				function ( $part ) {
					$word = frisklivs_widgets_norm( $part );
					if ( preg_match( '/^[a-z]{2,3}$/', $word ) ) {
						return array( $word, null );
					}
					$hit = frisklivs_widgets_from_table( $part, frisklivs_widgets_word_table( 'language' ) );
					/* translators: %s: what was written */
					return null === $hit ? array( null, sprintf( __( 'unknown language “%s” (write an ISO 639 code such as nb, nn, se, sma, smj, en)', 'frisklivs-widgets' ), $part ) ) : array( $hit, null );
				}
			);
		case 'municipality':
			$read = $municipality( $cell );
			return array( $read[0], null === $read[1] ? array() : array( $read[1] ) );
		case 'municipalities':
			return $list( $municipality );
		case 'counties':
			return $list(
				function ( $part ) {
					/* translators: %s: what was written */
					return preg_match( '/^\d{1,2}$/', $part ) ? array( str_pad( $part, 2, '0', STR_PAD_LEFT ), null ) : array( null, sprintf( __( 'not a county number: “%s” (write two digits, such as 55)', 'frisklivs-widgets' ), $part ) );
				}
			);
		case 'theme':
			/* translators: %s: what was written */
			$read = $lookup( 'themes', $cell, __( 'unknown theme “%s” (write an id or a name from the theme list)', 'frisklivs-widgets' ) );
			return array( $read[0], null === $read[1] ? array() : array( $read[1] ) );
		case 'contactPoint':
			/* translators: %s: what was written */
			$read = $lookup( 'contactPoints', $cell, __( 'unknown contact point “%s” (write the id of a contact point on this site, in the upstream feed or in the same upload)', 'frisklivs-widgets' ) );
			return array( $read[0], null === $read[1] ? array() : array( $read[1] ) );
		case 'offers':
			return $list(
				function ( $part ) use ( $lookup ) {
					/* translators: %s: what was written */
					return $lookup( 'offers', $part, __( 'unknown offer “%s” (write an id or a name from the offer list)', 'frisklivs-widgets' ) );
				}
			);
	}
	return array( $cell, array() );
}

/**
 * Sets a value at a dotted path ("schedule.endTime", "notices.0.text.nb").
 *
 * @param array  $target The array.
 * @param string $path   Dotted path.
 * @param mixed  $value  The value.
 */
function frisklivs_widgets_set_path( array &$target, $path, $value ) {
	$parts = explode( '.', $path );
	$last  = array_pop( $parts );
	$node  = &$target;
	foreach ( $parts as $part ) {
		$key = ctype_digit( $part ) ? (int) $part : $part;
		if ( ! isset( $node[ $key ] ) || ! is_array( $node[ $key ] ) ) {
			$node[ $key ] = array();
		}
		$node = &$node[ $key ];
	}
	$node[ ctype_digit( $last ) ? (int) $last : $last ] = $value;
}

// -- the dry run -------------------------------------------------------------------------------------------------

/**
 * What a file is, from its name and its header row (or its content, for JSON).
 *
 * @param string $name    File name.
 * @param array  $headers Canonical headers.
 * @return string|null contactPoints, centres, groups, or null.
 */
function frisklivs_widgets_csv_kind( $name, array $headers ) {
	if ( in_array( 'host_municipality', $headers, true ) ) {
		return 'centres';
	}
	if ( in_array( 'contact_point', $headers, true ) || in_array( 'weekday', $headers, true ) ) {
		return 'groups';
	}
	if ( in_array( 'kind', $headers, true ) && ( in_array( 'name_nb', $headers, true ) || in_array( 'name', $headers, true ) ) ) {
		return 'contactPoints';
	}
	return null;
}

/**
 * Reads the uploaded files and checks every entry: the problems (file, row, column, entry id, message) and the
 * entries that would be imported.
 *
 * @param array<int, array{name: string, bytes: string}> $files The uploads.
 * @return array{problems: array, entries: array, counts: array}
 */
function frisklivs_widgets_dry_run( array $files ) {
	$problems = array();
	$entries  = array(
		'contactPoints' => array(),
		'centres'       => array(),
		'groups'        => array(),
	);
	$hinted   = array(); // file|row|column of cells a reader could not read: the validator's word on them adds nothing.
	$add      = function ( $file, $row, $column, $id, $message, $hint = false ) use ( &$problems, &$hinted ) {
		$key = $file . '|' . $row . '|' . $column;
		if ( $hint ) {
			$hinted[ $key ] = true;
		} elseif ( null !== $column && isset( $hinted[ $key ] ) ) {
			return;
		}
		$problems[] = array(
			'file'    => $file,
			'row'     => $row,
			'column'  => $column,
			'id'      => $id,
			'message' => $message,
		);
	};
	$tables = array();
	foreach ( $files as $file ) {
		$text = frisklivs_widgets_decode_text( $file['bytes'] );
		if ( preg_match( '/^\s*\{/', $text ) ) {
			$doc = json_decode( $text, true );
			if ( ! is_array( $doc ) || ! frisklivs_widgets_is_object( $doc ) ) {
				$add( $file['name'], null, null, null, __( 'The file is not valid JSON.', 'frisklivs-widgets' ) );
				continue;
			}
			foreach ( array( 'contactPoints', 'centres', 'groups' ) as $collection ) {
				foreach ( isset( $doc[ $collection ] ) && frisklivs_widgets_is_list( $doc[ $collection ] ) ? $doc[ $collection ] : array() as $i => $raw ) {
					$entries[ $collection ][] = array(
						'file'  => $file['name'],
						'path'  => '$.' . $collection . '[' . $i . ']',
						'raw'   => $raw,
						'cells' => null,
					);
				}
			}
			continue;
		}
		$rows = frisklivs_widgets_parse_csv( $text );
		if ( ! $rows ) {
			$add( $file['name'], null, null, null, __( 'The file is empty.', 'frisklivs-widgets' ) );
			continue;
		}
		$headers = array_map(
			function ( $header ) {
				return (string) preg_replace( '/[\s\-]+/', '_', strtolower( trim( $header ) ) );
			},
			$rows[0]
		);
		$kind    = frisklivs_widgets_csv_kind( $file['name'], $headers );
		if ( null === $kind ) {
			$add( $file['name'], 1, null, null, __( 'Not one of the templates: the header row has neither contact point, centre nor group columns (themes and offers come from the upstream feed).', 'frisklivs-widgets' ) );
			continue;
		}
		$tables[] = array(
			'file'    => $file['name'],
			'kind'    => $kind,
			'headers' => $headers,
			'rows'    => $rows,
		);
	}

	// Contact points and centres first: groups may name contact points of the same upload.
	usort(
		$tables,
		function ( $a, $b ) {
			$order = array(
				'contactPoints' => 0,
				'centres'       => 1,
				'groups'        => 2,
			);
			return $order[ $a['kind'] ] - $order[ $b['kind'] ];
		}
	);
	$lookups = array(
		'themes'        => array(),
		'offers'        => array(),
		'contactPoints' => array(),
	);
	foreach ( frisklivs_widgets_themes() as $theme ) {
		$lookups['themes'][ $theme['id'] ] = array_values( $theme['label'] );
	}
	foreach ( frisklivs_widgets_offers() as $offer ) {
		$lookups['offers'][ $offer['id'] ] = array_values( $offer['label'] );
	}
	foreach ( frisklivs_widgets_contact_point_choices() as $id => $name ) {
		$lookups['contactPoints'][ $id ] = array( $name );
	}
	foreach ( $entries['contactPoints'] as $item ) {
		if ( isset( $item['raw']['id'] ) && is_string( $item['raw']['id'] ) ) {
			$lookups['contactPoints'][ $item['raw']['id'] ] = isset( $item['raw']['name'] ) && is_array( $item['raw']['name'] ) ? array_values( array_filter( $item['raw']['name'], 'is_string' ) ) : array();
		}
	}

	$columns = frisklivs_widgets_csv_columns();
	foreach ( $tables as $table ) {
		$kind   = $table['kind'];
		$known  = $columns[ $kind ];
		$column = array(); // index => [header, field path, reader, site?]
		foreach ( $table['headers'] as $index => $header ) {
			$stem = $header;
			$lang = null;
			if ( preg_match( '/^(.+)_(nb|nn|se|sma|smj|en)$/', $header, $m ) && isset( $known[ $m[1] ] ) && 'localized' === $known[ $m[1] ][1] ) {
				$stem = $m[1];
				$lang = $m[2];
			} elseif ( isset( $known[ $header ] ) && 'localized' === $known[ $header ][1] ) {
				$lang = 'nb';
			}
			if ( '' === $header ) {
				continue;
			}
			if ( ! isset( $known[ $stem ] ) ) {
				/* translators: %s: a column name */
				$add( $table['file'], 1, $header . ' (' . frisklivs_widgets_column_letter( $index ) . ')', null, sprintf( __( 'unknown column “%s” (left out)', 'frisklivs-widgets' ), $header ) );
				continue;
			}
			$def              = $known[ $stem ];
			$column[ $index ] = array(
				'header' => $header,
				'field'  => $def[0] . ( null !== $lang ? '.' . $lang : '' ),
				'reader' => $def[1],
				'site'   => in_array( 'site', $def, true ),
			);
		}
		foreach ( $known as $name => $def ) {
			$wanted = 'localized' === $def[1] ? $name . '_nb' : $name;
			if ( in_array( 'required', $def, true ) && ! in_array( $wanted, $table['headers'], true ) && ! in_array( $name, $table['headers'], true ) ) {
				/* translators: %s: a column name */
				$add( $table['file'], 1, $wanted, null, sprintf( __( 'the required column “%s” is missing', 'frisklivs-widgets' ), $wanted ) );
			}
		}
		$by_id = array();
		foreach ( array_slice( $table['rows'], 1 ) as $r => $cells ) {
			$row_number = $r + 2;
			if ( '' === trim( implode( '', $cells ) ) ) {
				continue;
			}
			$entry = array();
			$site  = array();
			$where = array(); // field => column label
			$id    = null;
			foreach ( $column as $index => $col ) {
				$label          = $col['header'] . ' (' . frisklivs_widgets_column_letter( $index ) . ')';
				$top            = $col['site'] ? 'sites.' . $col['field'] : $col['field'];
				$where[ $top ]  = $label;
				$cell           = isset( $cells[ $index ] ) ? frisklivs_widgets_trim( $cells[ $index ] ) : '';
				if ( 'id' === $col['field'] && ! $col['site'] ) {
					$id = $cell;
				}
				if ( '' === $cell ) {
					continue;
				}
				$read = frisklivs_widgets_read_cell( $col['reader'], $cell, $lookups );
				foreach ( $read[1] as $hint ) {
					$add( $table['file'], $row_number, $label, $id, $hint, true );
				}
				if ( null === $read[0] || array() === $read[0] && $read[1] ) {
					continue;
				}
				if ( $col['site'] ) {
					frisklivs_widgets_set_path( $site, $col['field'], $read[0] );
				} else {
					frisklivs_widgets_set_path( $entry, $col['field'], $read[0] );
				}
			}
			if ( 'centres' === $kind ) {
				// A further row with the same id adds a site.
				if ( null !== $id && isset( $by_id[ $id ] ) ) {
					if ( $site ) {
						$entries['centres'][ $by_id[ $id ] ]['raw']['sites'][] = $site;
						$entries['centres'][ $by_id[ $id ] ]['siteRows'][]     = $row_number;
					}
					continue;
				}
				$entry['sites'] = $site ? array( $site ) : array();
				if ( isset( $entry['hostMunicipality'] ) ) {
					$served = isset( $entry['municipalities'] ) ? $entry['municipalities'] : array();
					if ( ! in_array( $entry['hostMunicipality'], $served, true ) ) {
						array_unshift( $served, $entry['hostMunicipality'] );
					}
					$entry['municipalities'] = $served;
				}
				if ( ! isset( $entry['offers'] ) ) {
					$entry['offers'] = array();
				}
				if ( ! isset( $entry['referral'] ) ) {
					$entry['referral'] = array();
				}
			}
			$entries[ $kind ][] = array(
				'file'     => $table['file'],
				'row'      => $row_number,
				'siteRows' => array( $row_number ),
				'where'    => $where,
				'raw'      => $entry,
			);
			if ( null !== $id && '' !== $id ) {
				$by_id[ $id ] = count( $entries[ $kind ] ) - 1;
				if ( 'contactPoints' === $kind ) {
					$lookups['contactPoints'][ $id ] = isset( $entry['name'] ) ? array_values( $entry['name'] ) : array();
				}
			}
		}
	}

	// Every entry through the feed schema, then the references; problems named by row and column.
	$type_of = array(
		'contactPoints' => 'contactPoint',
		'centres'       => 'centre',
		'groups'        => 'group',
	);
	$theme_ids = array_keys( $lookups['themes'] );
	$offer_ids = array_keys( $lookups['offers'] );
	$centres   = array_keys( frisklivs_widgets_centre_choices() );
	foreach ( $entries['centres'] as $item ) {
		if ( isset( $item['raw']['id'] ) ) {
			$centres[] = (string) $item['raw']['id'];
		}
	}
	$clean = array();
	$seen  = array();
	foreach ( $entries as $collection => $items ) {
		foreach ( $items as $item ) {
			$checked = frisklivs_widgets_validate_entry( $type_of[ $collection ], $item['raw'], '$' );
			$id      = isset( $item['raw']['id'] ) && is_string( $item['raw']['id'] ) ? $item['raw']['id'] : null;
			$locate  = function ( $path ) use ( $item ) {
				if ( ! isset( $item['where'] ) ) {
					return array( null, $item['path'] . substr( $path, 1 ) );
				}
				$key = preg_replace( '/\[(\d+)\]/', '.$1', substr( $path, 2 ) );
				$row = $item['row'];
				if ( preg_match( '/^sites\.(\d+)\.(.*)$/', $key, $m ) ) {
					$row = isset( $item['siteRows'][ (int) $m[1] ] ) ? $item['siteRows'][ (int) $m[1] ] : $row;
					$key = 'sites.' . $m[2];
				}
				while ( '' !== $key && ! isset( $item['where'][ $key ] ) ) {
					$key = false === strrpos( $key, '.' ) ? '' : substr( $key, 0, strrpos( $key, '.' ) );
				}
				return array( $row, '' === $key ? null : $item['where'][ $key ] );
			};
			foreach ( $checked['problems'] as $problem ) {
				list( $row, $col ) = $locate( $problem['path'] );
				$add( $item['file'], $row, $col, $id, isset( $problem['detail'] ) ? $problem['detail'] : $problem['message'] );
			}
			if ( null === $checked['entry'] ) {
				continue;
			}
			$entry = $checked['entry'];
			$refs  = array();
			if ( isset( $seen[ $collection ][ $entry['id'] ] ) ) {
				/* translators: %s: an entry id */
				$refs[] = array( '$.id', sprintf( __( 'the id %s is given twice in the upload', 'frisklivs-widgets' ), $entry['id'] ) );
			}
			$seen[ $collection ][ $entry['id'] ] = true;
			if ( 'groups' === $collection ) {
				if ( ! in_array( $entry['theme'], $theme_ids, true ) ) {
					/* translators: %s: a theme id */
					$refs[] = array( '$.theme', sprintf( __( 'unknown theme “%s”', 'frisklivs-widgets' ), $entry['theme'] ) );
				}
				if ( ! isset( $lookups['contactPoints'][ $entry['contactPoint'] ] ) ) {
					/* translators: %s: a contact point id */
					$refs[] = array( '$.contactPoint', sprintf( __( 'unknown contact point “%s”', 'frisklivs-widgets' ), $entry['contactPoint'] ) );
				}
			} elseif ( 'centres' === $collection ) {
				foreach ( array_diff( $entry['offers'], $offer_ids ) as $offer ) {
					/* translators: %s: an offer id */
					$refs[] = array( '$.offers', sprintf( __( 'unknown offer “%s”', 'frisklivs-widgets' ), $offer ) );
				}
			} elseif ( isset( $entry['centre'] ) && ! in_array( $entry['centre'], $centres, true ) ) {
				/* translators: %s: a centre id */
				$refs[] = array( '$.centre', sprintf( __( 'unknown centre “%s”', 'frisklivs-widgets' ), $entry['centre'] ) );
			}
			foreach ( $refs as $ref ) {
				list( $row, $col ) = $locate( $ref[0] );
				$add( $item['file'], $row, $col, $entry['id'], $ref[1] );
			}
			$clean[ $collection ][] = $entry;
		}
	}
	return array(
		'problems' => $problems,
		'entries'  => $clean,
		'counts'   => array_map( 'count', $clean + array_fill_keys( array( 'contactPoints', 'centres', 'groups' ), array() ) ),
	);
}

/**
 * Imports checked entries: each a published post of its type; an entry whose id is on the site already updates it.
 *
 * @param array $entries collection => entries, as the dry run gave them.
 * @return array{created: int, updated: int}
 */
function frisklivs_widgets_import_entries( array $entries ) {
	$post_type_of = array();
	foreach ( frisklivs_widgets_post_types() as $post_type => $info ) {
		$post_type_of[ $info['collection'] ] = $post_type;
	}
	$created = 0;
	$updated = 0;
	foreach ( array( 'contactPoints', 'centres', 'groups' ) as $collection ) {
		foreach ( isset( $entries[ $collection ] ) ? $entries[ $collection ] : array() as $entry ) {
			$post_type                            = $post_type_of[ $collection ];
			$existing                             = frisklivs_widgets_post_by_entry_id( $post_type, $entry['id'] );
			$GLOBALS['frisklivs_widgets_pending'] = $entry;
			$args                                 = array(
				'post_type'    => $post_type,
				'post_status'  => 'publish',
				'post_title'   => 'x',
				'post_content' => 'x',
			);
			if ( $existing ) {
				$args['ID'] = $existing;
				wp_update_post( $args );
				++$updated;
			} else {
				wp_insert_post( $args );
				++$created;
			}
			$GLOBALS['frisklivs_widgets_pending'] = null;
		}
	}
	return array(
		'created' => $created,
		'updated' => $updated,
	);
}

/**
 * The key of the transient holding a user's last dry run.
 *
 * @return string
 */
function frisklivs_widgets_import_key() {
	return 'frisklivs_import_' . get_current_user_id();
}

/**
 * The upload and the import (admin-post.php?action=frisklivs_import).
 */
function frisklivs_widgets_handle_import() {
	if ( ! current_user_can( 'edit_others_fl_centres' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to import.', 'frisklivs-widgets' ), 403 );
	}
	check_admin_referer( 'frisklivs_import' );
	$back = admin_url( 'edit.php?post_type=fl_group&page=frisklivs-import' );
	if ( isset( $_POST['frisklivs_do_import'] ) ) {
		$run = get_transient( frisklivs_widgets_import_key() );
		if ( ! is_array( $run ) || $run['problems'] || ! isset( $_POST['token'] ) || ! hash_equals( $run['token'], sanitize_text_field( wp_unslash( $_POST['token'] ) ) ) ) {
			wp_safe_redirect( add_query_arg( 'frisklivs_import', 'stale', $back ) );
			exit;
		}
		$result = frisklivs_widgets_import_entries( $run['entries'] );
		delete_transient( frisklivs_widgets_import_key() );
		set_transient( frisklivs_widgets_import_key() . '_done', $result, HOUR_IN_SECONDS );
		wp_safe_redirect( add_query_arg( 'frisklivs_import', 'done', $back ) );
		exit;
	}
	$files = array();
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotValidated, WordPress.Security.ValidatedSanitizedInput.MissingUnslash, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- uploaded files, read below and never stored as uploaded.
	$upload = isset( $_FILES['frisklivs_files'] ) ? $_FILES['frisklivs_files'] : null;
	if ( is_array( $upload ) && isset( $upload['tmp_name'] ) ) {
		foreach ( (array) $upload['tmp_name'] as $i => $tmp ) {
			if ( ! is_string( $tmp ) || '' === $tmp || ! is_uploaded_file( $tmp ) || filesize( $tmp ) > 20 * MB_IN_BYTES ) {
				continue;
			}
			$files[] = array(
				'name'  => sanitize_file_name( (string) ( (array) $upload['name'] )[ $i ] ),
				'bytes' => (string) file_get_contents( $tmp ), // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
			);
		}
	}
	if ( ! $files ) {
		wp_safe_redirect( add_query_arg( 'frisklivs_import', 'nofile', $back ) );
		exit;
	}
	$run          = frisklivs_widgets_dry_run( $files );
	$run['token'] = wp_generate_password( 20, false );
	$run['files'] = wp_list_pluck( $files, 'name' );
	set_transient( frisklivs_widgets_import_key(), $run, HOUR_IN_SECONDS );
	wp_safe_redirect( add_query_arg( 'frisklivs_import', 'checked', $back ) );
	exit;
}

/**
 * Frisklivs data → Import.
 */
function frisklivs_widgets_render_import_page() {
	if ( ! current_user_can( 'edit_others_fl_centres' ) ) {
		return;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which message to show.
	$state = isset( $_GET['frisklivs_import'] ) ? sanitize_key( wp_unslash( $_GET['frisklivs_import'] ) ) : '';
	echo '<div class="wrap fl-import"><h1>' . esc_html__( 'Import', 'frisklivs-widgets' ) . '</h1>';
	if ( 'done' === $state ) {
		$done = get_transient( frisklivs_widgets_import_key() . '_done' );
		if ( is_array( $done ) ) {
			/* translators: 1: entries created, 2: entries updated */
			echo '<div class="notice notice-success" id="fl-import-done"><p>' . esc_html( sprintf( __( 'Imported: %1$s new entries, %2$s updated.', 'frisklivs-widgets' ), number_format_i18n( $done['created'] ), number_format_i18n( $done['updated'] ) ) ) . '</p></div>';
		}
	} elseif ( 'nofile' === $state ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'Choose one or more files first.', 'frisklivs-widgets' ) . '</p></div>';
	} elseif ( 'stale' === $state ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'Nothing was imported: upload the files again for a new check.', 'frisklivs-widgets' ) . '</p></div>';
	}
	echo '<p>' . esc_html__( 'Upload the feed kit’s CSV templates (contact-points.csv, centres.csv, groups.csv; several at once, so groups can name contact points in the same upload) or an existing feed’s JSON. First every row is checked, and every problem is listed by row and column; nothing is imported while any remains. An entry whose id is already on this site is updated.', 'frisklivs-widgets' ) . '</p>';
	printf( '<form method="post" enctype="multipart/form-data" action="%s">', esc_url( admin_url( 'admin-post.php' ) ) );
	echo '<input type="hidden" name="action" value="frisklivs_import">';
	wp_nonce_field( 'frisklivs_import' );
	echo '<p><label for="frisklivs-files">' . esc_html__( 'Files (CSV or JSON)', 'frisklivs-widgets' ) . '</label><br><input type="file" id="frisklivs-files" name="frisklivs_files[]" multiple accept=".csv,.json,.txt,text/csv,application/json"></p>';
	submit_button( __( 'Check the files', 'frisklivs-widgets' ), 'secondary', 'frisklivs_check' );
	echo '</form>';

	$run = 'checked' === $state ? get_transient( frisklivs_widgets_import_key() ) : false;
	if ( ! is_array( $run ) ) {
		echo '</div>';
		return;
	}
	echo '<h2>' . esc_html__( 'Check', 'frisklivs-widgets' ) . ': ' . esc_html( implode( ', ', $run['files'] ) ) . '</h2>';
	printf(
		'<p id="fl-import-counts">%s</p>',
		/* translators: 1: contact points, 2: centres, 3: groups */
		esc_html( sprintf( __( 'Readable: %1$s contact points, %2$s centres, %3$s groups.', 'frisklivs-widgets' ), number_format_i18n( $run['counts']['contactPoints'] ), number_format_i18n( $run['counts']['centres'] ), number_format_i18n( $run['counts']['groups'] ) ) )
	);
	if ( $run['problems'] ) {
		/* translators: %s: number of problems */
		echo '<div class="notice notice-error inline" id="fl-import-refused"><p><strong>' . esc_html( sprintf( __( '%s problems: nothing can be imported until they are corrected in the files.', 'frisklivs-widgets' ), number_format_i18n( count( $run['problems'] ) ) ) ) . '</strong></p></div>';
		echo '<table class="widefat striped" id="fl-import-problems"><thead><tr><th scope="col">' . esc_html__( 'File', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Row', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Column', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Entry', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Problem', 'frisklivs-widgets' ) . '</th></tr></thead><tbody>';
		foreach ( $run['problems'] as $problem ) {
			printf(
				'<tr><td>%1$s</td><td>%2$s</td><td>%3$s</td><td>%4$s</td><td>%5$s</td></tr>',
				esc_html( $problem['file'] ),
				esc_html( null === $problem['row'] ? '' : (string) $problem['row'] ),
				esc_html( null === $problem['column'] ? '' : $problem['column'] ),
				esc_html( null === $problem['id'] ? '' : $problem['id'] ),
				esc_html( frisklivs_widgets_sentence( $problem['message'] ) )
			);
		}
		echo '</tbody></table></div>';
		return;
	}
	echo '<div class="notice notice-success inline"><p>' . esc_html__( 'No problems found.', 'frisklivs-widgets' ) . '</p></div>';
	printf( '<form method="post" action="%s">', esc_url( admin_url( 'admin-post.php' ) ) );
	echo '<input type="hidden" name="action" value="frisklivs_import"><input type="hidden" name="token" value="' . esc_attr( $run['token'] ) . '">';
	wp_nonce_field( 'frisklivs_import' );
	submit_button( __( 'Import and publish', 'frisklivs-widgets' ), 'primary', 'frisklivs_do_import' );
	echo '</form></div>';
}
