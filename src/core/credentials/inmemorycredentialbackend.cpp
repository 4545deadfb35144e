// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/inmemorycredentialbackend.h"

namespace peaka {

using Op = CredentialResult::Operation;
using Status = CredentialResult::Status;

void InMemoryCredentialBackend::simulateFailure(Status status, const QString &detail)
{
    if (status == Status::Ok)
        m_failure.reset();
    else
        m_failure = std::make_pair(status, detail);
}

CredentialJob *InMemoryCredentialBackend::start(Op operation, const QString &profileId)
{
    auto *job = new CredentialJob(operation, profileId, this);
    if (m_failure)
        job->fail(m_failure->first, m_failure->second);
    return job;
}

CredentialJob *InMemoryCredentialBackend::readKey(const QString &profileId)
{
    CredentialJob *job = start(Op::Read, profileId);
    if (m_keys.contains(profileId))
        job->finish(CredentialResult::success(m_keys.value(profileId)));
    else
        job->fail(Status::NotFound);
    return job;
}

CredentialJob *InMemoryCredentialBackend::writeKey(const QString &profileId, const QString &key)
{
    CredentialJob *job = start(Op::Write, profileId);
    if (!m_failure)
        m_keys.insert(profileId, key);
    job->finish(CredentialResult::success());
    return job;
}

CredentialJob *InMemoryCredentialBackend::deleteKey(const QString &profileId)
{
    CredentialJob *job = start(Op::Delete, profileId);
    if (!m_failure)
        m_keys.remove(profileId);
    job->finish(CredentialResult::success());
    return job;
}

} // namespace peaka
