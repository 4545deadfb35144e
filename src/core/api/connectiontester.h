// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace peaka {

class PeakaClient;
class ListExportsRequest;

// The outcome of "Test connection" for one project.
struct ProjectCheck
{
    QString projectId;
    ApiError error;      // None when the project could be listed
    int exportCount = 0; // rows listed, when ok
    QString sentence;    // what a person reads: "Project X: connected …" or what is wrong

    bool ok() const { return !error.isError(); }
};

// "Test connection": runs List Exports for each project id with a configured
// PeakaClient (base URL and key set) and turns each outcome into a sentence.
// The projects are checked one after another; every check is reported as it
// ends, then finished() comes once with all of them. Never logs the key.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // client is not owned and must outlive the test (or abort() first).
    // An empty list finishes at once (asynchronously) with no checks.
    void start(PeakaClient *client, const QStringList &projectIds);
    // Stops a running test; no further signals.
    void abort();
    bool isRunning() const { return m_running; }
    QList<ProjectCheck> results() const { return m_results; }

    // The sentence for one project's outcome. 401: the key was rejected;
    // 403: no access to this project (a Project key sees only its own project);
    // 404: no such project; network, TLS and timeout errors name the host.
    static QString sentenceFor(const QString &projectId, const ApiError &error, int exportCount = 0);

signals:
    void projectChecked(const peaka::ProjectCheck &check);
    void finished(const QList<peaka::ProjectCheck> &checks);

private:
    void next();
    void finish();

    QPointer<PeakaClient> m_client;
    QPointer<ListExportsRequest> m_request;
    QStringList m_pending;
    QList<ProjectCheck> m_results;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace peaka

Q_DECLARE_METATYPE(peaka::ProjectCheck)
