<?php
/**
 * Plugin Name:       Frisklivs widgets
 * Description:       Shortcodes for the frisklivs-widgets web components: find a frisklivssentral, find a self-help group, show a centre's frisklivskort and the 12-week follow-up, all from one JSON feed. The library's files are served from this plugin; no third-party requests.
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
add_action( 'init', 'frisklivs_widgets_register_shortcodes' );
add_action( 'init', 'frisklivs_widgets_register_assets' );
add_action( 'wp_head', 'frisklivs_widgets_reserve_style', 5 );
add_action( 'admin_menu', 'frisklivs_widgets_admin_menu' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'frisklivs_widgets_action_links' );
