// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names people type, resolved to the one thing they mean: an exact id wins;
// otherwise every case-insensitive match of a name counts, and more than one
// match is ambiguous (never guessed).

#include "sources/sourcetypes.h"

namespace peaka {

template<typename T>
struct NameMatch
{
    enum Outcome { Unique, Ambiguous, NoMatch };
    Outcome outcome = NoMatch;
    T value;             // Unique
    QList<T> candidates; // Ambiguous: every match, in the server's order
};

// A saved query by id, SQL name or display name.
NameMatch<SavedQuery> resolveQuery(const QList<SavedQuery> &queries, const QString &text);
// A catalog by id, name or display name.
NameMatch<Catalog> resolveCatalog(const QList<Catalog> &catalogs, const QString &text);

} // namespace peaka
