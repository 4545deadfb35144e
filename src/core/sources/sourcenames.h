// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportsourceref.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace peaka {

class SourceSession;

// The name people know a source by, for Run again, the detail pane and Open
// by ID: a saved query's display name, or "catalog › schema › table" with the
// catalog's display name. Looked up in the connection's SourceSession (its
// cached lists: one request per list and session). `name` stays empty when
// the lookup fails or the source is not listed: show the ids then.
struct SourceName
{
    Q_DECLARE_TR_FUNCTIONS(peaka::SourceName)
public:
    QString name;   // "Monthly revenue", "Stripe › public › charges"; empty: unknown
    QString ids;    // "query 709922802836177297", "catalog 367189801096446904 · public · charges"
    bool known() const { return !name.isEmpty(); }

    // `done` is called once, on the event loop, unless `context` is gone.
    static void lookUp(SourceSession *session, const QString &projectId, const ExportSourceRef &source,
                       QObject *context, std::function<void(const SourceName &)> done);
    // The ids alone (what is shown before or without a name).
    static QString idsOf(const ExportSourceRef &source);
};

} // namespace peaka
