<?php
/**
 * Settings → Frisklivs widgets: the default feed URL and the default language.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The languages the library ships, each by its own name.
 *
 * @return array<string, string>
 */
function frisklivs_widgets_languages() {
	return array(
		'nb'  => 'norsk bokmål',
		'nn'  => 'norsk nynorsk',
		'se'  => 'davvisámegiella',
		'sma' => 'åarjelsaemien gïele',
		'smj' => 'julevsámegiella',
		'en'  => 'English',
	);
}

/**
 * The saved settings, with defaults for what is not set.
 *
 * @return array{feed_url: string, default_lang: string, publish: bool, upstream_url: string, delete_data: bool}
 */
function frisklivs_widgets_settings() {
	$saved = get_option( FRISKLIVS_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'feed_url'     => isset( $saved['feed_url'] ) ? (string) $saved['feed_url'] : '',
		'default_lang' => isset( $saved['default_lang'] ) ? (string) $saved['default_lang'] : '',
		'publish'      => ! empty( $saved['publish'] ),
		'upstream_url' => isset( $saved['upstream_url'] ) ? (string) $saved['upstream_url'] : '',
		'delete_data'  => ! empty( $saved['delete_data'] ),
	);
}

/**
 * The feed a shortcode reads when it names none: this site's own feed when it publishes one, else the feed URL set
 * on the settings page.
 *
 * @return string
 */
function frisklivs_widgets_default_feed_url() {
	$settings = frisklivs_widgets_settings();
	return $settings['publish'] ? frisklivs_widgets_feed_url() : $settings['feed_url'];
}

/**
 * A change of the settings changes the feed (publishing, upstream feed).
 */
function frisklivs_widgets_settings_changed() {
	frisklivs_widgets_feed_changed();
}

/**
 * The origin (scheme, host and port) of the site, for site-relative URLs.
 *
 * @return string
 */
function frisklivs_widgets_site_origin() {
	$home = wp_parse_url( home_url() );
	if ( empty( $home['host'] ) ) {
		return '';
	}
	$scheme = isset( $home['scheme'] ) ? $home['scheme'] : 'https';
	$port   = isset( $home['port'] ) ? ':' . $home['port'] : '';
	return $scheme . '://' . $home['host'] . $port;
}

/**
 * An absolute http(s) URL, or '' when the input is anything else (javascript:, data:, ftp: …).
 * A path starting with "/" is taken as a path on this site.
 *
 * @param string $url What an admin or editor typed.
 * @return string The URL, sanitized with esc_url_raw, or ''.
 */
function frisklivs_widgets_clean_feed_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	if ( preg_match( '#^/(?![/\\\\])#', $url ) ) {
		$url = frisklivs_widgets_site_origin() . $url;
	}
	if ( ! preg_match( '#^https?://#i', $url ) ) {
		return '';
	}
	$clean = esc_url_raw( $url, array( 'http', 'https' ) );
	$parts = wp_parse_url( $clean );
	if ( '' === $clean || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	return $clean;
}

/**
 * Registers the option with its sanitize callback (Settings API; options.php checks the nonce).
 */
function frisklivs_widgets_register_settings() {
	register_setting(
		'frisklivs_widgets',
		FRISKLIVS_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'description'       => 'Frisklivs widgets: default feed URL and language.',
			'sanitize_callback' => 'frisklivs_widgets_sanitize_settings',
			'default'           => array(
				'feed_url'     => '',
				'default_lang' => '',
				'publish'      => false,
				'upstream_url' => '',
				'delete_data'  => false,
			),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Sanitizes the settings form. An invalid feed URL is reported and the previous value kept.
 *
 * @param mixed $input The submitted value.
 * @return array{feed_url: string, default_lang: string, publish: bool, upstream_url: string, delete_data: bool}
 */
function frisklivs_widgets_sanitize_settings( $input ) {
	$current = frisklivs_widgets_settings();
	if ( ! is_array( $input ) ) {
		return $current;
	}
	$output = $current;

	if ( array_key_exists( 'feed_url', $input ) ) {
		$raw = trim( (string) $input['feed_url'] );
		if ( '' === $raw ) {
			$output['feed_url'] = '';
		} else {
			$clean = frisklivs_widgets_clean_feed_url( $raw );
			if ( '' === $clean && function_exists( 'add_settings_error' ) ) {
				add_settings_error(
					FRISKLIVS_WIDGETS_OPTION,
					'frisklivs-widgets-feed-url',
					__( 'The feed URL must be a web address starting with https:// or http:// (or a path on this site starting with /). The previous value was kept.', 'frisklivs-widgets' ),
					'error'
				);
			} elseif ( '' !== $clean ) {
				$output['feed_url'] = $clean;
			}
		}
	}

	if ( array_key_exists( 'default_lang', $input ) ) {
		$lang                   = sanitize_key( (string) $input['default_lang'] );
		$output['default_lang'] = array_key_exists( $lang, frisklivs_widgets_languages() ) ? $lang : '';
	}

	if ( array_key_exists( 'upstream_url', $input ) ) {
		$raw = trim( (string) $input['upstream_url'] );
		if ( '' === $raw ) {
			$output['upstream_url'] = '';
		} else {
			$clean = frisklivs_widgets_clean_feed_url( $raw );
			if ( '' === $clean && function_exists( 'add_settings_error' ) ) {
				add_settings_error(
					FRISKLIVS_WIDGETS_OPTION,
					'frisklivs-widgets-upstream-url',
					__( 'The upstream feed URL must be a web address starting with https:// or http://. The previous value was kept.', 'frisklivs-widgets' ),
					'error'
				);
			} elseif ( '' !== $clean ) {
				$output['upstream_url'] = $clean;
			}
		}
	}

	// Checkboxes: the settings form sends each with a hidden "0" first, so an unticked box is a choice.
	foreach ( array( 'publish', 'delete_data' ) as $flag ) {
		if ( array_key_exists( $flag, $input ) ) {
			$output[ $flag ] = ! empty( $input[ $flag ] ) && '0' !== $input[ $flag ];
		}
	}

	return $output;
}

/**
 * Adds Settings → Frisklivs widgets.
 */
function frisklivs_widgets_admin_menu() {
	$hook = add_options_page(
		__( 'Frisklivs widgets', 'frisklivs-widgets' ),
		__( 'Frisklivs widgets', 'frisklivs-widgets' ),
		'manage_options',
		'frisklivs-widgets',
		'frisklivs_widgets_render_settings_page'
	);
	if ( $hook ) {
		add_action( 'load-' . $hook, 'frisklivs_widgets_settings_sections' );
	}
}

/**
 * The sections and fields of the settings page.
 */
function frisklivs_widgets_settings_sections() {
	add_settings_section(
		'frisklivs_widgets_feed',
		__( 'Feed', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_feed_section',
		'frisklivs-widgets'
	);
	add_settings_field(
		'frisklivs_widgets_feed_url',
		__( 'Default feed URL', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_feed_url_field',
		'frisklivs-widgets',
		'frisklivs_widgets_feed',
		array( 'label_for' => 'frisklivs_widgets_feed_url' )
	);
	add_settings_section(
		'frisklivs_widgets_publish',
		__( 'Publishing', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_publish_section',
		'frisklivs-widgets'
	);
	add_settings_field(
		'frisklivs_widgets_publish',
		__( 'This site’s feed', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_publish_field',
		'frisklivs-widgets',
		'frisklivs_widgets_publish',
		array( 'label_for' => 'frisklivs_widgets_publish' )
	);
	add_settings_field(
		'frisklivs_widgets_upstream_url',
		__( 'Upstream feed', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_upstream_field',
		'frisklivs-widgets',
		'frisklivs_widgets_publish',
		array( 'label_for' => 'frisklivs_widgets_upstream_url' )
	);
	add_settings_field(
		'frisklivs_widgets_delete_data',
		__( 'When the plugin is deleted', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_delete_field',
		'frisklivs-widgets',
		'frisklivs_widgets_publish',
		array( 'label_for' => 'frisklivs_widgets_delete_data' )
	);
	add_settings_field(
		'frisklivs_widgets_default_lang',
		__( 'Default language', 'frisklivs-widgets' ),
		'frisklivs_widgets_render_lang_field',
		'frisklivs-widgets',
		'frisklivs_widgets_feed',
		array( 'label_for' => 'frisklivs_widgets_default_lang' )
	);
}

/**
 * Introduction to the feed section.
 */
function frisklivs_widgets_render_feed_section() {
	echo '<p>' . esc_html__( 'Every shortcode on this site reads this feed unless it names another one with feed="…".', 'frisklivs-widgets' ) . '</p>';
}

/**
 * The feed URL field.
 */
function frisklivs_widgets_render_feed_url_field() {
	$settings = frisklivs_widgets_settings();
	printf(
		'<input type="text" inputmode="url" spellcheck="false" class="large-text code" id="frisklivs_widgets_feed_url" name="%1$s[feed_url]" value="%2$s" placeholder="https://example.no/frisklivs/feed.json" aria-describedby="frisklivs_widgets_feed_url_help">',
		esc_attr( FRISKLIVS_WIDGETS_OPTION ),
		esc_attr( $settings['feed_url'] )
	);
	echo '<p class="description" id="frisklivs_widgets_feed_url_help">' . esc_html__( 'The address of the shared JSON feed, starting with https:// (or a path on this site starting with /). The feed must be on this site or allow cross-origin requests (CORS).', 'frisklivs-widgets' ) . '</p>';
}

/**
 * The default language field.
 */
function frisklivs_widgets_render_lang_field() {
	$settings = frisklivs_widgets_settings();
	printf( '<select id="frisklivs_widgets_default_lang" name="%s[default_lang]" aria-describedby="frisklivs_widgets_default_lang_help">', esc_attr( FRISKLIVS_WIDGETS_OPTION ) );
	printf( '<option value=""%s>%s</option>', selected( $settings['default_lang'], '', false ), esc_html__( 'The language of the page (recommended)', 'frisklivs-widgets' ) );
	foreach ( frisklivs_widgets_languages() as $code => $name ) {
		printf( '<option value="%1$s" lang="%1$s"%2$s>%3$s</option>', esc_attr( $code ), selected( $settings['default_lang'], $code, false ), esc_html( $name ) );
	}
	echo '</select>';
	echo '<p class="description" id="frisklivs_widgets_default_lang_help">' . esc_html__( 'Used when a shortcode has no lang="…". Otherwise the elements follow the language of the page.', 'frisklivs-widgets' ) . '</p>';
}

/**
 * Introduction to the publishing section.
 */
function frisklivs_widgets_render_publish_section() {
	echo '<p>' . esc_html__( 'The groups, contact points and centres kept under Frisklivs data can be published as a feed that this site’s shortcodes and any other site or app read.', 'frisklivs-widgets' ) . '</p>';
}

/**
 * The publish checkbox.
 */
function frisklivs_widgets_render_publish_field() {
	$settings = frisklivs_widgets_settings();
	printf( '<input type="hidden" name="%s[publish]" value="0">', esc_attr( FRISKLIVS_WIDGETS_OPTION ) );
	printf(
		'<label><input type="checkbox" id="frisklivs_widgets_publish" name="%1$s[publish]" value="1"%2$s aria-describedby="frisklivs_widgets_publish_help"> %3$s</label>',
		esc_attr( FRISKLIVS_WIDGETS_OPTION ),
		checked( $settings['publish'], true, false ),
		esc_html__( 'Publish the feed, and let the shortcodes read it', 'frisklivs-widgets' )
	);
	printf(
		'<p class="description" id="frisklivs_widgets_publish_help">%1$s <code>%2$s</code></p>',
		esc_html__( 'Shortcodes without feed="…" then read this site’s feed instead of the default feed URL above. Its address:', 'frisklivs-widgets' ),
		esc_html( frisklivs_widgets_feed_url() )
	);
}

/**
 * The upstream feed URL field.
 */
function frisklivs_widgets_render_upstream_field() {
	$settings = frisklivs_widgets_settings();
	printf(
		'<input type="text" inputmode="url" spellcheck="false" class="large-text code" id="frisklivs_widgets_upstream_url" name="%1$s[upstream_url]" value="%2$s" placeholder="https://example.no/frisklivs/feed.json" aria-describedby="frisklivs_widgets_upstream_url_help">',
		esc_attr( FRISKLIVS_WIDGETS_OPTION ),
		esc_attr( $settings['upstream_url'] )
	);
	echo '<p class="description" id="frisklivs_widgets_upstream_url_help">' . esc_html__( 'Optional: a feed (a national one, say) whose entries are published together with this site’s. An entry of this site with the same id replaces the upstream one. Its themes, offers and municipalities are the choices in the forms. The server fetches it at most once an hour.', 'frisklivs-widgets' ) . '</p>';
}

/**
 * The delete-data checkbox.
 */
function frisklivs_widgets_render_delete_field() {
	$settings = frisklivs_widgets_settings();
	printf( '<input type="hidden" name="%s[delete_data]" value="0">', esc_attr( FRISKLIVS_WIDGETS_OPTION ) );
	printf(
		'<label><input type="checkbox" id="frisklivs_widgets_delete_data" name="%1$s[delete_data]" value="1"%2$s aria-describedby="frisklivs_widgets_delete_data_help"> %3$s</label>',
		esc_attr( FRISKLIVS_WIDGETS_OPTION ),
		checked( $settings['delete_data'], true, false ),
		esc_html__( 'Delete the groups, contact points and centres too', 'frisklivs-widgets' )
	);
	echo '<p class="description" id="frisklivs_widgets_delete_data_help">' . esc_html__( 'Unticked (recommended), deleting the plugin removes its settings and the built feed but keeps every entry and its revisions, so installing it again brings them back.', 'frisklivs-widgets' ) . '</p>';
}

/**
 * Settings → Frisklivs widgets.
 */
function frisklivs_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap">';
	echo '<h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	if ( ! frisklivs_widgets_assets_present() ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'The library files are missing from the plugin’s assets folder. Install the release zip, or build it with npm run wordpress:zip.', 'frisklivs-widgets' ) . '</p></div>';
	}
	if ( '' === frisklivs_widgets_default_feed_url() ) {
		echo '<div class="notice notice-warning"><p>' . esc_html__( 'No default feed URL is set: shortcodes without feed="…" show an error until one is set.', 'frisklivs-widgets' ) . '</p></div>';
	}
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'frisklivs_widgets' );
	do_settings_sections( 'frisklivs-widgets' );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Shortcodes', 'frisklivs-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Put a shortcode in a page, post or widget (in the block editor: the Shortcode block). Editors do not need permission to post HTML: the plugin writes the element.', 'frisklivs-widgets' ) . '</p>';
	echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Shortcode', 'frisklivs-widgets' ) . '</th><th scope="col">' . esc_html__( 'Attributes', 'frisklivs-widgets' ) . '</th></tr></thead><tbody>';
	foreach ( frisklivs_widgets_elements() as $tag => $element ) {
		$names = array();
		foreach ( $element['attributes'] as $name => $attribute ) {
			$names[] = 'boolean' === $attribute['type'] ? $name . '="ja"' : $name;
		}
		printf(
			'<tr><td><code>[%1$s]</code><br><small>&lt;%2$s&gt;</small></td><td><code>%3$s</code></td></tr>',
			esc_html( $element['shortcode'] ),
			esc_html( $tag ),
			esc_html( implode( ' ', $names ) )
		);
	}
	echo '</tbody></table>';
	echo '</div>';
}

/**
 * A "Settings" link in the plugin list.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function frisklivs_widgets_action_links( $links ) {
	array_unshift(
		$links,
		sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=frisklivs-widgets' ) ), esc_html__( 'Settings', 'frisklivs-widgets' ) )
	);
	return $links;
}
