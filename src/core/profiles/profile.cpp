// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profile.h"

#include "credentials/apikey.h"

#include <QHostAddress>
#include <QStandardPaths>
#include <QUuid>

namespace peaka {

QString keyKindToString(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Partner:
        return QStringLiteral("partner");
    case KeyKind::Project:
        break;
    }
    return QStringLiteral("project");
}

KeyKind keyKindFromString(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = (n == QLatin1String("partner") || n == QLatin1String("project"));
    return n == QLatin1String("partner") ? KeyKind::Partner : KeyKind::Project;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback(); // 127.0.0.0/8, ::1 and ::ffff:127.x.y.z
}

Profile Profile::create(const QString &name)
{
    Profile p;
    p.id = newId();
    p.name = name;
    p.baseUrl = defaultBaseUrl();
    p.downloadFolder = defaultDownloadFolder();
    return p;
}

QUrl Profile::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://partner.peaka.studio/api/v1"));
}

QString Profile::defaultDownloadFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (id.trimmed().isEmpty())
        problems << tr("The profile has no id.");
    if (name.trimmed().isEmpty())
        problems << tr("Enter a name for the profile.");

    const QString scheme = baseUrl.scheme().toLower();
    if (baseUrl.isEmpty()) {
        problems << tr("Enter the base URL of the Peaka API, for example %1.")
                        .arg(defaultBaseUrl().toString());
    } else if (!baseUrl.isValid() || baseUrl.host().isEmpty()
               || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        problems << tr("The base URL \"%1\" is not a valid web address, for example %2.")
                        .arg(baseUrl.toString(QUrl::RemoveUserInfo), defaultBaseUrl().toString());
    } else if (scheme != QLatin1String("https") && !isLoopbackHost(baseUrl.host())) {
        problems << tr("The base URL must start with https:// so the API key travels encrypted "
                       "(plain http:// is allowed only for this computer, e.g. localhost).");
    } else if (!baseUrl.userInfo().isEmpty()) {
        problems << tr("The base URL must not contain a user name or password.");
    } else if (baseUrl.hasQuery() || baseUrl.hasFragment()) {
        problems << tr("The base URL must not contain a query (?) or a fragment (#).");
    }

    QStringList cleanIds;
    for (const QString &projectId : projectIds) {
        const QString trimmed = projectId.trimmed();
        if (trimmed.isEmpty())
            continue;
        cleanIds << trimmed;
        static const QString forbidden = QStringLiteral("/?#%\\");
        bool bad = false;
        for (const QChar c : trimmed)
            bad = bad || c.isSpace() || c.category() == QChar::Other_Control || forbidden.contains(c);
        if (bad)
            problems << tr("The project id \"%1\" contains characters a project id cannot have.")
                            .arg(trimmed);
    }
    if (cleanIds.isEmpty())
        problems << tr("Enter at least one project id.");
    else if (cleanIds.removeDuplicates() > 0)
        problems << tr("A project id is listed more than once.");

    if (downloadFolder.trimmed().isEmpty())
        problems << tr("Choose a download folder.");

    if (keyPrefix.contains(QLatin1Char('.')) || !(keyPrefix.isEmpty() || ApiKey::looksValid(keyPrefix)))
        problems << tr("Only the public part of the API key (before the dot) may be kept in "
                       "the profile.");
    return problems;
}

QString Profile::maskedKey() const
{
    const QString bullets = QStringLiteral("\u2022\u2022\u2022\u2022");
    return keyPrefix.isEmpty() ? bullets : keyPrefix + QLatin1Char('.') + bullets;
}

void Profile::setKeyPrefixFromKey(const QString &key)
{
    keyPrefix = ApiKey::publicPrefix(key);
}

bool Profile::startedWithMyKey(const QString &apiKeyPrefix) const
{
    return !keyPrefix.isEmpty() && apiKeyPrefix.trimmed() == keyPrefix;
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && baseUrl == other.baseUrl
           && keyKind == other.keyKind && projectIds == other.projectIds && projectLabels == other.projectLabels
           && downloadFolder == other.downloadFolder && keyPrefix == other.keyPrefix;
}

QStringList Profile::cleanProjectIds(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
    }
    return out;
}

} // namespace peaka
