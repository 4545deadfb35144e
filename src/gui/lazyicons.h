// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

#include <functional>

class QAbstractButton;
class QWidget;

namespace peaka::gui {

// A style's standard icon is a lookup in the icon theme: about 2 ms each, the
// first one ~10 ms (the theme's index is read). Widgets hidden at start get
// theirs when first shown, so that none of it comes before the first paint.

// Runs `run` once, when `widget` is first shown (before it is painted), or
// now when it is visible already.
void whenFirstShown(QWidget *widget, std::function<void()> run);
// `button` gets the standard icon `pixmap` of its style when first shown.
void setStandardIconWhenShown(QAbstractButton *button, QStyle::StandardPixmap pixmap);

// An icon that is not null and is made by `make` only when first drawn or
// measured (pixmap, paint, sizes, name); copies share the one made.
QIcon deferredIcon(std::function<QIcon()> make);
// uiIcon(name) as a deferred icon: for widgets hidden at start (each SVG is
// parsed when the icon is set, about 0.25 M instructions, the first one also
// loads Qt's SVG icon engine).
QIcon deferredUiIcon(const char *name);
// Sets the application's window icon from the first of `paths` that exists,
// in the next pass of the event loop: the window manager's icon is no part of
// the window's first frame, and an SVG one costs a parse and four renderings
// (16 to 128 px) when the window is created (about 5 M instructions).
void setWindowIconSoon(const QStringList &paths);
// How many deferred icons have been made so far (for tests).
int deferredIconsMade();

// Makes the application's style one whose toolbar extension ("»") icons are
// deferred icons. Every QToolBar builds its extension button in its
// constructor, hidden unless the bar overflows, and the style's icon for it is
// a PNG whose reading makes Qt load and probe every image-format plugin (ten
// dlopen()s, a third of the window's own start-up work). Call once, before the
// first widget; the style is otherwise the platform's (or -style's) own.
void deferToolBarExtensionIcons();

} // namespace peaka::gui
