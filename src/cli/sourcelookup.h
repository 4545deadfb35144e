// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names on the command line resolved to ids: a saved query by id, SQL name or
// display name; a catalog by id or name. Ambiguous: exit 1 listing the
// candidates with their ids and what tells them apart. No match: exit 5.

#include <QString>

#include <functional>

namespace peaka {
class SourceSession;
}

namespace peaka::cli {

class CliContext;

// The run's one session (its answers are cached while the command runs).
SourceSession *sourceSession(CliContext &ctx);
// A long decimal is an id as typed: it is sent without a lookup.
bool looksLikeId(const QString &text);
void resolveQueryArgument(CliContext &ctx, const QString &text, std::function<void(const QString &queryId)> then);
void resolveCatalogArgument(CliContext &ctx, const QString &text, std::function<void(const QString &catalogId)> then);

} // namespace peaka::cli
