// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychaincredentialbackend.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace peaka {

using Op = CredentialResult::Operation;
using Status = CredentialResult::Status;

namespace {

const char *operationName(Op op)
{
    switch (op) {
    case Op::Read:
        return "read";
    case Op::Write:
        return "write";
    case Op::Delete:
        break;
    }
    return "delete";
}

} // namespace

KeychainCredentialBackend::KeychainCredentialBackend(QObject *parent)
    : KeychainCredentialBackend(defaultServiceName(), parent)
{
}

KeychainCredentialBackend::KeychainCredentialBackend(const QString &serviceName, QObject *parent)
    : CredentialBackend(parent), m_serviceName(serviceName)
{
}

CredentialJob *KeychainCredentialBackend::readKey(const QString &profileId)
{
    return start(Op::Read, profileId, QString());
}

CredentialJob *KeychainCredentialBackend::writeKey(const QString &profileId, const QString &key)
{
    return start(Op::Write, profileId, key);
}

CredentialJob *KeychainCredentialBackend::deleteKey(const QString &profileId)
{
    return start(Op::Delete, profileId, QString());
}

CredentialJob *KeychainCredentialBackend::start(Op operation, const QString &profileId,
                                                const QString &key)
{
    auto *job = new CredentialJob(operation, profileId, this);
    if (profileId.isEmpty()) {
        job->fail(Status::Other, QStringLiteral("empty profile id"));
        return job;
    }

    // The QtKeychain job has no parent and deletes itself when it finishes:
    // its backend (libsecret, D-Bus) calls back into it, so it must outlive us
    // if we go away first. Our job is the receiver context, so a late answer
    // after we were destroyed is simply dropped.
    QKeychain::Job *kjob = nullptr;
    switch (operation) {
    case Op::Read:
        kjob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_serviceName);
        w->setTextData(key);
        kjob = w;
        break;
    }
    case Op::Delete:
        kjob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false);
    kjob->setKey(profileId);

    connect(kjob, &QKeychain::Job::finished, job, [job, operation](QKeychain::Job *done) {
        CredentialResult result =
            credentialResultFromKeychain(done->error(), done->errorString(), operation);
        if (result.ok() && operation == Op::Read)
            result.key = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        if (result.ok())
            qCDebug(lcKeychain) << operationName(operation) << "succeeded for profile"
                                << job->profileId();
        else
            qCInfo(lcKeychain).noquote()
                << operationName(operation) << "for profile" << job->profileId() << "failed:"
                << credentialStatusName(result.status) << "- QtKeychain error" << done->error()
                << done->errorString();
        job->finish(result);
    });

    if (m_timeoutMs > 0) {
        QTimer::singleShot(m_timeoutMs, job, [job, operation, ms = m_timeoutMs] {
            qCWarning(lcKeychain) << operationName(operation) << "for profile" << job->profileId()
                                  << "timed out after" << ms << "ms";
            job->fail(Status::Unavailable,
                      QCoreApplication::translate("peaka::KeychainCredentialBackend", "no answer from the keychain within %1 s").arg(ms / 1000));
        });
    }

    kjob->start();
    return job;
}

} // namespace peaka
