<?php
/**
 * The site's feed: /wp-json/frisklivs/v1/feed (also ?rest_route=/frisklivs/v1/feed without pretty permalinks).
 *
 * Built once per change, never per request: saving, trashing or restoring an entry, or changing the settings, marks
 * the feed out of date and rebuilds it at the end of that request; the endpoint then sends the file from uploads
 * (wp-content/uploads/frisklivs-widgets/feed.json) with an ETag and Last-Modified, and answers 304 to a
 * revalidation. The build merges the published entries with the upstream feed (fetched by the server, at most once an
 * hour), the site's entry winning on the same id, and checks every entry with the feed schema: an invalid one is
 * left out and listed on the Feed health screen, never served.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

const FRISKLIVS_WIDGETS_FEED_STATE  = 'frisklivs_widgets_feed_state';
const FRISKLIVS_WIDGETS_FEED_HEALTH = 'frisklivs_widgets_feed_health';
const FRISKLIVS_WIDGETS_HEALTH_LIST = 200;

/**
 * Where the built files are.
 *
 * @return array{dir: string, url: string}
 */
function frisklivs_widgets_feed_dir() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => $uploads['basedir'] . '/frisklivs-widgets',
		'url' => $uploads['baseurl'] . '/frisklivs-widgets',
	);
}

/**
 * The feed's state: etag, modified, hash, counts, dirty.
 *
 * @return array
 */
function frisklivs_widgets_feed_state() {
	$state = get_option( FRISKLIVS_WIDGETS_FEED_STATE );
	return is_array( $state ) ? $state : array();
}

/**
 * The public URL of the site's feed.
 *
 * @return string
 */
function frisklivs_widgets_feed_url() {
	return rest_url( 'frisklivs/v1/feed' );
}

/**
 * Marks the feed out of date and rebuilds it once at the end of this request.
 */
function frisklivs_widgets_feed_changed() {
	$state          = frisklivs_widgets_feed_state();
	$state['dirty'] = true;
	update_option( FRISKLIVS_WIDGETS_FEED_STATE, $state, false );
	if ( ! has_action( 'shutdown', 'frisklivs_widgets_rebuild_if_dirty' ) ) {
		add_action( 'shutdown', 'frisklivs_widgets_rebuild_if_dirty' );
	}
}

/**
 * A change to one of the three post types (saved, trashed, restored, deleted, status changed).
 *
 * @param int $post_id The post.
 */
function frisklivs_widgets_post_changed( $post_id ) {
	$type = get_post_type( $post_id );
	if ( 'revision' === $type ) {
		return;
	}
	if ( isset( frisklivs_widgets_post_types()[ $type ] ) ) {
		frisklivs_widgets_feed_changed();
	}
}

/**
 * A status change of one of the three post types.
 *
 * @param string  $new_status New status.
 * @param string  $old_status Old status.
 * @param WP_Post $post       The post.
 */
function frisklivs_widgets_status_changed( $new_status, $old_status, $post ) {
	if ( $new_status !== $old_status && ( 'publish' === $new_status || 'publish' === $old_status ) ) {
		frisklivs_widgets_post_changed( $post->ID );
	}
}

/**
 * Rebuilds the feed when it is out of date (at the end of the request that changed it).
 */
function frisklivs_widgets_rebuild_if_dirty() {
	if ( ! frisklivs_widgets_settings()['publish'] ) {
		return;
	}
	$state = frisklivs_widgets_feed_state();
	if ( ! empty( $state['dirty'] ) ) {
		frisklivs_widgets_build_feed();
	}
}

/**
 * The feed, built when it is out of date, missing, or its upstream copy is more than an hour old.
 *
 * @return array The state.
 */
function frisklivs_widgets_ensure_feed() {
	$state    = frisklivs_widgets_feed_state();
	$file     = frisklivs_widgets_feed_dir()['dir'] . '/feed.json';
	$upstream = frisklivs_widgets_settings()['upstream_url'];
	$stale    = '' !== $upstream && ( empty( $state['upstream_checked'] ) || time() - (int) $state['upstream_checked'] >= HOUR_IN_SECONDS );
	if ( ! empty( $state['dirty'] ) || empty( $state['etag'] ) || ! is_readable( $file ) || $stale || ( isset( $state['upstream_url'] ) ? $state['upstream_url'] : '' ) !== $upstream ) {
		$state = frisklivs_widgets_build_feed();
	}
	return $state;
}

/**
 * The site's published entries of one post type, checked: valid ones by id, and the problems of the others.
 *
 * @param string $post_type Post type.
 * @param array  $health    The health report, added to.
 * @return array<string, array> id => entry.
 */
function frisklivs_widgets_site_entries( $post_type, array &$health ) {
	$info    = frisklivs_widgets_post_types()[ $post_type ];
	$entries = array();
	$posts   = array();
	foreach ( frisklivs_widgets_published_rows( $post_type ) as $i => $row ) {
		$raw     = json_decode( $row['post_content'], true );
		$checked = frisklivs_widgets_validate_entry( $info['type'], $raw, '$.' . $info['collection'] . '[' . $i . ']' );
		$entry   = $checked['entry'];
		if ( null === $entry ) {
			frisklivs_widgets_health_skip( $health, $post_type, (int) $row['ID'], $row['post_title'], $checked['problems'] );
			continue;
		}
		if ( isset( $entries[ $entry['id'] ] ) ) {
			/* translators: %s: an entry id */
			frisklivs_widgets_health_skip( $health, $post_type, (int) $row['ID'], $row['post_title'], array( array( 'path' => '$.id', 'severity' => 'error', 'message' => sprintf( __( 'the id %s is used by another published entry', 'frisklivs-widgets' ), $entry['id'] ) ) ) );
			continue;
		}
		$entries[ $entry['id'] ] = $entry;
		$posts[ $entry['id'] ]   = array(
			'post'  => (int) $row['ID'],
			'title' => $row['post_title'],
		);
	}
	$health['posts'][ $post_type ] = $posts;
	return $entries;
}

/**
 * Adds a skipped entry to the health report.
 *
 * @param array  $health    The report.
 * @param string $post_type Post type.
 * @param int    $post_id   Post id.
 * @param string $title     Title.
 * @param array  $problems  Problems.
 */
function frisklivs_widgets_health_skip( array &$health, $post_type, $post_id, $title, array $problems ) {
	$messages = array();
	foreach ( $problems as $problem ) {
		if ( 'error' === $problem['severity'] ) {
			$messages[] = preg_replace( '/^\$\.\w+\[\d+\]\.?/', '', $problem['path'] ) . ': ' . $problem['message'];
		}
	}
	++$health['skippedCount'];
	if ( count( $health['skipped'] ) < FRISKLIVS_WIDGETS_HEALTH_LIST ) {
		$health['skipped'][] = array(
			'postType' => $post_type,
			'post'     => $post_id,
			'title'    => $title,
			'problems' => $messages,
		);
	}
}

/**
 * Builds the feed file and the health report.
 *
 * @return array The state.
 */
function frisklivs_widgets_build_feed() {
	$started  = microtime( true );
	$settings = frisklivs_widgets_settings();
	$upstream = frisklivs_widgets_upstream( true );
	$up       = $upstream['feed'];
	$health   = array(
		'skipped'      => array(),
		'skippedCount' => 0,
		'stale'        => array(),
		'staleCount'   => 0,
		'missing'      => array_fill_keys( array_slice( FRISKLIVS_WIDGETS_LOCALES, 1 ), array() ),
		'missingCount' => array_fill_keys( array_slice( FRISKLIVS_WIDGETS_LOCALES, 1 ), 0 ),
		'posts'        => array(),
		'upstream'     => array(
			'url'      => $upstream['url'],
			'error'    => $upstream['error'],
			'problems' => $upstream['problems'],
			'fetched'  => $upstream['fetched'],
		),
	);

	$themes         = frisklivs_widgets_themes();
	$offers         = frisklivs_widgets_offers();
	$municipalities = frisklivs_widgets_municipalities();
	$known          = array_fill_keys( wp_list_pluck( $municipalities, 'number' ), true );
	$theme_ids      = array_fill_keys( wp_list_pluck( $themes, 'id' ), true );
	$offer_ids      = array_fill_keys( wp_list_pluck( $offers, 'id' ), true );

	// The site's entries replace the upstream feed's with the same id, in place; new ones follow.
	$merge = function ( $collection, array $site ) use ( $up ) {
		$out = array();
		foreach ( isset( $up[ $collection ] ) ? $up[ $collection ] : array() as $entry ) {
			if ( isset( $site[ $entry['id'] ] ) ) {
				$out[ $entry['id'] ] = $site[ $entry['id'] ];
				unset( $site[ $entry['id'] ] );
			} else {
				$out[ $entry['id'] ] = $entry;
			}
		}
		return $out + $site;
	};
	$site_centres = frisklivs_widgets_site_entries( 'fl_centre', $health );
	$site_points  = frisklivs_widgets_site_entries( 'fl_contact_point', $health );
	$site_groups  = frisklivs_widgets_site_entries( 'fl_group', $health );
	$centres      = $merge( 'centres', $site_centres );
	$points       = $merge( 'contactPoints', $site_points );
	$groups       = $merge( 'groups', $site_groups );

	// References, as the library's validator checks them; the site's entries that fail are listed.
	$post_of = function ( $post_type, $id ) use ( &$health ) {
		return isset( $health['posts'][ $post_type ][ $id ] ) ? $health['posts'][ $post_type ][ $id ] : null;
	};
	foreach ( $centres as $id => $centre ) {
		$centre['offers'] = array_values(
			array_filter(
				$centre['offers'],
				function ( $offer ) use ( $offer_ids ) {
					return isset( $offer_ids[ $offer ] );
				}
			)
		);
		if ( ! isset( $known[ $centre['hostMunicipality'] ] ) ) {
			$post = $post_of( 'fl_centre', $id );
			if ( $post ) {
				/* translators: %s: a municipality number */
				frisklivs_widgets_health_skip( $health, 'fl_centre', $post['post'], $post['title'], array( array( 'path' => '$.hostMunicipality', 'severity' => 'error', 'message' => sprintf( __( 'unknown municipality “%s”', 'frisklivs-widgets' ), $centre['hostMunicipality'] ) ) ) );
			}
			unset( $centres[ $id ] );
			continue;
		}
		$centre['municipalities'] = array_values(
			array_filter(
				$centre['municipalities'],
				function ( $number ) use ( $known ) {
					return isset( $known[ $number ] );
				}
			)
		);
		$centres[ $id ]           = $centre;
	}
	foreach ( $points as $id => $point ) {
		if ( isset( $point['centre'] ) && ! isset( $centres[ $point['centre'] ] ) ) {
			unset( $points[ $id ]['centre'] );
		}
	}
	foreach ( $groups as $id => $group ) {
		$problem = null;
		if ( ! isset( $points[ $group['contactPoint'] ] ) ) {
			/* translators: %s: a contact point id */
			$problem = array( '$.contactPoint', sprintf( __( 'unknown contact point “%s”', 'frisklivs-widgets' ), $group['contactPoint'] ) );
		} elseif ( ! isset( $theme_ids[ $group['theme'] ] ) ) {
			/* translators: %s: a theme id */
			$problem = array( '$.theme', sprintf( __( 'unknown theme “%s”', 'frisklivs-widgets' ), $group['theme'] ) );
		} elseif ( isset( $group['municipality'] ) && ! isset( $known[ $group['municipality'] ] ) ) {
			/* translators: %s: a municipality number */
			$problem = array( '$.municipality', sprintf( __( 'unknown municipality “%s”', 'frisklivs-widgets' ), $group['municipality'] ) );
		}
		if ( $problem ) {
			$post = $post_of( 'fl_group', $id );
			if ( $post ) {
				frisklivs_widgets_health_skip(
					$health,
					'fl_group',
					$post['post'],
					$post['title'],
					array(
						array(
							'path'     => $problem[0],
							'severity' => 'error',
							'message'  => $problem[1],
						),
					)
				);
			}
			unset( $groups[ $id ] );
		}
	}

	// Not checked for a year, and texts missing in a language: the site's own entries only.
	$year_ago = gmdate( 'Y-m-d', strtotime( '-1 year', strtotime( frisklivs_widgets_today() ) ) );
	foreach ( array(
		'fl_centre'        => array( $centres, 'name' ),
		'fl_contact_point' => array( $points, 'name' ),
		'fl_group'         => array( $groups, 'title' ),
	) as $post_type => $pair ) {
		foreach ( isset( $health['posts'][ $post_type ] ) ? $health['posts'][ $post_type ] : array() as $id => $post ) {
			if ( ! isset( $pair[0][ $id ] ) ) {
				continue;
			}
			$entry = $pair[0][ $id ];
			$row   = array(
				'postType' => $post_type,
				'post'     => $post['post'],
				'title'    => $post['title'],
			);
			if ( ! isset( $entry['lastVerified'] ) || $entry['lastVerified'] < $year_ago ) {
				++$health['staleCount'];
				if ( count( $health['stale'] ) < FRISKLIVS_WIDGETS_HEALTH_LIST ) {
					$health['stale'][] = $row + array( 'lastVerified' => isset( $entry['lastVerified'] ) ? $entry['lastVerified'] : '' );
				}
			}
			foreach ( array_keys( $health['missing'] ) as $lang ) {
				if ( empty( $entry[ $pair[1] ][ $lang ] ) ) {
					++$health['missingCount'][ $lang ];
					if ( count( $health['missing'][ $lang ] ) < FRISKLIVS_WIDGETS_HEALTH_LIST ) {
						$health['missing'][ $lang ][] = $row;
					}
				}
			}
		}
	}
	unset( $health['posts'] );

	$publisher = array(
		'name' => frisklivs_widgets_trim( wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES ) ),
		'url'  => home_url( '/' ),
	);
	if ( '' === $publisher['name'] ) {
		$publisher['name'] = (string) wp_parse_url( home_url(), PHP_URL_HOST );
	}
	$publisher['name'] = substr( $publisher['name'], 0, 200 );
	$attribution       = frisklivs_widgets_data_file( 'attribution.json' );
	if ( ! empty( $up['attribution'] ) ) {
		$attribution = array_values( array_unique( array_merge( $up['attribution'], $attribution ) ) );
	}
	$feed = array(
		'version'        => FRISKLIVS_WIDGETS_FEED_VERSION,
		'publisher'      => $publisher,
		'generatedAt'    => '',
		'attribution'    => array_slice( $attribution, 0, 20 ),
		'resources'      => array( 'postcodes' => frisklivs_widgets_relative_url( frisklivs_widgets_feed_url(), plugins_url( 'data/postcodes.json', FRISKLIVS_WIDGETS_FILE ) ) ),
		'offers'         => array_values( $offers ),
		'themes'         => array_values( $themes ),
		'municipalities' => array_values( $municipalities ),
		'contactPoints'  => array_values( $points ),
		'centres'        => array_values( $centres ),
		'groups'         => array_values( $groups ),
	);

	$flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
	$hash  = md5( (string) wp_json_encode( $feed, $flags ) );
	$state = frisklivs_widgets_feed_state();
	$dir   = frisklivs_widgets_feed_dir()['dir'];
	$file  = $dir . '/feed.json';
	if ( empty( $state['hash'] ) || $state['hash'] !== $hash || ! is_readable( $file ) ) {
		$now                 = time();
		$feed['generatedAt'] = wp_date( 'c', $now, new DateTimeZone( 'Europe/Oslo' ) );
		$body                = (string) wp_json_encode( $feed, $flags );
		wp_mkdir_p( $dir );
		$temp = $file . '.' . wp_generate_password( 8, false ) . '.tmp';
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a file in uploads, written whole then renamed.
		if ( false !== file_put_contents( $temp, $body ) && rename( $temp, $file ) ) {
			$state['hash']     = $hash;
			$state['etag']     = '"' . substr( sha1( $body ), 0, 27 ) . '"';
			$state['modified'] = $now;
			$state['size']     = strlen( $body );
		} else {
			@unlink( $temp ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged, WordPress.WP.AlternativeFunctions.unlink_unlink
		}
	}
	$state['dirty']            = false;
	$state['built']            = time();
	$state['buildSeconds']     = round( microtime( true ) - $started, 3 );
	$state['upstream_url']     = $settings['upstream_url'];
	$state['upstream_checked'] = '' === $settings['upstream_url'] ? 0 : time();
	$state['counts']           = array(
		'centres'       => count( $centres ),
		'contactPoints' => count( $points ),
		'groups'        => count( $groups ),
		'site'          => array(
			'centres'       => count( $site_centres ),
			'contactPoints' => count( $site_points ),
			'groups'        => count( $site_groups ),
		),
	);
	update_option( FRISKLIVS_WIDGETS_FEED_STATE, $state, false );
	update_option( FRISKLIVS_WIDGETS_FEED_HEALTH, $health, false );
	return $state;
}

/**
 * A URL relative to another on the same host ("../../../wp-content/…"), so the feed names its postcode list as a
 * resource on its own host wherever it is read from; an absolute URL when the hosts differ.
 *
 * @param string $from The feed's URL.
 * @param string $to   The resource's URL.
 * @return string
 */
function frisklivs_widgets_relative_url( $from, $to ) {
	$a = wp_parse_url( $from );
	$b = wp_parse_url( $to );
	$origin = function ( $parts ) {
		return ( isset( $parts['scheme'] ) ? $parts['scheme'] : '' ) . '://' . ( isset( $parts['host'] ) ? $parts['host'] : '' ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	};
	if ( ! $a || ! $b || $origin( $a ) !== $origin( $b ) ) {
		return $to;
	}
	$dir    = explode( '/', substr( isset( $a['path'] ) ? $a['path'] : '/', 0, strrpos( isset( $a['path'] ) ? $a['path'] : '/', '/' ) ) );
	$target = explode( '/', isset( $b['path'] ) ? $b['path'] : '/' );
	$common = 0;
	while ( $common < count( $dir ) && $common < count( $target ) - 1 && $dir[ $common ] === $target[ $common ] ) {
		++$common;
	}
	return str_repeat( '../', count( $dir ) - $common ) . implode( '/', array_slice( $target, $common ) );
}

/**
 * Registers the routes.
 */
function frisklivs_widgets_register_routes() {
	register_rest_route(
		'frisklivs/v1',
		'/feed',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'frisklivs_widgets_rest_feed',
			'permission_callback' => '__return_true',
		)
	);
	register_rest_route(
		'frisklivs/v1',
		'/hsds',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'frisklivs_widgets_rest_hsds',
			'permission_callback' => '__return_true',
		)
	);
}

/**
 * What the endpoint will send, read by frisklivs_widgets_serve_file().
 *
 * @var array|null
 */
$GLOBALS['frisklivs_widgets_serve'] = null;

/**
 * GET /frisklivs/v1/feed.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function frisklivs_widgets_rest_feed( $request ) {
	if ( ! frisklivs_widgets_settings()['publish'] ) {
		return new WP_Error( 'frisklivs_not_published', __( 'This site does not publish a feed.', 'frisklivs-widgets' ), array( 'status' => 404 ) );
	}
	$state = frisklivs_widgets_ensure_feed();
	$file  = frisklivs_widgets_feed_dir()['dir'] . '/feed.json';
	if ( empty( $state['etag'] ) || ! is_readable( $file ) ) {
		return new WP_Error( 'frisklivs_feed_unavailable', __( 'The feed could not be written to the uploads folder.', 'frisklivs-widgets' ), array( 'status' => 503 ) );
	}
	return frisklivs_widgets_file_response( $request, $file, $state['etag'], (int) $state['modified'] );
}

/**
 * A response that sends a file with validators, or 304 when the client's copy is current.
 *
 * @param WP_REST_Request $request  The request.
 * @param string          $file     The file.
 * @param string          $etag     Its ETag.
 * @param int             $modified Its modification time.
 * @return WP_REST_Response
 */
function frisklivs_widgets_file_response( $request, $file, $etag, $modified ) {
	$last_modified = gmdate( 'D, d M Y H:i:s', $modified ) . ' GMT';
	$not_modified  = false;
	$if_none_match = (string) $request->get_header( 'if_none_match' );
	if ( '' !== $if_none_match ) {
		foreach ( explode( ',', $if_none_match ) as $candidate ) {
			$candidate = trim( preg_replace( '#^W/#', '', trim( $candidate ) ) );
			if ( '*' === $candidate || $candidate === $etag ) {
				$not_modified = true;
			}
		}
	} else {
		$since        = strtotime( (string) $request->get_header( 'if_modified_since' ) );
		$not_modified = $since && $since >= $modified;
	}
	$response = new WP_REST_Response( null, $not_modified ? 304 : 200 );
	$response->header( 'ETag', $etag );
	$response->header( 'Last-Modified', $last_modified );
	$response->header( 'Cache-Control', 'public, max-age=300, stale-while-revalidate=3600' );
	$response->header( 'Access-Control-Allow-Origin', '*' );
	$response->header( 'Content-Type', 'application/json; charset=utf-8' );
	$GLOBALS['frisklivs_widgets_serve'] = array(
		'file' => $file,
		'body' => ! $not_modified,
	);
	return $response;
}

/**
 * Sends the file itself (rest_pre_serve_request): the REST server would JSON-encode a response; this one is a file
 * that is already JSON. The feed is public: any origin may read it, without credentials.
 *
 * @param bool             $served  Whether the request was served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function frisklivs_widgets_serve_file( $served, $result, $request ) {
	$serve = $GLOBALS['frisklivs_widgets_serve'];
	if ( $served || null === $serve || ! in_array( $request->get_route(), array( '/frisklivs/v1/feed', '/frisklivs/v1/hsds' ), true ) || is_wp_error( $result ) || $result->is_error() ) {
		return $served;
	}
	if ( ! headers_sent() ) {
		header_remove( 'Access-Control-Allow-Credentials' );
		header_remove( 'Expires' );
		header_remove( 'Pragma' );
		header( 'Access-Control-Allow-Origin: *' );
		header( 'Cache-Control: public, max-age=300, stale-while-revalidate=3600' );
		if ( $serve['body'] ) {
			header( 'Content-Length: ' . filesize( $serve['file'] ) );
		}
	}
	if ( $serve['body'] && 'HEAD' !== $request->get_method() ) {
		readfile( $serve['file'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- the built feed, streamed.
	}
	return true;
}
