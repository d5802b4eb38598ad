<?php
/**
 * Plugin Name:       Frisklivs widgets
 * Description:       Shortcodes for the frisklivs-widgets web components: find a frisklivssentral, find a self-help group, show a centre's frisklivskort and the 12-week follow-up, all from one JSON feed. Keep groups, contact points and centres in WordPress and publish them as the feed. The library's files are served from this plugin; no third-party requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The frisklivs-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       frisklivs-widgets
 * Domain Path:       /languages
 *
 * This plugin's PHP code is licensed under the GNU General Public License, version 2 or (at your
 * option) any later version. The bundled frisklivs-widgets library in assets/ is MIT licensed
 * (assets/LICENSE), which is compatible with the GPL. See LICENSE.md in this folder.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'FRISKLIVS_WIDGETS_VERSION', '0.1.0' );
define( 'FRISKLIVS_WIDGETS_FILE', __FILE__ );
define( 'FRISKLIVS_WIDGETS_DIR', __DIR__ );
define( 'FRISKLIVS_WIDGETS_OPTION', 'frisklivs_widgets_settings' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/content-types.php';
require_once __DIR__ . '/includes/form-fields.php';
require_once __DIR__ . '/includes/editor.php';
require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/hsds.php';
require_once __DIR__ . '/includes/import.php';
require_once __DIR__ . '/includes/health.php';

/**
 * The elements and the attributes their shortcodes accept (generated from custom-elements.json).
 *
 * @return array<string, array{shortcode: string, summary: string, attributes: array<string, array>}>
 */
function frisklivs_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = require __DIR__ . '/includes/elements.php';
	}
	return $elements;
}

/**
 * Loads the admin translations (languages/frisklivs-widgets-<locale>.mo).
 */
function frisklivs_widgets_load_textdomain() {
	load_plugin_textdomain( 'frisklivs-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'frisklivs_widgets_load_textdomain', 0 );

add_action( 'init', 'frisklivs_widgets_register_settings' );
add_action( 'init', 'frisklivs_widgets_register_post_types' );
add_action( 'init', 'frisklivs_widgets_maybe_install_roles' );
add_action( 'rest_api_init', 'frisklivs_widgets_register_routes' );
add_filter( 'rest_pre_serve_request', 'frisklivs_widgets_serve_file', 20, 3 );
add_filter( 'map_meta_cap', 'frisklivs_widgets_map_meta_cap', 10, 4 );
add_action( 'pre_get_posts', 'frisklivs_widgets_filter_group_list' );
add_filter( 'wp_insert_post_data', 'frisklivs_widgets_filter_post_data', 10, 2 );
add_filter( 'redirect_post_location', 'frisklivs_widgets_redirect_after_save', 10, 2 );
add_action( 'save_post', 'frisklivs_widgets_sync_meta', 10, 2 );
add_action( 'save_post', 'frisklivs_widgets_post_changed' );
add_action( 'deleted_post', 'frisklivs_widgets_post_changed' );
add_action( 'transition_post_status', 'frisklivs_widgets_status_changed', 10, 3 );
add_action( 'add_option_' . FRISKLIVS_WIDGETS_OPTION, 'frisklivs_widgets_settings_changed' );
add_action( 'update_option_' . FRISKLIVS_WIDGETS_OPTION, 'frisklivs_widgets_settings_changed' );
add_action( 'admin_enqueue_scripts', 'frisklivs_widgets_admin_assets' );
add_filter( 'post_row_actions', 'frisklivs_widgets_row_actions', 10, 2 );
add_filter( 'post_updated_messages', 'frisklivs_widgets_updated_messages' );
add_action( 'show_user_profile', 'frisklivs_widgets_user_fields' );
add_action( 'edit_user_profile', 'frisklivs_widgets_user_fields' );
add_action( 'personal_options_update', 'frisklivs_widgets_save_user_fields' );
add_action( 'edit_user_profile_update', 'frisklivs_widgets_save_user_fields' );
add_action( 'admin_menu', 'frisklivs_widgets_data_menu' );
add_action( 'admin_post_frisklivs_import', 'frisklivs_widgets_handle_import' );
register_activation_hook( __FILE__, 'frisklivs_widgets_activate' );

/**
 * Activation: the roles and capabilities, and the feed built on the next change or request.
 */
function frisklivs_widgets_activate() {
	frisklivs_widgets_install_roles();
	frisklivs_widgets_feed_changed();
}
add_action( 'init', 'frisklivs_widgets_register_shortcodes' );
add_action( 'init', 'frisklivs_widgets_register_assets' );
add_action( 'wp_head', 'frisklivs_widgets_reserve_style', 5 );
add_action( 'admin_menu', 'frisklivs_widgets_admin_menu' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'frisklivs_widgets_action_links' );
