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
// else the one the user chose before (QSettings, per connection id, so a
// rename keeps it), else the user is asked once. Asking goes through a seam
// so tests answer at once.
class DownloadFolders final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &folder)>;
    // Asks for a folder for the connection called `connectionName`; calls
    // `done` later (or at once) with the chosen absolute path, or an empty
    // string when the user cancelled.
    using Asker = std::function<void(const QString &connectionName, Done done)>;

    explicit DownloadFolders(QWidget *dialogParent, QObject *parent = nullptr);

    void setAsker(Asker asker) { m_asker = std::move(asker); }
    int askCount() const { return m_asks; }

    // The folder known without asking: `preset` (the connection's own) wins.
    // `name` finds a folder remembered by an older version under the name
    // (it is moved to the id).
    QString known(const QString &connectionId, const QString &name, const QString &preset = {}) const;
    // Runs `use` with the folder, asking first when none is known. A cancelled
    // question drops the waiting requests.
    void withFolder(const QString &connectionId, const QString &name, const QString &preset, Done use);
    void remember(const QString &connectionId, const QString &folder);
    void forget(const QString &connectionId);
    // Where the folder dialog opens: the last folder used, else Downloads, else home.
    static QString startFolder();

private:
    static QString settingsKey(const QString &connectionIdOrName);
    void ask(const QString &connectionId, const QString &name);
    void answered(const QString &connectionId, const QString &folder);
    void askWithDialog(const QString &connectionName, Done done);

    QPointer<QWidget> m_dialogParent;
    Asker m_asker;
    struct Waiting
    {
        QString connection; // id
        QString name;
        Done use;
    };
    QList<Waiting> m_waiting;
    bool m_isAsking = false;
    int m_asks = 0;
};

} // namespace peaka::gui
