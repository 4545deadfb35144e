// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelinksview.h"

#include "exports/exportformat.h"
#include "statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>

namespace peaka::gui {
namespace {

// A file name has no spaces; a zero-width space after each - _ . lets it wrap
// there in a narrow pane. Shown only (links are not selectable text); the
// accessible name, the tooltip and every action keep the real name.
QString breakableName(const QString &name)
{
    QString out;
    out.reserve(name.size() + name.size() / 4);
    for (const QChar c : name) {
        out += c;
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += QChar(0x200B);
    }
    return out;
}

} // namespace

FileLinksView::FileLinksView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void FileLinksView::setFiles(const QList<ExportFile> &files)
{
    if (files == m_files)
        return;
    m_files = files;
    m_links.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (int i = 0; i < files.size(); ++i) {
        const ExportFile &file = files.at(i);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(uiIcon("file").pixmap(16, 16));
        auto *link = new QLabel(row);
        link->setObjectName(QStringLiteral("fileLink_%1").arg(i));
        link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(breakableName(file.name).toHtmlEscaped()));
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setFocusPolicy(Qt::StrongFocus);
        link->setAccessibleName(tr("Download %1").arg(file.name));
        link->setToolTip(tr("Click to download. Right-click to copy the link."));
        link->setContextMenuPolicy(Qt::CustomContextMenu);
        link->setWordWrap(true);
        m_links.append(link);
        auto *size = new QLabel(file.bytes ? ExportFormat::size(*file.bytes) : QString(), row);
        size->setObjectName(QStringLiteral("fileSize_%1").arg(i));
        size->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addWidget(icon);
        rowLayout->addWidget(link, 1);
        rowLayout->addWidget(size);
        m_layout->addWidget(row);
        connect(link, &QLabel::linkActivated, this,
                [this, i] { Q_EMIT actionRequested(Action::Activate, m_files.value(i)); });
        connect(link, &QWidget::customContextMenuRequested, this,
                [this, i, link](const QPoint &pos) { showMenu(i, link->mapToGlobal(pos)); });
    }
}

void FileLinksView::showMenu(int index, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("fileLinkMenu"));
    menu->addAction(uiIcon("copy"), tr("Copy link"), this, [this, index] {
        Q_EMIT actionRequested(Action::CopyLink, m_files.value(index));
    });
    menu->addAction(uiIcon("open"), tr("Open in browser"), this, [this, index] {
        Q_EMIT actionRequested(Action::OpenInBrowser, m_files.value(index));
    });
    menu->popup(globalPos);
}

} // namespace peaka::gui
