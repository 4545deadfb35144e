// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicons.h"

#include "lazyicons.h"

#include <QHash>

static void peakaInitGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace peaka::gui {

void initResources()
{
    static const bool done = [] {
        peakaInitGuiResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon uiIcon(const char *name)
{
    initResources();
    return QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(name)));
}

QIcon statusIcon(ExportStatus::Code code)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(code);
    if (it != cache.cend())
        return *it;
    const char *name = "status-unknown";
    switch (code) {
    case ExportStatus::Pending: name = "status-pending"; break;
    case ExportStatus::Running: name = "status-running"; break;
    case ExportStatus::Succeeded: name = "status-succeeded"; break;
    case ExportStatus::Failed: name = "status-failed"; break;
    case ExportStatus::Cancelled: name = "status-cancelled"; break;
    case ExportStatus::Expired: name = "status-expired"; break;
    case ExportStatus::Unknown: break;
    }
    // Made when first drawn (a table row, the filter menu): none is at start.
    const QIcon icon = deferredUiIcon(name);
    cache.insert(code, icon);
    return icon;
}

QColor statusColor(ExportStatus::Code code)
{
    switch (code) {
    case ExportStatus::Pending: return QColor(0x6c, 0x7a, 0x89);
    case ExportStatus::Running: return QColor(0x2f, 0x80, 0xed);
    case ExportStatus::Succeeded: return QColor(0x27, 0xae, 0x60);
    case ExportStatus::Failed: return QColor(0xd6, 0x45, 0x45);
    case ExportStatus::Cancelled: return QColor(0x8a, 0x8f, 0x98);
    case ExportStatus::Expired: return QColor(0xc9, 0x8a, 0x1b);
    case ExportStatus::Unknown: break;
    }
    return QColor(0x8e, 0x6b, 0xbf);
}

} // namespace peaka::gui
