// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The routes for choosing what to export (saved queries, catalogs → columns,
// search) and for finding projects (organizations → workspaces → projects).

#include "apiroutes.h"

#include <optional>

namespace peaka::demo {

// /organizations/..., /projects: Partner keys only. nullopt: not one of these paths.
std::optional<ApiAnswer> routeOrganization(const QStringList &segments, const QByteArray &method,
                                           const DemoKey &caller);
// The part after /data/projects/{projectId}/: queries (not their exports), catalogs, search.
std::optional<ApiAnswer> routeSources(const QStringList &rest, const QByteArray &method,
                                      const RecordedRequest &request);

} // namespace peaka::demo
