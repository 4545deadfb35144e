// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadfolders.h"

#include "askonce.h"
#include "settingskeys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

QString DownloadFolders::settingsKey(const QString &connectionIdOrName)
{
    // Percent-encoded: a name may hold '/' or '\', which QSettings reads as groups.
    return SettingsKeys::downloadFolderGroup()
        + QString::fromLatin1(QUrl::toPercentEncoding(connectionIdOrName.isEmpty() ? QStringLiteral("-")
                                                                                   : connectionIdOrName));
}

QString DownloadFolders::known(const QString &connectionId, const QString &name, const QString &preset) const
{
    if (!preset.isEmpty())
        return preset;
    QSettings settings;
    QString folder = settings.value(settingsKey(connectionId)).toString();
    if (folder.isEmpty() && !name.isEmpty() && name != connectionId) {
        // Remembered by name before folders were kept per connection id: move it.
        folder = settings.value(settingsKey(name)).toString();
        if (!folder.isEmpty()) {
            settings.setValue(settingsKey(connectionId), folder);
            settings.remove(settingsKey(name));
        }
    }
    return folder;
}

void DownloadFolders::remember(const QString &connectionId, const QString &folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QSettings settings;
    settings.setValue(settingsKey(connectionId), clean);
    settings.setValue(SettingsKeys::downloadsLastFolder(), clean);
}

QString DownloadFolders::startFolder()
{
    // Never the process's working directory: the last folder used, else the
    // system's Downloads folder when it exists, else home.
    const QString last = QSettings().value(SettingsKeys::downloadsLastFolder()).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QFileInfo(downloads).isDir())
        return downloads;
    return QDir::homePath();
}

void DownloadFolders::forget(const QString &connectionId)
{
    QSettings().remove(settingsKey(connectionId));
}

void DownloadFolders::withFolder(const QString &connectionId, const QString &name, const QString &preset, Done use)
{
    const QString folder = known(connectionId, name, preset);
    if (!folder.isEmpty()) {
        use(folder);
        return;
    }
    m_waiting.append({connectionId, name, std::move(use)});
    if (!m_isAsking)
        ask(connectionId, name);
}

void DownloadFolders::ask(const QString &connectionId, const QString &name)
{
    m_isAsking = true;
    ++m_asks;
    QPointer<DownloadFolders> self(this);
    m_asker(name, [self, connectionId](const QString &folder) {
        if (self)
            self->answered(connectionId, folder);
    });
}

void DownloadFolders::answered(const QString &connectionId, const QString &folder)
{
    m_isAsking = false;
    if (!folder.isEmpty())
        remember(connectionId, folder);
    QList<Waiting> now;
    QList<Waiting> later;
    for (Waiting &w : m_waiting)
        (w.connection == connectionId ? now : later).append(std::move(w));
    m_waiting = later;
    if (!folder.isEmpty()) {
        const QString clean = known(connectionId, {});
        for (const Waiting &w : now)
            w.use(clean);
    }
    if (!m_waiting.isEmpty() && !m_isAsking)
        ask(m_waiting.constFirst().connection, m_waiting.constFirst().name);
}

void DownloadFolders::askWithDialog(const QString &connectionName, Done done)
{
    auto *dialog = new QFileDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("downloadFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setWindowTitle(tr("Download Folder for %1", "title: connection name").arg(connectionName));
    dialog->setAccessibleName(tr("Choose the download folder"));
    dialog->setLabelText(QFileDialog::Accept, tr("Use This Folder"));
    dialog->setDirectory(startFolder());
    const Done answer = AskOnce::once(std::move(done));
    connect(dialog, &QFileDialog::fileSelected, this, [answer](const QString &path) { answer(path); });
    AskOnce::open(dialog, answer, QString());
}

} // namespace peaka::gui
