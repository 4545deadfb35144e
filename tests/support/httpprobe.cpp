// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpprobe.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace peaka::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QString HttpResult::message() const
{
    return object().value(QLatin1String("message")).toString();
}

HttpResult sendHttp(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                    const QByteArray &bearerKey, const QByteArray &jsonBody, const HeaderList &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearerKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerKey);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, jsonBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

} // namespace peaka::test
