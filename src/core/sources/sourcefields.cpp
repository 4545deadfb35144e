// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcefields.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

namespace peaka::sourcefields {
namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

void note(QStringList *problems, const char *key, const char *expected)
{
    if (problems)
        problems->append(QStringLiteral("%1: expected %2").arg(QLatin1String(key), QLatin1String(expected)));
}

} // namespace

QString string(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (!absent(v))
        note(problems, key, "a string");
    return {};
}

QString idString(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const qint64 a = v.toInteger(std::numeric_limits<qint64>::min());
        if (a == v.toInteger(std::numeric_limits<qint64>::max()))
            return QString::number(a);
    }
    if (!absent(v))
        note(problems, key, "an id string");
    return {};
}

std::optional<bool> boolean(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (!absent(v))
        note(problems, key, "true or false");
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isDouble()) {
        const qint64 a = v.toInteger(std::numeric_limits<qint64>::min());
        if (a == v.toInteger(std::numeric_limits<qint64>::max()))
            return a;
    } else if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    } else if (absent(v)) {
        return std::nullopt;
    }
    note(problems, key, "an integer");
    return std::nullopt;
}

QDateTime dateTime(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isString()) {
        QDateTime dt = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeSpec(Qt::UTC);
            return dt.toUTC();
        }
    } else if (absent(v)) {
        return {};
    }
    note(problems, key, "an ISO-8601 date");
    return {};
}

QStringList strings(const QJsonObject &obj, const char *key, QStringList *problems)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (e.isString())
                out << e.toString();
    } else if (!absent(v)) {
        note(problems, key, "an array of strings");
    }
    return out;
}

void put(QJsonObject &obj, const char *key, const QString &value)
{
    obj.insert(QLatin1String(key), value.isNull() ? QJsonValue() : QJsonValue(value));
}

void put(QJsonObject &obj, const char *key, const std::optional<bool> &value)
{
    obj.insert(QLatin1String(key), value ? QJsonValue(*value) : QJsonValue());
}

void put(QJsonObject &obj, const char *key, const QDateTime &value)
{
    obj.insert(QLatin1String(key),
               value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
}

} // namespace peaka::sourcefields
