// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadstate.h"

#include <QCoreApplication>

namespace peaka {

QString downloadStateText(DownloadState state)
{
    const char *ctx = "peaka::DownloadState";
    switch (state) {
    case DownloadState::Queued: return QCoreApplication::translate(ctx, "Queued");
    case DownloadState::Running: return QCoreApplication::translate(ctx, "Downloading");
    case DownloadState::Paused: return QCoreApplication::translate(ctx, "Paused");
    case DownloadState::RefreshingLink: return QCoreApplication::translate(ctx, "Refreshing link");
    case DownloadState::Verifying: return QCoreApplication::translate(ctx, "Verifying");
    case DownloadState::Decompressing: return QCoreApplication::translate(ctx, "Decompressing");
    case DownloadState::Done: return QCoreApplication::translate(ctx, "Done");
    case DownloadState::Failed: return QCoreApplication::translate(ctx, "Failed");
    case DownloadState::Cancelled: return QCoreApplication::translate(ctx, "Cancelled");
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
