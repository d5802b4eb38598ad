<?php
/**
 * One shortcode per element, taking the element's attributes (includes/elements.php, generated
 * from custom-elements.json). The plugin writes the element's markup, so editors without the
 * unfiltered_html capability (every editor on a multisite) can use the elements.
 *
 *   [frisklivs_centre_finder municipality="5612" offers="kid"]
 *   → <fl-centre-finder feed="https://…/feed.json" municipality="5612" offers="kid"></fl-centre-finder>
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers [frisklivs_centre_finder], [frisklivs_group_finder], [frisklivs_frisklivskort] and
 * [frisklivs_follow_up_timeline].
 */
function frisklivs_widgets_register_shortcodes() {
	foreach ( frisklivs_widgets_elements() as $element ) {
		add_shortcode( $element['shortcode'], 'frisklivs_widgets_shortcode' );
	}
}

/**
 * Whether a shortcode value switches a boolean attribute on: "1", "true", "yes" or "ja".
 *
 * @param mixed $value The shortcode attribute's value.
 * @return bool
 */
function frisklivs_widgets_truthy( $value ) {
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'ja' ), true );
}

/**
 * A link for an attribute such as continue-href: an http(s) URL, or a relative one made absolute
 * against the current page. Anything else (javascript:, data: …) gives ''.
 *
 * @param string $url The shortcode attribute's value.
 * @return string
 */
function frisklivs_widgets_clean_link( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	if ( preg_match( '#^[a-z][a-z0-9+.\-]*:#i', $url ) ) {
		if ( ! preg_match( '#^https?://#i', $url ) ) {
			return '';
		}
	} elseif ( ! preg_match( '#^(/|\#|\?)#', $url ) ) {
		$base = get_permalink();
		$url  = WP_Http::make_absolute_url( $url, $base ? $base : home_url( '/' ) );
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * Normalizes the attributes WordPress parsed: names lower-case with "-" (heading_level →
 * heading-level), and bare words naming a boolean attribute ([… compact]) switched on.
 *
 * @param array|string $atts       The parsed shortcode attributes.
 * @param array        $attributes The element's allowed attributes.
 * @return array<string, string>
 */
function frisklivs_widgets_normalize_atts( $atts, array $attributes ) {
	$normalized = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$name = str_replace( '_', '-', strtolower( trim( (string) $value ) ) );
			if ( isset( $attributes[ $name ] ) && 'boolean' === $attributes[ $name ]['type'] ) {
				$normalized[ $name ] = 'true';
			}
			continue;
		}
		$normalized[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = (string) $value;
	}
	return $normalized;
}

/**
 * Renders one element. Unknown attributes are dropped, every value is escaped with esc_attr,
 * boolean attributes are written bare when switched on, and URLs must be http(s).
 *
 * @param array|string $atts      The shortcode attributes.
 * @param string|null  $content   Enclosed content (not used).
 * @param string       $shortcode The shortcode's name.
 * @return string The custom element's markup.
 */
function frisklivs_widgets_shortcode( $atts, $content = null, $shortcode = '' ) {
	$tag     = '';
	$element = null;
	foreach ( frisklivs_widgets_elements() as $candidate_tag => $candidate ) {
		if ( $candidate['shortcode'] === $shortcode ) {
			$tag     = $candidate_tag;
			$element = $candidate;
			break;
		}
	}
	if ( null === $element ) {
		return '';
	}
	$attributes = $element['attributes'];
	$settings   = frisklivs_widgets_settings();

	$pairs = array_fill_keys( array_keys( $attributes ), null );
	$given = shortcode_atts( $pairs, frisklivs_widgets_normalize_atts( $atts, $attributes ), $shortcode );

	// A feed="…" that is not an http(s) URL is ignored like a missing one: the default applies.
	if ( isset( $attributes['feed'] ) ) {
		$feed          = null === $given['feed'] ? '' : frisklivs_widgets_clean_feed_url( $given['feed'] );
		$given['feed'] = '' !== $feed ? $feed : frisklivs_widgets_default_feed_url();
	}
	if ( isset( $attributes['lang'] ) && ( null === $given['lang'] || '' === trim( (string) $given['lang'] ) ) ) {
		$given['lang'] = $settings['default_lang'];
	}

	$html = '<' . $tag;
	foreach ( $attributes as $name => $attribute ) {
		if ( ! isset( $given[ $name ] ) ) {
			continue;
		}
		$value = trim( (string) $given[ $name ] );
		if ( 'boolean' === $attribute['type'] ) {
			if ( frisklivs_widgets_truthy( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( 'url' === $attribute['type'] ) {
			$value = 'feed' === $name ? frisklivs_widgets_clean_feed_url( $value ) : frisklivs_widgets_clean_link( $value );
		}
		if ( '' === $value ) {
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '></' . $tag . '>';

	frisklivs_widgets_enqueue();

	/**
	 * Filters the markup of one element.
	 *
	 * @param string $html  The element's markup.
	 * @param string $tag   The element's tag name.
	 * @param array  $given The attributes after normalization (null when not given).
	 */
	return (string) apply_filters( 'frisklivs_widgets_element_html', $html, $tag, $given );
}
