// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3rverprocess.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

namespace peaka::test {

S3rverProcess::~S3rverProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool S3rverProcess::start(QString *error)
{
    const QString program = QStringLiteral(PEAKA_S3_TEST_DIR "/node_modules/.bin/s3rver");
    if (!QFileInfo(program).isExecutable()) {
        *error = QStringLiteral("%1 is missing: run `npm ci` in tests/integration/s3 (./dev test does)").arg(program);
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--directory"), m_dir.path(), QStringLiteral("--address"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--silent"), QStringLiteral("--configure-bucket"),
                            QString::fromLatin1(bucket)});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    // "S3rver listening on 127.0.0.1:PORT"
    static const QRegularExpression listening(QStringLiteral("listening on [^:\\s]+:(\\d+)"));
    QByteArray output;
    QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
    for (int i = 0; i < 100; ++i) {
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output));
        if (m.hasMatch()) {
            m_endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning || !spy.wait(200))
            continue;
    }
    *error = QStringLiteral("s3rver did not start: %1").arg(QString::fromUtf8(output));
    return false;
}

QUrl S3rverProcess::objectUrl(const QString &key) const
{
    QUrl url = m_endpoint;
    url.setPath(QLatin1Char('/') + QLatin1String(bucket) + QLatin1Char('/') + key);
    return url;
}

int S3rverProcess::put(const QString &key, const QByteArray &data)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(objectUrl(key));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QNetworkReply *reply = nam.put(request, data);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(30000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace peaka::test
