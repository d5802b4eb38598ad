<?php
/**
 * Form widgets for the editor screens. Every field is named after the entry's own path (fl[schedule][endTime] for
 * schedule.endTime), so a problem the validator reports at $.schedule.endTime is shown next to that field.
 *
 * @package FrisklivsWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The value at a dotted path of nested arrays.
 *
 * @param mixed  $values Nested arrays.
 * @param string $key    "schedule.endTime".
 * @return mixed
 */
function frisklivs_widgets_get( $values, $key ) {
	foreach ( explode( '.', $key ) as $part ) {
		if ( ! is_array( $values ) || ! array_key_exists( $part, $values ) ) {
			return null;
		}
		$values = $values[ $part ];
	}
	return $values;
}

/**
 * The form name of a key: fl[schedule][endTime].
 *
 * @param string $key Dotted key.
 * @return string
 */
function frisklivs_widgets_field_name( $key ) {
	return 'fl[' . str_replace( '.', '][', $key ) . ']';
}

/**
 * The HTML id of a key.
 *
 * @param string $key Dotted key.
 * @return string
 */
function frisklivs_widgets_field_id( $key ) {
	return 'fl-' . str_replace( '.', '-', $key );
}

/**
 * The messages of a field, and the attributes that tie them to it.
 *
 * @param string $key    Dotted key.
 * @param array  $errors key => messages.
 * @param string $help   Id of a help text, or ''.
 * @return array{html: string, attrs: string}
 */
function frisklivs_widgets_field_errors( $key, array $errors, $help = '' ) {
	$ids = $help ? array( $help ) : array();
	$out = '';
	if ( ! empty( $errors[ $key ] ) ) {
		$id    = frisklivs_widgets_field_id( $key ) . '-error';
		$ids[] = $id;
		$out   = '<p class="fl-error" id="' . esc_attr( $id ) . '"><span class="dashicons dashicons-warning" aria-hidden="true"></span> ' . esc_html( implode( ' ', array_unique( $errors[ $key ] ) ) ) . '</p>';
	}
	$attrs = $ids ? ' aria-describedby="' . esc_attr( implode( ' ', $ids ) ) . '"' : '';
	if ( ! empty( $errors[ $key ] ) ) {
		$attrs .= ' aria-invalid="true"';
	}
	return array(
		'html'  => $out,
		'attrs' => $attrs,
	);
}

/**
 * " (required)" after a label or legend when the field is required, else nothing.
 *
 * @param array $options The field's options (required).
 */
function frisklivs_widgets_required_mark( array $options ) {
	return ! empty( $options['required'] ) ? ' <span class="fl-required">' . esc_html__( '(required)', 'frisklivs-widgets' ) . '</span>' : '';
}

/**
 * Opens a one-control field: its wrapper, marked invalid when the field has errors, and its label.
 *
 * @param string $key     Dotted key.
 * @param string $id      The control's id.
 * @param string $label   Label.
 * @param array  $errors  key => messages.
 * @param array  $options required.
 */
function frisklivs_widgets_field_start( $key, $id, $label, array $errors, array $options ) {
	echo '<div class="fl-field' . ( ! empty( $errors[ $key ] ) ? ' fl-invalid' : '' ) . '">';
	printf( '<label for="%1$s">%2$s%3$s</label>', esc_attr( $id ), esc_html( $label ), frisklivs_widgets_required_mark( $options ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the mark is escaped where it is made.
}

/**
 * Closes a one-control field: its help text and its error messages.
 *
 * @param string $help    The help text's id, or ''.
 * @param array  $options help.
 * @param array  $error   From frisklivs_widgets_field_errors().
 */
function frisklivs_widgets_field_end( $help, array $options, array $error ) {
	if ( $help ) {
		echo '<p class="description" id="' . esc_attr( $help ) . '">' . esc_html( $options['help'] ) . '</p>';
	}
	echo $error['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
	echo '</div>';
}

/**
 * A text input (also date, time, number, email, url, tel).
 *
 * @param string $key     Dotted key.
 * @param string $label   Label.
 * @param mixed  $values  The form's values.
 * @param array  $errors  key => messages.
 * @param array  $options type, help, required, list, class, attrs, readonly.
 */
function frisklivs_widgets_input( $key, $label, $values, array $errors, array $options = array() ) {
	$id    = frisklivs_widgets_field_id( $key );
	$help  = ! empty( $options['help'] ) ? $id . '-help' : '';
	$error = frisklivs_widgets_field_errors( $key, $errors, $help );
	$value = frisklivs_widgets_get( $values, $key );
	frisklivs_widgets_field_start( $key, $id, $label, $errors, $options );
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s"%6$s%7$s%8$s%9$s>',
		esc_attr( isset( $options['type'] ) ? $options['type'] : 'text' ),
		esc_attr( $id ),
		esc_attr( frisklivs_widgets_field_name( $key ) ),
		esc_attr( is_scalar( $value ) ? (string) $value : '' ),
		esc_attr( isset( $options['class'] ) ? $options['class'] : 'regular-text' ),
		! empty( $options['list'] ) ? ' list="' . esc_attr( $options['list'] ) . '"' : '',
		! empty( $options['required'] ) ? ' aria-required="true"' : '',
		$error['attrs'], // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
		isset( $options['attrs'] ) ? ' ' . $options['attrs'] : '' // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- fixed attribute strings from this file.
	);
	frisklivs_widgets_field_end( $help, $options, $error );
}

/**
 * A select.
 *
 * @param string $key     Dotted key.
 * @param string $label   Label.
 * @param array  $choices value => label.
 * @param mixed  $values  The form's values.
 * @param array  $errors  key => messages.
 * @param array  $options required, help, empty (label of an empty choice).
 */
function frisklivs_widgets_select( $key, $label, array $choices, $values, array $errors, array $options = array() ) {
	$id    = frisklivs_widgets_field_id( $key );
	$help  = ! empty( $options['help'] ) ? $id . '-help' : '';
	$error = frisklivs_widgets_field_errors( $key, $errors, $help );
	$value = (string) frisklivs_widgets_get( $values, $key );
	frisklivs_widgets_field_start( $key, $id, $label, $errors, $options );
	printf( '<select id="%1$s" name="%2$s"%3$s%4$s>', esc_attr( $id ), esc_attr( frisklivs_widgets_field_name( $key ) ), ! empty( $options['required'] ) ? ' aria-required="true"' : '', $error['attrs'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
	if ( isset( $options['empty'] ) ) {
		printf( '<option value="">%s</option>', esc_html( $options['empty'] ) );
	}
	if ( '' !== $value && ! isset( $choices[ $value ] ) ) {
		/* translators: %s: a value that is not among the choices */
		$choices = array( $value => sprintf( __( '%s (unknown)', 'frisklivs-widgets' ), $value ) ) + $choices;
	}
	foreach ( $choices as $choice => $text ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $value, (string) $choice, false ), esc_html( $text ) );
	}
	echo '</select>';
	frisklivs_widgets_field_end( $help, $options, $error );
}

/**
 * Radio buttons or checkboxes in a fieldset.
 *
 * @param string $key      Dotted key.
 * @param string $legend   Legend.
 * @param array  $choices  value => label.
 * @param mixed  $values   The form's values.
 * @param array  $errors   key => messages.
 * @param array  $options  multiple (checkboxes), required, help, inline.
 */
function frisklivs_widgets_choices( $key, $legend, array $choices, $values, array $errors, array $options = array() ) {
	$id       = frisklivs_widgets_field_id( $key );
	$help     = ! empty( $options['help'] ) ? $id . '-help' : '';
	$error    = frisklivs_widgets_field_errors( $key, $errors, $help );
	$multiple = ! empty( $options['multiple'] );
	$value    = frisklivs_widgets_get( $values, $key );
	$selected = $multiple ? array_map( 'strval', is_array( $value ) ? $value : array() ) : array( (string) $value );
	printf( '<fieldset class="fl-field fl-choices%1$s%2$s" id="%3$s"%4$s>', ! empty( $options['inline'] ) ? ' fl-inline' : '', ! empty( $errors[ $key ] ) ? ' fl-invalid' : '', esc_attr( $id ), $error['attrs'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
	printf(
		'<legend>%1$s%2$s</legend>',
		esc_html( $legend ),
		frisklivs_widgets_required_mark( $options )
	);
	if ( $multiple ) {
		// Sent even when every box is unticked, so "none" is a choice.
		printf( '<input type="hidden" name="%s" value="">', esc_attr( frisklivs_widgets_field_name( $key ) . '[]' ) );
	}
	$i = 0;
	foreach ( $choices as $choice => $text ) {
		printf(
			'<label class="fl-choice"><input type="%1$s" name="%2$s" value="%3$s" id="%4$s"%5$s> %6$s</label>',
			$multiple ? 'checkbox' : 'radio',
			esc_attr( frisklivs_widgets_field_name( $key ) . ( $multiple ? '[]' : '' ) ),
			esc_attr( $choice ),
			esc_attr( $id . '-' . $i ),
			checked( in_array( (string) $choice, $selected, true ), true, false ),
			esc_html( $text )
		);
		++$i;
	}
	if ( $help ) {
		echo '<p class="description" id="' . esc_attr( $help ) . '">' . esc_html( $options['help'] ) . '</p>';
	}
	echo $error['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
	echo '</fieldset>';
}

/**
 * A text in the six languages, one tab each: Bokmål required, the others optional and marked when missing.
 *
 * @param string $key      Dotted key of the LocalizedText.
 * @param string $legend   Legend.
 * @param mixed  $values   The form's values.
 * @param array  $errors   key => messages.
 * @param array  $options  required, multiline, help.
 */
function frisklivs_widgets_localized( $key, $legend, $values, array $errors, array $options = array() ) {
	$id       = frisklivs_widgets_field_id( $key );
	$required = ! empty( $options['required'] );
	$invalid  = false;
	foreach ( FRISKLIVS_WIDGETS_LOCALES as $lang ) {
		$invalid = $invalid || ! empty( $errors[ $key . '.' . $lang ] );
	}
	$invalid = $invalid || ! empty( $errors[ $key ] );
	printf( '<fieldset class="fl-field fl-localized%1$s" id="%2$s">', $invalid ? ' fl-invalid' : '', esc_attr( $id ) );
	printf( '<legend>%1$s%2$s</legend>', esc_html( $legend ), $required ? ' <span class="fl-required">' . esc_html__( '(Bokmål required)', 'frisklivs-widgets' ) . '</span>' : '' );
	if ( ! empty( $options['help'] ) ) {
		echo '<p class="description">' . esc_html( $options['help'] ) . '</p>';
	}
	if ( ! empty( $errors[ $key ] ) ) {
		echo '<p class="fl-error"><span class="dashicons dashicons-warning" aria-hidden="true"></span> ' . esc_html( implode( ' ', $errors[ $key ] ) ) . '</p>';
	}
	echo '<div class="fl-tabs" role="tablist" hidden>';
	foreach ( frisklivs_widgets_languages() as $lang => $name ) {
		$text    = frisklivs_widgets_get( $values, $key . '.' . $lang );
		$missing = '' === trim( (string) $text );
		printf(
			'<button type="button" role="tab" class="fl-tab%1$s" id="%2$s-tab-%3$s" aria-controls="%2$s-panel-%3$s" aria-selected="%4$s" tabindex="%5$s" lang="%3$s">%6$s</button>',
			$missing ? ' fl-missing' : '',
			esc_attr( $id ),
			esc_attr( $lang ),
			'nb' === $lang ? 'true' : 'false',
			'nb' === $lang ? '0' : '-1',
			esc_html( $name ) . ( $missing ? ' <span class="fl-missing-mark">' . ( 'nb' === $lang && $required ? esc_html__( '(required)', 'frisklivs-widgets' ) : esc_html__( '(missing)', 'frisklivs-widgets' ) ) . '</span>' : '' )
		);
	}
	echo '</div>';
	foreach ( frisklivs_widgets_languages() as $lang => $name ) {
		$field_key = $key . '.' . $lang;
		$error     = frisklivs_widgets_field_errors( $field_key, $errors );
		$text      = (string) frisklivs_widgets_get( $values, $field_key );
		printf( '<div class="fl-panel" role="tabpanel" id="%1$s-panel-%2$s" aria-labelledby="%1$s-tab-%2$s">', esc_attr( $id ), esc_attr( $lang ) );
		printf(
			'<label for="%1$s">%2$s%3$s</label>',
			esc_attr( frisklivs_widgets_field_id( $field_key ) ),
			esc_html( $legend . ' – ' . $name ),
			'nb' === $lang && $required ? ' <span class="fl-required">' . esc_html__( '(required)', 'frisklivs-widgets' ) . '</span>' : ( '' === trim( $text ) ? ' <span class="fl-missing-mark">' . esc_html__( '(missing)', 'frisklivs-widgets' ) . '</span>' : '' )
		);
		if ( ! empty( $options['multiline'] ) ) {
			printf(
				'<textarea id="%1$s" name="%2$s" rows="4" class="large-text" lang="%3$s"%4$s%5$s>%6$s</textarea>',
				esc_attr( frisklivs_widgets_field_id( $field_key ) ),
				esc_attr( frisklivs_widgets_field_name( $field_key ) ),
				esc_attr( $lang ),
				'nb' === $lang && $required ? ' aria-required="true"' : '',
				$error['attrs'], // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
				esc_textarea( $text )
			);
		} else {
			printf(
				'<input type="text" id="%1$s" name="%2$s" value="%3$s" class="large-text" lang="%4$s"%5$s%6$s>',
				esc_attr( frisklivs_widgets_field_id( $field_key ) ),
				esc_attr( frisklivs_widgets_field_name( $field_key ) ),
				esc_attr( $text ),
				esc_attr( $lang ),
				'nb' === $lang && $required ? ' aria-required="true"' : '',
				$error['attrs'] // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
			);
		}
		echo $error['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in frisklivs_widgets_field_errors.
		echo '</div>';
	}
	echo '</fieldset>';
}

/**
 * The weekdays, Monday first, in the admin's language.
 *
 * @return array<string, string>
 */
function frisklivs_widgets_weekday_names() {
	return array(
		'MO' => __( 'Monday', 'frisklivs-widgets' ),
		'TU' => __( 'Tuesday', 'frisklivs-widgets' ),
		'WE' => __( 'Wednesday', 'frisklivs-widgets' ),
		'TH' => __( 'Thursday', 'frisklivs-widgets' ),
		'FR' => __( 'Friday', 'frisklivs-widgets' ),
		'SA' => __( 'Saturday', 'frisklivs-widgets' ),
		'SU' => __( 'Sunday', 'frisklivs-widgets' ),
	);
}

/**
 * The datalist of every municipality by its names and number, for the municipality pickers.
 */
function frisklivs_widgets_municipality_datalist() {
	echo '<datalist id="fl-municipalities">';
	foreach ( frisklivs_widgets_municipalities() as $municipality ) {
		printf( '<option value="%s"></option>', esc_attr( frisklivs_widgets_municipality_label( $municipality ) ) );
	}
	echo '</datalist>';
}
