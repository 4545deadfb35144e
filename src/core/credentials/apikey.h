// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace peaka {

// Helpers for Peaka API keys ("PREFIX.SECRET"). Only the public prefix is ever
// shown or compared; the secret never leaves memory and the keychain.
namespace ApiKey {

// The public part before the first dot, or an empty string when the key has none.
QString publicPrefix(const QString &key);

// "hBWIQxjc.••••" for display; "••••" when the key has no prefix.
QString masked(const QString &key);

// A plausible key: non-empty, no whitespace or control characters.
bool looksValid(const QString &key);

} // namespace ApiKey
} // namespace peaka
