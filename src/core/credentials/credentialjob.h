// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialresult.h"

#include <QObject>
#include <QString>

namespace peaka {

// One keychain operation. It always finishes asynchronously (never inside the
// call that created it), emits finished() exactly once and then deletes itself
// (deleteLater), so connect right after creating it:
//     CredentialJob *job = store.readKey(id);
//     connect(job, &CredentialJob::finished, this, [](const CredentialResult &r) { ... });
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    CredentialJob(CredentialResult::Operation operation, const QString &profileId,
                  QObject *parent = nullptr);

    CredentialResult::Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted.
    const CredentialResult &result() const { return m_result; }

    // For backends: report the outcome. Later calls are ignored. Emission is
    // queued, so it is safe to call this before the caller has connected.
    void finish(const CredentialResult &result);
    // For backends: report a failure with the standard sentence.
    void fail(CredentialResult::Status status, const QString &detail = QString());

signals:
    void finished(const peaka::CredentialResult &result);

private:
    void emitFinished();

    CredentialResult::Operation m_operation;
    QString m_profileId;
    CredentialResult m_result;
    bool m_finished = false;
    bool m_finishing = false;
};

} // namespace peaka
