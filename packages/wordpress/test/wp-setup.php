<?php
/**
 * WordPress side of the end-to-end test (run by test/wordpress/e2e.mjs with PHP's CLI; there is
 * no WP-CLI in Debian). Each step prints one JSON line; a failed check exits non-zero.
 *
 *   php wp-setup.php install  ZIP SOURCE     wp_install(), install the release zip (written by fflate) with
 *                                            WordPress's own Plugin_Upgrader, check it unpacked to the files
 *                                            of the plugin folder SOURCE, activate it
 *   php wp-setup.php content                 users, pages as the Editor, shortcode markup and settings checks
 *   php wp-setup.php theme SLUG              switch_theme()
 *   php wp-setup.php settings                print the saved settings
 *   php wp-setup.php publisher               publishing on (upstream: the sample feed), a group coordinator,
 *                                            contact points, a centre and groups written as the Editor, one
 *                                            invalid entry put in behind the form's back, a page with the finder
 *   php wp-setup.php entry TYPE ID           print a stored entry (post_content) and its post
 *   php wp-setup.php age ID DATE             set an entry's lastVerified (as if checked long ago)
 *   php wp-setup.php uninstall               delete the plugin (uninstall.php) and check its settings are gone and
 *                                            the entries kept
 *   php wp-setup.php reinstall ZIP           install and activate the zip again: the kept entries are back
 *   php wp-setup.php uninstall-all           tick "delete data", delete the plugin: the entries are gone too
 *
 * Environment: FL_WP_ROOT (the WordPress copy), FL_WP_URL (http://127.0.0.1:PORT).
 */

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI test output.

$fl_step = isset( $argv[1] ) ? $argv[1] : '';
$fl_url  = getenv( 'FL_WP_URL' );
$fl_host = (string) parse_url( $fl_url, PHP_URL_HOST ) . ':' . (string) parse_url( $fl_url, PHP_URL_PORT );

$_SERVER['HTTP_HOST']       = $fl_host;
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['SERVER_PORT']     = (string) parse_url( $fl_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

if ( 'install' === $fl_step ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'FL_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

// No mail leaves the test (wp_install would send the new-site notification).
add_filter( 'pre_wp_mail', '__return_false' );

$fl_checks = array();

/**
 * Records a check; exits with the failures printed when it does not hold.
 *
 * @param bool   $ok    Whether the check holds.
 * @param string $label What was checked.
 * @param mixed  $got   What was found, printed on failure.
 */
function fl_check( $ok, $label, $got = null ) {
	global $fl_checks;
	$fl_checks[] = ( $ok ? 'ok   ' : 'FAIL ' ) . $label;
	if ( ! $ok ) {
		fwrite( STDERR, "FAIL: $label\n" . ( null === $got ? '' : '  got: ' . var_export( $got, true ) . "\n" ) );
		fl_done( array(), 1 );
	}
}

/**
 * Prints the step's result as JSON and exits.
 *
 * @param array $data   Data for e2e.mjs.
 * @param int   $status Exit status.
 */
function fl_done( array $data, $status = 0 ) {
	global $fl_checks;
	echo wp_json_encode( array_merge( $data, array( 'checks' => $fl_checks ) ) ) . "\n";
	exit( $status );
}

switch ( $fl_step ) {
	case 'install':
		$fl_zip    = $argv[2];
		$fl_source = $argv[3];
		$fl_result = wp_install( 'Frisklivs e2e', 'admin', 'admin@example.invalid', false, '', 'admin-e2e-password', 'nb_NO' );
		fl_check( ! empty( $fl_result['user_id'] ), 'wp_install() created the site and its administrator' );
		fl_check( 'nb_NO' === get_option( 'WPLANG' ), 'the site language is norsk bokmål (nb_NO)', get_option( 'WPLANG' ) );
		// Pretty permalinks, so the feed is at /wp-json/frisklivs/v1/feed (php -S sends unknown paths to index.php).
		update_option( 'permalink_structure', '/%postname%/' );
		wp_set_current_user( $fl_result['user_id'] );

		// Install the release zip as an admin would (Plugins → Add New → Upload), here with PclZip.
		$fl_skin     = new WP_Ajax_Upgrader_Skin();
		$fl_upgrader = new Plugin_Upgrader( $fl_skin );
		$fl_install  = $fl_upgrader->install( $fl_zip );
		fl_check( true === $fl_install, 'Plugin_Upgrader installed ' . basename( $fl_zip ), $fl_skin->get_error_messages() );
		$fl_plugin = 'frisklivs-widgets/frisklivs-widgets.php';
		fl_check( file_exists( WP_PLUGIN_DIR . '/' . $fl_plugin ), 'the zip has the plugin in frisklivs-widgets/' );
		fl_check( file_exists( WP_PLUGIN_DIR . '/frisklivs-widgets/assets/frisklivs-widgets.js' ), 'the zip carries assets/frisklivs-widgets.js' );
		$fl_data = get_plugin_data( WP_PLUGIN_DIR . '/' . $fl_plugin, false, false );
		fl_check( 'Frisklivs widgets' === $fl_data['Name'] && 'frisklivs-widgets' === $fl_data['TextDomain'], 'plugin header: name and text domain', $fl_data );

		// The zip fflate wrote unpacked to exactly the plugin folder's files (dot files are left out).
		$fl_same = array();
		$fl_it   = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $fl_source, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $fl_it as $fl_file ) {
			$fl_rel = substr( $fl_file->getPathname(), strlen( $fl_source ) );
			if ( preg_match( '#/\.#', $fl_rel ) ) {
				continue;
			}
			$fl_installed = WP_PLUGIN_DIR . '/frisklivs-widgets' . $fl_rel;
			if ( ! is_file( $fl_installed ) || md5_file( $fl_installed ) !== md5_file( $fl_file->getPathname() ) ) {
				$fl_same[] = $fl_rel;
			}
		}
		fl_check( array() === $fl_same && iterator_count( $fl_it ) > 10, 'the installed plugin has every file of the plugin folder, byte for byte', $fl_same );

		$fl_activated = activate_plugin( $fl_plugin );
		fl_check( null === $fl_activated, 'activate_plugin()', $fl_activated );
		fl_done( array( 'admin' => $fl_result['user_id'] ) );
		break;

	case 'content':
		fl_check( is_plugin_active( 'frisklivs-widgets/frisklivs-widgets.php' ), 'the plugin is active' );
		fl_check( shortcode_exists( 'frisklivs_centre_finder' ) && shortcode_exists( 'frisklivs_group_finder' ) && shortcode_exists( 'frisklivs_frisklivskort' ) && shortcode_exists( 'frisklivs_follow_up_timeline' ), 'the four shortcodes are registered' );
		$fl_admin = get_user_by( 'login', 'admin' );
		update_user_meta( $fl_admin->ID, 'locale', 'nb_NO' );

		// An Editor, as on a multisite: DISALLOW_UNFILTERED_HTML (wp-config) takes unfiltered_html from everyone.
		$fl_editor = wp_insert_user(
			array(
				'user_login' => 'editor',
				'user_pass'  => 'editor-e2e-password',
				'user_email' => 'editor@example.invalid',
				'role'       => 'editor',
				'locale'     => 'nb_NO',
			)
		);
		fl_check( is_int( $fl_editor ), 'wp_insert_user() created the Editor', $fl_editor );
		fl_check( defined( 'DISALLOW_UNFILTERED_HTML' ) && DISALLOW_UNFILTERED_HTML, 'DISALLOW_UNFILTERED_HTML is set' );
		fl_check( user_can( $fl_editor, 'publish_pages' ) && user_can( $fl_editor, 'edit_pages' ), 'the Editor can publish pages' );
		fl_check( ! user_can( $fl_editor, 'unfiltered_html' ), 'user_can( $editor, "unfiltered_html" ) is false' );
		fl_check( ! user_can( $fl_admin, 'unfiltered_html' ), 'not even the administrator has unfiltered_html' );
		fl_check( ! user_can( $fl_editor, 'manage_options' ), 'the Editor cannot manage options (the settings page)' );

		// Pages written as the Editor: kses filters what is saved (set_current_user switches it on).
		wp_set_current_user( $fl_editor );
		$fl_content = implode(
			"\n\n",
			array(
				'<!-- wp:paragraph --><p>Limt inn av en redaktør: <script>window.flPasted = 1;</script><fl-centre-finder municipality="0301"></fl-centre-finder></p><!-- /wp:paragraph -->',
				'<!-- wp:shortcode -->[frisklivs_centre_finder municipality="5612" offers="fysisk-aktivitet" compact="ja" bogus="x" heading_level="3" id="finner"]<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->[frisklivs_group_finder municipality="5501" hide-intro="yes" page-size="5" onclick="alert(1)"]<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->[frisklivs_frisklivskort centre="fls-5612" show-qr="ja" hide-price="nei" feed="javascript:alert(1)" continue-href="javascript:alert(2)" class=\'kort" onmouseover="alert(3)\']<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->[frisklivs_follow_up_timeline start="2026-01-05" today="2026-02-05" centre="fls-5612" lang="en"]<!-- /wp:shortcode -->',
			)
		);
		$fl_page = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Frisklivssentralen',
					'post_author'  => $fl_editor,
					'post_content' => $fl_content,
				)
			),
			true
		);
		fl_check( is_int( $fl_page ), 'wp_insert_post() as the Editor', $fl_page );
		fl_check( (int) get_post_field( 'post_author', $fl_page ) === $fl_editor, 'the page\'s author is the Editor' );
		$fl_saved = get_post_field( 'post_content', $fl_page, 'raw' );
		fl_check( false === stripos( $fl_saved, '<script' ), 'kses removed the <script> the Editor pasted', $fl_saved );
		fl_check( false === stripos( $fl_saved, '<fl-centre-finder' ), 'kses removed the <fl-centre-finder> tag the Editor pasted', $fl_saved );
		fl_check( false !== strpos( $fl_saved, '[frisklivs_centre_finder municipality="5612"' ), 'the Editor\'s shortcodes are saved as written', $fl_saved );

		$fl_plain = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Uten kortkode',
					'post_author'  => $fl_editor,
					'post_content' => '<!-- wp:paragraph --><p>Ingen widgets her.</p><!-- /wp:paragraph -->',
				)
			),
			true
		);
		fl_check( is_int( $fl_plain ), 'a page without shortcodes' );

		// The markup the shortcodes write (as a visitor).
		wp_set_current_user( 0 );
		$fl_feed = getenv( 'FL_WP_URL' ) . '/wp-content/uploads/frisklivs/feed.json';
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => $fl_feed, 'default_lang' => '' ) );
		$fl_html = do_shortcode( '[frisklivs_centre_finder municipality="5612" offers="kid" compact="ja" bogus="x" heading_level="3"]' );
		fl_check( 0 === strpos( $fl_html, '<fl-centre-finder ' ) && '></fl-centre-finder>' === substr( $fl_html, -20 ), 'only the custom element is written', $fl_html );
		fl_check( false !== strpos( $fl_html, ' municipality="5612"' ) && false !== strpos( $fl_html, ' offers="kid"' ), 'attributes are passed on', $fl_html );
		fl_check( false !== strpos( $fl_html, ' heading-level="3"' ), 'heading_level is read as heading-level', $fl_html );
		fl_check( false === strpos( $fl_html, 'bogus' ), 'an unknown attribute is dropped', $fl_html );
		fl_check( 1 === preg_match( '/ compact[ >]/', $fl_html ), 'a boolean is written bare', $fl_html );
		fl_check( false !== strpos( $fl_html, ' feed="' . esc_attr( $fl_feed ) . '"' ), 'feed defaults to the settings page value', $fl_html );
		foreach ( array( '1', 'true', 'yes', 'ja', 'JA' ) as $fl_on ) {
			fl_check( 1 === preg_match( '/ compact[ >]/', do_shortcode( "[frisklivs_centre_finder compact=\"$fl_on\"]" ) ), "compact=\"$fl_on\" switches the boolean on" );
		}
		foreach ( array( '0', 'false', 'no', 'nei', '' ) as $fl_off ) {
			fl_check( false === strpos( do_shortcode( "[frisklivs_centre_finder compact=\"$fl_off\"]" ), 'compact' ), "compact=\"$fl_off\" leaves the boolean off" );
		}
		fl_check( 1 === preg_match( '/ compact[ >]/', do_shortcode( '[frisklivs_centre_finder compact]' ) ), 'a bare [… compact] switches the boolean on' );
		$fl_html = do_shortcode( '[frisklivs_group_finder theme=\'a"><script>alert(1)</script>\' onclick="alert(1)"]' );
		fl_check( false === stripos( $fl_html, '<script' ) && false !== strpos( $fl_html, 'theme="a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' ), 'values are escaped with esc_attr', $fl_html );
		fl_check( false === strpos( $fl_html, 'onclick' ), 'event-handler attributes are dropped', $fl_html );
		$fl_html = do_shortcode( '[frisklivs_frisklivskort centre="x" feed="javascript:alert(1)" continue-href="javascript:alert(2)"]' );
		fl_check( false === strpos( $fl_html, 'javascript' ) && false !== strpos( $fl_html, ' feed="' . esc_attr( $fl_feed ) . '"' ), 'a javascript: feed or link is replaced by the default / dropped', $fl_html );
		$fl_html = do_shortcode( '[frisklivs_frisklivskort centre="x" feed="/annen/feed.json" continue-href="/grupper/"]' );
		fl_check( false !== strpos( $fl_html, ' feed="' . esc_attr( getenv( 'FL_WP_URL' ) ) . '/annen/feed.json"' ) && false !== strpos( $fl_html, ' continue-href="/grupper/"' ), 'a site path as feed or link is accepted', $fl_html );
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => $fl_feed, 'default_lang' => 'nn' ) );
		fl_check( false !== strpos( do_shortcode( '[frisklivs_follow_up_timeline]' ), ' lang="nn"' ), 'lang defaults to the settings page value' );
		fl_check( false !== strpos( do_shortcode( '[frisklivs_follow_up_timeline lang="se"]' ), ' lang="se"' ), 'lang="…" on the shortcode wins' );

		// The settings' sanitize callback (register_setting): http(s) only, else the old value stays.
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => 'javascript:alert(1)', 'default_lang' => 'xx' ) );
		$fl_settings = frisklivs_widgets_settings();
		fl_check( $fl_feed === $fl_settings['feed_url'] && '' === $fl_settings['default_lang'], 'settings: a javascript: URL and an unknown language are refused', $fl_settings );
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => 'ftp://example.org/feed.json' ) );
		fl_check( frisklivs_widgets_settings()['feed_url'] === $fl_feed, 'settings: an ftp: URL is refused' );
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => 'https://example.org/frisk liv/feed.json' ) );
		fl_check( 'https://example.org/frisk%20liv/feed.json' === frisklivs_widgets_settings()['feed_url'], 'settings: an https URL is kept (esc_url_raw)', frisklivs_widgets_settings() );
		// Leave the feed unset: the test sets it through the settings page in the browser.
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'feed_url' => '', 'default_lang' => '' ) );

		fl_done(
			array(
				'editor'   => $fl_editor,
				'page'     => get_permalink( $fl_page ),
				'plain'    => get_permalink( $fl_plain ),
				'feed'     => $fl_feed,
				'settings' => admin_url( 'options-general.php?page=frisklivs-widgets' ),
				'login'    => wp_login_url(),
			)
		);
		break;

	case 'theme':
		switch_theme( $argv[2] );
		fl_check( get_stylesheet() === $argv[2], 'switch_theme( ' . $argv[2] . ' )' );
		fl_done( array( 'theme' => get_stylesheet(), 'block_theme' => function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) );
		break;

	case 'settings':
		fl_done( array( 'settings' => frisklivs_widgets_settings() ) );
		break;

	case 'publisher':
		$fl_admin  = get_user_by( 'login', 'admin' );
		$fl_editor = get_user_by( 'login', 'editor' );
		wp_set_current_user( $fl_admin->ID );
		$fl_upstream = getenv( 'FL_WP_URL' ) . '/wp-content/uploads/frisklivs/feed.json';
		update_option(
			FRISKLIVS_WIDGETS_OPTION,
			array(
				'feed_url'     => $fl_upstream,
				'default_lang' => '',
				'publish'      => '1',
				'upstream_url' => $fl_upstream,
			)
		);
		$fl_settings = frisklivs_widgets_settings();
		fl_check( $fl_settings['publish'] && $fl_upstream === $fl_settings['upstream_url'] && ! $fl_settings['delete_data'], 'publishing on, the sample feed as the upstream feed', $fl_settings );
		fl_check( false !== strpos( do_shortcode( '[frisklivs_group_finder]' ), ' feed="' . esc_attr( rest_url( 'frisklivs/v1/feed' ) ) . '"' ), 'with publishing on, shortcodes read the site\'s own feed', do_shortcode( '[frisklivs_group_finder]' ) );

		// Municipality names, Norwegian and Sámi.
		fl_check( '5612' === frisklivs_widgets_resolve_municipality( 'Guovdageaidnu' )['number'] && '5612' === frisklivs_widgets_resolve_municipality( 'kautokeino' )['number'], 'a municipality by its Sámi or Norwegian name (Guovdageaidnu, kautokeino → 5612)' );
		fl_check( '5025' === frisklivs_widgets_resolve_municipality( 'Røros - Rosse' )['number'] && '0301' === frisklivs_widgets_resolve_municipality( '301' )['number'], 'a municipality by both names or by a number that lost its zero' );
		fl_check( null === frisklivs_widgets_resolve_municipality( 'Herøy' )['number'] && false !== strpos( frisklivs_widgets_resolve_municipality( 'Herøy' )['message'], '1515' ), 'an ambiguous name (Herøy) asks for the number', frisklivs_widgets_resolve_municipality( 'Herøy' ) );

		// The schema port refuses what the library's validator refuses.
		$fl_bad = frisklivs_widgets_validate_entry( 'group', array( 'id' => 'g', 'theme' => 'sorg', 'title' => array( 'nb' => 'T' ), 'mode' => 'physical', 'schedule' => array( 'frequency' => 'weekly', 'weekday' => 'XX', 'startTime' => '18:00', 'endTime' => '17:00' ), 'status' => 'open', 'contactPoint' => 'cp', 'lastVerified' => '2026-02-30' ) );
		$fl_paths = wp_list_pluck( $fl_bad['problems'], 'path' );
		fl_check( null === $fl_bad['entry'] && in_array( '$.schedule.weekday', $fl_paths, true ) && in_array( '$.lastVerified', $fl_paths, true ) && in_array( '$.municipality', $fl_paths, true ) === false, 'schema: a bad weekday and 30 February are errors', $fl_bad['problems'] );

		// Roles.
		fl_check( null !== get_role( 'frisklivs_group_coordinator' ), 'the role frisklivs_group_coordinator exists' );
		$fl_coordinator = wp_insert_user(
			array(
				'user_login' => 'koordinator',
				'user_pass'  => 'koordinator-e2e-password',
				'user_email' => 'koordinator@example.invalid',
				'role'       => 'frisklivs_group_coordinator',
				'locale'     => 'nb_NO',
			)
		);
		fl_check( is_int( $fl_coordinator ), 'a group coordinator', $fl_coordinator );
		update_user_meta( $fl_coordinator, 'frisklivs_contact_points', array( 'cp-e2e-harstad' ) );
		fl_check( user_can( $fl_coordinator, 'edit_fl_groups' ) && user_can( $fl_coordinator, 'publish_fl_groups' ), 'the coordinator can create and publish groups' );
		fl_check( ! user_can( $fl_coordinator, 'edit_fl_centres' ) && ! user_can( $fl_coordinator, 'publish_fl_centres' ) && ! user_can( $fl_coordinator, 'edit_fl_contact_points' ) && ! user_can( $fl_coordinator, 'manage_options' ), 'the coordinator cannot edit or publish centres or contact points, nor change settings' );
		fl_check( user_can( $fl_editor, 'edit_others_fl_centres' ) && user_can( $fl_editor, 'publish_fl_contact_points' ) && user_can( $fl_editor, 'edit_others_fl_groups' ) && ! user_can( $fl_editor, 'manage_options' ), 'an Editor manages every entry, not the settings' );

		// Entries written as the Editor (as an import would: the pending entry is written as it is).
		wp_set_current_user( $fl_editor->ID );
		$fl_insert = function ( $post_type, array $entry ) {
			$GLOBALS['frisklivs_widgets_pending'] = $entry;
			return wp_insert_post( array( 'post_type' => $post_type, 'post_status' => 'publish', 'post_title' => 'x', 'post_content' => 'x' ), true );
		};
		$fl_today  = frisklivs_widgets_today();
		$fl_hours  = array( array( 'weekdays' => array( 'TU', 'TH' ), 'opens' => '10:00', 'closes' => '14:00' ) );
		$fl_points = array(
			'harstad'  => $fl_insert( 'fl_contact_point', array( 'id' => 'cp-e2e-harstad', 'kind' => 'municipal-contact', 'name' => array( 'nb' => 'Selvhjelpskontakten i Harstad (e2e)' ), 'municipalities' => array( '5503' ), 'phone' => '+47 555 20 503', 'contactHours' => $fl_hours, 'lastVerified' => $fl_today ) ),
			'annen'    => $fl_insert( 'fl_contact_point', array( 'id' => 'cp-e2e-annen', 'kind' => 'volunteer-centre', 'name' => array( 'nb' => 'Frivilligsentralen i Karasjok (e2e)' ), 'municipalities' => array( '5610' ), 'lastVerified' => $fl_today ) ),
			'override' => $fl_insert( 'fl_contact_point', array( 'id' => 'cp-selvhjelp-norge', 'kind' => 'selvhjelp-norge', 'name' => array( 'nb' => 'Selvhjelp Norge – nettstedets egen oppføring (e2e)' ), 'national' => true, 'lastVerified' => $fl_today ) ),
		);
		$fl_centre = $fl_insert( 'fl_centre', array( 'id' => 'fls-e2e-harstad', 'name' => array( 'nb' => 'Frisklivssentralen i Harstad (e2e)' ), 'hostMunicipality' => '5503', 'municipalities' => array( '5503' ), 'sites' => array( array( 'address' => array( 'street' => 'Eksempelgata 1', 'postcode' => '9405', 'postTown' => 'HARSTAD' ) ) ), 'offers' => array( 'fysisk-aktivitet' ), 'referral' => array( 'self' ), 'lastVerified' => $fl_today ) );
		$fl_other  = $fl_insert( 'fl_group', array( 'id' => 'grp-e2e-karasjok', 'theme' => 'sorg', 'title' => array( 'nb' => 'Sorggruppe i Karasjok (e2e)' ), 'mode' => 'physical', 'municipality' => '5610', 'schedule' => array( 'frequency' => 'weekly', 'weekday' => 'MO', 'startTime' => '18:00', 'endTime' => '20:00' ), 'status' => 'open', 'contactPoint' => 'cp-e2e-annen', 'lastVerified' => '2024-01-10' ) );
		// An entry that is not valid (it ends before it starts), put in behind the form's back: the feed must skip it.
		$fl_invalid = $fl_insert( 'fl_group', array( 'id' => 'grp-e2e-ugyldig', 'theme' => 'sorg', 'title' => array( 'nb' => 'Ugyldig gruppe (e2e)' ), 'mode' => 'digital', 'schedule' => array( 'frequency' => 'weekly', 'weekday' => 'TU', 'startTime' => '20:00', 'endTime' => '18:00' ), 'status' => 'open', 'contactPoint' => 'cp-e2e-annen', 'lastVerified' => $fl_today ) );
		foreach ( array_merge( $fl_points, array( $fl_centre, $fl_other, $fl_invalid ) ) as $fl_id ) {
			fl_check( is_int( $fl_id ) && $fl_id > 0, 'an entry written as the Editor: post ' . ( is_int( $fl_id ) ? $fl_id : '?' ), $fl_id );
		}
		fl_check( 'cp-e2e-annen' === get_post_meta( $fl_other, '_frisklivs_contact_point', true ), 'a group\'s contact point is kept in post meta' );
		fl_check( ! user_can( $fl_coordinator, 'edit_post', $fl_other ) && ! user_can( $fl_coordinator, 'delete_post', $fl_other ), 'the coordinator cannot edit or delete another contact point\'s group (map_meta_cap)' );
		fl_check( ! user_can( $fl_coordinator, 'edit_post', $fl_centre ), 'the coordinator cannot edit a centre' );

		$fl_page = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Selvhjelpsgrupper i Harstad',
					'post_author'  => $fl_editor->ID,
					'post_content' => '<!-- wp:shortcode -->[frisklivs_group_finder contact-point="cp-e2e-harstad" hide-intro="ja"]<!-- /wp:shortcode -->',
				)
			),
			true
		);
		fl_check( is_int( $fl_page ), 'a page with the group finder of the coordinator\'s contact point' );
		fl_done(
			array(
				'coordinator' => $fl_coordinator,
				'groupsPage'  => get_permalink( $fl_page ),
				'siteFeed'    => rest_url( 'frisklivs/v1/feed' ),
				'hsds'        => rest_url( 'frisklivs/v1/hsds' ),
				'newGroup'    => admin_url( 'post-new.php?post_type=fl_group' ),
				'groupList'   => admin_url( 'edit.php?post_type=fl_group' ),
				'newCentre'   => admin_url( 'post-new.php?post_type=fl_centre' ),
				'editOther'   => admin_url( 'post.php?post=' . $fl_other . '&action=edit' ),
				'editCentre'  => admin_url( 'post.php?post=' . $fl_centre . '&action=edit' ),
				'editPoint'   => admin_url( 'post.php?post=' . $fl_points['harstad'] . '&action=edit' ),
				'health'      => admin_url( 'edit.php?post_type=fl_group&page=frisklivs-health' ),
				'import'      => admin_url( 'edit.php?post_type=fl_group&page=frisklivs-import' ),
				'invalid'     => $fl_invalid,
				'other'       => $fl_other,
			)
		);
		break;

	case 'entry':
		$fl_post = frisklivs_widgets_post_by_entry_id( $argv[2], $argv[3] );
		fl_done(
			array(
				'post'   => $fl_post,
				'status' => $fl_post ? get_post_status( $fl_post ) : null,
				'entry'  => $fl_post ? frisklivs_widgets_post_entry( $fl_post ) : null,
				'revisions' => $fl_post ? count( wp_get_post_revisions( $fl_post ) ) : 0,
				'count'  => (int) wp_count_posts( $argv[2] )->publish,
			)
		);
		break;

	case 'age':
		$fl_post  = (int) $argv[2];
		$fl_entry = frisklivs_widgets_post_entry( $fl_post );
		$fl_entry['lastVerified'] = $argv[3];
		$GLOBALS['frisklivs_widgets_pending'] = $fl_entry;
		wp_update_post( array( 'ID' => $fl_post, 'post_content' => 'x' ) );
		fl_check( $argv[3] === frisklivs_widgets_post_entry( $fl_post )['lastVerified'], 'entry ' . $fl_post . ' last checked on ' . $argv[3] );
		fl_done( array() );
		break;

	case 'uninstall':
		$fl_plugin = 'frisklivs-widgets/frisklivs-widgets.php';
		global $wpdb;
		// Straight from the table: get_option() answers with register_setting()'s default for a missing option.
		$fl_saved = function () use ( $wpdb ) {
			return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $wpdb->options WHERE option_name = %s", 'frisklivs_widgets_settings' ) );
		};
		fl_check( 1 === $fl_saved(), 'the settings are in wp_options before the plugin is deleted' );
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		deactivate_plugins( $fl_plugin );
		$fl_deleted = delete_plugins( array( $fl_plugin ) );
		fl_check( true === $fl_deleted, 'delete_plugins() (runs uninstall.php)', $fl_deleted );
		fl_check( 0 === $fl_saved(), 'uninstall.php removed the settings from wp_options' );
		fl_check( ! file_exists( WP_PLUGIN_DIR . '/frisklivs-widgets' ), 'the plugin folder is gone' );
		$fl_kept = (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->posts WHERE post_type IN ( 'fl_group', 'fl_contact_point', 'fl_centre' ) AND post_status = 'publish'" );
		fl_check( $fl_kept > 5, "the published entries are kept ($fl_kept): 'delete data' was not ticked", $fl_kept );
		fl_check( null === get_role( 'frisklivs_group_coordinator' ) && ! get_role( 'editor' )->has_cap( 'edit_fl_groups' ), 'the coordinator role and the added capabilities are gone' );
		fl_check( ! file_exists( wp_upload_dir( null, false )['basedir'] . '/frisklivs-widgets/feed.json' ), 'the built feed is gone from uploads' );
		fl_done( array( 'kept' => $fl_kept ) );
		break;

	case 'reinstall':
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		$fl_upgrader = new Plugin_Upgrader( new WP_Ajax_Upgrader_Skin() );
		fl_check( true === $fl_upgrader->install( $argv[2] ), 'the zip installs again' );
		fl_check( null === activate_plugin( 'frisklivs-widgets/frisklivs-widgets.php' ), 'and activates' );
		fl_done( array() );
		break;

	case 'uninstall-all':
		global $wpdb;
		$fl_count = function () use ( $wpdb ) {
			return (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->posts WHERE post_type IN ( 'fl_group', 'fl_contact_point', 'fl_centre' ) OR ( post_type = 'revision' AND post_parent IN ( SELECT ID FROM ( SELECT ID FROM $wpdb->posts WHERE post_type IN ( 'fl_group', 'fl_contact_point', 'fl_centre' ) ) AS p ) )" );
		};
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		fl_check( $fl_count() > 5 && 'grp-e2e-karasjok' === frisklivs_widgets_post_entry( frisklivs_widgets_post_by_entry_id( 'fl_group', 'grp-e2e-karasjok' ) )['id'], 'after installing again, the kept entries are there' );
		update_option( FRISKLIVS_WIDGETS_OPTION, array( 'delete_data' => '1' ) );
		fl_check( frisklivs_widgets_settings()['delete_data'], 'the administrator ticks "delete data"' );
		deactivate_plugins( 'frisklivs-widgets/frisklivs-widgets.php' );
		fl_check( true === delete_plugins( array( 'frisklivs-widgets/frisklivs-widgets.php' ) ), 'delete_plugins()' );
		fl_check( 0 === $fl_count(), 'the entries and their revisions are deleted', $fl_count() );
		fl_done( array() );
		break;

	default:
		fwrite( STDERR, "unknown step: $fl_step\n" );
		exit( 2 );
}
