// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/connectiontester.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace peaka {
class PeakaClient;
}

namespace peaka::gui {

// "Test connection" of the profile dialog: the button, a summary that wraps
// under it, and one line per project. A test lists the exports of every
// project, then asks for the projects list once: a Project key gets 403
// there, which is the only way to tell the two kinds of key apart.
// Children: "testButton", "testStatusLabel", "testResultsList".
class ConnectionTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Tests with a configured client (base URL and key set), which the panel
    // owns from now on and deletes when the test ends.
    void start(PeakaClient *client, const QStringList &projectIds);
    // Ends a running test silently and clears the results.
    void clear();
    // A sentence instead of a test (nothing to test yet, the keychain said no, ...).
    void setStatus(const QString &sentence);
    // The button is disabled while a key is read for a test.
    void setWaiting(bool waiting);
    bool isRunning() const;

    QPushButton *button() const { return m_button; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *resultsList() const { return m_results; }

signals:
    void testRequested();
    // The projects list answered (None: listed; Forbidden: a Project key).
    void kindProbed(const peaka::ApiError &answer);
    void finished(const QList<peaka::ProjectCheck> &checks);

private:
    void showCheck(const ProjectCheck &check);
    void probeKind(const QList<ProjectCheck> &checks);
    void end(const QList<ProjectCheck> &checks);

    QPushButton *m_button;
    QLabel *m_status;
    QListWidget *m_results;
    ConnectionTester *m_tester;
    QPointer<PeakaClient> m_client;
    quint64 m_generation = 0;
};

} // namespace peaka::gui
