<?php
/**
 * The content the site publishes in its feed: groups, contact points and centres (with their sites), each a post
 * type whose post_content is the entry as the feed carries it (JSON, with < > & ' escaped so no filter can alter it),
 * so WordPress's revisions keep every version with who saved it and when. The entry's id, contact point and date
 * last checked are also kept in post meta for queries.
 *
 * Roles: administrators and Editors manage everything; a group coordinator (frisklivs_group_coordinator) creates and
 * edits groups only for the contact points assigned to them (user meta frisklivs_contact_points) and has no access to
 * contact points or centres. Settings stay with administrators (manage_options).
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

const FRISKLIVS_WIDGETS_ROLE            = 'frisklivs_group_coordinator';
const FRISKLIVS_WIDGETS_ASSIGNED_META   = 'frisklivs_contact_points';
const FRISKLIVS_WIDGETS_ALL_POINTS_CAP  = 'frisklivs_all_contact_points';
const FRISKLIVS_WIDGETS_CAPS_VERSION    = 1;
const FRISKLIVS_WIDGETS_META_ID         = '_frisklivs_id';
const FRISKLIVS_WIDGETS_META_POINT      = '_frisklivs_contact_point';
const FRISKLIVS_WIDGETS_META_VERIFIED   = '_frisklivs_last_verified';

/**
 * The three post types: post type => entry type, feed collection and capability type.
 *
 * @return array<string, array{type: string, collection: string, cap: string}>
 */
function frisklivs_widgets_post_types() {
	return array(
		'fl_group'         => array(
			'type'       => 'group',
			'collection' => 'groups',
			'cap'        => 'fl_group',
		),
		'fl_contact_point' => array(
			'type'       => 'contactPoint',
			'collection' => 'contactPoints',
			'cap'        => 'fl_contact_point',
		),
		'fl_centre'        => array(
			'type'       => 'centre',
			'collection' => 'centres',
			'cap'        => 'fl_centre',
		),
	);
}

/**
 * Registers the post types.
 */
function frisklivs_widgets_register_post_types() {
	$labels = array(
		'fl_group'         => array(
			'name'               => __( 'Self-help groups', 'frisklivs-widgets' ),
			'singular_name'      => __( 'Self-help group', 'frisklivs-widgets' ),
			'menu_name'          => __( 'Frisklivs data', 'frisklivs-widgets' ),
			'all_items'          => __( 'Groups', 'frisklivs-widgets' ),
			'add_new'            => __( 'Add group', 'frisklivs-widgets' ),
			'add_new_item'       => __( 'Add a self-help group', 'frisklivs-widgets' ),
			'edit_item'          => __( 'Edit self-help group', 'frisklivs-widgets' ),
			'new_item'           => __( 'New self-help group', 'frisklivs-widgets' ),
			'search_items'       => __( 'Search groups', 'frisklivs-widgets' ),
			'not_found'          => __( 'No groups found.', 'frisklivs-widgets' ),
			'not_found_in_trash' => __( 'No groups in the trash.', 'frisklivs-widgets' ),
		),
		'fl_contact_point' => array(
			'name'               => __( 'Contact points', 'frisklivs-widgets' ),
			'singular_name'      => __( 'Contact point', 'frisklivs-widgets' ),
			'all_items'          => __( 'Contact points', 'frisklivs-widgets' ),
			'add_new'            => __( 'Add contact point', 'frisklivs-widgets' ),
			'add_new_item'       => __( 'Add a contact point', 'frisklivs-widgets' ),
			'edit_item'          => __( 'Edit contact point', 'frisklivs-widgets' ),
			'new_item'           => __( 'New contact point', 'frisklivs-widgets' ),
			'search_items'       => __( 'Search contact points', 'frisklivs-widgets' ),
			'not_found'          => __( 'No contact points found.', 'frisklivs-widgets' ),
			'not_found_in_trash' => __( 'No contact points in the trash.', 'frisklivs-widgets' ),
		),
		'fl_centre'        => array(
			'name'               => __( 'Frisklivssentraler', 'frisklivs-widgets' ),
			'singular_name'      => __( 'Frisklivssentral', 'frisklivs-widgets' ),
			'all_items'          => __( 'Centres', 'frisklivs-widgets' ),
			'add_new'            => __( 'Add centre', 'frisklivs-widgets' ),
			'add_new_item'       => __( 'Add a frisklivssentral', 'frisklivs-widgets' ),
			'edit_item'          => __( 'Edit frisklivssentral', 'frisklivs-widgets' ),
			'new_item'           => __( 'New frisklivssentral', 'frisklivs-widgets' ),
			'search_items'       => __( 'Search centres', 'frisklivs-widgets' ),
			'not_found'          => __( 'No centres found.', 'frisklivs-widgets' ),
			'not_found_in_trash' => __( 'No centres in the trash.', 'frisklivs-widgets' ),
		),
	);
	foreach ( frisklivs_widgets_post_types() as $post_type => $info ) {
		register_post_type(
			$post_type,
			array(
				'labels'               => $labels[ $post_type ],
				'public'               => false,
				'show_ui'              => true,
				'show_in_menu'         => 'fl_group' === $post_type ? true : 'edit.php?post_type=fl_group',
				'menu_icon'            => 'dashicons-groups',
				'menu_position'        => 26,
				'show_in_rest'         => false,
				'show_in_nav_menus'    => false,
				'exclude_from_search'  => true,
				'publicly_queryable'   => false,
				'has_archive'          => false,
				'rewrite'              => false,
				'query_var'            => false,
				'delete_with_user'     => false,
				'supports'             => array( 'revisions', 'author' ),
				'capability_type'      => array( $info['cap'], $info['cap'] . 's' ),
				'map_meta_cap'         => true,
				'register_meta_box_cb' => 'frisklivs_widgets_add_meta_boxes',
			)
		);
	}
}

/**
 * The capabilities of one post type's capability type.
 *
 * @param string $cap       Capability type, e.g. fl_group.
 * @param bool   $with_others Include the *_others_* capabilities.
 * @return string[]
 */
function frisklivs_widgets_type_caps( $cap, $with_others = true ) {
	$plural = $cap . 's';
	$caps   = array( "edit_{$plural}", "publish_{$plural}", "delete_{$plural}", "edit_published_{$plural}", "delete_published_{$plural}", "read_private_{$plural}", "edit_private_{$plural}", "delete_private_{$plural}" );
	if ( $with_others ) {
		$caps[] = "edit_others_{$plural}";
		$caps[] = "delete_others_{$plural}";
	}
	return $caps;
}

/**
 * Adds the role and the capabilities (on activation, and once after an update that changes them).
 */
function frisklivs_widgets_install_roles() {
	foreach ( array( 'administrator', 'editor' ) as $role_name ) {
		$role = get_role( $role_name );
		if ( ! $role ) {
			continue;
		}
		foreach ( frisklivs_widgets_post_types() as $info ) {
			foreach ( frisklivs_widgets_type_caps( $info['cap'] ) as $cap ) {
				$role->add_cap( $cap );
			}
		}
		$role->add_cap( FRISKLIVS_WIDGETS_ALL_POINTS_CAP );
	}
	// Coordinators edit each other's groups of their contact points: the contact point, not the author, decides
	// (frisklivs_widgets_map_meta_cap), so they have the *_others_* capabilities for groups only.
	remove_role( FRISKLIVS_WIDGETS_ROLE );
	add_role(
		FRISKLIVS_WIDGETS_ROLE,
		__( 'Group coordinator', 'frisklivs-widgets' ),
		array_fill_keys( array_merge( array( 'read' ), frisklivs_widgets_type_caps( 'fl_group' ) ), true )
	);
	update_option( 'frisklivs_widgets_caps_version', FRISKLIVS_WIDGETS_CAPS_VERSION );
}

/**
 * Installs the roles when they are missing or older than this version of the plugin.
 */
function frisklivs_widgets_maybe_install_roles() {
	if ( (int) get_option( 'frisklivs_widgets_caps_version' ) !== FRISKLIVS_WIDGETS_CAPS_VERSION ) {
		frisklivs_widgets_install_roles();
	}
}

/**
 * The contact point ids assigned to a user.
 *
 * @param int $user_id User id.
 * @return string[]
 */
function frisklivs_widgets_assigned_points( $user_id ) {
	$points = get_user_meta( $user_id, FRISKLIVS_WIDGETS_ASSIGNED_META, true );
	return is_array( $points ) ? array_values( array_filter( $points, 'is_string' ) ) : array();
}

/**
 * Whether a user may work on groups of a contact point.
 *
 * @param int    $user_id  User id.
 * @param string $point_id Contact point id.
 * @return bool
 */
function frisklivs_widgets_user_has_point( $user_id, $point_id ) {
	return user_can( $user_id, FRISKLIVS_WIDGETS_ALL_POINTS_CAP ) || in_array( $point_id, frisklivs_widgets_assigned_points( $user_id ), true );
}

/**
 * A group coordinator may edit, delete, publish or read a group only when it belongs to one of their contact
 * points (or is their own new entry that has none yet).
 *
 * @param string[] $caps    The primitive capabilities required.
 * @param string   $cap     The capability asked for.
 * @param int      $user_id The user.
 * @param array    $args    The post id first.
 * @return string[]
 */
function frisklivs_widgets_map_meta_cap( $caps, $cap, $user_id, $args ) {
	if ( ! in_array( $cap, array( 'edit_post', 'delete_post', 'publish_post', 'read_post' ), true ) || empty( $args[0] ) ) {
		return $caps;
	}
	$post = get_post( (int) $args[0] );
	if ( ! $post || 'fl_group' !== $post->post_type || user_can( $user_id, FRISKLIVS_WIDGETS_ALL_POINTS_CAP ) ) {
		return $caps;
	}
	$point = (string) get_post_meta( $post->ID, FRISKLIVS_WIDGETS_META_POINT, true );
	if ( '' === $point ) {
		return (int) $post->post_author === (int) $user_id ? $caps : array( 'do_not_allow' );
	}
	return in_array( $point, frisklivs_widgets_assigned_points( $user_id ), true ) ? $caps : array( 'do_not_allow' );
}

/**
 * The group list shows a coordinator only the groups of their contact points.
 *
 * @param WP_Query $query The query.
 */
function frisklivs_widgets_filter_group_list( $query ) {
	if ( ! is_admin() || ! $query->is_main_query() || 'fl_group' !== $query->get( 'post_type' ) || current_user_can( FRISKLIVS_WIDGETS_ALL_POINTS_CAP ) ) {
		return;
	}
	$points = frisklivs_widgets_assigned_points( get_current_user_id() );
	$query->set(
		'meta_query',
		array(
			array(
				'key'     => FRISKLIVS_WIDGETS_META_POINT,
				'value'   => $points ? $points : array( '-' ),
				'compare' => 'IN',
			),
		)
	);
}

/**
 * The entry a post holds (post_content), or null.
 *
 * @param WP_Post|int $post The post.
 * @return array|null
 */
function frisklivs_widgets_post_entry( $post ) {
	$post = get_post( $post );
	if ( ! $post || '' === $post->post_content ) {
		return null;
	}
	$entry = json_decode( $post->post_content, true );
	return is_array( $entry ) ? $entry : null;
}

/**
 * How an entry is stored in post_content: JSON with < > & ' " escaped inside strings, so kses and the other
 * content filters leave it as it is.
 *
 * @param array $entry The entry.
 * @return string
 */
function frisklivs_widgets_encode_entry( array $entry ) {
	return (string) wp_json_encode( $entry, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
}

/**
 * The title an entry is listed under: its Bokmål title or name.
 *
 * @param string $type  Entry type.
 * @param array  $entry The entry.
 * @return string
 */
function frisklivs_widgets_entry_title( $type, array $entry ) {
	$text = 'group' === $type ? ( isset( $entry['title'] ) ? $entry['title'] : null ) : ( isset( $entry['name'] ) ? $entry['name'] : null );
	return is_array( $text ) && isset( $text['nb'] ) ? (string) $text['nb'] : '';
}

/**
 * After a save (from the form, an import or a restored revision): the meta used for queries follows the entry.
 *
 * @param int     $post_id The post.
 * @param WP_Post $post    The post.
 */
function frisklivs_widgets_sync_meta( $post_id, $post ) {
	if ( ! isset( frisklivs_widgets_post_types()[ $post->post_type ] ) ) {
		return;
	}
	$entry = frisklivs_widgets_post_entry( $post );
	if ( ! $entry ) {
		return;
	}
	update_post_meta( $post_id, FRISKLIVS_WIDGETS_META_ID, isset( $entry['id'] ) ? (string) $entry['id'] : '' );
	update_post_meta( $post_id, FRISKLIVS_WIDGETS_META_VERIFIED, isset( $entry['lastVerified'] ) ? (string) $entry['lastVerified'] : '' );
	if ( 'fl_group' === $post->post_type ) {
		update_post_meta( $post_id, FRISKLIVS_WIDGETS_META_POINT, isset( $entry['contactPoint'] ) ? (string) $entry['contactPoint'] : '' );
	}
}

/**
 * The post of the site's entry with a feed id, if any.
 *
 * @param string $post_type Post type.
 * @param string $id        Feed id.
 * @return int Post id or 0.
 */
function frisklivs_widgets_post_by_entry_id( $post_type, $id ) {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- one indexed lookup, on save only.
	return (int) $wpdb->get_var( $wpdb->prepare( "SELECT p.ID FROM $wpdb->posts p JOIN $wpdb->postmeta m ON m.post_id = p.ID AND m.meta_key = %s WHERE m.meta_value = %s AND p.post_type = %s AND p.post_status NOT IN ( 'trash', 'auto-draft', 'inherit' ) LIMIT 1", FRISKLIVS_WIDGETS_META_ID, $id, $post_type ) );
}

/**
 * The published entries of one post type, straight from the table (one query, also for 10 000 groups).
 *
 * @param string $post_type Post type.
 * @return array<int, array{ID: int, post_content: string, post_title: string}>
 */
function frisklivs_widgets_published_rows( $post_type ) {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- the feed build, once per change.
	return $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_title, post_content FROM $wpdb->posts WHERE post_type = %s AND post_status = 'publish' ORDER BY ID", $post_type ), ARRAY_A );
}

/**
 * The contact points a group can name: the site's and the upstream feed's, id => name.
 *
 * @return array<string, string>
 */
function frisklivs_widgets_contact_point_choices() {
	$choices  = array();
	$upstream = frisklivs_widgets_upstream();
	if ( ! empty( $upstream['feed']['contactPoints'] ) ) {
		foreach ( $upstream['feed']['contactPoints'] as $point ) {
			$choices[ $point['id'] ] = frisklivs_widgets_text( $point['name'] );
		}
	}
	foreach ( frisklivs_widgets_published_rows( 'fl_contact_point' ) as $row ) {
		$entry = json_decode( $row['post_content'], true );
		if ( is_array( $entry ) && isset( $entry['id'] ) ) {
			$choices[ (string) $entry['id'] ] = isset( $entry['name'] ) ? frisklivs_widgets_text( $entry['name'] ) : $row['post_title'];
		}
	}
	asort( $choices, SORT_NATURAL | SORT_FLAG_CASE );
	return $choices;
}

/**
 * The centres a contact point can belong to: the site's and the upstream feed's, id => name.
 *
 * @return array<string, string>
 */
function frisklivs_widgets_centre_choices() {
	$choices  = array();
	$upstream = frisklivs_widgets_upstream();
	if ( ! empty( $upstream['feed']['centres'] ) ) {
		foreach ( $upstream['feed']['centres'] as $centre ) {
			$choices[ $centre['id'] ] = frisklivs_widgets_text( $centre['name'] );
		}
	}
	foreach ( frisklivs_widgets_published_rows( 'fl_centre' ) as $row ) {
		$entry = json_decode( $row['post_content'], true );
		if ( is_array( $entry ) && isset( $entry['id'] ) ) {
			$choices[ (string) $entry['id'] ] = isset( $entry['name'] ) ? frisklivs_widgets_text( $entry['name'] ) : $row['post_title'];
		}
	}
	asort( $choices, SORT_NATURAL | SORT_FLAG_CASE );
	return $choices;
}

/**
 * The user profile: which contact points a group coordinator works for (set by an administrator).
 *
 * @param WP_User $user The user being edited.
 */
function frisklivs_widgets_user_fields( $user ) {
	if ( ! current_user_can( 'edit_users' ) || ! in_array( FRISKLIVS_WIDGETS_ROLE, (array) $user->roles, true ) ) {
		return;
	}
	$assigned = frisklivs_widgets_assigned_points( $user->ID );
	echo '<h2>' . esc_html__( 'Group coordinator', 'frisklivs-widgets' ) . '</h2>';
	echo '<table class="form-table" role="presentation"><tr><th scope="row">' . esc_html__( 'Contact points', 'frisklivs-widgets' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Contact points', 'frisklivs-widgets' ) . '</legend>';
	wp_nonce_field( 'frisklivs_user_points_' . $user->ID, 'frisklivs_user_points_nonce' );
	foreach ( frisklivs_widgets_contact_point_choices() as $id => $name ) {
		printf(
			'<label><input type="checkbox" name="frisklivs_contact_points[]" value="%1$s"%2$s> %3$s <code>%1$s</code></label><br>',
			esc_attr( $id ),
			checked( in_array( (string) $id, $assigned, true ), true, false ),
			esc_html( $name )
		);
	}
	echo '<p class="description">' . esc_html__( 'The coordinator creates and edits groups only for these contact points.', 'frisklivs-widgets' ) . '</p></fieldset></td></tr></table>';
}

/**
 * Saves the contact points assigned to a coordinator.
 *
 * @param int $user_id The user being saved.
 */
function frisklivs_widgets_save_user_fields( $user_id ) {
	if ( ! current_user_can( 'edit_users' ) || ! isset( $_POST['frisklivs_user_points_nonce'] ) ) {
		return;
	}
	check_admin_referer( 'frisklivs_user_points_' . $user_id, 'frisklivs_user_points_nonce' );
	$known  = frisklivs_widgets_contact_point_choices();
	$points = isset( $_POST['frisklivs_contact_points'] ) ? array_map( 'sanitize_text_field', (array) wp_unslash( $_POST['frisklivs_contact_points'] ) ) : array();
	update_user_meta( $user_id, FRISKLIVS_WIDGETS_ASSIGNED_META, array_values( array_intersect( $points, array_map( 'strval', array_keys( $known ) ) ) ) );
}
