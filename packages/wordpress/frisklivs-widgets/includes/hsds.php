<?php
/**
 * The site's feed as Open Referral HSDS 3.0: /wp-json/frisklivs/v1/hsds.
 *
 * A line-by-line port of the feed kit's export (packages/feed-kit/src/hsds.ts, exportHsds), so that the same feed
 * gives the same document: the same tables, rows, name-based UUIDs (v5 in the feed kit's namespace), attributes and
 * taxonomy terms. The end-to-end test compares this route's answer with `frisklivs-feed export --format hsds` run on
 * the site's feed. Built from the feed file once per change of the feed (uploads/frisklivs-widgets/hsds.json).
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

const FRISKLIVS_WIDGETS_HSDS_NAMESPACE = '5b7f3f0e-8d0c-4c3a-9a51-2f6e4b1d7c90';

/**
 * A name-based UUID (RFC 9562 version 5) in the feed kit's namespace.
 *
 * @param string $name The name.
 * @return string
 */
function frisklivs_widgets_uuid5( $name ) {
	$hash     = sha1( hex2bin( str_replace( '-', '', FRISKLIVS_WIDGETS_HSDS_NAMESPACE ) ) . $name, true );
	$hash[6]  = chr( ( ord( $hash[6] ) & 0x0f ) | 0x50 );
	$hash[8]  = chr( ( ord( $hash[8] ) & 0x3f ) | 0x80 );
	$hex      = bin2hex( substr( $hash, 0, 16 ) );
	return substr( $hex, 0, 8 ) . '-' . substr( $hex, 8, 4 ) . '-' . substr( $hex, 12, 4 ) . '-' . substr( $hex, 16, 4 ) . '-' . substr( $hex, 20 );
}

/**
 * JSON as JavaScript's JSON.stringify writes it (for attribute values).
 *
 * @param mixed $value The value.
 * @return string
 */
function frisklivs_widgets_js_json( $value ) {
	return (string) wp_json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
}

/**
 * Exports a (valid) feed as HSDS 3.0 tables.
 *
 * @param array $feed The feed, as the site serves it.
 * @return array
 */
function frisklivs_widgets_export_hsds( array $feed ) {
	$table_names = array( 'organizations', 'organization_identifiers', 'services', 'locations', 'addresses', 'accessibility', 'service_at_locations', 'schedules', 'languages', 'service_areas', 'contacts', 'phones', 'cost_options', 'taxonomies', 'taxonomy_terms', 'attributes' );
	$t           = array_fill_keys( $table_names, array() );
	$field_tax   = 'frisklivs-widgets';
	$offer_tax   = 'frisklivs-widgets-offers';
	$theme_tax   = 'frisklivs-widgets-themes';
	$muni_tax    = 'no-municipalities-2024';
	$scheme      = 'frisklivs-widgets';
	$counties    = array(
		'03' => 'Oslo',
		'11' => 'Rogaland',
		'15' => 'Møre og Romsdal',
		'18' => 'Nordland',
		'31' => 'Østfold',
		'32' => 'Akershus',
		'33' => 'Buskerud',
		'34' => 'Innlandet',
		'39' => 'Vestfold',
		'40' => 'Telemark',
		'42' => 'Agder',
		'46' => 'Vestland',
		'50' => 'Trøndelag',
		'55' => 'Troms',
		'56' => 'Finnmark',
	);
	$language_names = array(
		'nb'  => 'Norsk bokmål',
		'nn'  => 'Norsk nynorsk',
		'no'  => 'Norsk',
		'se'  => 'Nordsamisk (davvisámegiella)',
		'sma' => 'Sørsamisk (åarjelsaemien gïele)',
		'smj' => 'Lulesamisk (julevsámegiella)',
		'fkv' => 'Kvensk',
		'en'  => 'Engelsk (English)',
	);
	// code => [description, json?], in the feed kit's order.
	$terms = array(
		'entity'              => array( 'Which feed entry this row is: centre, group, contact-point, contact-point-service, publisher', false ),
		'id'                  => array( 'The entry id in the frisklivs-widgets feed', false ),
		'name'                => array( 'Name in every locale (LocalizedText JSON)', true ),
		'title'               => array( 'Title in every locale (LocalizedText JSON)', true ),
		'label'               => array( 'Label in every locale (LocalizedText JSON)', true ),
		'description'         => array( 'Description in every locale (LocalizedText JSON)', true ),
		'gettingStarted'      => array( 'How to get started, in every locale (LocalizedText JSON)', true ),
		'note'                => array( 'Note on opening hours, in every locale (LocalizedText JSON)', true ),
		'area'                => array( 'Area of town where a group meets, in every locale (LocalizedText JSON)', true ),
		'accessibilityNote'   => array( 'Accessibility note, in every locale (LocalizedText JSON)', true ),
		'serviceCode'         => array( 'Volven 8663 service code (KX04 = frisklivssentral)', false ),
		'hostMunicipality'    => array( 'Municipality number of the host municipality', false ),
		'referral'            => array( 'Referral routes: self, gp, nav, health-personnel (JSON array)', true ),
		'programme'           => array( 'The structured follow-up programme (JSON)', true ),
		'closedUntil'         => array( 'Closed until this date (YYYY-MM-DD)', false ),
		'notices'             => array( 'Notices with validity (JSON)', true ),
		'fee'                 => array( 'Fee: free or not, with text (JSON)', true ),
		'eligibility'         => array( 'Eligibility text and ages (JSON)', true ),
		'stepFree'            => array( 'Step-free access (JSON boolean)', true ),
		'addressMunicipality' => array( 'Municipality number of the address', false ),
		'groupStatus'         => array( 'Self-help group status: forming, open, full', false ),
		'mode'                => array( 'Meeting form: physical or digital', false ),
		'plannedStart'        => array( 'Planned start date of a group that is forming (YYYY-MM-DD)', false ),
		'kind'                => array( 'Kind of contact point or offer', false ),
		'national'            => array( 'Takes contact from the whole country (JSON boolean)', true ),
		'version'             => array( 'Feed format version (JSON number)', true ),
		'generatedAt'         => array( 'When the feed was generated (ISO 8601)', false ),
		'attribution'         => array( 'Attribution lines of the feed (JSON array)', true ),
		'resources'           => array( 'Resources of the feed, e.g. the postcode file (JSON)', true ),
		'municipality'        => array( 'Municipality details HSDS has no fields for: names per language, county, Sámi language area, point, aliases (JSON)', true ),
		'specialDay'          => array( 'On a schedule row: it belongs to a special day (valid_from = valid_to = the date), "open" with its opens_at/closes_at or "closed" all day; the note is in the note attribute', false ),
		'waitingList'         => array( "Whether the contact point takes names for a full group's waiting list (JSON boolean)", true ),
		'reportUrl'           => array( 'Where a reader reports an error in the entry: a mailto: address or an https: form', false ),
	);
	$used     = array();
	$counters = array();
	$row_id   = function ( $name ) use ( &$counters ) {
		$counters[ $name ] = isset( $counters[ $name ] ) ? $counters[ $name ] + 1 : 1;
		return frisklivs_widgets_uuid5( 1 === $counters[ $name ] ? $name : $name . '#' . $counters[ $name ] );
	};
	$taxonomy_id = function ( $name ) {
		return frisklivs_widgets_uuid5( 'taxonomy:' . $name );
	};
	$term_id     = function ( $taxonomy, $code ) {
		return frisklivs_widgets_uuid5( 'term:' . $taxonomy . ':' . $code );
	};
	$org_id      = function ( $kind, $id ) {
		return frisklivs_widgets_uuid5( 'organization:' . $kind . ':' . $id );
	};
	$service_id  = function ( $kind, $id ) {
		return frisklivs_widgets_uuid5( 'service:' . $kind . ':' . $id );
	};
	$municipalities = array();
	foreach ( $feed['municipalities'] as $m ) {
		$municipalities[ $m['number'] ] = $m;
	}
	$muni_name = function ( array $m ) {
		return implode( ' - ', array_filter( array_values( $m['names'] ), 'strlen' ) );
	};
	$attr = function ( $entity, $link_id, $code, $value ) use ( &$t, &$used, $terms, $row_id, $term_id, $field_tax ) {
		if ( null === $value ) {
			return;
		}
		$used[ $code ]     = true;
		$t['attributes'][] = array(
			'id'               => $row_id( 'attribute:' . $link_id . ':' . $code ),
			'link_id'          => $link_id,
			'link_entity'      => $entity,
			'link_type'        => $field_tax,
			'taxonomy_term_id' => $term_id( $field_tax, $code ),
			'value'            => $terms[ $code ][1] ? frisklivs_widgets_js_json( $value ) : (string) $value,
		);
	};
	$only_nb = function ( $text ) {
		return ! $text || array( 'nb' ) === array_keys( $text );
	};
	$text = function ( $entity, $link_id, $code, $value, $native_is_exact ) use ( $attr, $only_nb ) {
		if ( $value && ( ! $only_nb( $value ) || ! $native_is_exact ) ) {
			$attr( $entity, $link_id, $code, $value );
		}
	};
	$get = function ( $array, $key ) {
		return is_array( $array ) && array_key_exists( $key, $array ) ? $array[ $key ] : null;
	};
	$languages = function ( $service, array $codes ) use ( &$t, $row_id, $language_names ) {
		foreach ( $codes as $code ) {
			$t['languages'][] = array(
				'id'         => $row_id( 'language:' . $service . ':' . $code ),
				'service_id' => $service,
				'name'       => isset( $language_names[ $code ] ) ? $language_names[ $code ] : $code,
				'code'       => $code,
			);
		}
	};
	$municipality_area = function ( $service, $number ) use ( &$t, $row_id, $municipalities, $muni_name ) {
		$name                 = isset( $municipalities[ $number ] ) ? $muni_name( $municipalities[ $number ] ) : $number;
		$t['service_areas'][] = array(
			'id'          => $row_id( 'service_area:' . $service . ':m:' . $number ),
			'service_id'  => $service,
			'name'        => $name,
			'description' => trim( 'Kommune ' . $number . ' ' . $name ),
			'extent'      => $number,
			'extent_type' => 'no_municipality_number',
		);
	};
	$hours_schedules = function ( $service, $hours, $days ) use ( &$t, $row_id, $attr, $text ) {
		foreach ( $hours ? $hours : array() as $i => $entry ) {
			$schedule = array(
				'id'         => $row_id( 'schedule:' . $service . ':hours:' . $i ),
				'service_id' => $service,
				'freq'       => 'WEEKLY',
				'interval'   => 1,
				'wkst'       => 'MO',
				'byday'      => implode( ',', $entry['weekdays'] ),
				'opens_at'   => $entry['opens'],
				'closes_at'  => $entry['closes'],
			);
			if ( ! empty( $entry['validFrom'] ) ) {
				$schedule['valid_from'] = $entry['validFrom'];
			}
			if ( ! empty( $entry['validTo'] ) ) {
				$schedule['valid_to'] = $entry['validTo'];
			}
			if ( isset( $entry['note'] ) ) {
				$schedule['description'] = $entry['note']['nb'];
			}
			$t['schedules'][] = $schedule;
			$text( 'schedule', $schedule['id'], 'note', isset( $entry['note'] ) ? $entry['note'] : null, true );
		}
		foreach ( $days ? $days : array() as $i => $day ) {
			$weekday = FRISKLIVS_WIDGETS_WEEKDAYS[ ( (int) gmdate( 'w', strtotime( $day['date'] . ' 12:00:00 UTC' ) ) + 6 ) % 7 ];
			$base    = array(
				'service_id' => $service,
				'valid_from' => $day['date'],
				'valid_to'   => $day['date'],
				'dtstart'    => $day['date'],
				'freq'       => 'WEEKLY',
				'interval'   => 1,
				'count'      => 1,
				'wkst'       => 'MO',
				'byday'      => $weekday,
			);
			$periods = ! empty( $day['hours'] ) ? $day['hours'] : array( null );
			foreach ( $periods as $j => $period ) {
				$row = array_merge( array( 'id' => $row_id( 'schedule:' . $service . ':special:' . $i . ':' . $j ) ), $base );
				if ( $period ) {
					$row['opens_at']  = $period['opens'];
					$row['closes_at'] = $period['closes'];
				}
				$row['description'] = isset( $day['note']['nb'] ) ? $day['note']['nb'] : ( $period ? 'Særskilte åpningstider (special hours)' : 'Stengt (closed)' );
				$t['schedules'][]   = $row;
				$attr( 'schedule', $row['id'], 'specialDay', $period ? 'open' : 'closed' );
				if ( 0 === $j && isset( $day['note'] ) ) {
					$attr( 'schedule', $row['id'], 'note', $day['note'] );
				}
			}
		}
	};
	$contact = function ( array $owner, $key, $name, $email, $phone ) use ( &$t, $row_id ) {
		if ( ! $email && ! $phone ) {
			return;
		}
		$row = array_merge( array( 'id' => $row_id( 'contact:' . $key ) ), $owner, array( 'name' => $name ) );
		if ( $email ) {
			$row['email'] = $email;
		}
		$t['contacts'][] = $row;
		if ( $phone ) {
			$t['phones'][] = array(
				'id'         => $row_id( 'phone:' . $key ),
				'contact_id' => $row['id'],
				'number'     => $phone,
				'type'       => 'voice',
			);
		}
	};
	$identifier = function ( $organization, $type, $id ) use ( &$t, $row_id, $scheme ) {
		$t['organization_identifiers'][] = array(
			'id'                => $row_id( 'organization_identifier:' . $organization ),
			'organization_id'   => $organization,
			'identifier_scheme' => $scheme,
			'identifier_type'   => $type,
			'identifier'        => $id,
		);
	};
	$taxonomy = function ( $name, $description ) use ( &$t, $taxonomy_id ) {
		$t['taxonomies'][] = array(
			'id'          => $taxonomy_id( $name ),
			'name'        => $name,
			'description' => $description,
			'version'     => '1',
		);
	};

	// The feed's head: its publisher.
	$publisher     = $org_id( 'publisher', 'feed' );
	$publisher_row = array(
		'id'          => $publisher,
		'name'        => $feed['publisher']['name'],
		'description' => 'Utgiver av feeden for frisklivs-widgets (publisher of the feed)',
	);
	if ( isset( $feed['publisher']['email'] ) ) {
		$publisher_row['email'] = $feed['publisher']['email'];
	}
	if ( isset( $feed['publisher']['url'] ) ) {
		$publisher_row['website'] = $feed['publisher']['url'];
	}
	$t['organizations'][] = $publisher_row;
	$identifier( $publisher, 'publisher', 'feed' );
	$attr( 'organization', $publisher, 'entity', 'publisher' );
	$attr( 'organization', $publisher, 'version', $feed['version'] );
	$attr( 'organization', $publisher, 'generatedAt', $feed['generatedAt'] );
	$attr( 'organization', $publisher, 'attribution', $get( $feed, 'attribution' ) );
	$attr( 'organization', $publisher, 'resources', isset( $feed['resources'] ) ? (object) $feed['resources'] : null );
	$attr( 'organization', $publisher, 'reportUrl', $get( $feed['publisher'], 'reportUrl' ) );

	// Taxonomies: offers, themes, municipalities; and the fields carried in attributes.
	$taxonomy( $offer_tax, 'Tilbud ved frisklivssentraler (offers of healthy life centres), ids of the frisklivs-widgets feed' );
	$taxonomy( $theme_tax, 'Temaer for selvhjelpsgrupper (themes of self-help groups), ids of the frisklivs-widgets feed' );
	if ( $feed['municipalities'] ) {
		$taxonomy( $muni_tax, 'Norske kommuner, kommunenummer 2024 (Kartverket/SSB); code = kommunenummer' );
	}
	foreach ( $feed['offers'] as $offer ) {
		$id                    = $term_id( $offer_tax, $offer['id'] );
		$t['taxonomy_terms'][] = array(
			'id'          => $id,
			'code'        => $offer['id'],
			'name'        => $offer['label']['nb'],
			'description' => isset( $offer['description']['nb'] ) ? $offer['description']['nb'] : $offer['label']['nb'],
			'taxonomy'    => $offer_tax,
			'taxonomy_id' => $taxonomy_id( $offer_tax ),
			'language'    => 'nb',
		);
		$attr( 'taxonomy_term', $id, 'kind', $offer['kind'] );
		$text( 'taxonomy_term', $id, 'label', $offer['label'], true );
		$description = $get( $offer, 'description' );
		$text( 'taxonomy_term', $id, 'description', $description, $description && $description['nb'] !== $offer['label']['nb'] );
	}
	foreach ( $feed['themes'] as $theme ) {
		$id                    = $term_id( $theme_tax, $theme['id'] );
		$t['taxonomy_terms'][] = array(
			'id'          => $id,
			'code'        => $theme['id'],
			'name'        => $theme['label']['nb'],
			'description' => isset( $theme['description']['nb'] ) ? $theme['description']['nb'] : $theme['label']['nb'],
			'taxonomy'    => $theme_tax,
			'taxonomy_id' => $taxonomy_id( $theme_tax ),
			'language'    => 'nb',
		);
		$text( 'taxonomy_term', $id, 'label', $theme['label'], true );
		$description = $get( $theme, 'description' );
		$text( 'taxonomy_term', $id, 'description', $description, $description && $description['nb'] !== $theme['label']['nb'] );
	}
	foreach ( $feed['municipalities'] as $m ) {
		$id                    = $term_id( $muni_tax, $m['number'] );
		$t['taxonomy_terms'][] = array(
			'id'          => $id,
			'code'        => $m['number'],
			'name'        => $m['names']['no'],
			'description' => $muni_name( $m ),
			'taxonomy'    => $muni_tax,
			'taxonomy_id' => $taxonomy_id( $muni_tax ),
		);
		$rest = $m;
		unset( $rest['number'] );
		$attr( 'taxonomy_term', $id, 'municipality', $rest );
	}

	foreach ( $feed['contactPoints'] as $point ) {
		$org = $org_id( 'contact-point', $point['id'] );
		$row = array(
			'id'          => $org,
			'name'        => $point['name']['nb'],
			'description' => 'Kontaktpunkt for selvhjelpsgrupper (' . $point['kind'] . ')',
		);
		if ( isset( $point['email'] ) ) {
			$row['email'] = $point['email'];
		}
		if ( isset( $point['url'] ) ) {
			$row['website'] = $point['url'];
		}
		if ( isset( $point['centre'] ) ) {
			$row['parent_organization_id'] = $org_id( 'centre', $point['centre'] );
		}
		$t['organizations'][] = $row;
		$identifier( $org, 'contact-point', $point['id'] );
		$attr( 'organization', $org, 'entity', 'contact-point' );
		$attr( 'organization', $org, 'kind', $point['kind'] );
		$text( 'organization', $org, 'name', $point['name'], true );
		$contact( array( 'organization_id' => $org ), 'contact-point:' . $point['id'], $point['name']['nb'], $get( $point, 'email' ), $get( $point, 'phone' ) );
		$service     = $service_id( 'contact-point', $point['id'] );
		$service_row = array(
			'id'              => $service,
			'organization_id' => $org,
			'name'            => $point['name']['nb'],
			'description'     => 'Ta kontakt for å bli med i eller starte en selvhjelpsgruppe (contact to join or start a self-help group)',
			'status'          => 'active',
		);
		if ( isset( $point['registerInterestUrl'] ) ) {
			$service_row['url'] = $point['registerInterestUrl'];
		}
		if ( isset( $point['lastVerified'] ) ) {
			$service_row['assured_date'] = $point['lastVerified'];
		}
		$t['services'][] = $service_row;
		$attr( 'service', $service, 'entity', 'contact-point-service' );
		$attr( 'service', $service, 'id', $point['id'] );
		$attr( 'service', $service, 'waitingList', $get( $point, 'waitingList' ) );
		$attr( 'service', $service, 'reportUrl', $get( $point, 'reportUrl' ) );
		$hours_schedules( $service, $get( $point, 'contactHours' ), $get( $point, 'specialDays' ) );
		foreach ( $point['municipalities'] as $number ) {
			$municipality_area( $service, $number );
		}
		foreach ( $point['counties'] as $county ) {
			$name                 = isset( $counties[ $county ] ) ? $counties[ $county ] : $county;
			$t['service_areas'][] = array(
				'id'          => $row_id( 'service_area:' . $service . ':c:' . $county ),
				'service_id'  => $service,
				'name'        => $name,
				'description' => 'Fylke ' . $county . ' ' . $name,
				'extent'      => $county,
				'extent_type' => 'no_county_number',
			);
		}
		if ( $point['national'] ) {
			$t['service_areas'][] = array(
				'id'          => $row_id( 'service_area:' . $service . ':NO' ),
				'service_id'  => $service,
				'name'        => 'Hele landet',
				'description' => 'Hele Norge (the whole country)',
				'extent'      => 'NO',
				'extent_type' => 'iso_3166_1_alpha_2',
			);
		}
	}

	$status_to_hsds = array(
		'active'             => 'active',
		'temporarily-closed' => 'temporarily closed',
		'closed'             => 'inactive',
	);
	foreach ( $feed['centres'] as $centre ) {
		$org         = $org_id( 'centre', $centre['id'] );
		$description = isset( $centre['description']['nb'] ) ? $centre['description']['nb'] : $centre['name']['nb'];
		$org_row     = array(
			'id'          => $org,
			'name'        => $centre['name']['nb'],
			'description' => $description,
		);
		if ( isset( $centre['email'] ) ) {
			$org_row['email'] = $centre['email'];
		}
		if ( isset( $centre['url'] ) ) {
			$org_row['website'] = $centre['url'];
		}
		$t['organizations'][] = $org_row;
		$identifier( $org, 'centre', $centre['id'] );
		$service = $service_id( 'centre', $centre['id'] );
		$row     = array(
			'id'              => $service,
			'organization_id' => $org,
			'name'            => $centre['name']['nb'],
			'description'     => $description,
			'status'          => $status_to_hsds[ $centre['status'] ],
		);
		if ( isset( $centre['url'] ) ) {
			$row['url'] = $centre['url'];
		}
		if ( isset( $centre['email'] ) ) {
			$row['email'] = $centre['email'];
		}
		if ( isset( $centre['gettingStarted'] ) ) {
			$row['application_process'] = $centre['gettingStarted']['nb'];
		}
		$row['fees_description'] = isset( $centre['fee']['text']['nb'] ) ? $centre['fee']['text']['nb'] : ( $centre['fee']['free'] ? 'Gratis' : 'Egenandel' );
		if ( isset( $centre['eligibility']['text'] ) ) {
			$row['eligibility_description'] = $centre['eligibility']['text']['nb'];
		}
		if ( isset( $centre['eligibility']['minAge'] ) ) {
			$row['minimum_age'] = $centre['eligibility']['minAge'];
		}
		if ( isset( $centre['eligibility']['maxAge'] ) ) {
			$row['maximum_age'] = $centre['eligibility']['maxAge'];
		}
		if ( ! empty( $centre['notices'] ) ) {
			$row['alert'] = implode(
				' ',
				array_map(
					function ( $notice ) {
						return $notice['text']['nb'];
					},
					$centre['notices']
				)
			);
		}
		$row['assured_date'] = $centre['lastVerified'];
		$t['services'][]     = $row;
		$attr( 'service', $service, 'entity', 'centre' );
		$attr( 'service', $service, 'id', $centre['id'] );
		$text( 'service', $service, 'name', $centre['name'], true );
		$own_description = $get( $centre, 'description' );
		$text( 'service', $service, 'description', $own_description, $own_description && $own_description['nb'] !== $centre['name']['nb'] );
		$text( 'service', $service, 'gettingStarted', $get( $centre, 'gettingStarted' ), true );
		$attr( 'service', $service, 'serviceCode', $centre['serviceCode'] );
		$attr( 'service', $service, 'hostMunicipality', $centre['hostMunicipality'] );
		$attr( 'service', $service, 'referral', $centre['referral'] );
		$attr( 'service', $service, 'programme', $get( $centre, 'programme' ) );
		$attr( 'service', $service, 'closedUntil', $get( $centre, 'closedUntil' ) );
		$attr( 'service', $service, 'notices', $get( $centre, 'notices' ) );
		$attr( 'service', $service, 'fee', $centre['fee'] );
		$attr( 'service', $service, 'eligibility', $get( $centre, 'eligibility' ) );
		if ( $centre['fee']['free'] ) {
			$t['cost_options'][] = array(
				'id'         => $row_id( 'cost_option:' . $service ),
				'service_id' => $service,
				'option'     => 'Gratis (free)',
				'amount'     => 0,
				'currency'   => 'NOK',
			);
		}
		foreach ( $centre['offers'] as $offer ) {
			$t['attributes'][] = array(
				'id'               => $row_id( 'attribute:' . $service . ':offer:' . $offer ),
				'link_id'          => $service,
				'link_entity'      => 'service',
				'link_type'        => 'offer',
				'taxonomy_term_id' => $term_id( $offer_tax, $offer ),
				'value'            => $offer,
			);
		}
		$languages( $service, $centre['languages'] );
		foreach ( $centre['municipalities'] as $number ) {
			$municipality_area( $service, $number );
		}
		$attr( 'service', $service, 'reportUrl', $get( $centre, 'reportUrl' ) );
		$hours_schedules( $service, $get( $centre, 'contactHours' ), $get( $centre, 'specialDays' ) );
		$contact( array( 'service_id' => $service ), 'centre:' . $centre['id'], $centre['name']['nb'], $get( $centre, 'email' ), $get( $centre, 'phone' ) );
		foreach ( $centre['sites'] as $index => $site ) {
			$location = frisklivs_widgets_uuid5( 'location:centre:' . $centre['id'] . ':' . ( isset( $site['id'] ) ? $site['id'] : '#' . $index ) );
			$loc_row  = array(
				'id'              => $location,
				'location_type'   => 'physical',
				'organization_id' => $org,
			);
			if ( isset( $site['name'] ) ) {
				$loc_row['name'] = $site['name']['nb'];
			}
			if ( isset( $site['lat'] ) ) {
				$loc_row['latitude'] = $site['lat'];
			}
			if ( isset( $site['lon'] ) ) {
				$loc_row['longitude'] = $site['lon'];
			}
			if ( isset( $site['id'] ) ) {
				$loc_row['external_identifier']      = $site['id'];
				$loc_row['external_identifier_type'] = $scheme . ' site id';
			}
			$t['locations'][] = $loc_row;
			$text( 'location', $location, 'name', $get( $site, 'name' ), true );
			$attr( 'location', $location, 'addressMunicipality', $get( $site['address'], 'municipality' ) );
			$attr( 'location', $location, 'stepFree', $get( $site, 'stepFree' ) );
			$text( 'location', $location, 'accessibilityNote', $get( $site, 'accessibilityNote' ), true );
			$number       = isset( $site['address']['municipality'] ) ? $site['address']['municipality'] : $centre['hostMunicipality'];
			$municipality = isset( $municipalities[ $number ] ) ? $municipalities[ $number ] : null;
			$address      = array(
				'id'          => $row_id( 'address:' . $location ),
				'location_id' => $location,
				'address_1'   => $site['address']['street'],
				'city'        => $site['address']['postTown'],
			);
			if ( $municipality ) {
				$address['region'] = $municipality['names']['no'];
			}
			$address['state_province'] = $municipality && isset( $counties[ $municipality['county'] ] ) ? $counties[ $municipality['county'] ] : 'Norge';
			$address['postal_code']    = $site['address']['postcode'];
			$address['country']        = 'NO';
			$address['address_type']   = 'physical';
			$t['addresses'][]          = $address;
			if ( isset( $site['stepFree'] ) || isset( $site['accessibilityNote'] ) ) {
				$access = array(
					'id'          => $row_id( 'accessibility:' . $location ),
					'location_id' => $location,
					'description' => ! isset( $site['stepFree'] ) ? 'Tilgjengelighet (accessibility)' : ( $site['stepFree'] ? 'Trinnfri tilgang (step-free access)' : 'Ikke trinnfri tilgang (not step-free)' ),
				);
				if ( isset( $site['accessibilityNote'] ) ) {
					$access['details'] = $site['accessibilityNote']['nb'];
				}
				$t['accessibility'][] = $access;
			}
			$t['service_at_locations'][] = array(
				'id'          => $row_id( 'service_at_location:' . $service . ':' . $location ),
				'service_id'  => $service,
				'location_id' => $location,
			);
		}
	}

	foreach ( $feed['groups'] as $group ) {
		$service         = $service_id( 'group', $group['id'] );
		$t['services'][] = array(
			'id'              => $service,
			'organization_id' => $org_id( 'contact-point', $group['contactPoint'] ),
			'name'            => $group['title']['nb'],
			'description'     => isset( $group['description']['nb'] ) ? $group['description']['nb'] : $group['title']['nb'],
			'status'          => 'active',
			'minimum_age'     => $group['minAge'],
			'assured_date'    => $group['lastVerified'],
		);
		$attr( 'service', $service, 'entity', 'group' );
		$attr( 'service', $service, 'id', $group['id'] );
		$text( 'service', $service, 'title', $group['title'], true );
		$own_description = $get( $group, 'description' );
		$text( 'service', $service, 'description', $own_description, $own_description && $own_description['nb'] !== $group['title']['nb'] );
		$attr( 'service', $service, 'groupStatus', $group['status'] );
		$attr( 'service', $service, 'mode', $group['mode'] );
		$text( 'service', $service, 'area', $get( $group, 'area' ), false );
		$attr( 'service', $service, 'plannedStart', $get( $group, 'plannedStart' ) );
		$attr( 'service', $service, 'reportUrl', $get( $group, 'reportUrl' ) );
		$t['attributes'][] = array(
			'id'               => $row_id( 'attribute:' . $service . ':theme:' . $group['theme'] ),
			'link_id'          => $service,
			'link_entity'      => 'service',
			'link_type'        => 'theme',
			'taxonomy_term_id' => $term_id( $theme_tax, $group['theme'] ),
			'value'            => $group['theme'],
		);
		$schedule = array(
			'id'             => $row_id( 'schedule:' . $service ),
			'service_id'     => $service,
			'freq'           => 'WEEKLY',
			'interval'       => 'fortnightly' === $group['schedule']['frequency'] ? 2 : 1,
			'wkst'           => 'MO',
			'byday'          => $group['schedule']['weekday'],
			'opens_at'       => $group['schedule']['startTime'],
			'closes_at'      => $group['schedule']['endTime'],
			'attending_type' => 'digital' === $group['mode'] ? 'online' : 'in person',
		);
		if ( isset( $group['schedule']['firstMeeting'] ) ) {
			$schedule['dtstart'] = $group['schedule']['firstMeeting'];
		}
		$t['schedules'][] = $schedule;
		$languages( $service, $group['languages'] );
		if ( isset( $group['municipality'] ) ) {
			$municipality_area( $service, $group['municipality'] );
		}
	}

	// The terms of the fields carried in attributes, in the order of the table above.
	if ( $used ) {
		$taxonomy( $field_tax, 'Fields of the frisklivs-widgets feed that HSDS 3.0 has no place for; attribute value = the value (JSON where the term says so)' );
		foreach ( $terms as $code => $term ) {
			if ( ! isset( $used[ $code ] ) ) {
				continue;
			}
			$t['taxonomy_terms'][] = array(
				'id'          => $term_id( $field_tax, $code ),
				'code'        => $code,
				'name'        => $code,
				'description' => $term[0] . ( $term[1] ? ' [JSON]' : '' ),
				'taxonomy'    => $field_tax,
				'taxonomy_id' => $taxonomy_id( $field_tax ),
			);
		}
	}
	return array_merge(
		array(
			'hsds_version' => '3.0',
			'profile'      => 'frisklivs-widgets feed v1 (https://openreferral.org HSDS 3.0, tabular JSON)',
		),
		$t
	);
}

/**
 * GET /frisklivs/v1/hsds: the site's feed as HSDS 3.0, built from the feed file when the feed has changed.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function frisklivs_widgets_rest_hsds( $request ) {
	if ( ! frisklivs_widgets_settings()['publish'] ) {
		return new WP_Error( 'frisklivs_not_published', __( 'This site does not publish a feed.', 'frisklivs-widgets' ), array( 'status' => 404 ) );
	}
	$state = frisklivs_widgets_ensure_feed();
	$dir   = frisklivs_widgets_feed_dir()['dir'];
	$file  = $dir . '/hsds.json';
	if ( empty( $state['etag'] ) ) {
		return new WP_Error( 'frisklivs_feed_unavailable', __( 'The feed could not be written to the uploads folder.', 'frisklivs-widgets' ), array( 'status' => 503 ) );
	}
	if ( ! isset( $state['hsdsOf'] ) || $state['hsdsOf'] !== $state['etag'] || ! is_readable( $file ) ) {
		$feed = json_decode( (string) file_get_contents( $dir . '/feed.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the built feed.
		$body = (string) wp_json_encode( frisklivs_widgets_export_hsds( $feed ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		$temp = $file . '.' . wp_generate_password( 8, false ) . '.tmp';
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a file in uploads, written whole then renamed.
		if ( false === file_put_contents( $temp, $body ) || ! rename( $temp, $file ) ) {
			return new WP_Error( 'frisklivs_feed_unavailable', __( 'The feed could not be written to the uploads folder.', 'frisklivs-widgets' ), array( 'status' => 503 ) );
		}
		$state['hsdsOf'] = $state['etag'];
		$state['hsdsTag'] = '"' . substr( sha1( $body ), 0, 27 ) . '"';
		update_option( FRISKLIVS_WIDGETS_FEED_STATE, $state, false );
	}
	return frisklivs_widgets_file_response( $request, $file, $state['hsdsTag'], (int) $state['modified'] );
}
