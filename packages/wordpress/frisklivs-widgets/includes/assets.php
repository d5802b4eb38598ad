<?php
/**
 * The library's files, served from this plugin (assets/, copied from the library's dist/ when
 * the release zip is built). Enqueued only by a shortcode that is rendered, so pages without
 * one load nothing.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

const FRISKLIVS_WIDGETS_HANDLE = 'frisklivs-widgets';

/**
 * Whether the built library is in assets/.
 *
 * @return bool
 */
function frisklivs_widgets_assets_present() {
	return is_readable( FRISKLIVS_WIDGETS_DIR . '/assets/frisklivs-widgets.js' );
}

/**
 * The version used in the script URL: the plugin version plus the bundle's modification
 * time, so a rebuilt bundle is not served from a stale cache.
 *
 * @return string
 */
function frisklivs_widgets_asset_version() {
	$mtime = @filemtime( FRISKLIVS_WIDGETS_DIR . '/assets/frisklivs-widgets.js' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged
	return FRISKLIVS_WIDGETS_VERSION . ( $mtime ? '.' . $mtime : '' );
}

/**
 * Whether WordPress has the script modules API (6.5 and later).
 *
 * @return bool
 */
function frisklivs_widgets_has_script_modules() {
	return function_exists( 'wp_enqueue_script_module' ) && function_exists( 'wp_register_script_module' );
}

/**
 * Registers the bundle: as a script module on WordPress 6.5+, else as a classic script whose
 * tag the script_loader_tag filter below turns into type="module".
 */
function frisklivs_widgets_register_assets() {
	$src = plugins_url( 'assets/frisklivs-widgets.js', FRISKLIVS_WIDGETS_FILE );
	if ( frisklivs_widgets_has_script_modules() ) {
		wp_register_script_module( FRISKLIVS_WIDGETS_HANDLE, $src, array(), frisklivs_widgets_asset_version() );
	} else {
		wp_register_script( FRISKLIVS_WIDGETS_HANDLE, $src, array(), frisklivs_widgets_asset_version(), true );
		add_filter( 'script_loader_tag', 'frisklivs_widgets_module_tag', 10, 3 );
	}
}

/**
 * Enqueues the bundle (once). Called by every shortcode as it renders.
 */
function frisklivs_widgets_enqueue() {
	if ( ! frisklivs_widgets_assets_present() ) {
		return;
	}
	if ( frisklivs_widgets_has_script_modules() ) {
		wp_enqueue_script_module( FRISKLIVS_WIDGETS_HANDLE );
	} else {
		wp_enqueue_script( FRISKLIVS_WIDGETS_HANDLE );
	}
}

/**
 * Makes the classic script tag of the bundle a module script (WordPress before 6.5).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @param string $src    The script URL.
 * @return string
 */
function frisklivs_widgets_module_tag( $tag, $handle, $src ) {
	if ( FRISKLIVS_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$module = sprintf( '<script type="module" src="%s" id="%s-js"></script>', esc_url( $src ), esc_attr( $handle ) );
	// Replace only the external script element; any inline before/after scripts stay as they are.
	$replaced = preg_replace( '#<script\b[^>]*\bsrc=(["\'])' . preg_quote( esc_url( $src ), '#' ) . '\1[^>]*>\s*</script>#', $module, $tag, 1, $count );
	return ( $count && is_string( $replaced ) ) ? $replaced : $module . "\n";
}

/**
 * The space each element reserves before its script has run (the library's `:not(:defined)` rules,
 * assets/frisklivs-widgets.css, under 1 KB), printed in <head> on a page whose content uses one of
 * our shortcodes: the script is a module that runs after the page is first shown, and an element
 * without these rules is an empty box until then, so the text after it would move down.
 */
function frisklivs_widgets_reserve_style() {
	if ( ! is_singular() || ! frisklivs_widgets_assets_present() ) {
		return;
	}
	$post = get_post();
	if ( ! $post ) {
		return;
	}
	$used = false;
	foreach ( frisklivs_widgets_elements() as $element ) {
		if ( has_shortcode( $post->post_content, $element['shortcode'] ) ) {
			$used = true;
			break;
		}
	}
	$css = $used ? @file_get_contents( FRISKLIVS_WIDGETS_DIR . '/assets/frisklivs-widgets.css' ) : false; // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged, WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	if ( ! $css ) {
		return;
	}
	// The library's own CSS (selectors and lengths only); no markup can close the style element.
	printf( "<style id=\"frisklivs-widgets-reserve\">%s</style>\n", str_replace( '<', '', $css ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}
