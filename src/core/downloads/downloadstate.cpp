// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloads/downloadstate.h"

#include <QCoreApplication>

namespace peaka {

QString downloadStateText(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return QCoreApplication::translate("peaka::DownloadState", "Queued");
    case DownloadState::Running: return QCoreApplication::translate("peaka::DownloadState", "Downloading");
    case DownloadState::Paused: return QCoreApplication::translate("peaka::DownloadState", "Paused");
    case DownloadState::RefreshingLink: return QCoreApplication::translate("peaka::DownloadState", "Refreshing link");
    case DownloadState::Verifying: return QCoreApplication::translate("peaka::DownloadState", "Verifying");
    case DownloadState::Decompressing: return QCoreApplication::translate("peaka::DownloadState", "Decompressing");
    case DownloadState::Done: return QCoreApplication::translate("peaka::DownloadState", "Done");
    case DownloadState::Failed: return QCoreApplication::translate("peaka::DownloadState", "Failed");
    case DownloadState::Cancelled: return QCoreApplication::translate("peaka::DownloadState", "Cancelled");
    }
    return {};
}

QString downloadStateKey(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return QStringLiteral("queued");
    case DownloadState::Running: return QStringLiteral("running");
    case DownloadState::Paused: return QStringLiteral("paused");
    case DownloadState::RefreshingLink: return QStringLiteral("refreshing-link");
    case DownloadState::Verifying: return QStringLiteral("verifying");
    case DownloadState::Decompressing: return QStringLiteral("decompressing");
    case DownloadState::Done: return QStringLiteral("done");
    case DownloadState::Failed: return QStringLiteral("failed");
    case DownloadState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

bool isFinalState(DownloadState state)
{
    return state == DownloadState::Done || state == DownloadState::Failed || state == DownloadState::Cancelled;
}

bool isActiveState(DownloadState state)
{
    return state == DownloadState::Running || state == DownloadState::RefreshingLink
        || state == DownloadState::Verifying || state == DownloadState::Decompressing;
}

} // namespace peaka
