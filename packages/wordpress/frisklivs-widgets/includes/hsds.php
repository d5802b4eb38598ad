<?php
/**
 * HSDS 3.0 export (placeholder).
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * GET /frisklivs/v1/hsds.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_Error
 */
function frisklivs_widgets_rest_hsds( $request ) {
	return new WP_Error( 'frisklivs_hsds', 'not yet', array( 'status' => 501 ) );
}
