<?php
/**
 * Deleting the plugin removes its settings, on every site of a multisite network.
 *
 * @package FrisklivsWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() && function_exists( 'get_sites' ) ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $frisklivs_widgets_site_id ) {
		switch_to_blog( (int) $frisklivs_widgets_site_id );
		delete_option( 'frisklivs_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'frisklivs_widgets_settings' );
}
