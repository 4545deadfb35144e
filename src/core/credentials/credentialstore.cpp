// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialstore.h"

#include "credentials/apikey.h"
#include "credentials/keychaincredentialbackend.h"

namespace peaka {

using Op = CredentialResult::Operation;
using Status = CredentialResult::Status;

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(new KeychainCredentialBackend, parent)
{
}

CredentialStore::CredentialStore(CredentialBackend *backend, QObject *parent)
    : QObject(parent), m_backend(backend), m_session(new InMemoryCredentialBackend(this))
{
    Q_ASSERT(backend);
    m_backend->setParent(this);
}

CredentialJob *CredentialStore::readKey(const QString &profileId)
{
    if (m_session->contains(profileId)) {
        qCDebug(lcKeychain) << "using the session key for profile" << profileId;
        return m_session->readKey(profileId);
    }
    return m_backend->readKey(profileId);
}

CredentialJob *CredentialStore::writeKey(const QString &profileId, const QString &key)
{
    if (!ApiKey::looksValid(key)) {
        auto *job = new CredentialJob(Op::Write, profileId, this);
        CredentialResult r;
        r.status = Status::Other;
        r.message = tr("The API key is empty or contains spaces. Paste the whole key.");
        job->finish(r);
        return job;
    }
    CredentialJob *job = m_backend->writeKey(profileId, key);
    connect(job, &CredentialJob::finished, this, [this, profileId](const CredentialResult &r) {
        if (!r.ok())
            return;
        m_session->remove(profileId);
        emit keyChanged(profileId);
    });
    return job;
}

CredentialJob *CredentialStore::deleteKey(const QString &profileId)
{
    const bool hadSessionKey = m_session->remove(profileId);
    CredentialJob *backendJob = m_backend->deleteKey(profileId);
    auto *job = new CredentialJob(Op::Delete, profileId, this);
    connect(backendJob, &CredentialJob::finished, job,
            [this, job, profileId, hadSessionKey](const CredentialResult &r) {
                const bool onlyInSession = hadSessionKey && r.status == Status::Unavailable;
                job->finish(onlyInSession ? CredentialResult::success() : r);
                if (r.ok() || onlyInSession || hadSessionKey)
                    emit keyChanged(profileId);
            });
    return job;
}

void CredentialStore::setSessionKey(const QString &profileId, const QString &key)
{
    m_session->setKey(profileId, key);
    qCInfo(lcKeychain) << "keeping the key of profile" << profileId << "for this session only";
    emit keyChanged(profileId);
}

bool CredentialStore::hasSessionKey(const QString &profileId) const
{
    return m_session->contains(profileId);
}

void CredentialStore::forgetSessionKey(const QString &profileId)
{
    if (m_session->remove(profileId))
        emit keyChanged(profileId);
}

void CredentialStore::forgetAllSessionKeys()
{
    m_session->clear();
}

} // namespace peaka
