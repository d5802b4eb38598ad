<?php
/**
 * The WordPress side of bench/feed-endpoint.mjs (run by it with the php CLI).
 *
 *   php bench-setup.php install N   wp_install(), activate the plugin, publishing on, one contact point and N groups
 *                                   (written straight into wp_posts/wp_postmeta in batches: wp_insert_post() for each
 *                                   would take minutes and measure nothing of the endpoint)
 *   php bench-setup.php change      edit one group as the form would (wp_update_post), as a change by an editor
 *   php bench-setup.php dirty       mark the feed out of date without rebuilding it (the next request rebuilds)
 *   php bench-setup.php state       print the feed state (build seconds, size, counts)
 *
 * Environment: FL_WP_ROOT, FL_WP_URL, FL_WP_PLUGIN (the plugin folder to install).
 *
 * @package FrisklivsWidgets
 */

// phpcs:disable -- a bench script, not plugin code.
$fl_url = getenv( 'FL_WP_URL' );
$_SERVER['HTTP_HOST']   = parse_url( $fl_url, PHP_URL_HOST ) . ':' . parse_url( $fl_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
if ( 'install' === $argv[1] ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'FL_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' );

switch ( $argv[1] ) {
	case 'install':
		$n = (int) $argv[2];
		$r = wp_install( 'Frisklivs bench', 'admin', 'admin@example.invalid', false, '', 'bench-password', 'nb_NO' );
		update_option( 'permalink_structure', '/%postname%/' );
		wp_set_current_user( $r['user_id'] );
		$activated = activate_plugin( 'frisklivs-widgets/frisklivs-widgets.php' );
		if ( null !== $activated ) {
			fwrite( STDERR, print_r( $activated, true ) );
			exit( 1 );
		}
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'publish' => '1' ) );
		$GLOBALS['frisklivs_widgets_pending'] = array( 'id' => 'cp-bench', 'kind' => 'municipal-contact', 'name' => array( 'nb' => 'Selvhjelpskontakten (bench)' ), 'municipalities' => array( '5501' ), 'lastVerified' => '2026-01-05' );
		wp_insert_post( array( 'post_type' => 'fl_contact_point', 'post_status' => 'publish', 'post_title' => 'x', 'post_content' => 'x' ) );

		global $wpdb;
		$numbers  = wp_list_pluck( frisklivs_widgets_data_file( 'municipalities.json' ), 'number' );
		$themes   = wp_list_pluck( frisklivs_widgets_data_file( 'taxonomies.json' )['themes'], 'id' );
		$days     = FRISKLIVS_WIDGETS_WEEKDAYS;
		$now      = current_time( 'mysql' );
		$now_gmt  = current_time( 'mysql', true );
		$first_id = (int) $wpdb->get_var( "SELECT COALESCE(MAX(ID), 0) + 1 FROM $wpdb->posts" );
		for ( $start = 0; $start < $n; $start += 500 ) {
			$posts = array();
			$meta  = array();
			for ( $i = $start; $i < min( $n, $start + 500 ); $i++ ) {
				$id    = $first_id + $i;
				$entry = array(
					'id'           => sprintf( 'grp-bench-%05d', $i + 1 ),
					'theme'        => $themes[ $i % count( $themes ) ],
					'title'        => array( 'nb' => 'Selvhjelpsgruppe nr. ' . ( $i + 1 ), 'en' => 'Self-help group no. ' . ( $i + 1 ) ),
					'description'  => array( 'nb' => 'For deg som vil dele erfaringer med andre i samme situasjon. Gruppen møtes som likeverdige og har taushetsplikt.' ),
					'mode'         => 0 === $i % 7 ? 'digital' : 'physical',
					'schedule'     => array( 'frequency' => 0 === $i % 3 ? 'fortnightly' : 'weekly', 'weekday' => $days[ $i % 7 ], 'startTime' => '18:00', 'endTime' => '20:00' ),
					'status'       => array( 'open', 'forming', 'full' )[ $i % 3 ],
					'minAge'       => 18,
					'languages'    => array( 'nb' ),
					'contactPoint' => 'cp-bench',
					'lastVerified' => '2026-01-05',
				);
				if ( 'physical' === $entry['mode'] ) {
					$entry = array_slice( $entry, 0, 5, true ) + array( 'municipality' => $numbers[ $i % count( $numbers ) ] ) + array_slice( $entry, 5, null, true );
				}
				$content = frisklivs_widgets_encode_entry( $entry );
				$posts[] = $wpdb->prepare( '(%d, 1, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)', $id, $now, $now_gmt, $content, $entry['title']['nb'], '', 'publish', 'closed', 'closed', 'fl_group', $now, $now_gmt, '', '' );
				$meta[]  = $wpdb->prepare( '(%d, %s, %s), (%d, %s, %s), (%d, %s, %s)', $id, '_frisklivs_id', $entry['id'], $id, '_frisklivs_contact_point', 'cp-bench', $id, '_frisklivs_last_verified', $entry['lastVerified'] );
			}
			$wpdb->query( "INSERT INTO $wpdb->posts (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, post_type, post_modified, post_modified_gmt, to_ping, pinged) VALUES " . implode( ',', $posts ) );
			$wpdb->query( "INSERT INTO $wpdb->postmeta (post_id, meta_key, meta_value) VALUES " . implode( ',', $meta ) );
		}
		frisklivs_widgets_feed_changed();
		echo json_encode( array( 'groups' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->posts WHERE post_type = 'fl_group' AND post_status = 'publish'" ) ) ), "\n";
		// The rebuild runs at shutdown, as after any change.
		break;

	case 'change':
		wp_set_current_user( 1 );
		$post  = frisklivs_widgets_post_by_entry_id( 'fl_group', 'grp-bench-00042' );
		$entry = frisklivs_widgets_post_entry( $post );
		$entry['status'] = 'full' === $entry['status'] ? 'open' : 'full';
		$GLOBALS['frisklivs_widgets_pending'] = $entry;
		$started = microtime( true );
		wp_update_post( array( 'ID' => $post, 'post_content' => 'x' ) );
		frisklivs_widgets_rebuild_if_dirty();
		echo json_encode( array( 'seconds' => microtime( true ) - $started, 'state' => frisklivs_widgets_feed_state() ) ), "\n";
		break;

	case 'dirty':
		$state          = frisklivs_widgets_feed_state();
		$state['dirty'] = true;
		update_option( FRISKLIVS_WIDGETS_FEED_STATE, $state, false );
		echo "{}\n";
		break;

	case 'state':
		echo json_encode( frisklivs_widgets_feed_state() ), "\n";
		break;
}
