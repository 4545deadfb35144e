// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace peaka::gui {

// Where the downloads of each connection go: the connection's own folder,
// else the one the user chose before (QSettings, per connection name), else
// the user is asked once. Asking goes through a seam so tests answer at once.
class DownloadFolders final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &folder)>;
    // Asks for a folder for `connectionName`; calls `done` later (or at once) with
    // the chosen absolute path, or an empty string when the user cancelled.
    using Asker = std::function<void(const QString &connectionName, Done done)>;

    explicit DownloadFolders(QWidget *dialogParent, QObject *parent = nullptr);

    void setAsker(Asker asker) { m_asker = std::move(asker); }
    int askCount() const { return m_asks; }

    // The folder known without asking: `preset` (the connection's own) wins.
    QString known(const QString &connectionName, const QString &preset = {}) const;
    // Runs `use` with the folder, asking first when none is known. A cancelled
    // question drops the waiting requests.
    void withFolder(const QString &connectionName, const QString &preset, Done use);
    void remember(const QString &connectionName, const QString &folder);
    void forget(const QString &connectionName);

private:
    static QString settingsKey(const QString &connectionName);
    void ask(const QString &connectionName);
    void answered(const QString &connectionName, const QString &folder);
    void askWithDialog(const QString &connectionName, Done done);

    QPointer<QWidget> m_dialogParent;
    Asker m_asker;
    struct Waiting
    {
        QString connection;
        Done use;
    };
    QList<Waiting> m_waiting;
    QString m_asking;   // the connection asked about now
    bool m_isAsking = false;
    int m_asks = 0;
};

} // namespace peaka::gui
