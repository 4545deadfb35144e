// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialjob.h"

#include <QMetaObject>

namespace peaka {

CredentialJob::CredentialJob(CredentialResult::Operation operation, const QString &profileId,
                             QObject *parent)
    : QObject(parent), m_operation(operation), m_profileId(profileId)
{
}

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_result = result;
    if (m_operation != CredentialResult::Operation::Read)
        m_result.key.clear();
    QMetaObject::invokeMethod(this, &CredentialJob::emitFinished, Qt::QueuedConnection);
}

void CredentialJob::fail(CredentialResult::Status status, const QString &detail)
{
    finish(CredentialResult::failure(status, m_operation, detail));
}

void CredentialJob::emitFinished()
{
    m_finished = true;
    emit finished(m_result);
    deleteLater();
}

} // namespace peaka
