<?php
/**
 * Deleting the plugin removes its settings, the built feed, the group coordinator role and the capabilities it
 * added, on every site of a multisite network. The groups, contact points and centres (and their revisions) stay,
 * so installing the plugin again brings them back, unless an administrator ticked "Delete the groups, contact points
 * and centres too" on the settings page.
 *
 * @package FrisklivsWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Cleans up one site.
 */
function frisklivs_widgets_uninstall_site() {
	$settings = get_option( 'frisklivs_widgets_settings' );
	if ( is_array( $settings ) && ! empty( $settings['delete_data'] ) ) {
		$posts = get_posts(
			array(
				'post_type'      => array( 'fl_group', 'fl_contact_point', 'fl_centre' ),
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $posts as $post_id ) {
			wp_delete_post( $post_id, true ); // Its revisions and meta go with it.
		}
		delete_metadata( 'user', 0, 'frisklivs_contact_points', '', true );
	}
	foreach ( array( 'frisklivs_widgets_settings', 'frisklivs_widgets_feed_state', 'frisklivs_widgets_feed_health', 'frisklivs_widgets_upstream', 'frisklivs_widgets_caps_version' ) as $option ) {
		delete_option( $option );
	}
	remove_role( 'frisklivs_group_coordinator' );
	foreach ( array( 'administrator', 'editor' ) as $role_name ) {
		$role = get_role( $role_name );
		if ( ! $role ) {
			continue;
		}
		foreach ( array_keys( $role->capabilities ) as $cap ) {
			if ( preg_match( '/_fl_(group|contact_point|centre)s$/', $cap ) || 'frisklivs_all_contact_points' === $cap ) {
				$role->remove_cap( $cap );
			}
		}
	}
	$uploads = wp_upload_dir( null, false );
	$dir     = $uploads['basedir'] . '/frisklivs-widgets';
	foreach ( (array) glob( $dir . '/*' ) as $file ) {
		if ( is_string( $file ) && is_file( $file ) ) {
			wp_delete_file( $file );
		}
	}
	if ( is_dir( $dir ) ) {
		rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- the plugin's own folder in uploads, emptied above.
	}
}

if ( is_multisite() && function_exists( 'get_sites' ) ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $frisklivs_widgets_site_id ) {
		switch_to_blog( (int) $frisklivs_widgets_site_id );
		frisklivs_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	frisklivs_widgets_uninstall_site();
}
