// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/exportjob.h"

#include <QWidget>

class QVBoxLayout;

namespace peaka::gui {

// The files of an export as links with their sizes. Enter or a click
// activates a file; the context menu offers "Copy link" and "Open in browser".
// The view never opens anything itself: the owner decides (and renews
// expired links first).
class FileLinksView final : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Activate, CopyLink, OpenInBrowser };
    Q_ENUM(Action)

    explicit FileLinksView(QWidget *parent = nullptr);

    void setFiles(const QList<ExportFile> &files);
    QList<ExportFile> files() const { return m_files; }
    // The link labels in the order shown (the pane chains them for Tab).
    QList<QWidget *> tabStops() const { return m_links; }

Q_SIGNALS:
    void actionRequested(peaka::gui::FileLinksView::Action action, const peaka::ExportFile &file);

private:
    void showMenu(int index, const QPoint &globalPos);

    QVBoxLayout *m_layout;
    QList<ExportFile> m_files;
    QList<QWidget *> m_links;
};

} // namespace peaka::gui
