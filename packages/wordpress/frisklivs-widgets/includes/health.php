<?php
/**
 * Frisklivs data → Feed health: what the feed serves, what it leaves out and why, what has not been checked for a
 * year, and which texts are missing in which language. Read from the report the last build wrote.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds Feed health and Import under Frisklivs data (Editors and administrators).
 */
function frisklivs_widgets_data_menu() {
	add_submenu_page( 'edit.php?post_type=fl_group', __( 'Feed health', 'frisklivs-widgets' ), __( 'Feed health', 'frisklivs-widgets' ), 'edit_others_fl_centres', 'frisklivs-health', 'frisklivs_widgets_render_health_page' );
	add_submenu_page( 'edit.php?post_type=fl_group', __( 'Import', 'frisklivs-widgets' ), __( 'Import', 'frisklivs-widgets' ), 'edit_others_fl_centres', 'frisklivs-import', 'frisklivs_widgets_render_import_page' );
}

/**
 * A link to an entry's edit screen with its title.
 *
 * @param array $row postType, post, title.
 * @return string HTML.
 */
function frisklivs_widgets_health_link( array $row ) {
	$title = '' !== (string) $row['title'] ? $row['title'] : __( '(no title)', 'frisklivs-widgets' );
	$type  = get_post_type_object( $row['postType'] );
	return sprintf( '<a href="%1$s">%2$s</a> <span class="description">(%3$s)</span>', esc_url( get_edit_post_link( $row['post'] ) ), esc_html( $title ), esc_html( $type ? $type->labels->singular_name : $row['postType'] ) );
}

/**
 * Frisklivs data → Feed health.
 */
function frisklivs_widgets_render_health_page() {
	if ( ! current_user_can( 'edit_others_fl_centres' ) ) {
		return;
	}
	$settings = frisklivs_widgets_settings();
	$state    = $settings['publish'] ? frisklivs_widgets_ensure_feed() : frisklivs_widgets_feed_state();
	$health   = get_option( FRISKLIVS_WIDGETS_FEED_HEALTH );
	echo '<div class="wrap fl-health"><h1>' . esc_html__( 'Feed health', 'frisklivs-widgets' ) . '</h1>';
	if ( ! $settings['publish'] ) {
		printf(
			'<div class="notice notice-warning inline"><p>%1$s <a href="%2$s">%3$s</a></p></div>',
			esc_html__( 'This site does not publish its feed yet.', 'frisklivs-widgets' ),
			esc_url( admin_url( 'options-general.php?page=frisklivs-widgets' ) ),
			esc_html__( 'Settings → Frisklivs widgets', 'frisklivs-widgets' )
		);
	}
	if ( ! is_array( $health ) || empty( $state['built'] ) ) {
		echo '<p>' . esc_html__( 'The feed has not been built yet.', 'frisklivs-widgets' ) . '</p></div>';
		return;
	}
	printf(
		'<p>%1$s <a href="%2$s"><code>%2$s</code></a><br>%3$s</p>',
		esc_html__( 'The feed:', 'frisklivs-widgets' ),
		esc_url( frisklivs_widgets_feed_url() ),
		esc_html(
			sprintf(
				/* translators: 1: date and time, 2: seconds, 3: size in KB */
				__( 'Built %1$s in %2$s s; %3$s KB.', 'frisklivs-widgets' ),
				wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $state['built'] ),
				number_format_i18n( (float) $state['buildSeconds'], 2 ),
				number_format_i18n( (int) ( isset( $state['size'] ) ? $state['size'] : 0 ) / 1024 )
			)
		)
	);
	$counts = $state['counts'];
	echo '<div class="fl-cards">';
	foreach ( array(
		'groups'        => __( 'groups served', 'frisklivs-widgets' ),
		'contactPoints' => __( 'contact points served', 'frisklivs-widgets' ),
		'centres'       => __( 'centres served', 'frisklivs-widgets' ),
	) as $key => $label ) {
		printf(
			'<div><span class="fl-count">%1$s</span>%2$s<br><span class="description">%3$s</span></div>',
			esc_html( number_format_i18n( $counts[ $key ] ) ),
			esc_html( $label ),
			/* translators: %s: number of entries */
			esc_html( sprintf( __( '%s from this site', 'frisklivs-widgets' ), number_format_i18n( $counts['site'][ $key ] ) ) )
		);
	}
	printf( '<div id="fl-health-skipped-count"><span class="fl-count">%1$s</span>%2$s</div>', esc_html( number_format_i18n( $health['skippedCount'] ) ), esc_html__( 'left out (invalid)', 'frisklivs-widgets' ) );
	printf( '<div><span class="fl-count">%1$s</span>%2$s</div>', esc_html( number_format_i18n( $health['staleCount'] ) ), esc_html__( 'not checked for a year', 'frisklivs-widgets' ) );
	echo '</div>';

	if ( '' !== $health['upstream']['url'] ) {
		echo '<h2>' . esc_html__( 'Upstream feed', 'frisklivs-widgets' ) . '</h2><p><code>' . esc_html( $health['upstream']['url'] ) . '</code><br>';
		if ( '' !== $health['upstream']['error'] ) {
			echo '<strong>' . esc_html( $health['upstream']['error'] ) . '</strong> ' . esc_html__( 'The last good copy is used.', 'frisklivs-widgets' );
		} else {
			/* translators: 1: date and time, 2: number of entries left out */
			echo esc_html( sprintf( __( 'Fetched %1$s; %2$s invalid entries in it were left out.', 'frisklivs-widgets' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $health['upstream']['fetched'] ), number_format_i18n( $health['upstream']['problems'] ) ) );
		}
		echo '</p>';
	}

	echo '<h2 id="fl-health-skipped">' . esc_html__( 'Left out of the feed', 'frisklivs-widgets' ) . '</h2>';
	if ( ! $health['skipped'] ) {
		echo '<p>' . esc_html__( 'Nothing: every published entry is in the feed.', 'frisklivs-widgets' ) . '</p>';
	} else {
		echo '<p>' . esc_html__( 'These published entries are not in the feed until they are corrected: the feed never carries an invalid entry.', 'frisklivs-widgets' ) . '</p>';
		echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Entry', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Problems', 'frisklivs-widgets' ) . '</th></tr></thead><tbody>';
		foreach ( $health['skipped'] as $row ) {
			echo '<tr><td>' . frisklivs_widgets_health_link( $row ) . '</td><td><ul>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_health_link.
			foreach ( $row['problems'] as $problem ) {
				echo '<li>' . esc_html( $problem ) . '</li>';
			}
			echo '</ul></td></tr>';
		}
		echo '</tbody></table>';
	}

	echo '<h2 id="fl-health-stale">' . esc_html__( 'Not checked for a year', 'frisklivs-widgets' ) . '</h2>';
	if ( ! $health['stale'] ) {
		echo '<p>' . esc_html__( 'Every entry was checked within the last year.', 'frisklivs-widgets' ) . '</p>';
	} else {
		echo '<p>' . esc_html__( 'A finder with stale information does harm. Check these with the people responsible and press “The information was checked today” on each.', 'frisklivs-widgets' ) . '</p>';
		echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Entry', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Last checked', 'frisklivs-widgets' ) . '</th></tr></thead><tbody>';
		foreach ( $health['stale'] as $row ) {
			echo '<tr><td>' . frisklivs_widgets_health_link( $row ) . '</td><td>' . esc_html( $row['lastVerified'] ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_health_link.
		}
		echo '</tbody></table>';
	}

	echo '<h2 id="fl-health-missing">' . esc_html__( 'Texts missing per language', 'frisklivs-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Readers in a language whose text is missing see the Bokmål text. Counted on the title or name of this site’s entries.', 'frisklivs-widgets' ) . '</p>';
	echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Language', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Missing', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Entries', 'frisklivs-widgets' ) . '</th></tr></thead><tbody>';
	$names = frisklivs_widgets_languages();
	foreach ( $health['missing'] as $lang => $rows ) {
		$links = array_map( 'frisklivs_widgets_health_link', array_slice( $rows, 0, 10 ) );
		$more  = $health['missingCount'][ $lang ] - count( $links );
		printf(
			'<tr><th scope="row" lang="%1$s">%2$s</th><td>%3$s</td><td>%4$s%5$s</td></tr>',
			esc_attr( $lang ),
			esc_html( $names[ $lang ] ),
			esc_html( number_format_i18n( $health['missingCount'][ $lang ] ) ),
			implode( ', ', $links ), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_health_link.
			/* translators: %s: number of further entries */
			$more > 0 ? esc_html( ' ' . sprintf( __( 'and %s more', 'frisklivs-widgets' ), number_format_i18n( $more ) ) ) : ''
		);
	}
	echo '</tbody></table></div>';
}
