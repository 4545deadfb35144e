// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace peaka::gui
