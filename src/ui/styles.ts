/**
 * The widget's stylesheets as text, for `adoptStyles`. The CSS lives in ./css/ and Vite
 * inlines each file minified (`?inline`), `@import`s resolved, so the chunks carry no
 * whitespace or comments of it.
 */
import dialog from './css/dialog.css?inline';
import firstLayer from './css/first-layer.css?inline';
import placeholder from './css/placeholder.css?inline';

/** The first layer's styles (the banner, and what every part of the widget shares): themable through `--consentry-*`. */
export const styles: string = firstLayer;

/** The preferences dialog's styles, adopted with the preferences chunk on top of `styles`. */
export const dialogStyles: string = dialog;

/** Styles of an embed placeholder, in the placeholder's own shadow root. */
export const placeholderStyles: string = placeholder;
