<?php
/**
 * The editor screens: one form per entry type (a meta box on WordPress's own edit screen, so the Publish box,
 * revisions and the trash work as usual), and the save: the form becomes an entry, the entry is checked by the feed
 * schema (schema.php) and against the feed's references, and only a valid entry is stored. An invalid one changes
 * nothing: the post keeps its last good version, and the form comes back with what was typed and a message in the
 * admin's language next to each field that is wrong.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * An entry waiting to be written by the next wp_insert_post() of its post type (the form's or an import's).
 *
 * @var array|null
 */
$GLOBALS['frisklivs_widgets_pending'] = null;

/**
 * Today's date in Norway.
 *
 * @return string YYYY-MM-DD.
 */
function frisklivs_widgets_today() {
	return wp_date( 'Y-m-d', null, new DateTimeZone( 'Europe/Oslo' ) );
}

/**
 * A suggested id for a new entry: kind, this site's host, the post id ("grp-selvhjelp-no-42").
 *
 * @param string $type    Entry type.
 * @param int    $post_id Post id.
 * @return string
 */
function frisklivs_widgets_suggest_id( $type, $post_id ) {
	$prefix = array(
		'group'        => 'grp',
		'contactPoint' => 'cp',
		'centre'       => 'fls',
	);
	$host   = (string) wp_parse_url( home_url(), PHP_URL_HOST );
	$host   = trim( (string) preg_replace( '/[^a-z0-9]+/', '-', strtolower( preg_replace( '/^www\./', '', $host ) ) ), '-' );
	return $prefix[ $type ] . '-' . ( '' !== $host ? $host . '-' : '' ) . $post_id;
}

/**
 * Adds the form to the edit screen of a post type.
 *
 * @param WP_Post $post The post.
 */
function frisklivs_widgets_add_meta_boxes( $post ) {
	$titles = array(
		'fl_group'         => __( 'The group', 'frisklivs-widgets' ),
		'fl_contact_point' => __( 'The contact point', 'frisklivs-widgets' ),
		'fl_centre'        => __( 'The centre', 'frisklivs-widgets' ),
	);
	add_meta_box( 'frisklivs-entry', $titles[ $post->post_type ], 'frisklivs_widgets_render_form', null, 'normal', 'high' );
	add_meta_box( 'frisklivs-checked', __( 'Last checked', 'frisklivs-widgets' ), 'frisklivs_widgets_render_checked_box', null, 'side', 'high' );
}

/**
 * The key of the transient that carries a refused form back to the screen.
 *
 * @param int $post_id Post id.
 * @return string
 */
function frisklivs_widgets_refused_key( $post_id ) {
	return 'frisklivs_refused_' . get_current_user_id() . '_' . (int) $post_id;
}

/**
 * The form's values for an entry (for showing it).
 *
 * @param string $type  Entry type.
 * @param array  $entry The entry.
 * @return array
 */
function frisklivs_widgets_entry_to_form( $type, array $entry ) {
	$values = $entry;
	$label  = function ( $number ) {
		$index = frisklivs_widgets_municipality_index();
		return isset( $index[ $number ] ) ? frisklivs_widgets_municipality_label( $index[ $number ] ) : (string) $number;
	};
	foreach ( array( 'municipality', 'hostMunicipality' ) as $key ) {
		if ( isset( $entry[ $key ] ) ) {
			$values[ $key ] = $label( $entry[ $key ] );
		}
	}
	if ( isset( $entry['municipalities'] ) && is_array( $entry['municipalities'] ) ) {
		$values['municipalities'] = implode( '; ', array_map( $label, $entry['municipalities'] ) );
	}
	if ( isset( $entry['counties'] ) && is_array( $entry['counties'] ) ) {
		$values['counties'] = implode( ', ', $entry['counties'] );
	}
	if ( isset( $entry['languages'] ) && is_array( $entry['languages'] ) ) {
		$values['languages']      = array_values( array_intersect( $entry['languages'], FRISKLIVS_WIDGETS_LOCALES ) );
		$values['languagesOther'] = implode( ', ', array_diff( $entry['languages'], FRISKLIVS_WIDGETS_LOCALES ) );
	}
	foreach ( array( 'national', 'waitingList' ) as $key ) {
		if ( isset( $entry[ $key ] ) ) {
			$values[ $key ] = $entry[ $key ] ? '1' : '0';
		}
	}
	if ( isset( $entry['fee']['free'] ) ) {
		$values['feeFree'] = $entry['fee']['free'] ? '1' : '0';
	}
	if ( isset( $entry['minAge'] ) ) {
		$values['minAge'] = (string) $entry['minAge'];
	}
	foreach ( isset( $entry['contactHours'] ) ? $entry['contactHours'] : array() as $i => $hours ) {
		$values['contactHours'][ $i ]['note'] = isset( $hours['note']['nb'] ) ? $hours['note']['nb'] : '';
	}
	foreach ( isset( $entry['specialDays'] ) ? $entry['specialDays'] : array() as $i => $day ) {
		$values['specialDays'][ $i ] = array(
			'date'   => $day['date'],
			'closed' => empty( $day['hours'] ) ? '1' : '0',
			'opens'  => isset( $day['hours'][0]['opens'] ) ? $day['hours'][0]['opens'] : '',
			'closes' => isset( $day['hours'][0]['closes'] ) ? $day['hours'][0]['closes'] : '',
			'note'   => isset( $day['note']['nb'] ) ? $day['note']['nb'] : '',
		);
	}
	foreach ( isset( $entry['sites'] ) ? $entry['sites'] : array() as $i => $site ) {
		$values['sites'][ $i ] = array(
			'name'         => isset( $site['name']['nb'] ) ? $site['name']['nb'] : '',
			'street'       => $site['address']['street'],
			'postcode'     => $site['address']['postcode'],
			'postTown'     => $site['address']['postTown'],
			'municipality' => isset( $site['address']['municipality'] ) ? $label( $site['address']['municipality'] ) : '',
			'stepFree'     => isset( $site['stepFree'] ) ? ( $site['stepFree'] ? 'yes' : 'no' ) : '',
		);
	}
	return $values;
}

/**
 * Splits a list typed in one field ("5501; 5503", "nb, en", "55 | 56").
 *
 * @param mixed $text The field.
 * @return string[]
 */
function frisklivs_widgets_split( $text ) {
	$parts = preg_split( '/\s*[;,|\n]\s*/', trim( (string) $text ) );
	return array_values( array_filter( array_map( 'trim', (array) $parts ), 'strlen' ) );
}

/**
 * The entry a submitted form describes, over the stored entry (fields the form does not show, such as a centre's
 * programme or notices, are kept), with the problems only the form can see (an unknown municipality name, a number
 * that is not one).
 *
 * @param string $type     Entry type.
 * @param array  $form     The submitted values (unslashed).
 * @param array  $existing The stored entry, or an empty array.
 * @return array{entry: array, problems: array<string, string[]>}
 */
function frisklivs_widgets_form_to_entry( $type, array $form, array $existing ) {
	$entry    = $existing;
	$problems = array();
	$str      = function ( $key ) use ( $form ) {
		$value = frisklivs_widgets_get( $form, $key );
		return is_scalar( $value ) ? frisklivs_widgets_trim( (string) $value ) : '';
	};
	$set      = function ( array &$target, $key, $value ) {
		if ( null === $value || '' === $value || array() === $value ) {
			unset( $target[ $key ] );
		} else {
			$target[ $key ] = $value;
		}
	};
	$localized = function ( $key, $previous = null ) use ( $form ) {
		$out = array();
		foreach ( FRISKLIVS_WIDGETS_LOCALES as $lang ) {
			$text = frisklivs_widgets_get( $form, $key . '.' . $lang );
			$text = is_scalar( $text ) ? frisklivs_widgets_trim( (string) $text ) : '';
			if ( '' !== $text ) {
				$out[ $lang ] = $text;
			}
		}
		return $out ? $out : null;
	};
	$municipality = function ( $key, $text ) use ( &$problems ) {
		if ( '' === $text ) {
			return null;
		}
		$found = frisklivs_widgets_resolve_municipality( $text );
		if ( null === $found['number'] ) {
			$problems[ $key ][] = $found['message'];
		}
		return $found['number'];
	};
	$municipality_list = function ( $key ) use ( $form, $municipality ) {
		$numbers = array();
		foreach ( frisklivs_widgets_split( frisklivs_widgets_get( $form, $key ) ) as $part ) {
			$number = $municipality( $key, $part );
			if ( null !== $number && ! in_array( $number, $numbers, true ) ) {
				$numbers[] = $number;
			}
		}
		return $numbers;
	};
	$languages = function () use ( $form, &$problems ) {
		$chosen = frisklivs_widgets_get( $form, 'languages' );
		$codes  = array_values( array_intersect( FRISKLIVS_WIDGETS_LOCALES, is_array( $chosen ) ? array_map( 'strval', $chosen ) : array() ) );
		foreach ( frisklivs_widgets_split( frisklivs_widgets_get( $form, 'languagesOther' ) ) as $code ) {
			$code = strtolower( $code );
			if ( ! preg_match( '/^[a-z]{2,3}$/', $code ) ) {
				/* translators: %s: what was typed */
				$problems['languagesOther'][] = sprintf( __( '“%s” is not a language code: write two or three letters (ISO 639), such as ar, so or uk.', 'frisklivs-widgets' ), $code );
				continue;
			}
			if ( ! in_array( $code, $codes, true ) ) {
				$codes[] = $code;
			}
		}
		return $codes;
	};
	$yes_no = function ( $key ) use ( $form ) {
		$value = frisklivs_widgets_get( $form, $key );
		return null === $value ? null : '1' === (string) $value;
	};
	$hours_rows = function () use ( $form, $existing ) {
		$rows = frisklivs_widgets_get( $form, 'contactHours' );
		$out  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $i => $row ) {
			$days  = isset( $row['weekdays'] ) && is_array( $row['weekdays'] ) ? array_values( array_filter( array_map( 'strval', $row['weekdays'] ), 'strlen' ) ) : array();
			$opens = isset( $row['opens'] ) ? trim( (string) $row['opens'] ) : '';
			$close = isset( $row['closes'] ) ? trim( (string) $row['closes'] ) : '';
			$note  = isset( $row['note'] ) ? trim( (string) $row['note'] ) : '';
			if ( ! $days && '' === $opens && '' === $close && '' === $note ) {
				continue;
			}
			$hours = isset( $existing['contactHours'][ $i ] ) && is_array( $existing['contactHours'][ $i ] ) ? $existing['contactHours'][ $i ] : array();
			// Unset, then set, so a row keeps the schema's order of keys.
			$hours = array_merge(
				array(
					'weekdays' => $days,
					'opens'    => $opens,
					'closes'   => $close,
				),
				array_diff_key( $hours, array_flip( array( 'weekdays', 'opens', 'closes' ) ) )
			);
			if ( '' === $note ) {
				unset( $hours['note'] );
			} else {
				$hours['note']       = isset( $hours['note'] ) && is_array( $hours['note'] ) ? $hours['note'] : array();
				$hours['note']['nb'] = $note;
			}
			$out[ $i ] = $hours;
		}
		return $out;
	};
	$special_rows = function () use ( $form, $existing ) {
		$rows = frisklivs_widgets_get( $form, 'specialDays' );
		$out  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $i => $row ) {
			$date   = isset( $row['date'] ) ? trim( (string) $row['date'] ) : '';
			$closed = isset( $row['closed'] ) && '1' === (string) $row['closed'];
			$opens  = isset( $row['opens'] ) ? trim( (string) $row['opens'] ) : '';
			$close  = isset( $row['closes'] ) ? trim( (string) $row['closes'] ) : '';
			$note   = isset( $row['note'] ) ? trim( (string) $row['note'] ) : '';
			if ( '' === $date && '' === $opens && '' === $close && '' === $note ) {
				continue;
			}
			$day = array( 'date' => $date );
			if ( ! $closed || '' !== $opens || '' !== $close ) {
				$day['hours'] = array(
					array(
						'opens'  => $opens,
						'closes' => $close,
					),
				);
			}
			if ( '' !== $note ) {
				$previous    = isset( $existing['specialDays'][ $i ]['note'] ) && is_array( $existing['specialDays'][ $i ]['note'] ) ? $existing['specialDays'][ $i ]['note'] : array();
				$day['note'] = array_merge( $previous, array( 'nb' => $note ) );
			}
			$out[ $i ] = $day;
		}
		return $out;
	};

	$set( $entry, 'id', $str( 'id' ) );
	if ( 'group' === $type ) {
		$set( $entry, 'theme', $str( 'theme' ) );
		$set( $entry, 'title', $localized( 'title' ) );
		$set( $entry, 'description', $localized( 'description' ) );
		$set( $entry, 'mode', $str( 'mode' ) );
		$set( $entry, 'municipality', 'digital' === $str( 'mode' ) && '' === $str( 'municipality' ) ? null : $municipality( 'municipality', $str( 'municipality' ) ) );
		$set( $entry, 'area', $localized( 'area' ) );
		$weekday = $str( 'schedule.weekday' );
		if ( '' !== $weekday && ! in_array( $weekday, FRISKLIVS_WIDGETS_WEEKDAYS, true ) ) {
			/* translators: %s: what was sent */
			$problems['schedule.weekday'][] = sprintf( __( '“%s” is not a weekday: choose one from the list.', 'frisklivs-widgets' ), $weekday );
		}
		$schedule = array();
		foreach ( array( 'frequency', 'weekday', 'startTime', 'endTime', 'firstMeeting' ) as $key ) {
			$set( $schedule, $key, $str( 'schedule.' . $key ) );
		}
		$entry['schedule'] = $schedule;
		$set( $entry, 'status', $str( 'status' ) );
		$set( $entry, 'plannedStart', 'forming' === $str( 'status' ) ? $str( 'plannedStart' ) : null );
		$age = $str( 'minAge' );
		if ( '' !== $age && ! preg_match( '/^\d{1,3}$/', $age ) ) {
			$problems['minAge'][] = __( 'Write the age limit as a whole number of years, such as 18.', 'frisklivs-widgets' );
			$age                  = '';
		}
		$set( $entry, 'minAge', '' === $age ? null : (int) $age );
		$set( $entry, 'languages', $languages() );
		$set( $entry, 'contactPoint', $str( 'contactPoint' ) );
		$set( $entry, 'reportUrl', $str( 'reportUrl' ) );
	} elseif ( 'contactPoint' === $type ) {
		$set( $entry, 'kind', $str( 'kind' ) );
		$set( $entry, 'name', $localized( 'name' ) );
		$set( $entry, 'municipalities', $municipality_list( 'municipalities' ) );
		$counties = array();
		foreach ( frisklivs_widgets_split( $str( 'counties' ) ) as $county ) {
			$counties[] = str_pad( $county, 2, '0', STR_PAD_LEFT );
		}
		$set( $entry, 'counties', $counties );
		$set( $entry, 'national', $yes_no( 'national' ) );
		foreach ( array( 'phone', 'email', 'url', 'registerInterestUrl', 'centre', 'reportUrl' ) as $key ) {
			$set( $entry, $key, $str( $key ) );
		}
		$set( $entry, 'contactHours', array_values( $hours_rows() ) );
		$set( $entry, 'specialDays', array_values( $special_rows() ) );
		$set( $entry, 'waitingList', $yes_no( 'waitingList' ) );
	} else {
		$set( $entry, 'name', $localized( 'name' ) );
		$host = $municipality( 'hostMunicipality', $str( 'hostMunicipality' ) );
		$set( $entry, 'hostMunicipality', $host );
		$served = $municipality_list( 'municipalities' );
		if ( null !== $host && ! in_array( $host, $served, true ) ) {
			array_unshift( $served, $host );
		}
		$set( $entry, 'municipalities', $served );
		$sites = array();
		$rows  = frisklivs_widgets_get( $form, 'sites' );
		foreach ( is_array( $rows ) ? $rows : array() as $i => $row ) {
			$row = array_map(
				function ( $value ) {
					return is_scalar( $value ) ? frisklivs_widgets_trim( (string) $value ) : '';
				},
				(array) $row
			);
			if ( '' === implode( '', array_intersect_key( $row, array_flip( array( 'name', 'street', 'postcode', 'postTown', 'municipality' ) ) ) ) ) {
				continue;
			}
			$site = isset( $existing['sites'][ $i ] ) && is_array( $existing['sites'][ $i ] ) ? $existing['sites'][ $i ] : array();
			$name = isset( $site['name'] ) && is_array( $site['name'] ) ? $site['name'] : array();
			if ( isset( $row['name'] ) && '' !== $row['name'] ) {
				$name['nb'] = $row['name'];
				$site       = array_merge( array( 'name' => $name ), $site, array( 'name' => $name ) );
			} else {
				unset( $site['name'] );
			}
			$address = array(
				'street'   => isset( $row['street'] ) ? $row['street'] : '',
				'postcode' => isset( $row['postcode'] ) ? $row['postcode'] : '',
				'postTown' => isset( $row['postTown'] ) ? $row['postTown'] : '',
			);
			$number  = $municipality( 'sites.' . $i . '.municipality', isset( $row['municipality'] ) ? $row['municipality'] : '' );
			if ( null !== $number ) {
				$address['municipality'] = $number;
			}
			foreach ( $address as $key => $value ) {
				if ( '' === $value ) {
					unset( $address[ $key ] );
				}
			}
			$site['address'] = $address;
			if ( isset( $row['stepFree'] ) && in_array( $row['stepFree'], array( 'yes', 'no' ), true ) ) {
				$site['stepFree'] = 'yes' === $row['stepFree'];
			} else {
				unset( $site['stepFree'] );
			}
			$sites[] = $site;
		}
		$entry['sites'] = $sites;
		foreach ( array( 'phone', 'email', 'url', 'status', 'closedUntil', 'reportUrl' ) as $key ) {
			$set( $entry, $key, $str( $key ) );
		}
		if ( 'active' === $str( 'status' ) ) {
			unset( $entry['closedUntil'] );
		}
		foreach ( array( 'offers', 'referral' ) as $key ) {
			$chosen        = frisklivs_widgets_get( $form, $key );
			$entry[ $key ] = array_values( array_filter( is_array( $chosen ) ? array_map( 'strval', $chosen ) : array(), 'strlen' ) );
		}
		$set( $entry, 'gettingStarted', $localized( 'gettingStarted' ) );
		$set( $entry, 'description', $localized( 'description' ) );
		$set( $entry, 'languages', $languages() );
		$set( $entry, 'contactHours', array_values( $hours_rows() ) );
		$set( $entry, 'specialDays', array_values( $special_rows() ) );
		$fee         = isset( $entry['fee'] ) && is_array( $entry['fee'] ) ? $entry['fee'] : array();
		$fee['free'] = '0' !== $str( 'feeFree' );
		$entry['fee'] = $fee;
	}
	return array(
		'entry'    => $entry,
		'problems' => $problems,
	);
}

/**
 * The form key a validator path belongs to ("$.schedule.endTime" → "schedule.endTime").
 *
 * @param string $path JSON path.
 * @return string
 */
function frisklivs_widgets_path_to_key( $path ) {
	$key = preg_replace( '/\[(\d+)\]/', '.$1', preg_replace( '/^\$\.?/', '', $path ) );
	$key = preg_replace( '/^(languages|municipalities|counties|offers|referral)(\.\d+)+$/', '$1', $key );
	$key = preg_replace( '/^(contactHours\.\d+\.weekdays)\.\d+$/', '$1', $key );
	$key = preg_replace( '/^(contactHours|specialDays)\.(\d+)\.note\.\w+$/', '$1.$2.note', $key );
	$key = preg_replace( '/^specialDays\.(\d+)\.hours(\.\d+)?(\.(opens|closes))?$/', 'specialDays.$1.$4', $key );
	$key = preg_replace( '/^(specialDays\.\d+)\.$/', '$1.opens', $key );
	$key = preg_replace( '/^sites\.(\d+)\.address\.(\w+)$/', 'sites.$1.$2', $key );
	$key = preg_replace( '/^sites\.(\d+)\.address$/', 'sites.$1.street', $key );
	$key = preg_replace( '/^sites\.(\d+)\.name(\.\w+)?$/', 'sites.$1.name', $key );
	$key = preg_replace( '/^fee\.free$/', 'feeFree', $key );
	return (string) $key;
}

/**
 * Checks an entry the way the feed will: the schema (every warning counts as an error here: the form never drops
 * what someone typed), then the references (theme, contact point, centre, offers), the id's uniqueness, and for a
 * group coordinator that the contact point is theirs.
 *
 * @param string $post_type Post type.
 * @param array  $entry     The entry.
 * @param int    $post_id   The post being saved (its own id may repeat).
 * @return array{entry: array|null, problems: array<string, string[]>}
 */
function frisklivs_widgets_check_entry( $post_type, array $entry, $post_id ) {
	$type     = frisklivs_widgets_post_types()[ $post_type ]['type'];
	$checked  = frisklivs_widgets_validate_entry( $type, $entry );
	$problems = array();
	foreach ( $checked['problems'] as $problem ) {
		$problems[ frisklivs_widgets_path_to_key( $problem['path'] ) ][] = frisklivs_widgets_sentence( isset( $problem['detail'] ) ? $problem['detail'] : $problem['message'] );
	}
	$clean = $checked['entry'];
	if ( null === $clean ) {
		return array(
			'entry'    => null,
			'problems' => $problems,
		);
	}
	if ( isset( $clean['id'] ) ) {
		$other = frisklivs_widgets_post_by_entry_id( $post_type, $clean['id'] );
		if ( $other && $other !== (int) $post_id ) {
			/* translators: %s: an entry id */
			$problems['id'][] = sprintf( __( 'The id %s is already used by another entry on this site: choose another.', 'frisklivs-widgets' ), $clean['id'] );
		}
	}
	if ( 'group' === $type ) {
		$themes = wp_list_pluck( frisklivs_widgets_themes(), 'id' );
		if ( ! in_array( $clean['theme'], $themes, true ) ) {
			/* translators: %s: a theme id */
			$problems['theme'][] = sprintf( __( 'Unknown theme “%s”: choose one from the list.', 'frisklivs-widgets' ), $clean['theme'] );
		}
		$points = frisklivs_widgets_contact_point_choices();
		if ( ! isset( $points[ $clean['contactPoint'] ] ) ) {
			/* translators: %s: a contact point id */
			$problems['contactPoint'][] = sprintf( __( 'Unknown contact point “%s”: choose one from the list.', 'frisklivs-widgets' ), $clean['contactPoint'] );
		} elseif ( ! frisklivs_widgets_user_has_point( get_current_user_id(), $clean['contactPoint'] ) ) {
			$problems['contactPoint'][] = __( 'You can only add groups for the contact points you coordinate.', 'frisklivs-widgets' );
		}
	}
	if ( 'contactPoint' === $type && isset( $clean['centre'] ) && ! isset( frisklivs_widgets_centre_choices()[ $clean['centre'] ] ) ) {
		/* translators: %s: a centre id */
		$problems['centre'][] = sprintf( __( 'Unknown centre “%s”: choose one from the list.', 'frisklivs-widgets' ), $clean['centre'] );
	}
	if ( 'centre' === $type ) {
		$offers  = wp_list_pluck( frisklivs_widgets_offers(), 'id' );
		$unknown = array_diff( $clean['offers'], $offers );
		if ( $unknown ) {
			/* translators: %s: offer ids */
			$problems['offers'][] = sprintf( __( 'Unknown offers: %s.', 'frisklivs-widgets' ), implode( ', ', $unknown ) );
		}
	}
	return array(
		'entry'    => $problems ? null : $clean,
		'problems' => $problems,
	);
}

/**
 * A validator message as a sentence: capital first letter, full stop.
 *
 * @param string $message The message.
 * @return string
 */
function frisklivs_widgets_sentence( $message ) {
	$message = trim( $message );
	if ( '' === $message ) {
		return $message;
	}
	$first = preg_match( '/^./u', $message, $m ) ? $m[0] : '';
	$upper = strtr(
		strtoupper( $first ),
		array(
			'æ' => 'Æ',
			'ø' => 'Ø',
			'å' => 'Å',
		)
	);
	return $upper . substr( $message, strlen( $first ) ) . ( preg_match( '/[.!?)]$/', $message ) ? '' : '.' );
}

/**
 * The save: wp_insert_post_data for the three post types. The form's entry is written only when it is valid; else
 * the post keeps its content, title and status, and the form comes back with the messages.
 *
 * @param array $data    The post row about to be saved (slashed).
 * @param array $postarr The arguments of wp_insert_post.
 * @return array
 */
function frisklivs_widgets_filter_post_data( $data, $postarr ) {
	$types = frisklivs_widgets_post_types();
	if ( ! isset( $types[ $data['post_type'] ] ) ) {
		return $data;
	}
	$type = $types[ $data['post_type'] ]['type'];
	// An entry checked elsewhere (an import), written as it is.
	if ( null !== $GLOBALS['frisklivs_widgets_pending'] ) {
		$entry                                = $GLOBALS['frisklivs_widgets_pending'];
		$GLOBALS['frisklivs_widgets_pending'] = null;
		$data['post_content']                 = wp_slash( frisklivs_widgets_encode_entry( $entry ) );
		$data['post_title']                   = wp_slash( frisklivs_widgets_entry_title( $type, $entry ) );
		return $data;
	}
	$post_id = isset( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked below with check_admin_referer.
	if ( ! $post_id || ! isset( $_POST['frisklivs_entry_nonce'], $_POST['post_ID'] ) || (int) $_POST['post_ID'] !== $post_id ) {
		return $data;
	}
	check_admin_referer( 'frisklivs_entry_' . $post_id, 'frisklivs_entry_nonce' );
	$old      = get_post( $post_id );
	$existing = $old ? frisklivs_widgets_post_entry( $old ) : null;
	$form     = isset( $_POST['fl'] ) && is_array( $_POST['fl'] ) ? wp_unslash( $_POST['fl'] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- every value is checked by the feed schema.
	$built    = frisklivs_widgets_form_to_entry( $type, $form, $existing ? $existing : array() );
	$entry    = $built['entry'];
	if ( ! empty( $_POST['frisklivs_checked_today'] ) || empty( $existing['lastVerified'] ) ) {
		$entry['lastVerified'] = frisklivs_widgets_today();
	}
	$checked  = frisklivs_widgets_check_entry( $data['post_type'], $entry, $post_id );
	$problems = array_merge_recursive( $built['problems'], $checked['problems'] );
	if ( $problems || null === $checked['entry'] ) {
		set_transient(
			frisklivs_widgets_refused_key( $post_id ),
			array(
				'form'     => $form,
				'problems' => $problems,
			),
			10 * MINUTE_IN_SECONDS
		);
		// Nothing of the refused form is saved: the post stays as it was.
		$data['post_content'] = wp_slash( $old ? $old->post_content : '' );
		$data['post_title']   = wp_slash( $old ? $old->post_title : '' );
		$data['post_status']  = $old ? $old->post_status : 'draft';
		if ( 'auto-draft' === $data['post_status'] ) {
			$data['post_status'] = 'auto-draft';
		}
		return $data;
	}
	delete_transient( frisklivs_widgets_refused_key( $post_id ) );
	$data['post_content'] = wp_slash( frisklivs_widgets_encode_entry( $checked['entry'] ) );
	$data['post_title']   = wp_slash( frisklivs_widgets_entry_title( $type, $checked['entry'] ) );
	return $data;
}

/**
 * After a refused save, WordPress would say "published" or "updated": it says that nothing was saved instead.
 *
 * @param string $location The redirect.
 * @param int    $post_id  The post.
 * @return string
 */
function frisklivs_widgets_redirect_after_save( $location, $post_id ) {
	if ( isset( frisklivs_widgets_post_types()[ get_post_type( $post_id ) ] ) && false !== get_transient( frisklivs_widgets_refused_key( $post_id ) ) ) {
		$location = add_query_arg( 'frisklivs_refused', '1', remove_query_arg( 'message', $location ) );
	}
	return $location;
}

/**
 * The box beside the form: when the entry was last checked, and the button that says it was checked today.
 *
 * @param WP_Post $post The post.
 */
function frisklivs_widgets_render_checked_box( $post ) {
	$entry = frisklivs_widgets_post_entry( $post );
	$date  = isset( $entry['lastVerified'] ) ? $entry['lastVerified'] : '';
	if ( '' === $date ) {
		echo '<p>' . esc_html__( 'Not saved yet: the first save records today as the date the information was checked.', 'frisklivs-widgets' ) . '</p>';
		return;
	}
	$stale = strtotime( $date ) < strtotime( '-1 year', strtotime( frisklivs_widgets_today() ) );
	printf(
		'<p id="fl-last-verified">%1$s <strong><time datetime="%2$s">%3$s</time></strong></p>',
		esc_html__( 'The information was last checked on', 'frisklivs-widgets' ),
		esc_attr( $date ),
		esc_html( date_i18n( get_option( 'date_format' ), strtotime( $date . ' 12:00:00' ) ) )
	);
	if ( $stale ) {
		echo '<p class="fl-stale"><span class="dashicons dashicons-warning" aria-hidden="true"></span> ' . esc_html__( 'More than a year ago: please check the information with the group or contact point.', 'frisklivs-widgets' ) . '</p>';
	}
	echo '<p class="description">' . esc_html__( 'Check every detail with the people responsible, then press the button. It saves the form too.', 'frisklivs-widgets' ) . '</p>';
	printf( '<button type="submit" class="button" name="frisklivs_checked_today" value="1" id="fl-checked-today">%s</button>', esc_html__( 'The information was checked today', 'frisklivs-widgets' ) );
}

/**
 * The form of an entry.
 *
 * @param WP_Post $post The post.
 */
function frisklivs_widgets_render_form( $post ) {
	$info    = frisklivs_widgets_post_types()[ $post->post_type ];
	$type    = $info['type'];
	$entry   = frisklivs_widgets_post_entry( $post );
	$refused = get_transient( frisklivs_widgets_refused_key( $post->ID ) );
	$errors  = array();
	if ( is_array( $refused ) ) {
		delete_transient( frisklivs_widgets_refused_key( $post->ID ) );
		$values = $refused['form'];
		$errors = $refused['problems'];
	} elseif ( $entry ) {
		$values = frisklivs_widgets_entry_to_form( $type, $entry );
	} else {
		$values = array(
			'id'        => frisklivs_widgets_suggest_id( $type, $post->ID ),
			'languages' => array( 'nb' ),
		);
		if ( 'group' === $type ) {
			$values['mode']     = 'physical';
			$values['status']   = 'open';
			$values['minAge']   = '18';
			$values['schedule'] = array( 'frequency' => 'weekly' );
		} elseif ( 'contactPoint' === $type ) {
			$values['kind'] = 'municipal-contact';
		} else {
			$values['status']   = 'active';
			$values['feeFree']  = '1';
			$values['referral'] = array( 'self', 'gp', 'nav', 'health-personnel' );
		}
	}
	wp_nonce_field( 'frisklivs_entry_' . $post->ID, 'frisklivs_entry_nonce' );
	if ( $errors ) {
		echo '<div class="fl-refused" role="alert" tabindex="-1" id="fl-refused"><p><strong>' . esc_html__( 'Nothing was saved: correct what is marked below and save again.', 'frisklivs-widgets' ) . '</strong> ';
		echo esc_html( $entry ? __( 'The entry keeps its last saved version until then.', 'frisklivs-widgets' ) : __( 'The entry is not created until then.', 'frisklivs-widgets' ) ) . '</p><ul>';
		foreach ( $errors as $key => $messages ) {
			printf( '<li><a href="#%1$s">%2$s</a></li>', esc_attr( frisklivs_widgets_field_id( $key ) ), esc_html( implode( ' ', array_unique( $messages ) ) ) );
		}
		echo '</ul></div>';
	}
	frisklivs_widgets_municipality_datalist();
	echo '<div class="fl-form fl-form-' . esc_attr( $type ) . '">';
	call_user_func( 'frisklivs_widgets_render_' . strtolower( $type ) . '_form', $values, $errors, $post );
	echo '</div>';
}

/**
 * The common head of every form: the id.
 *
 * @param array $values The form's values.
 * @param array $errors key => messages.
 */
function frisklivs_widgets_render_id_field( $values, array $errors ) {
	frisklivs_widgets_input(
		'id',
		__( 'Id in the feed', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'required' => true,
			'class'    => 'regular-text code',
			'help'     => __( 'A permanent id (letters, digits and . _ : -). Do not change it once published: pages and other feeds refer to it. An id that is also in the upstream feed replaces that entry.', 'frisklivs-widgets' ),
			'attrs'    => 'spellcheck="false" autocomplete="off"',
		)
	);
}

/**
 * The languages field (six checkboxes, and other codes).
 *
 * @param array  $values The form's values.
 * @param array  $errors key => messages.
 * @param string $legend Legend.
 */
function frisklivs_widgets_render_languages_field( $values, array $errors, $legend ) {
	frisklivs_widgets_choices( 'languages', $legend, frisklivs_widgets_languages(), $values, $errors, array( 'multiple' => true ) );
	frisklivs_widgets_input(
		'languagesOther',
		__( 'Other languages', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'class' => 'regular-text code',
			'help'  => __( 'ISO 639 codes separated by commas, such as ar, so, uk.', 'frisklivs-widgets' ),
		)
	);
}

/**
 * The weekly contact hours (one row per period; an empty row to add one) and the days that differ.
 *
 * @param array $values The form's values.
 * @param array $errors key => messages.
 */
function frisklivs_widgets_render_hours_fields( $values, array $errors ) {
	$rows = frisklivs_widgets_get( $values, 'contactHours' );
	$rows = is_array( $rows ) ? array_values( $rows ) : array();
	echo '<fieldset class="fl-field fl-rows" id="fl-contactHours"><legend>' . esc_html__( 'Contact hours', 'frisklivs-widgets' ) . '</legend>';
	echo '<p class="description">' . esc_html__( 'One row per period: the weekdays, when it opens and closes. Closed for lunch: two rows. Leave a row empty to remove it; save to get another empty row. Public holidays are closed unless a day below says otherwise.', 'frisklivs-widgets' ) . '</p>';
	$count = count( $rows ) + 1;
	for ( $i = 0; $i < $count; $i++ ) {
		$row = array( 'contactHours' => array( $i => isset( $rows[ $i ] ) ? $rows[ $i ] : array() ) );
		/* translators: %d: row number */
		echo '<div class="fl-row" role="group" aria-label="' . esc_attr( sprintf( __( 'Period %d', 'frisklivs-widgets' ), $i + 1 ) ) . '">';
		frisklivs_widgets_choices( "contactHours.$i.weekdays", __( 'Weekdays', 'frisklivs-widgets' ), frisklivs_widgets_weekday_names(), $row, $errors, array( 'multiple' => true, 'inline' => true ) );
		frisklivs_widgets_input( "contactHours.$i.opens", __( 'Opens', 'frisklivs-widgets' ), $row, $errors, array( 'type' => 'time', 'class' => 'fl-time' ) );
		frisklivs_widgets_input( "contactHours.$i.closes", __( 'Closes', 'frisklivs-widgets' ), $row, $errors, array( 'type' => 'time', 'class' => 'fl-time' ) );
		frisklivs_widgets_input( "contactHours.$i.note", __( 'Note (Bokmål)', 'frisklivs-widgets' ), $row, $errors );
		echo '</div>';
	}
	echo '</fieldset>';

	$rows = frisklivs_widgets_get( $values, 'specialDays' );
	$rows = is_array( $rows ) ? array_values( $rows ) : array();
	echo '<fieldset class="fl-field fl-rows" id="fl-specialDays"><legend>' . esc_html__( 'Closed days and days with other hours', 'frisklivs-widgets' ) . '</legend>';
	echo '<p class="description">' . esc_html__( 'A date, then closed, or the hours of that day. It overrides the weekly hours and the public holidays.', 'frisklivs-widgets' ) . '</p>';
	$count = count( $rows ) + 1;
	for ( $i = 0; $i < $count; $i++ ) {
		$row = array( 'specialDays' => array( $i => isset( $rows[ $i ] ) ? $rows[ $i ] : array( 'closed' => '1' ) ) );
		/* translators: %d: row number */
		echo '<div class="fl-row" role="group" aria-label="' . esc_attr( sprintf( __( 'Day %d', 'frisklivs-widgets' ), $i + 1 ) ) . '">';
		frisklivs_widgets_input( "specialDays.$i.date", __( 'Date', 'frisklivs-widgets' ), $row, $errors, array( 'type' => 'date', 'class' => 'fl-date' ) );
		frisklivs_widgets_choices(
			"specialDays.$i.closed",
			__( 'That day', 'frisklivs-widgets' ),
			array(
				'1' => __( 'Closed', 'frisklivs-widgets' ),
				'0' => __( 'Open at these hours', 'frisklivs-widgets' ),
			),
			$row,
			$errors,
			array( 'inline' => true )
		);
		frisklivs_widgets_input( "specialDays.$i.opens", __( 'Opens', 'frisklivs-widgets' ), $row, $errors, array( 'type' => 'time', 'class' => 'fl-time' ) );
		frisklivs_widgets_input( "specialDays.$i.closes", __( 'Closes', 'frisklivs-widgets' ), $row, $errors, array( 'type' => 'time', 'class' => 'fl-time' ) );
		frisklivs_widgets_input( "specialDays.$i.note", __( 'Note (Bokmål)', 'frisklivs-widgets' ), $row, $errors );
		echo '</div>';
	}
	echo '</fieldset>';
}

/**
 * The group form.
 *
 * @param array   $values The form's values.
 * @param array   $errors key => messages.
 * @param WP_Post $post   The post.
 */
function frisklivs_widgets_render_group_form( $values, array $errors, $post ) {
	echo '<div class="fl-why notice notice-info inline"><p>' . esc_html__( 'There is no field for members and none for a meeting address, on purpose: the feed is public, and who takes part in a self-help group is nobody else’s business. People who want to join get in touch through the contact point, which tells them where the group meets.', 'frisklivs-widgets' ) . '</p></div>';
	frisklivs_widgets_render_id_field( $values, $errors );
	frisklivs_widgets_localized( 'title', __( 'Title', 'frisklivs-widgets' ), $values, $errors, array( 'required' => true ) );
	frisklivs_widgets_localized( 'description', __( 'Description', 'frisklivs-widgets' ), $values, $errors, array( 'multiline' => true ) );
	$themes = array();
	foreach ( frisklivs_widgets_themes() as $theme ) {
		$themes[ $theme['id'] ] = frisklivs_widgets_text( $theme['label'] );
	}
	frisklivs_widgets_select(
		'theme',
		__( 'Theme', 'frisklivs-widgets' ),
		$themes,
		$values,
		$errors,
		array(
			'required' => true,
			'empty'    => __( '— choose a theme —', 'frisklivs-widgets' ),
		)
	);
	$points = frisklivs_widgets_contact_point_choices();
	if ( ! current_user_can( FRISKLIVS_WIDGETS_ALL_POINTS_CAP ) ) {
		$points = array_intersect_key( $points, array_flip( frisklivs_widgets_assigned_points( get_current_user_id() ) ) );
	}
	frisklivs_widgets_select(
		'contactPoint',
		__( 'Contact point', 'frisklivs-widgets' ),
		$points,
		$values,
		$errors,
		array(
			'required' => true,
			'empty'    => __( '— choose a contact point —', 'frisklivs-widgets' ),
			'help'     => __( 'People who want to join contact this contact point.', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_choices(
		'mode',
		__( 'How the group meets', 'frisklivs-widgets' ),
		array(
			'physical' => __( 'In person', 'frisklivs-widgets' ),
			'digital'  => __( 'Online (video)', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array(
			'required' => true,
			'inline'   => true,
		)
	);
	frisklivs_widgets_input(
		'municipality',
		__( 'Municipality', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'list' => 'fl-municipalities',
			'help' => __( 'Where the group meets (required when it meets in person). Write the name in Norwegian or Sámi, or the number.', 'frisklivs-widgets' ),
			'attrs' => 'autocomplete="off"',
		)
	);
	frisklivs_widgets_localized( 'area', __( 'Part of town or area (not an address)', 'frisklivs-widgets' ), $values, $errors );

	echo '<fieldset class="fl-field fl-schedule" id="fl-schedule"><legend>' . esc_html__( 'When the group meets', 'frisklivs-widgets' ) . '</legend>';
	frisklivs_widgets_choices(
		'schedule.frequency',
		__( 'How often', 'frisklivs-widgets' ),
		array(
			'weekly'      => __( 'Every week', 'frisklivs-widgets' ),
			'fortnightly' => __( 'Every other week', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array(
			'required' => true,
			'inline'   => true,
		)
	);
	frisklivs_widgets_select(
		'schedule.weekday',
		__( 'Weekday', 'frisklivs-widgets' ),
		frisklivs_widgets_weekday_names(),
		$values,
		$errors,
		array(
			'required' => true,
			'empty'    => __( '— choose a day —', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_input( 'schedule.startTime', __( 'Starts at', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'time', 'class' => 'fl-time', 'required' => true ) );
	frisklivs_widgets_input( 'schedule.endTime', __( 'Ends at', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'time', 'class' => 'fl-time', 'required' => true ) );
	frisklivs_widgets_input(
		'schedule.firstMeeting',
		__( 'First meeting', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'type'  => 'date',
			'class' => 'fl-date',
			'help'  => __( 'For a group that meets every other week: the date of one meeting, so the weeks can be counted.', 'frisklivs-widgets' ),
		)
	);
	echo '</fieldset>';

	frisklivs_widgets_choices(
		'status',
		__( 'Status', 'frisklivs-widgets' ),
		array(
			'forming' => __( 'Starting up (looking for members)', 'frisklivs-widgets' ),
			'open'    => __( 'Open to new members', 'frisklivs-widgets' ),
			'full'    => __( 'Full', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'required' => true )
	);
	frisklivs_widgets_input(
		'plannedStart',
		__( 'Planned start', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'type'  => 'date',
			'class' => 'fl-date',
			'help'  => __( 'Only for a group that is starting up.', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_input(
		'minAge',
		__( 'Age limit (years)', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'type'  => 'text',
			'class' => 'small-text',
			'attrs' => 'inputmode="numeric"',
			'help'  => __( 'The youngest age that can take part. 18 when left empty.', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_render_languages_field( $values, $errors, __( 'Languages spoken in the group', 'frisklivs-widgets' ) );
	frisklivs_widgets_input(
		'reportUrl',
		__( 'Where readers report an error', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'class' => 'regular-text code',
			'help'  => __( 'A mailto: address or an https:// form. Optional.', 'frisklivs-widgets' ),
		)
	);
}

/**
 * The contact point form.
 *
 * @param array   $values The form's values.
 * @param array   $errors key => messages.
 * @param WP_Post $post   The post.
 */
function frisklivs_widgets_render_contactpoint_form( $values, array $errors, $post ) {
	frisklivs_widgets_render_id_field( $values, $errors );
	frisklivs_widgets_select( 'kind', __( 'Kind', 'frisklivs-widgets' ), frisklivs_widgets_contact_point_kinds(), $values, $errors, array( 'required' => true ) );
	frisklivs_widgets_localized( 'name', __( 'Name', 'frisklivs-widgets' ), $values, $errors, array( 'required' => true ) );
	frisklivs_widgets_input(
		'municipalities',
		__( 'Municipalities it serves', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'class' => 'large-text',
			'list'  => 'fl-municipalities',
			'help'  => __( 'Names (Norwegian or Sámi) or numbers, separated by semicolons.', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_input(
		'counties',
		__( 'Counties it serves', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'class' => 'regular-text',
			'help'  => __( 'Two-digit county numbers separated by commas, such as 55, 56.', 'frisklivs-widgets' ),
		)
	);
	frisklivs_widgets_choices(
		'national',
		__( 'Nationwide', 'frisklivs-widgets' ),
		array(
			'0' => __( 'No', 'frisklivs-widgets' ),
			'1' => __( 'Yes, it takes enquiries from the whole country', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'inline' => true )
	);
	frisklivs_widgets_input( 'phone', __( 'Phone', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'tel', 'help' => __( 'Such as +47 555 20 501.', 'frisklivs-widgets' ) ) );
	frisklivs_widgets_input( 'email', __( 'E-mail', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'email' ) );
	frisklivs_widgets_input( 'url', __( 'Web page', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'url', 'class' => 'large-text code' ) );
	frisklivs_widgets_input( 'registerInterestUrl', __( 'Page to register interest in a group', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'url', 'class' => 'large-text code' ) );
	frisklivs_widgets_select( 'centre', __( 'Belongs to the centre', 'frisklivs-widgets' ), frisklivs_widgets_centre_choices(), $values, $errors, array( 'empty' => __( '— none —', 'frisklivs-widgets' ) ) );
	frisklivs_widgets_render_hours_fields( $values, $errors );
	frisklivs_widgets_choices(
		'waitingList',
		__( 'Waiting list', 'frisklivs-widgets' ),
		array(
			'0' => __( 'No', 'frisklivs-widgets' ),
			'1' => __( 'Yes, it takes names for a full group’s waiting list', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'inline' => true )
	);
	frisklivs_widgets_input( 'reportUrl', __( 'Where readers report an error', 'frisklivs-widgets' ), $values, $errors, array( 'class' => 'regular-text code' ) );
}

/**
 * The centre form.
 *
 * @param array   $values The form's values.
 * @param array   $errors key => messages.
 * @param WP_Post $post   The post.
 */
function frisklivs_widgets_render_centre_form( $values, array $errors, $post ) {
	frisklivs_widgets_render_id_field( $values, $errors );
	frisklivs_widgets_localized( 'name', __( 'Name', 'frisklivs-widgets' ), $values, $errors, array( 'required' => true ) );
	frisklivs_widgets_input(
		'hostMunicipality',
		__( 'Host municipality', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'required' => true,
			'list'     => 'fl-municipalities',
			'help'     => __( 'Write the name in Norwegian or Sámi, or the number.', 'frisklivs-widgets' ),
			'attrs'    => 'autocomplete="off"',
		)
	);
	frisklivs_widgets_input(
		'municipalities',
		__( 'Other municipalities it serves', 'frisklivs-widgets' ),
		$values,
		$errors,
		array(
			'class' => 'large-text',
			'list'  => 'fl-municipalities',
			'help'  => __( 'Names or numbers separated by semicolons; the host municipality is added by itself.', 'frisklivs-widgets' ),
		)
	);
	$sites = frisklivs_widgets_get( $values, 'sites' );
	$sites = is_array( $sites ) ? array_values( $sites ) : array();
	echo '<fieldset class="fl-field fl-rows" id="fl-sites"><legend>' . esc_html__( 'Sites (where people come)', 'frisklivs-widgets' ) . '</legend>';
	echo '<p class="description">' . esc_html__( 'One row per address. Leave a row empty to remove it; save to get another empty row.', 'frisklivs-widgets' ) . '</p>';
	$count = count( $sites ) + 1;
	for ( $i = 0; $i < $count; $i++ ) {
		$row = array( 'sites' => array( $i => isset( $sites[ $i ] ) ? $sites[ $i ] : array() ) );
		/* translators: %d: row number */
		echo '<div class="fl-row" role="group" aria-label="' . esc_attr( sprintf( __( 'Site %d', 'frisklivs-widgets' ), $i + 1 ) ) . '">';
		frisklivs_widgets_input( "sites.$i.name", __( 'Name of the site (Bokmål)', 'frisklivs-widgets' ), $row, $errors );
		frisklivs_widgets_input( "sites.$i.street", __( 'Street address', 'frisklivs-widgets' ), $row, $errors );
		frisklivs_widgets_input( "sites.$i.postcode", __( 'Postcode', 'frisklivs-widgets' ), $row, $errors, array( 'class' => 'small-text', 'attrs' => 'inputmode="numeric"' ) );
		frisklivs_widgets_input( "sites.$i.postTown", __( 'Post town', 'frisklivs-widgets' ), $row, $errors );
		frisklivs_widgets_input( "sites.$i.municipality", __( 'Municipality', 'frisklivs-widgets' ), $row, $errors, array( 'list' => 'fl-municipalities' ) );
		frisklivs_widgets_select(
			"sites.$i.stepFree",
			__( 'Step-free access', 'frisklivs-widgets' ),
			array(
				'yes' => __( 'Yes', 'frisklivs-widgets' ),
				'no'  => __( 'No', 'frisklivs-widgets' ),
			),
			$row,
			$errors,
			array( 'empty' => __( 'Not known', 'frisklivs-widgets' ) )
		);
		echo '</div>';
	}
	echo '</fieldset>';
	frisklivs_widgets_input( 'phone', __( 'Phone', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'tel' ) );
	frisklivs_widgets_input( 'email', __( 'E-mail', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'email' ) );
	frisklivs_widgets_input( 'url', __( 'Web page', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'url', 'class' => 'large-text code' ) );
	$offers = array();
	foreach ( frisklivs_widgets_offers() as $offer ) {
		$offers[ $offer['id'] ] = frisklivs_widgets_text( $offer['label'] ) . ( 'core' === $offer['kind'] ? ' ' . __( '(core offer)', 'frisklivs-widgets' ) : '' );
	}
	frisklivs_widgets_choices( 'offers', __( 'Offers', 'frisklivs-widgets' ), $offers, $values, $errors, array( 'multiple' => true ) );
	frisklivs_widgets_choices(
		'referral',
		__( 'How people get started', 'frisklivs-widgets' ),
		array(
			'self'             => __( 'On their own', 'frisklivs-widgets' ),
			'gp'               => __( 'Referred by their GP', 'frisklivs-widgets' ),
			'nav'              => __( 'Referred by Nav', 'frisklivs-widgets' ),
			'health-personnel' => __( 'Referred by other health personnel', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'multiple' => true )
	);
	frisklivs_widgets_localized( 'gettingStarted', __( 'How to get started', 'frisklivs-widgets' ), $values, $errors, array( 'multiline' => true ) );
	frisklivs_widgets_localized( 'description', __( 'Description', 'frisklivs-widgets' ), $values, $errors, array( 'multiline' => true ) );
	frisklivs_widgets_render_languages_field( $values, $errors, __( 'Languages people are received in', 'frisklivs-widgets' ) );
	frisklivs_widgets_render_hours_fields( $values, $errors );
	frisklivs_widgets_choices(
		'status',
		__( 'Status', 'frisklivs-widgets' ),
		array(
			'active'             => __( 'Open', 'frisklivs-widgets' ),
			'temporarily-closed' => __( 'Temporarily closed', 'frisklivs-widgets' ),
			'closed'             => __( 'Closed down', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'inline' => true )
	);
	frisklivs_widgets_input( 'closedUntil', __( 'Closed until (inclusive)', 'frisklivs-widgets' ), $values, $errors, array( 'type' => 'date', 'class' => 'fl-date' ) );
	frisklivs_widgets_choices(
		'feeFree',
		__( 'Price', 'frisklivs-widgets' ),
		array(
			'1' => __( 'Free of charge', 'frisklivs-widgets' ),
			'0' => __( 'There is a fee', 'frisklivs-widgets' ),
		),
		$values,
		$errors,
		array( 'inline' => true )
	);
	frisklivs_widgets_input( 'reportUrl', __( 'Where readers report an error', 'frisklivs-widgets' ), $values, $errors, array( 'class' => 'regular-text code' ) );
}

/**
 * The editor's script and styles, on the three post types' screens only.
 *
 * @param string $hook The admin page.
 */
function frisklivs_widgets_admin_assets( $hook ) {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! isset( frisklivs_widgets_post_types()[ $screen->post_type ] ) ) {
		return;
	}
	wp_enqueue_style( 'frisklivs-widgets-editor', plugins_url( 'admin/editor.css', FRISKLIVS_WIDGETS_FILE ), array(), FRISKLIVS_WIDGETS_VERSION );
	if ( in_array( $hook, array( 'post.php', 'post-new.php' ), true ) ) {
		wp_enqueue_script( 'frisklivs-widgets-editor', plugins_url( 'admin/editor.js', FRISKLIVS_WIDGETS_FILE ), array(), FRISKLIVS_WIDGETS_VERSION, true );
	}
}

/**
 * No Quick Edit for the entries: the form is the one way to change them.
 *
 * @param string[] $actions Row actions.
 * @param WP_Post  $post    The post.
 * @return string[]
 */
function frisklivs_widgets_row_actions( $actions, $post ) {
	if ( isset( frisklivs_widgets_post_types()[ $post->post_type ] ) ) {
		unset( $actions['inline hide-if-no-js'] );
	}
	return $actions;
}

/**
 * The messages after a save, in words that fit an entry of the feed (WordPress would say "Post published.").
 *
 * @param array $messages post type => messages by number.
 * @return array
 */
function frisklivs_widgets_updated_messages( $messages ) {
	foreach ( array_keys( frisklivs_widgets_post_types() ) as $post_type ) {
		$messages[ $post_type ] = array(
			0  => '',
			1  => __( 'Saved. The feed is updated.', 'frisklivs-widgets' ),
			4  => __( 'Saved. The feed is updated.', 'frisklivs-widgets' ),
			5  => __( 'Restored from a revision. The feed is updated.', 'frisklivs-widgets' ),
			6  => __( 'Published. The entry is in the feed.', 'frisklivs-widgets' ),
			7  => __( 'Saved.', 'frisklivs-widgets' ),
			8  => __( 'Submitted.', 'frisklivs-widgets' ),
			9  => __( 'Scheduled.', 'frisklivs-widgets' ),
			10 => __( 'Draft saved. A draft is not in the feed.', 'frisklivs-widgets' ),
		);
	}
	return $messages;
}
