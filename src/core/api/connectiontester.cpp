// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/connectiontester.h"

#include "api/exportrequests.h"
#include "api/peakaclient.h"

#include <QLoggingCategory>
#include <QTimer>

namespace peaka {

Q_LOGGING_CATEGORY(lcConnectionTest, "peaka.connectiontest")

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<peaka::ProjectCheck>();
    qRegisterMetaType<QList<peaka::ProjectCheck>>();
}

ConnectionTester::~ConnectionTester()
{
    abort();
}

void ConnectionTester::start(PeakaClient *client, const QStringList &projectIds)
{
    abort();
    m_client = client;
    m_results.clear();
    m_pending.clear();
    for (const QString &id : projectIds) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !m_pending.contains(trimmed))
            m_pending << trimmed;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    // Always asynchronous, so callers can connect after start().
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running)
            next();
    });
}

void ConnectionTester::abort()
{
    ++m_generation;
    m_running = false;
    m_pending.clear();
    if (m_request) {
        m_request->abort();
        m_request.clear();
    }
}

void ConnectionTester::next()
{
    if (m_pending.isEmpty() || !m_client) {
        finish();
        return;
    }
    const QString projectId = m_pending.takeFirst();
    qCDebug(lcConnectionTest) << "testing project" << projectId;
    m_request = m_client->listExports(projectId);
    const quint64 generation = m_generation;
    connect(m_request, &ListExportsRequest::finished, this,
            [this, projectId, generation](const ExportListResult &result) {
                if (generation != m_generation)
                    return;
                m_request.clear();
                ProjectCheck check;
                check.projectId = projectId;
                check.error = result.error;
                check.exportCount = result.ok() ? int(result.value.size()) : 0;
                check.sentence = sentenceFor(projectId, check.error, check.exportCount);
                qCInfo(lcConnectionTest) << "project" << projectId << "->"
                                         << (check.ok() ? QStringLiteral("ok") : check.error.kindName());
                m_results << check;
                emit projectChecked(check);
                if (generation == m_generation)
                    next();
            });
}

void ConnectionTester::finish()
{
    m_running = false;
    emit finished(m_results);
}

QString ConnectionTester::sentenceFor(const QString &projectId, const ApiError &error, int exportCount)
{
    switch (error.kind()) {
    case ApiError::None:
        return tr("Project %1: connected, %n export(s) listed.", nullptr, exportCount).arg(projectId);
    case ApiError::Unauthorized:
        return tr("Project %1: the key was rejected (HTTP 401). Check that you pasted the whole "
                  "key and that it has not been revoked.")
            .arg(projectId);
    case ApiError::Forbidden:
        return tr("Project %1: this key has no access to project %1 (a Project key sees only "
                  "its own project). Use a Partner key or that project's own key.")
            .arg(projectId);
    case ApiError::NotFound:
        return tr("Project %1: no such project (HTTP 404). Check the project id and the base URL.")
            .arg(projectId);
    case ApiError::Network:
    case ApiError::Timeout:
    case ApiError::Tls:
    case ApiError::InvalidInput:
    case ApiError::BadRequest:
    case ApiError::RateLimited:
    case ApiError::Server:
    case ApiError::BadResponse:
        break;
    }
    return tr("Project %1: %2").arg(projectId, error.message());
}

} // namespace peaka
