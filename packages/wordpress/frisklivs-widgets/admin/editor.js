/* global document */
/* The language tabs of the editor screens: one text field per language, shown one at a time. Without this script
   every language's field is shown, one below the other. */
(function () {
	'use strict';
	document.querySelectorAll('.fl-localized').forEach(function (group) {
		var list = group.querySelector('.fl-tabs');
		if (!list) {
			return;
		}
		var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
		var show = function (tab, focus) {
			tabs.forEach(function (other) {
				var selected = other === tab;
				other.setAttribute('aria-selected', selected ? 'true' : 'false');
				other.tabIndex = selected ? 0 : -1;
				document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
			});
			if (focus) {
				tab.focus();
			}
		};
		list.hidden = false;
		// Open the first language with an error, else Bokmål.
		var first = tabs[0];
		tabs.forEach(function (tab) {
			var panel = document.getElementById(tab.getAttribute('aria-controls'));
			if (first === tabs[0] && panel.querySelector('[aria-invalid="true"]')) {
				first = tab;
			}
			var field = panel.querySelector('input, textarea');
			field.addEventListener('input', function () {
				var missing = field.value.trim() === '';
				var mark = tab.querySelector('.fl-missing-mark');
				if (mark) {
					mark.hidden = !missing;
				}
			});
		});
		show(first, false);
		tabs.forEach(function (tab, index) {
			tab.addEventListener('click', function () {
				show(tab, false);
			});
			tab.addEventListener('keydown', function (event) {
				var next = null;
				if (event.key === 'ArrowRight') {
					next = tabs[(index + 1) % tabs.length];
				} else if (event.key === 'ArrowLeft') {
					next = tabs[(index + tabs.length - 1) % tabs.length];
				} else if (event.key === 'Home') {
					next = tabs[0];
				} else if (event.key === 'End') {
					next = tabs[tabs.length - 1];
				}
				if (next) {
					event.preventDefault();
					show(next, true);
				}
			});
		});
	});
	// After a refused save, the list of problems gets the focus, so a screen reader reads it first.
	var refused = document.getElementById('fl-refused');
	if (refused) {
		refused.focus();
	}
})();
