// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The API origin: /api/v1 routes, authentication and the API fault scenario.

#include "httpbackend.h"

#include <QJsonDocument>
#include <QStringList>
#include <QUrlQuery>

namespace peaka::demo {

class DemoServerPrivate;
struct DemoSource;

struct ApiAnswer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

ApiAnswer jsonAnswer(int status, const QJsonDocument &doc);
ApiAnswer messageAnswer(int status, const QString &message);

class ApiRoutes
{
public:
    explicit ApiRoutes(DemoServerPrivate *d);
    void handle(const RecordedRequest &request, HttpReply *reply);

private:
    ApiAnswer route(const RecordedRequest &request);
    ApiAnswer listExports(const QString &project, const QUrlQuery &query, const DemoKey &caller);
    ApiAnswer cancelExport(const QString &project, const QString &id);
    ApiAnswer readExport(const QString &project, const QString &id, const DemoKey &caller);
    // createexport.cpp
    ApiAnswer createExport(const QString &project, const DemoSource *source, const QString &missingWhat,
                           const RecordedRequest &request, const DemoKey &caller);
    void deliver(HttpReply *reply, const ApiAnswer &answer, bool headOnly);

    DemoServerPrivate *d;
};

} // namespace peaka::demo
