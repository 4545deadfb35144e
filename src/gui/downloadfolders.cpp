// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadfolders.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <memory>
#include <utility>

namespace peaka::gui {

DownloadFolders::DownloadFolders(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    m_asker = [this](const QString &name, Done done) { askWithDialog(name, std::move(done)); };
}

QString DownloadFolders::settingsKey(const QString &connectionName)
{
    // Percent-encoded: a connection name may hold '/' or '\', which QSettings reads as groups.
    return QStringLiteral("downloads/folders/")
        + QString::fromLatin1(QUrl::toPercentEncoding(connectionName.isEmpty() ? QStringLiteral("-") : connectionName));
}

QString DownloadFolders::known(const QString &connectionName, const QString &preset) const
{
    if (!preset.isEmpty())
        return preset;
    return QSettings().value(settingsKey(connectionName)).toString();
}

void DownloadFolders::remember(const QString &connectionName, const QString &folder)
{
    QSettings().setValue(settingsKey(connectionName), QDir::cleanPath(QDir(folder).absolutePath()));
}

void DownloadFolders::forget(const QString &connectionName)
{
    QSettings().remove(settingsKey(connectionName));
}

void DownloadFolders::withFolder(const QString &connectionName, const QString &preset, Done use)
{
    const QString folder = known(connectionName, preset);
    if (!folder.isEmpty()) {
        use(folder);
        return;
    }
    m_waiting.append({connectionName, std::move(use)});
    if (!m_isAsking)
        ask(connectionName);
}

void DownloadFolders::ask(const QString &connectionName)
{
    m_isAsking = true;
    m_asking = connectionName;
    ++m_asks;
    QPointer<DownloadFolders> self(this);
    m_asker(connectionName, [self, connectionName](const QString &folder) {
        if (self)
            self->answered(connectionName, folder);
    });
}

void DownloadFolders::answered(const QString &connectionName, const QString &folder)
{
    m_isAsking = false;
    if (!folder.isEmpty())
        remember(connectionName, folder);
    QList<Waiting> now;
    QList<Waiting> later;
    for (Waiting &w : m_waiting)
        (w.connection == connectionName ? now : later).append(std::move(w));
    m_waiting = later;
    if (!folder.isEmpty()) {
        const QString clean = known(connectionName);
        for (const Waiting &w : now)
            w.use(clean);
    }
    if (!m_waiting.isEmpty() && !m_isAsking)
        ask(m_waiting.constFirst().connection);
}

void DownloadFolders::askWithDialog(const QString &connectionName, Done done)
{
    auto *dialog = new QFileDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("downloadFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setWindowTitle(tr("Download Folder for %1", "title: connection name").arg(connectionName));
    dialog->setAccessibleName(tr("Choose the download folder"));
    dialog->setLabelText(QFileDialog::Accept, tr("Use This Folder"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    auto shared = std::make_shared<Done>(std::move(done));
    connect(dialog, &QFileDialog::fileSelected, this, [shared](const QString &path) {
        if (*shared)
            std::exchange(*shared, Done())(path);
    });
    connect(dialog, &QDialog::finished, this, [shared] {
        if (*shared)
            std::exchange(*shared, Done())(QString());
    });
    dialog->open();
}

} // namespace peaka::gui
