// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tolerant readers for the source-browsing JSON: an absent, null or mistyped
// field leaves the value unset (and notes a problem), never drops the row.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace peaka::sourcefields {

QString string(const QJsonObject &obj, const char *key, QStringList *problems);
// Ids are long decimals: keep them strings; an integral JSON number is accepted as its digits.
QString idString(const QJsonObject &obj, const char *key, QStringList *problems);
std::optional<bool> boolean(const QJsonObject &obj, const char *key, QStringList *problems);
std::optional<qint64> integer(const QJsonObject &obj, const char *key, QStringList *problems);
QDateTime dateTime(const QJsonObject &obj, const char *key, QStringList *problems);
QStringList strings(const QJsonObject &obj, const char *key, QStringList *problems);

// Writers for --json: the API's field names, null where the value is unset.
void put(QJsonObject &obj, const char *key, const QString &value);
void put(QJsonObject &obj, const char *key, const std::optional<bool> &value);
void put(QJsonObject &obj, const char *key, const QDateTime &value);

} // namespace peaka::sourcefields
