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
 *   php wp-setup.php uninstall               delete the plugin (uninstall.php) and check its settings are gone
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
		update_option( 'permalink_structure', '' );
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
		fl_done( array() );
		break;

	default:
		fwrite( STDERR, "unknown step: $fl_step\n" );
		exit( 2 );
}
