// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace peaka {

// Text from a server (an error message, an S3 <Message>) made fit to show to
// people: tags and comments removed, whitespace runs collapsed, control,
// format (bidi, zero-width) and lone surrogate characters dropped, and at most
// `maxChars` UTF-16 units (ending in "…" when cut, never inside a surrogate
// pair). Text that still looks like markup after that (a broken tag such as
// "<body" or "x<") is not a sentence: the result is empty.
QString textForPeople(const QString &raw, int maxChars = 300);

// True when `text` holds something textForPeople() would remove: a tag, the
// start of one, a control or format character, or a lone surrogate.
bool hasMarkupOrControls(const QString &text);

} // namespace peaka
