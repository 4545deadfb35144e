// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>

class QNetworkAccessManager;

namespace peaka::test {

// What a raw HTTP request got back, for tests that talk to a server directly.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    QJsonObject object() const;
    QJsonArray array() const;
    QString message() const; // the JSON body's "message"
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Sends one request without following redirects and waits for the answer
// (with a running event loop). `bearerKey` adds `Authorization: Bearer …`.
HttpResult sendHttp(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                    const QByteArray &bearerKey = {}, const QByteArray &jsonBody = {},
                    const HeaderList &headers = {});

} // namespace peaka::test
